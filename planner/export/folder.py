"""Write a set of files into a folder all at once, or not at all.

Exports are written into a hidden temporary folder inside the target folder (same
file system, so moves are renames), then moved into place: files one by one with
``os.replace``, sub-folders as a whole when they hold nothing but files of a previous
export (so a speaker who left the plan loses their stale file), file by file
otherwise (we never delete what the user put there). If anything fails, the moves
done so far are undone, the temporary folder is removed, and a folder we created is
removed again: the target looks as it did before.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from planner.export import ExportError


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _is_previous_export(folder: Path, suffix: str) -> bool:
    return all(p.is_file() and p.name.endswith(suffix) for p in folder.iterdir())


def _check(folder: Path, files: Mapping[str, bytes]) -> None:
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"'{folder}' is a file, not a folder")
    for rel in files:
        parts = Path(rel).parts
        for depth in range(1, len(parts)):
            sub = folder.joinpath(*parts[:depth])
            if sub.exists() and not sub.is_dir():
                raise ExportError(f"'{sub}' is a file where the export needs a folder")
        target = folder.joinpath(*parts)
        if target.is_dir():
            raise ExportError(f"'{target}' is a folder where the export writes a file")


def _make_folder(folder: Path) -> list[Path]:
    """Create ``folder`` and missing parents; return what was created, innermost first."""
    created = []
    probe = folder
    while not probe.exists():
        created.append(probe)
        probe = probe.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _remove_created(created)
        raise ExportError(f"cannot create the folder '{folder}' ({_reason(exc)})") from None
    return created


def _remove_created(created: list[Path]) -> None:
    for path in created:
        with contextlib.suppress(OSError):
            path.rmdir()


def write_files(
    folder: Path, files: Mapping[str, bytes], *, suffix: str = ".ics", prune: bool = True
) -> list[Path]:
    """Write ``files`` (relative POSIX paths → bytes) under ``folder``; all or nothing.

    ``prune=False`` (a partial export) always merges into existing sub-folders file by
    file, so the files of an earlier export that this one does not write stay.

    Raises :class:`ExportError` with a sentence for the user when the folder cannot
    be written. Returns the written paths in the order given.
    """
    folder = Path(folder)
    _check(folder, files)
    created = _make_folder(folder)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".agenda-export-", dir=folder))
    except OSError as exc:
        _remove_created(created)
        raise ExportError(f"cannot write to the folder '{folder}' ({_reason(exc)})") from None
    done: list[tuple[Path, Path]] = []  # renames (from, to) in the order made
    try:
        new = staging / "new"
        for rel, data in files.items():
            path = new / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        old = staging / "old"
        old.mkdir()
        for entry in sorted(new.iterdir(), key=lambda p: (p.is_file(), p.name)):
            _move_in(entry, folder / entry.name, old / entry.name, done, suffix, prune)
    except OSError as exc:
        for source, target in reversed(done):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        shutil.rmtree(staging, ignore_errors=True)
        _remove_created(created)
        raise ExportError(f"cannot write to the folder '{folder}' ({_reason(exc)})") from None
    shutil.rmtree(staging, ignore_errors=True)
    return [folder / rel for rel in files]


def _move_in(
    source: Path,
    target: Path,
    aside: Path,
    done: list[tuple[Path, Path]],
    suffix: str,
    prune: bool = True,
) -> None:
    def rename(a: Path, b: Path) -> None:
        os.replace(a, b)
        done.append((a, b))

    if source.is_file() or not target.exists():
        if target.exists():
            rename(target, aside)
        rename(source, target)
    elif prune and _is_previous_export(target, suffix):
        rename(target, aside)
        rename(source, target)
    else:
        aside.mkdir()
        for child in sorted(source.iterdir()):
            _move_in(child, target / child.name, aside / child.name, done, suffix, prune)
