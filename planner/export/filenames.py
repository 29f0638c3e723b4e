"""File names that are safe on Windows, macOS and Linux, whatever an id contains.

Ids in a plan are free strings: ``../etc``, ``a:b``, ``CON``, ``Jørgen``, ``🎤``. A file
name is made from an id by keeping ASCII letters, digits, ``-``, ``_`` and ``.``,
turning accented letters into plain ones (``ø`` → ``o``, ``æ`` → ``ae``) and everything
else into ``_``, trimming dots and spaces at the ends (Windows drops them silently)
and prefixing Windows' reserved device names. When that changed anything, a short
hash of the original id is appended, so ``a:b`` and ``a/b`` never end up in the same
file. Names that differ only in case (``Anna``, ``anna``) would overwrite each other
on Windows and macOS; they get the hash too. The result depends only on the ids, so
a speaker's file keeps its name from one export to the next.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_STEM = 60
#: Letters NFKD does not decompose into a base letter.
_TRANSLIT = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]}
)


def _hash(identifier: str) -> str:
    return hashlib.sha1(identifier.encode("utf-8")).hexdigest()[:6]


def safe_stem(identifier: str) -> str:
    """The id reduced to characters every file system accepts (may be lossy)."""
    text = unicodedata.normalize("NFKD", identifier.translate(_TRANSLIT))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _UNSAFE.sub("_", text).strip(". _-")[:_MAX_STEM].rstrip(". ")
    if not text:
        return "_"
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    return text


def file_stems(identifiers: Iterable[str]) -> dict[str, str]:
    """A stem per id, unique even on case-insensitive file systems."""
    ids = list(dict.fromkeys(identifiers))
    stems: dict[str, str] = {}
    for identifier in ids:
        stem = safe_stem(identifier)
        stems[identifier] = stem if stem == identifier else f"{stem}-{_hash(identifier)}"
    by_folded: dict[str, list[str]] = {}
    for identifier, stem in stems.items():
        by_folded.setdefault(stem.casefold(), []).append(identifier)
    for group in by_folded.values():
        if len(group) > 1:
            for identifier in group:
                if stems[identifier] == identifier:
                    stems[identifier] = f"{identifier}-{_hash(identifier)}"
    taken: set[str] = set()
    for identifier in ids:  # last resort, e.g. an id that looks like another's hashed name
        stem, n = stems[identifier], 2
        while stem.casefold() in taken:
            stem, n = f"{stems[identifier]}-{n}", n + 1
        stems[identifier] = stem
        taken.add(stem.casefold())
    return stems
