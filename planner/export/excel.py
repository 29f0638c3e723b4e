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
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from planner.export import ExportError
from planner.export.excel_agenda import FONT, _lines, write_day
from planner.export.excel_common import (
    HEADER_FILL,
    PROGRAMME_HEADERS,
    ROOM_SLOT_HEADERS,
    SHEETS,
    SPEAKER_HEADERS,
    WORDS,
    event_language,
    header_escape,
    language_name,
    put_text,
    table_name,
    workbook_language,
)
from planner.export.excel_layout import grid_days, grid_step, layout_day
from planner.model import Placement, Plan, kind_label, topic_label
from planner.storage import atomic_write_bytes

TIME_FORMAT = "hh:mm"


def agenda_sheet_names(days: Sequence[Any], language: str) -> list[str]:
    """``Agenda`` for the first day, ``Agenda DD.MM.`` for every further day."""
    base = SHEETS[language]["agenda"]
    return [base if i == 0 else f"{base} {day:%d.%m.}" for i, day in enumerate(days)]


def build_workbook(plan: Plan, *, language: str | None = None) -> Workbook:
    """The whole workbook in memory (what :func:`export_xlsx` writes)."""
    lang = workbook_language(plan, language)
    wb = Workbook()
    wb.remove(wb.active)
    step = grid_step(plan)
    days = grid_days(plan)
    for name, day in zip(agenda_sheet_names(days, lang), days, strict=True):
        write_day(wb.create_sheet(name), plan, layout_day(plan, day, step), lang)
    _write_programme(wb.create_sheet(SHEETS[lang]["programme"]), plan, lang)
    _write_speakers(wb.create_sheet(SHEETS[lang]["speakers"]), plan, lang)
    _write_rooms(wb.create_sheet(SHEETS[lang]["rooms"]), plan, lang)
    wb.active = 0

    props = wb.properties
    props.title = plan.event.title
    props.subject = plan.event.venue or None
    props.creator = plan.event.organizer.name if plan.event.organizer else None
    props.lastModifiedBy = props.creator
    props.language = lang
    props.description = "Agenda Planner"
    return wb


def export_xlsx(plan: Plan, path: Path, *, language: str | None = None) -> Path:
    """Write the workbook to ``path`` atomically; raise ExportError with a clear message."""
    path = Path(path)
    buffer = io.BytesIO()
    build_workbook(plan, language=language).save(buffer)
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


# -- list sheets ------------------------------------------------------------------------


def _header(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    for col, text in enumerate(headers, 1):
        cell = ws.cell(row, col)
        put_text(cell, text)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(
            horizontal="center" if text in _CENTERED else None, vertical="center"
        )


_CENTERED = {h for lang in ("de", "en") for h in PROGRAMME_HEADERS[lang][:3]}


def _speaker_names(plan: Plan, placement: Placement) -> str:
    c = plan.contribution(placement.contribution)
    return ", ".join(plan.speaker(s).name for s in c.speakers if s in plan.speakers_by_id)


def _fit_columns(
    ws: Worksheet, first_row: int, last_row: int, ncols: int, limits: dict[int, float]
) -> list[float]:
    """Column widths from the longest text (dates and times have fixed widths)."""
    widths = []
    for col in range(1, ncols + 1):
        longest = 6
        for row in range(first_row, last_row + 1):
            value = ws.cell(row, col).value
            if isinstance(value, str):
                longest = max(longest, *(len(line) for line in value.split("\n")))
            elif value is not None and not isinstance(value, int | float):
                longest = max(longest, 10 if ws.cell(row, col).is_date else 6)
        width = min(limits.get(col, 40.0), longest + 3.0)
        ws.column_dimensions[get_column_letter(col)].width = width
        widths.append(width)
    return widths


def _fit_rows(ws: Worksheet, first_row: int, last_row: int, widths: list[float]) -> None:
    for row in range(first_row, last_row + 1):
        lines = 1
        for col, width in enumerate(widths, 1):
            value = ws.cell(row, col).value
            if isinstance(value, str):
                lines = max(lines, _lines(value, width * 1.1))
        if lines > 1:
            ws.row_dimensions[row].height = lines * 15.0 + 2


def _add_table(ws: Worksheet, name: str, ncols: int, last_row: int) -> None:
    ref = f"A1:{get_column_letter(ncols)}{max(2, last_row)}"
    table = Table(displayName=table_name(name), ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = "A2"


def _print_setup(
    ws: Worksheet, plan: Plan, language: str, *, landscape: bool, repeat: str | None
) -> None:
    title = ws.title
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6, header=0.3, footer=0.3)
    if repeat:
        ws.print_title_rows = repeat
    ws.oddHeader.left.text = header_escape(plan.event.title)
    ws.oddHeader.right.text = header_escape(title)
    ws.oddFooter.center.text = WORDS[language]["page"]


def _write_programme(ws: Worksheet, plan: Plan, language: str) -> None:
    headers = PROGRAMME_HEADERS[language]
    _header(ws, 1, headers)
    date_format = WORDS[language]["date_format"]
    default_language = event_language(plan)
    row = 1
    for p in plan.sorted_schedule():
        c = plan.contribution(p.contribution)
        row += 1
        end = plan.end_of(p)
        ws.cell(row, 1, p.start.date()).number_format = date_format
        ws.cell(row, 2, p.start.time()).number_format = TIME_FORMAT
        ws.cell(row, 3, end.time()).number_format = TIME_FORMAT
        put_text(ws.cell(row, 4), plan.room(p.room).name)
        put_text(ws.cell(row, 5), c.title)
        put_text(ws.cell(row, 6), kind_label(c.kind, language))
        put_text(ws.cell(row, 7), topic_label(c.topic, language))
        put_text(ws.cell(row, 8), _speaker_names(plan, p))
        put_text(ws.cell(row, 9), language_name(c.language or default_language, language))
        for col in (5, 8):
            ws.cell(row, col).alignment = Alignment(wrap_text=True, vertical="top")
        for col in (1, 2, 3):
            ws.cell(row, col).alignment = Alignment(horizontal="center", vertical="top")
        for col in (4, 6, 7, 9):
            ws.cell(row, col).alignment = Alignment(vertical="top")
    widths = _fit_columns(ws, 1, row, len(headers), {4: 24.0, 5: 52.0, 8: 40.0})
    _fit_rows(ws, 2, row, widths)
    _add_table(ws, SHEETS[language]["programme"], len(headers), row)
    _print_setup(ws, plan, language, landscape=True, repeat="1:1")


def slot_line(plan: Plan, placement: Placement, language: str, *, room: bool = True) -> str:
    c = plan.contribution(placement.contribution)
    when = f"{placement.start:%d.%m.} {placement.start:%H:%M}–{plan.end_of(placement):%H:%M}"
    where = f" {plan.room(placement.room).name}:" if room else ""
    return f"{when}{where} {c.title} ({kind_label(c.kind, language)})"


def _write_speakers(ws: Worksheet, plan: Plan, language: str) -> None:
    headers = SPEAKER_HEADERS[language]
    _header(ws, 1, headers)
    row = 1
    for speaker in sorted(plan.speakers, key=lambda s: s.name.casefold()):
        row += 1
        slots = "\n".join(
            slot_line(plan, p, language) for p in plan.placements_of_speaker(speaker.id)
        )
        values = (
            speaker.name,
            speaker.organisation,
            speaker.email,
            speaker.country,
            language_name(speaker.language, language),
            slots,
        )
        for col, value in enumerate(values, 1):
            cell = ws.cell(row, col)
            put_text(cell, value)
            cell.alignment = Alignment(wrap_text=col in (1, 2, 6), vertical="top")
    widths = _fit_columns(ws, 1, row, len(headers), {1: 30.0, 2: 34.0, 3: 34.0, 6: 70.0})
    _fit_rows(ws, 2, row, widths)
    _add_table(ws, SHEETS[language]["speakers"], len(headers), row)
    _print_setup(ws, plan, language, landscape=True, repeat="1:1")


def _write_rooms(ws: Worksheet, plan: Plan, language: str) -> None:
    """One section per room: name, capacity/features/blocked line, then its timetable."""
    words = WORDS[language]
    headers = ROOM_SLOT_HEADERS[language]
    widths = [12.0, 8.0, 8.0, 58.0, 18.0, 40.0]
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    row = 0
    for room in plan.rooms:
        row += 1
        cell = ws.cell(row, 1)
        put_text(cell, room.name)
        cell.font = Font(name=FONT, size=12, bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        row += 1
        facts = []
        if room.capacity is not None:
            facts.append(f"{words['capacity']}: {room.capacity}")
        if room.features:
            facts.append(f"{words['features']}: {', '.join(room.features)}")
        for window in room.unavailable:
            facts.append(f"{words['blocked']}: {window.start:%d.%m. %H:%M}–{window.end:%H:%M}")
        info = ws.cell(row, 1)
        put_text(info, " · ".join(facts) or "–")
        info.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        ws.row_dimensions[row].height = _lines(info.value or "", sum(widths) * 1.1) * 15.0 + 2
        row += 1
        _header(ws, row, headers)
        placements = plan.placements_in_room(room.id)
        if not placements:
            row += 1
            put_text(ws.cell(row, 1), words["no_slots"])
        for p in placements:
            row += 1
            c = plan.contribution(p.contribution)
            ws.cell(row, 1, p.start.date()).number_format = words["date_format"]
            ws.cell(row, 2, p.start.time()).number_format = TIME_FORMAT
            ws.cell(row, 3, plan.end_of(p).time()).number_format = TIME_FORMAT
            put_text(ws.cell(row, 4), c.title)
            put_text(ws.cell(row, 5), kind_label(c.kind, language))
            put_text(ws.cell(row, 6), _speaker_names(plan, p))
            for col in range(1, len(headers) + 1):
                ws.cell(row, col).alignment = Alignment(
                    horizontal="center" if col <= 3 else None, wrap_text=True, vertical="top"
                )
            lines = max(_lines(c.title, 58 * 1.1), _lines(_speaker_names(plan, p), 40 * 1.1))
            if lines > 1:
                ws.row_dimensions[row].height = lines * 15.0 + 2
        row += 1
    _print_setup(ws, plan, language, landscape=False, repeat=None)
