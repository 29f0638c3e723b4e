"""Atomic file writes: readers see the old file or the new one, never half of either.

Used for plan files, autosaves and every export, so a crash, a full disk or a locked
folder never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    With ``backup`` the previous file is kept as ``<name>.bak``. Raises ``OSError``
    (the target untouched, no temporary file left behind) when the folder cannot be
    written.
    """
    target = Path(path)
    if target.is_symlink():
        # Replace the file the link points to, not the link (a plan linked into a
        # synced folder must stay linked).
        target = target.resolve()
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, target.stat().st_mode & 0o7777)
            if backup:
                shutil.copy2(target, target.with_name(target.name + ".bak"))
        else:
            # mkstemp creates 0600; a new plan gets the permissions any new file would.
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, 0o666 & ~_current_umask())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
