"""Noticing that the open plan file was changed by someone else.

Organisers share plans on network drives, where two people may open the same file.
We remember a :class:`Fingerprint` (modification time, size, SHA-256) of the file as
we loaded or saved it. ``QFileSystemWatcher`` tells us early that something happened
(it is not reliable on every network file system, and it also fires for our own
saves), so every decision re-reads the fingerprint: before saving, and when the
window is activated again. Time and size alone decide "unchanged" cheaply; when
they differ the content hash decides, so a file that was only touched, or copied
back unchanged, is not reported.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal


@dataclass(frozen=True)
class Fingerprint:
    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> Fingerprint | None:
        """The file's fingerprint now, or None when it cannot be read (gone, a folder)."""
        try:
            stat = os.stat(path)
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, digest)

    def to_data(self) -> dict[str, Any]:
        return {"mtime_ns": self.mtime_ns, "size": self.size, "sha256": self.sha256}

    @classmethod
    def from_data(cls, data: Any) -> Fingerprint | None:
        try:
            return cls(int(data["mtime_ns"]), int(data["size"]), str(data["sha256"]))
        except (TypeError, KeyError, ValueError):
            return None


class DiskWatch(QObject):
    """The known state of one file, and a watcher that says when to look again."""

    #: Something happened to the file; call :meth:`has_changed` to know whether it matters.
    touched = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._known: Fingerprint | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def known(self) -> Fingerprint | None:
        return self._known

    def track(self, path: Path | None) -> None:
        """Follow ``path`` as it is on disk now."""
        self.track_as(path, None if path is None else Fingerprint.of(path))

    def track_as(self, path: Path | None, known: Fingerprint | None) -> None:
        """Follow ``path`` as ``known`` says it was when the open plan was based on it
        (None: it did not exist then), e.g. a plan restored from an autosave."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._path = path
        self._known = known if path is not None else None
        self._watch()

    def has_changed(self) -> bool:
        """True when the file exists and differs from what we loaded or saved last.

        A file that disappeared is not "changed": saving simply writes it again.
        """
        if self._path is None:
            return False
        try:
            stat = os.stat(self._path)
        except OSError:
            return False
        known = self._known
        if known is None:
            return True  # it exists now but did not when we looked (or could not be read)
        if (stat.st_mtime_ns, stat.st_size) == (known.mtime_ns, known.size):
            return False
        now = Fingerprint.of(self._path)
        if now is None:
            return False
        if now.sha256 == known.sha256:
            # Same content under a new time stamp: remember the time, skip hashing next time.
            self._known = replace(known, mtime_ns=now.mtime_ns, size=now.size)
            return False
        return True

    def current(self) -> Fingerprint | None:
        return None if self._path is None else Fingerprint.of(self._path)

    def _watch(self) -> None:
        if self._path is not None and self._path.exists():
            self._watcher.addPath(str(self._path))

    def _on_file_changed(self, _name: str) -> None:
        # Saving by replacing the file (as we and most editors do) ends the watch on the
        # old inode; watch the path again so the next change is noticed too.
        if not self._watcher.files():
            self._watch()
        self.touched.emit()
