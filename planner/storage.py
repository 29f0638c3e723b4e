"""The plan file (``*.agenda.json``, format version 1): load, validate, save.

Loading is all-or-nothing: the first problem found raises :class:`PlanFileError`
whose message names the JSON path (``contributions[3].speakers[0]: unknown speaker
'dk9'``), so a half-valid file never becomes a half-loaded plan. This module checks
the text (JSON syntax, keys given twice, lone surrogates); :mod:`planner.plan_reader`
validates the data and builds the Plan, :mod:`planner.plan_writer` writes it back.

Saving writes the canonical form — known keys in the documented order, absent
optional keys left out, unknown keys after them in their original order, 2-space
indent, UTF-8 without escapes, trailing newline — so that a file saved by us and
loaded again saves to the same bytes, and plan files diff well under version control.
Saves are atomic (temporary file in the same folder, fsync, replace) and keep the
previous file as ``<name>.bak``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from planner.atomic import atomic_write_bytes
from planner.model import Plan
from planner.plan_reader import (
    MAX_CHANGEOVER,
    MAX_DURATION,
    PlanFileError,
    join_path,
    parse_datetime,
    plan_from_data,
)
from planner.plan_writer import FORMAT, VERSION, dumps_plan, format_datetime, plan_to_data

__all__ = [
    "FORMAT",
    "MAX_CHANGEOVER",
    "MAX_DURATION",
    "SUFFIX",
    "VERSION",
    "PlanFileError",
    "atomic_write_bytes",
    "dumps_plan",
    "format_datetime",
    "load_plan",
    "loads_plan",
    "parse_datetime",
    "plan_from_data",
    "plan_to_data",
    "save_plan",
]

SUFFIX = ".agenda.json"

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a plan file")


def loads_plan(text: str | bytes) -> Plan:
    """Parse a plan from JSON text or UTF-8 bytes."""
    if isinstance(text, bytes):
        if text.startswith(b"\xef\xbb\xbf"):
            text = text[3:]
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise PlanFileError(
                "", f"the file is not UTF-8 text (invalid byte at position {exc.start})"
            ) from None
    duplicates: list[_DuplicateKeys] = []
    try:
        data = json.loads(
            text,
            parse_constant=_reject_constant,
            object_pairs_hook=lambda pairs: _object(pairs, duplicates),
        )
    except json.JSONDecodeError as exc:
        raise PlanFileError(
            "", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise PlanFileError("", f"not valid JSON: {exc}") from None
    try:
        if duplicates:
            _refuse_duplicate_keys(data, "")
        if _SURROGATE_ESCAPE.search(text) or not _encodes(text):
            _refuse_lone_surrogates(data, "")
    except RecursionError:
        raise PlanFileError("", "not valid JSON: nested too deeply") from None
    return plan_from_data(data)


class _DuplicateKeys(dict[str, Any]):
    """A JSON object in which ``key`` appeared more than once."""

    key = ""


def _object(pairs: list[tuple[str, Any]], duplicates: list[_DuplicateKeys]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    # json keeps the last value and drops the others without a word; a hand-edited
    # file would silently lose data, so such an object is marked and refused.
    marked = _DuplicateKeys(result)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            marked.key = key
            break
        seen.add(key)
    duplicates.append(marked)
    return marked


def _refuse_duplicate_keys(value: Any, path: str) -> None:
    if isinstance(value, _DuplicateKeys):
        raise PlanFileError(path or "(top level)", f"the key '{value.key}' appears twice")
    if isinstance(value, dict):
        for key, item in value.items():
            _refuse_duplicate_keys(item, join_path(path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _refuse_duplicate_keys(item, join_path(path, i))


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _refuse_lone_surrogates(value: Any, path: str) -> None:
    """JSON may escape half of a UTF-16 pair (``"\\ud800"``); such text cannot be saved
    or printed as UTF-8, so the file is refused like any other broken value."""
    if isinstance(value, str):
        if not _encodes(value):
            raise PlanFileError(
                path or "(top level)", "contains an invalid character (a lone surrogate)"
            )
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _refuse_lone_surrogates(item, join_path(path, i))
    elif isinstance(value, dict):
        for key, item in value.items():
            if not _encodes(key):
                raise PlanFileError(
                    path or "(top level)", "a key contains an invalid character (a lone surrogate)"
                )
            _refuse_lone_surrogates(item, join_path(path, key))


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a plan file; every problem raises :class:`PlanFileError` naming file and place."""
    source = os.fspath(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise PlanFileError("", "file not found", source=source) from None
    except IsADirectoryError:
        raise PlanFileError("", "is a folder, not a plan file", source=source) from None
    except OSError as exc:
        raise PlanFileError("", f"cannot be read ({exc.strerror or exc})", source=source) from None
    try:
        return loads_plan(raw)
    except PlanFileError as exc:
        raise exc.with_source(source) from None


def save_plan(plan: Plan, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Save atomically in the canonical form, keeping the previous file as ``.bak``."""
    atomic_write_bytes(path, dumps_plan(plan).encode("utf-8"), backup=backup)
