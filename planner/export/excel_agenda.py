"""The ``Agenda`` sheet: the day's timetable as a host prints it and pins it up.

Layout per sheet (one per day): row 1 the event title and date, row 2 the rooms with
their capacity (repeated on every printed page), then one row per grid step with the
time in column A. Each placement is one merged, coloured block; a legend follows the
grid. Row heights are estimated from the wrapped text, because neither Excel nor
LibreOffice grows a row for the text of a merged cell.
"""

from __future__ import annotations

import math
import textwrap
from copy import copy
from datetime import date

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.excel_common import (
    HEADER_FILL,
    KIND_FILLS,
    UNAVAILABLE_FILL,
    WORDS,
    StyleCache,
    clean_text,
    header_escape,
    long_date,
    put_text,
)
from planner.export.excel_layout import Block, DayGrid, is_label_slot
from planner.model import Kind, Plan, kind_label

FONT = "Calibri"
HEADER_ROWS = 2
TIME_WIDTH = 7.0
ROOM_WIDTH = 30.0
MIN_LANE_WIDTH = 18.0
BASE_HEIGHT = {5: 11.0, 10: 15.0, 15: 18.0}
MARGINS = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.6, header=0.3, footer=0.3)
#: Printable area of A4 landscape inside MARGINS, in points.
PRINT_WIDTH = 841.9 - (MARGINS.left + MARGINS.right) * 72
PRINT_HEIGHT = 595.3 - (MARGINS.top + MARGINS.bottom) * 72

_DARK = Side(style="thin", color="595959")
_LIGHT = Side(style="thin", color="BFBFBF")
_HAIR = Side(style="hair", color="D9D9D9")


def _lines(text: str, chars: float) -> int:
    width = max(4, int(chars))
    return sum(max(1, len(textwrap.wrap(part, width) or [""])) for part in text.split("\n"))


def _block_parts(plan: Plan, block: Block, language: str) -> tuple[str, str, str]:
    p = block.placement
    c = plan.contribution(p.contribution)
    when = f"{p.start:%H:%M}–{plan.end_of(p):%H:%M}  {kind_label(c.kind, language)}"
    if block.spans_all:
        when += f" · {plan.room(p.room).name}"
    names = ", ".join(plan.speaker(s).name for s in c.speakers if s in plan.speakers_by_id)
    return clean_text(when), clean_text(c.title), clean_text(names)


def _block_value(parts: tuple[str, str, str]) -> CellRichText:
    when, title, names = parts
    runs = [
        TextBlock(InlineFont(rFont=FONT, sz=8, color="404040"), when + "\n"),
        TextBlock(InlineFont(rFont=FONT, sz=9, b=True), title),
    ]
    if names:
        runs.append(TextBlock(InlineFont(rFont=FONT, sz=8, i=True), "\n" + names))
    return CellRichText(runs)


def _block_height(parts: tuple[str, str, str], width: float) -> float:
    when, title, names = parts
    small = _lines(when, width * 1.3) + (_lines(names, width * 1.3) if names else 0)
    return small * 10.5 + _lines(title, width * 1.12) * 12.0 + 4.0


def _widths(grid: DayGrid) -> list[float]:
    result = []
    for lanes in grid.lanes:
        result += [max(MIN_LANE_WIDTH, ROOM_WIDTH / lanes)] * lanes
    return result


def _grid_span(grid: DayGrid, block: Block) -> tuple[int, int]:
    """First and last sheet column (1-based) of a block."""
    if block.spans_all:
        return 2, 1 + grid.columns
    col = 2 + grid.column_of(block.room_index, block.lane)
    return col, col


def write_day(ws: Worksheet, plan: Plan, grid: DayGrid, language: str) -> None:
    words = WORDS[language]
    event = plan.event
    widths = _widths(grid)
    last_col = 1 + grid.columns
    ws.column_dimensions["A"].width = TIME_WIDTH
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(2 + i)].width = width

    # Row 1: title line.
    title = " · ".join(x for x in (event.title, long_date(grid.day, language), event.venue) if x)
    put_text(ws.cell(1, 1), title)
    ws.cell(1, 1).font = Font(name=FONT, size=13, bold=True)
    ws.cell(1, 1).alignment = Alignment(vertical="center", wrap_text=True)
    if last_col > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    ws.row_dimensions[1].height = max(22.0, _lines(title, sum(widths) * 0.85) * 17.0 + 4)

    # Row 2: rooms with capacity.
    header_border = Border(left=_DARK, right=_DARK, top=_DARK, bottom=_DARK)
    time_head = ws.cell(2, 1)
    put_text(time_head, words["time"])
    time_head.font = Font(name=FONT, size=9, bold=True)
    time_head.fill = PatternFill("solid", fgColor=HEADER_FILL)
    time_head.alignment = Alignment(horizontal="center", vertical="center")
    time_head.border = header_border
    header_lines = 1
    for index, room in enumerate(plan.rooms):
        col = 2 + grid.column_of(index)
        text = room.name
        if room.capacity is not None:
            text += "\n" + words["seats"].format(n=room.capacity)
        cell = ws.cell(2, col)
        put_text(cell, text)
        cell.font = Font(name=FONT, size=10, bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = header_border
        room_width = sum(widths[col - 2 : col - 2 + grid.lanes[index]])
        header_lines = max(header_lines, _lines(clean_text(text), room_width * 1.05))
        if grid.lanes[index] > 1:
            ws.merge_cells(
                start_row=2, start_column=col, end_row=2, end_column=col + grid.lanes[index] - 1
            )
    ws.row_dimensions[2].height = header_lines * 13.5 + 4

    # Time rows.
    heights = [BASE_HEIGHT.get(grid.step, 12.0)] * grid.slots
    occupied: set[tuple[int, int]] = set()
    for block in grid.blocks:
        first_col, last_col_block = _grid_span(grid, block)
        for r in range(block.first_row, block.last_row + 1):
            for col in range(first_col, last_col_block + 1):
                occupied.add((r, col))
    styles = StyleCache()
    room_of_col = [i for i, lanes in enumerate(grid.lanes) for _ in range(lanes)]
    room_starts = {2 + grid.column_of(i) for i in range(len(grid.lanes))}
    for slot in range(grid.slots):
        row = HEADER_ROWS + 1 + slot
        moment = grid.slot_time(slot)
        # The row ends on a quarter hour (minutes, not datetimes: 9999-12-31 has no after).
        quarter_end = (moment.minute + grid.step) % 15 == 0
        bottom = _LIGHT if quarter_end or slot == grid.slots - 1 else _HAIR
        tcell = ws.cell(row, 1, moment.time())
        # Every grid row carries its real time; rows between the quarter-hour labels
        # show it in white, so it is there when a cell is selected but not on paper.
        label = is_label_slot(grid, slot)
        styles.apply(
            tcell,
            ("time", label, bottom is _LIGHT),
            number_format="hh:mm",
            font=Font(name=FONT, size=9, color="404040" if label else "FFFFFF"),
            alignment=Alignment(horizontal="right", vertical="top"),
            border=Border(left=_DARK, right=_DARK, bottom=bottom),
        )
        for col in range(2, last_col + 1):
            if (slot, col) in occupied:
                continue
            room_start, at_end = col in room_starts, col == last_col
            blocked = (room_of_col[col - 2], slot) in grid.blocked
            styles.apply(
                ws.cell(row, col),
                ("cell", room_start, at_end, bottom is _LIGHT, blocked),
                border=Border(
                    left=_DARK if room_start else _HAIR,
                    right=_DARK if at_end else None,
                    bottom=bottom,
                ),
                fill=PatternFill("lightUp", fgColor=UNAVAILABLE_FILL, bgColor="FFFFFF")
                if blocked
                else PatternFill(),
            )

    kinds_used: set[Kind] = set()
    spans: list[tuple[int, int, float]] = []
    for block in grid.blocks:
        c = plan.contribution(block.placement.contribution)
        kinds_used.add(c.kind)
        first_col, end_col = _grid_span(grid, block)
        first_row = HEADER_ROWS + 1 + block.first_row
        last_row = HEADER_ROWS + 1 + block.last_row
        parts = _block_parts(plan, block, language)
        ws.cell(first_row, first_col).value = _block_value(parts)
        if (first_row, first_col) != (last_row, end_col):
            ws.merge_cells(
                start_row=first_row, start_column=first_col, end_row=last_row, end_column=end_col
            )
        _style_block(ws, styles, c.kind, (first_row, last_row, first_col, end_col))
        need = _block_height(parts, sum(widths[first_col - 2 : end_col - 1]))
        spans.append((first_row, last_row, need))
        rows = block.last_row - block.first_row + 1
        for r in range(block.first_row, block.last_row + 1):
            heights[r] = max(heights[r], math.ceil(need / rows * 2) / 2)
    for slot, height in enumerate(heights):
        ws.row_dimensions[HEADER_ROWS + 1 + slot].height = height

    last_row = _write_legend(ws, grid, kinds_used, language, HEADER_ROWS + grid.slots + 2)
    _page_setup(ws, plan, grid.day, language, last_col, last_row)
    # The legend stays on the page of the grid's last row, never alone on a page.
    spans.append((HEADER_ROWS + grid.slots, last_row, math.inf))
    _page_breaks(ws, spans, widths, last_row)


def _style_block(
    ws: Worksheet, styles: StyleCache, kind: Kind, box: tuple[int, int, int, int]
) -> None:
    """Fill and font on the block's first cell, a frame on the cells of its edge.

    Styling after merging (instead of letting openpyxl spread the first cell's border
    over the merged cells) keeps big grids fast: every edge cell copies a cached style.
    """
    first_row, last_row, first_col, last_col = box
    for row in range(first_row, last_row + 1):
        for col in range(first_col, last_col + 1):
            edges = (row == first_row, row == last_row, col == first_col, col == last_col)
            if not any(edges):
                continue
            top, bottom, left, right = edges
            border = Border(
                left=_DARK if left else None,
                right=_DARK if right else None,
                top=_DARK if top else None,
                bottom=_DARK if bottom else None,
            )
            if (row, col) == (first_row, first_col):
                styles.apply(
                    ws.cell(row, col),
                    ("block", kind, edges),
                    fill=PatternFill("solid", fgColor=KIND_FILLS[kind]),
                    alignment=Alignment(vertical="top", wrap_text=True),
                    font=Font(name=FONT, size=9),
                    border=border,
                )
            else:
                styles.apply(ws.cell(row, col), ("edge", edges), border=border)


def _write_legend(ws: Worksheet, grid: DayGrid, kinds: set[Kind], language: str, row: int) -> int:
    """The kinds shown on this day, each in its colour; returns the last row used."""
    words = WORDS[language]
    label = ws.cell(row, 1)
    put_text(label, words["legend"])
    label.font = Font(name=FONT, size=9, bold=True)
    entries = [(kind_label(k, language), KIND_FILLS[k], "solid") for k in Kind if k in kinds]
    if grid.blocked:
        entries.append((words["unavailable"], UNAVAILABLE_FILL, "lightUp"))
    col = 2
    for text, colour, pattern in entries:
        if col > 1 + grid.columns:
            col, row = 2, row + 1
        cell = ws.cell(row, col)
        put_text(cell, text)
        cell.font = Font(name=FONT, size=9)
        cell.fill = PatternFill(pattern, fgColor=colour, bgColor="FFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = Border(left=_DARK, right=_DARK, top=_DARK, bottom=_DARK)
        ws.row_dimensions[row].height = 16.0
        col += 1
    return row


def _page_breaks(
    ws: Worksheet, spans: list[tuple[int, int, float]], widths: list[float], last_row: int
) -> None:
    """Start new pages where no block is cut, or at least no block's text.

    ``spans`` holds (first row, last row, text height) per block. A break between
    blocks is taken when it keeps the page at least two-thirds full; otherwise the
    latest break that leaves every cut block's text whole on the page above (only
    its colour continues). The page capacity follows from A4 landscape, MARGINS and
    the fit-to-width scale. LibreOffice honours these breaks; Excel ignores manual
    breaks while "fit to page" is on and breaks by height alone.
    """
    sheet_width = (TIME_WIDTH * 7 + 5 + sum(w * 7 + 5 for w in widths)) * 0.75
    scale = min(1.0, PRINT_WIDTH / sheet_width)
    heights = {r: ws.row_dimensions[r].height or 15.0 for r in range(1, last_row + 1)}
    header = heights[HEADER_ROWS]
    capacity = PRINT_HEIGHT / scale * 0.97 - header

    def text_safe(row: int) -> bool:
        """Whether a page may start at ``row`` without cutting a block's text."""
        for first, last, need in spans:
            if first < row <= last and sum(heights[r] for r in range(first, row)) < need:
                return False
        return True

    def clean(row: int) -> bool:
        return not any(first < row <= last for first, last, _ in spans)

    page_start = HEADER_ROWS + 1
    used = heights[1]
    for row in range(HEADER_ROWS + 1, last_row + 1):
        if used + heights[row] > capacity and row > page_start:
            candidates = range(row, page_start, -1)
            floor = capacity * 2 / 3
            cut = next(
                (b for b in candidates if clean(b) and _filled(heights, page_start, b) >= floor),
                None,
            ) or next((b for b in candidates if text_safe(b)), row)
            ws.row_breaks.append(Break(id=cut - 1))
            page_start = cut
            used = _filled(heights, cut, row)
        used += heights[row]


def _filled(heights: dict[int, float], first: int, stop: int) -> float:
    return sum(heights[r] for r in range(first, stop))


def _page_setup(
    ws: Worksheet, plan: Plan, day: date, language: str, last_col: int, last_row: int
) -> None:
    ws.freeze_panes = ws.cell(HEADER_ROWS + 1, 2)
    ws.print_title_rows = f"{HEADER_ROWS}:{HEADER_ROWS}"
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins = copy(MARGINS)
    ws.oddHeader.left.text = header_escape(plan.event.title)
    ws.oddHeader.left.size = 10
    ws.oddHeader.right.text = header_escape(long_date(day, language))
    ws.oddHeader.right.size = 10
    ws.oddFooter.center.text = WORDS[language]["page"]
    ws.oddFooter.center.size = 9
    ws.sheet_view.zoomScale = 90
