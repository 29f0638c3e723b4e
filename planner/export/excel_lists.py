"""The list sheets of the workbook: ``Programm``, ``Referierende`` and ``Räume``.

``Programm`` is the sheet hosts filter and the importer reads back, so it is a real
Excel table (filter buttons, banded rows) whose dates and times are date/time cells
with number formats, never text. Column widths follow the longest text up to a limit,
and row heights follow the wrapped text, since Excel does not grow rows on opening.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.excel_agenda import FONT, _lines
from planner.export.excel_common import (
    HEADER_FILL,
    PROGRAMME_HEADERS,
    ROOM_SLOT_HEADERS,
    SPEAKER_HEADERS,
    WORDS,
    StyleCache,
    event_language,
    header_escape,
    put_text,
    table_name,
)
from planner.model import Placement, Plan, kind_label, language_name, topic_label

TIME_FORMAT = "hh:mm"
LINE_HEIGHT = 15.0


class _Cells:
    """Writes values with cached styles; the style goes first so the text guard's
    quote prefix (part of the style) is never overwritten."""

    def __init__(self, ws: Worksheet, styles: StyleCache, language: str) -> None:
        self.ws = ws
        self.styles = styles
        self.date_format = WORDS[language]["date_format"]

    def text(self, row: int, col: int, value: str | None, *, wrap: bool = False) -> None:
        cell = self.ws.cell(row, col)
        self.styles.apply(cell, ("text", wrap), alignment=Alignment(wrap_text=wrap, vertical="top"))
        put_text(cell, value)

    def moment(self, row: int, col: int, value: date | time) -> None:
        cell = self.ws.cell(row, col)
        fmt = TIME_FORMAT if isinstance(value, time) else self.date_format
        self.styles.apply(
            cell,
            ("moment", fmt),
            number_format=fmt,
            alignment=Alignment(horizontal="center", vertical="top"),
        )
        cell.value = value

    def header(self, row: int, headers: Sequence[str]) -> None:
        for col, text in enumerate(headers, 1):
            cell = self.ws.cell(row, col)
            centered = text in _CENTERED
            self.styles.apply(
                cell,
                ("header", centered),
                font=Font(name=FONT, bold=True),
                fill=PatternFill("solid", fgColor=HEADER_FILL),
                alignment=Alignment(horizontal="center" if centered else None, vertical="center"),
            )
            put_text(cell, text)


_CENTERED = {h for lang in ("de", "en") for h in PROGRAMME_HEADERS[lang][:3]}


def speaker_names(plan: Plan, placement: Placement) -> str:
    c = plan.contribution(placement.contribution)
    return ", ".join(plan.speaker(s).name for s in c.speakers if s in plan.speakers_by_id)


def slot_line(plan: Plan, placement: Placement, language: str) -> str:
    """``07.10. 10:40–11:10 Plenarsaal: Title (Kind)`` for a speaker's list of slots."""
    c = plan.contribution(placement.contribution)
    when = f"{placement.start:%d.%m.} {placement.start:%H:%M}–{plan.end_of(placement):%H:%M}"
    return f"{when} {plan.room(placement.room).name}: {c.title} ({kind_label(c.kind, language)})"


def _fit_columns(ws: Worksheet, last_row: int, ncols: int, limits: dict[int, float]) -> list[float]:
    """Column widths from the longest line of text (dates and times have fixed widths)."""
    widths = []
    for col in range(1, ncols + 1):
        longest = 6
        for row in range(1, last_row + 1):
            value = ws.cell(row, col).value
            if isinstance(value, str):
                longest = max(longest, *(len(line) for line in value.split("\n")))
            elif isinstance(value, date):
                longest = max(longest, 10)
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
            ws.row_dimensions[row].height = lines * LINE_HEIGHT + 2


def _add_table(ws: Worksheet, ncols: int, last_row: int) -> None:
    """An Excel table over the header row and the rows below (Excel needs at least one)."""
    ref = f"A1:{get_column_letter(ncols)}{max(2, last_row)}"
    table = Table(displayName=table_name(ws.title), ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = "A2"


def _print_setup(
    ws: Worksheet, plan: Plan, language: str, *, landscape: bool, repeat: str | None
) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6, header=0.3, footer=0.3)
    if repeat:
        ws.print_title_rows = repeat
    ws.oddHeader.left.text = header_escape(plan.event.title)
    ws.oddHeader.right.text = header_escape(ws.title)
    ws.oddFooter.center.text = WORDS[language]["page"]


def write_programme(ws: Worksheet, plan: Plan, language: str, styles: StyleCache) -> None:
    cells = _Cells(ws, styles, language)
    headers = PROGRAMME_HEADERS[language]
    cells.header(1, headers)
    default_language = event_language(plan)
    row = 1
    for p in plan.sorted_schedule():
        c = plan.contribution(p.contribution)
        row += 1
        cells.moment(row, 1, p.start.date())
        cells.moment(row, 2, p.start.time())
        cells.moment(row, 3, plan.end_of(p).time())
        cells.text(row, 4, plan.room(p.room).name)
        cells.text(row, 5, c.title, wrap=True)
        cells.text(row, 6, kind_label(c.kind, language))
        cells.text(row, 7, topic_label(c.topic, language))
        cells.text(row, 8, speaker_names(plan, p), wrap=True)
        cells.text(row, 9, language_name(c.language or default_language, language))
    widths = _fit_columns(ws, row, len(headers), {4: 24.0, 5: 52.0, 8: 40.0})
    _fit_rows(ws, 2, row, widths)
    _add_table(ws, len(headers), row)
    _print_setup(ws, plan, language, landscape=True, repeat="1:1")


def write_speakers(ws: Worksheet, plan: Plan, language: str, styles: StyleCache) -> None:
    cells = _Cells(ws, styles, language)
    headers = SPEAKER_HEADERS[language]
    cells.header(1, headers)
    row = 1
    for speaker in sorted(plan.speakers, key=lambda s: s.name.casefold()):
        row += 1
        slots = "\n".join(
            slot_line(plan, p, language) for p in plan.placements_of_speaker(speaker.id)
        )
        values: tuple[Any, ...] = (
            speaker.name,
            speaker.organisation,
            speaker.email,
            speaker.country,
            language_name(speaker.language, language),
            slots,
        )
        for col, value in enumerate(values, 1):
            cells.text(row, col, value, wrap=col in (1, 2, 6))
    widths = _fit_columns(ws, row, len(headers), {1: 30.0, 2: 34.0, 3: 34.0, 6: 70.0})
    _fit_rows(ws, 2, row, widths)
    _add_table(ws, len(headers), row)
    _print_setup(ws, plan, language, landscape=True, repeat="1:1")


def write_rooms(ws: Worksheet, plan: Plan, language: str, styles: StyleCache) -> None:
    """One section per room: its name, a line of facts, then its timetable."""
    cells = _Cells(ws, styles, language)
    words = WORDS[language]
    headers = ROOM_SLOT_HEADERS[language]
    widths = [12.0, 8.0, 8.0, 58.0, 18.0, 40.0]
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    row = 0
    for room in plan.rooms:
        row += 1
        name = ws.cell(row, 1)
        styles.apply(name, "room-name", font=Font(name=FONT, size=12, bold=True))
        put_text(name, room.name)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        row += 1
        facts = []
        if room.capacity is not None:
            facts.append(f"{words['capacity']}: {room.capacity}")
        if room.features:
            facts.append(f"{words['features']}: {', '.join(room.features)}")
        for window in room.unavailable:
            facts.append(f"{words['blocked']}: {window.start:%d.%m. %H:%M}–{window.end:%H:%M}")
        line = " · ".join(facts) or "–"
        cells.text(row, 1, line, wrap=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        ws.row_dimensions[row].height = _lines(line, sum(widths) * 1.1) * LINE_HEIGHT + 2
        row += 1
        cells.header(row, headers)
        placements = plan.placements_in_room(room.id)
        if not placements:
            row += 1
            cells.text(row, 1, words["no_slots"])
        for p in placements:
            row += 1
            c = plan.contribution(p.contribution)
            names = speaker_names(plan, p)
            cells.moment(row, 1, p.start.date())
            cells.moment(row, 2, p.start.time())
            cells.moment(row, 3, plan.end_of(p).time())
            cells.text(row, 4, c.title, wrap=True)
            cells.text(row, 5, kind_label(c.kind, language))
            cells.text(row, 6, names, wrap=True)
            lines = max(_lines(c.title, widths[3] * 1.1), _lines(names, widths[5] * 1.1))
            if lines > 1:
                ws.row_dimensions[row].height = lines * LINE_HEIGHT + 2
        row += 1
    _print_setup(ws, plan, language, landscape=False, repeat=None)
