"""Keeping unsaved work safe from crashes, and finding it again at the next start.

While the plan has unsaved changes, :class:`Autosaver` writes it every minute (only
when it changed since the last autosave) to ``<data folder>/autosave/<session>.
autosave.json`` (:func:`planner.settings.autosave_folder`). The file is an envelope
around the plan: which plan file the work belongs to, when it was written and the
fingerprint of that plan file as it was loaded, so a restored plan still warns
before overwriting a version someone else saved meanwhile. Writes are atomic
(:func:`planner.storage.atomic_write_bytes`); the file is removed as soon as the
plan is saved, reverted or otherwise clean again, and on a clean close.

Each session holds a ``QLockFile`` beside its autosave. At start-up
:func:`abandoned` offers the autosaves whose lock is free or stale (the owning
process is gone), never those of another running window or instance.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from planner.gui.disk_watch import Fingerprint
from planner.gui.document import PlanDocument
from planner.model import Plan
from planner.settings import autosave_folder
from planner.storage import PlanFileError, atomic_write_bytes, plan_from_data, plan_to_data

FORMAT = "agenda-planner-autosave"
SUFFIX = ".autosave.json"
#: Once a minute; tests set a shorter interval with :meth:`Autosaver.set_interval`.
INTERVAL_MS = 60_000

#: Autosave files of the sessions alive in this process (never offered for recovery).
_live: set[Path] = set()


@dataclass(frozen=True)
class AutosaveEntry:
    file: Path
    plan: Plan
    plan_path: Path | None
    saved_at: float
    base: Fingerprint | None


def encode(plan: Plan, plan_path: Path | None, base: Fingerprint | None) -> bytes:
    envelope = {
        "format": FORMAT,
        "version": 1,
        "path": str(plan_path) if plan_path else None,
        "saved_at": time.time(),
        "base": base.to_data() if base else None,
        "plan": plan_to_data(plan),
    }
    return (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read_entry(file: Path) -> AutosaveEntry:
    """Read an autosave; raises ``OSError``/``ValueError``/``PlanFileError`` when unusable."""
    data: Any = json.loads(file.read_bytes().decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{file}: not an autosave file")
    path = data.get("path")
    return AutosaveEntry(
        file=file,
        plan=plan_from_data(data.get("plan")),
        plan_path=Path(path) if isinstance(path, str) and path else None,
        saved_at=float(data.get("saved_at") or file.stat().st_mtime),
        base=Fingerprint.from_data(data.get("base")),
    )


def _lock_for(file: Path) -> QLockFile:
    lock = QLockFile(str(file.with_name(file.name.removesuffix(SUFFIX) + ".lock")))
    # Age alone must never make a live session's lock look stale; only a dead owner does.
    lock.setStaleLockTime(0)
    return lock


class Claim:
    """An abandoned autosave, locked by us while the user decides what to do with it."""

    def __init__(self, entry: AutosaveEntry, lock: QLockFile) -> None:
        self.entry = entry
        self._lock = lock

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.entry.file.unlink()
        self._lock.unlock()

    def release(self) -> None:
        """Keep the file for the next start."""
        self._lock.unlock()


def abandoned(folder: Path | None = None) -> list[Claim]:
    """Autosaves of sessions that ended without a clean close, newest first.

    Unreadable autosaves are skipped (and left alone); each returned claim holds the
    lock of its file until it is discarded or released.
    """
    folder = folder or autosave_folder()
    claims: list[Claim] = []
    for file in sorted(folder.glob("*" + SUFFIX)):
        if file in _live:
            continue
        lock = _lock_for(file)
        if not lock.tryLock(0):
            continue  # another running window or instance owns it
        try:
            entry = read_entry(file)
        except (OSError, ValueError, PlanFileError):
            lock.unlock()
            continue
        claims.append(Claim(entry, lock))
    claims.sort(key=lambda claim: claim.entry.saved_at, reverse=True)
    return claims


def _end_session(file: Path, lock: QLockFile) -> None:
    """The window went away without a clean close: keep the file, let others recover it."""
    _live.discard(file)
    lock.unlock()


class Autosaver(QObject):
    """Writes the document's unsaved work to this session's autosave file."""

    #: Writing failed (the message says why); the controller shows it once.
    failed = Signal(str)

    def __init__(self, document: PlanDocument, parent: QObject) -> None:
        super().__init__(parent)
        self.document = document
        self.file = autosave_folder() / f"{uuid.uuid4().hex}{SUFFIX}"
        self._lock = _lock_for(self.file)
        self._revision = 0
        self._written_revision = -1
        #: The plan file and its fingerprint that the unsaved work is based on.
        self.plan_path: Path | None = None
        self.base: Fingerprint | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.write_if_needed)
        self._timer.start()
        document.planChanged.connect(self._on_plan_changed)
        document.modifiedChanged.connect(self._on_modified_changed)
        _live.add(self.file)
        self.destroyed.connect(functools.partial(_end_session, self.file, self._lock))

    def set_interval(self, ms: int) -> None:
        self._timer.start(ms)

    @property
    def exists(self) -> bool:
        return self.file.exists()

    def write_if_needed(self) -> bool:
        """Write when there is unsaved work that changed since the last autosave."""
        if not self.document.is_modified or self._written_revision == self._revision:
            return False
        return self.write_now()

    def write_now(self) -> bool:
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            if not self._lock.isLocked():
                self._lock.tryLock(0)
            data = encode(self.document.plan, self.plan_path, self.base)
            atomic_write_bytes(self.file, data)
        except OSError as exc:
            self.failed.emit(f"{self.file}: {exc.strerror or exc}")
            return False
        self._written_revision = self._revision
        return True

    def remove(self) -> None:
        """The work is safe (saved, reverted, discarded): no autosave is needed any more."""
        with contextlib.suppress(OSError):
            os.unlink(self.file)
        self._written_revision = -1
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_plan_changed(self, _changed: object) -> None:
        self._revision += 1

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.remove()
