"""The Excel workbook for hosts: ``export_xlsx(plan, path)``.

Sheets (German names unless the event is English, see
:func:`planner.export.excel_common.workbook_language`):

- ``Agenda`` — the printable grid, one sheet per day (``Agenda``, then
  ``Agenda 08.10.`` …), see :mod:`planner.export.excel_agenda`;
- ``Programm`` — one row per placed contribution in time order, an Excel table with
  filter buttons and real date/time cells, which the importer reads back;
- ``Referierende`` — each speaker with organisation, e-mail, country, language and
  their slots;
- ``Räume`` — each room with capacity, features, blocked times and its timetable.

The workbook is built in memory and written through a temporary file in the target
folder that replaces the target in one step, so an existing workbook is either left
alone or replaced whole.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from planner.export import ExportError
from planner.export.excel_agenda import write_day
from planner.export.excel_common import SHEETS, StyleCache, clean_text, workbook_language
from planner.export.excel_layout import grid_days, grid_step, layout_day
from planner.export.excel_lists import write_programme, write_rooms, write_speakers
from planner.model import Plan
from planner.storage import atomic_write_bytes


def agenda_sheet_names(days: Sequence[Any], language: str) -> list[str]:
    """``Agenda`` for the first day, ``Agenda DD.MM.`` for every further day."""
    base = SHEETS[language]["agenda"]
    short = [f"{day:%d.%m.}" for day in days]
    return [
        base
        if i == 0
        else f"{base} {day:%d.%m.}"
        if short.count(short[i]) == 1
        else f"{base} {day:%d.%m.%Y}"
        for i, day in enumerate(days)
    ]


#: ``progress(done, total)``: called once per sheet built, before anything is written.
Progress = Callable[[int, int], None]


def build_workbook(
    plan: Plan, *, language: str | None = None, progress: Progress | None = None
) -> Workbook:
    """The whole workbook in memory (what :func:`export_xlsx` writes).

    ``progress`` is told about each finished sheet and may raise to abandon the build.
    """
    lang = workbook_language(plan, language)
    wb = Workbook()
    wb.remove(wb.active)
    step = grid_step(plan)
    days = grid_days(plan)
    total = len(days) + 3

    def report(done: int) -> None:
        if progress is not None:
            progress(done, total)

    report(0)
    for i, (name, day) in enumerate(zip(agenda_sheet_names(days, lang), days, strict=True)):
        write_day(wb.create_sheet(name), plan, layout_day(plan, day, step), lang)
        report(i + 1)
    styles = StyleCache()
    write_programme(wb.create_sheet(SHEETS[lang]["programme"]), plan, lang, styles)
    report(total - 2)
    write_speakers(wb.create_sheet(SHEETS[lang]["speakers"]), plan, lang, styles)
    report(total - 1)
    write_rooms(wb.create_sheet(SHEETS[lang]["rooms"]), plan, lang, styles)
    report(total)
    wb.active = 0

    props = wb.properties
    props.title = clean_text(plan.event.title) or None
    props.subject = clean_text(plan.event.venue or "") or None
    props.creator = clean_text(plan.event.organizer.name) or None if plan.event.organizer else None
    props.lastModifiedBy = props.creator
    props.language = lang
    props.description = "Agenda Planner"
    return wb


def export_xlsx(
    plan: Plan, path: Path, *, language: str | None = None, progress: Progress | None = None
) -> Path:
    """Write the workbook to ``path`` atomically; raise ExportError with a clear message.

    ``progress`` (see :func:`build_workbook`) may raise to abandon the export; the
    target is untouched then, as nothing is written before the workbook is complete.
    """
    path = Path(path)
    buffer = io.BytesIO()
    build_workbook(plan, language=language, progress=progress).save(buffer)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give the name of the .xlsx file to write")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
    existed = path.exists()
    try:
        atomic_write_bytes(path, buffer.getvalue())
        if not existed:
            # mkstemp creates the file private (0600); a new workbook gets the usual mode.
            with contextlib.suppress(OSError):
                os.chmod(path, 0o666 & ~_umask())
    except IsADirectoryError:
        raise ExportError(f"{path} is a folder; give the name of the .xlsx file to write") from None
    except PermissionError:
        if not os.access(folder, os.W_OK):
            raise ExportError(f"cannot write {path}: the folder {folder} is not writable") from None
        raise ExportError(
            f"cannot replace {path}: the file is locked — is it open in Excel? "
            "Close it and export again"
        ) from None
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
