"""The Excel workbook for hosts, read back with openpyxl as an independent reader."""

from __future__ import annotations

import io
import itertools
import os
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from openpyxl.worksheet.worksheet import Worksheet

from planner.cli import main
from planner.export import ExportError
from planner.export.excel import build_workbook, export_xlsx
from planner.export.excel_common import KIND_FILLS, clean_text
from planner.export.excel_layout import grid_step
from planner.model import (
    Contribution,
    Event,
    Kind,
    Organizer,
    Placement,
    Plan,
    Room,
    Speaker,
    TimeWindow,
    Topic,
    kind_label,
)
from planner.storage import load_plan
from tests.strategies import plans

DAY = date(2019, 10, 7)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def reopen(plan: Plan, **kwargs: str) -> openpyxl.Workbook:
    buffer = io.BytesIO()
    build_workbook(plan, **kwargs).save(buffer)
    buffer.seek(0)
    return openpyxl.load_workbook(buffer)


def small_plan(**event_changes: object) -> Plan:
    event = Event(
        title="Testtag",
        timezone="Europe/Berlin",
        days=(DAY,),
        day_start=time(9),
        day_end=time(12),
        organizer=Organizer("Digitalakademie"),
    )
    event = replace(event, **event_changes)
    return Plan(
        event=event,
        rooms=(Room("a", "Saal A", capacity=100), Room("b", "Raum B", capacity=20)),
        speakers=(Speaker("s1", "Anna Muster", email="anna@example.org"),),
        contributions=(
            Contribution("w", "Willkommen", Kind.WELCOME, 15),
            Contribution("t1", "Impuls eins", Kind.IMPULSE, 30, Topic.WIRTSCHAFT, ("s1",)),
            Contribution("t2", "Werkstatt", Kind.WORKSHOP, 60),
        ),
        schedule=(
            Placement("w", "a", at(9)),
            Placement("t1", "a", at(9, 15)),
            Placement("t2", "b", at(9, 15)),
        ),
    )


# -- reading the grid back ------------------------------------------------------------


def grid_rows(ws: Worksheet) -> dict[int, time]:
    """Sheet row → time of that grid row (every grid row carries a real time value)."""
    return {
        row: ws.cell(row, 1).value
        for row in range(3, ws.max_row + 1)
        if isinstance(ws.cell(row, 1).value, time)
    }


def room_columns(ws: Worksheet, rooms: int) -> list[range]:
    """The sheet columns under each room header of row 2, in room order."""
    merged = {r.min_col: r.max_col for r in ws.merged_cells.ranges if r.min_row == r.max_row == 2}
    result, col = [], 2
    for _ in range(rooms):
        last = merged.get(col, col)
        result.append(range(col, last + 1))
        col = last + 1
    return result


def blocks(ws: Worksheet) -> list[tuple[int, int, int, int, str]]:
    """(first row, last row, first col, last col, text) of every block in the grid."""
    rows = grid_rows(ws)
    spans = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}
    found = []
    for row in rows:
        for col in range(2, ws.max_column + 1):
            value = ws.cell(row, col).value
            if value is None or type(ws.cell(row, col)).__name__ == "MergedCell":
                continue
            span = spans.get((row, col))
            if span is None:
                found.append((row, row, col, col, value))
            else:
                found.append((row, span.max_row, col, span.max_col, value))
    return found


def test_sample_has_the_four_sheets_and_properties(sample_path: Path) -> None:
    wb = reopen(load_plan(sample_path))
    assert wb.sheetnames == ["Agenda", "Programm", "Referierende", "Räume"]
    assert wb.properties.title == "2. Kommunaler Innovationstag Baden-Württemberg"
    assert wb.properties.creator == "Digitalakademie@bw"


def test_agenda_blocks_sit_at_their_room_and_time(sample_path: Path) -> None:
    plan = load_plan(sample_path)
    ws = reopen(plan)["Agenda"]
    assert ws["A2"].value == "Zeit"
    assert ws["B2"].value == "Plenarsaal\n220 Plätze"
    assert ws["E2"].value == "Werkstatt Rheinblick\n25 Plätze"
    rows = {t: r for r, t in grid_rows(ws).items()}
    assert grid_step(plan) == 5
    assert rows[time(9, 5)] == rows[time(9)] + 1

    by_title = {}
    for first, last, c0, c1, text in blocks(ws):
        by_title[text.split("\n")[1]] = (first, last, c0, c1)
    # A guest talk 10:40–11:10 in the plenary hall: column B, six 5-minute rows.
    guest = plan.contribution("g-dk1").title
    assert by_title[guest] == (rows[time(10, 40)], rows[time(11, 5)], 2, 2)
    # The Digitallotsen workshop in the Werkstatt (column E), 10:40–12:10.
    lotsen = plan.contribution("w-lotsen").title
    assert by_title[lotsen] == (rows[time(10, 40)], rows[time(12, 5)], 5, 5)
    # Plenary items span every room column.
    welcome = plan.contribution("welcome").title
    assert by_title[welcome] == (rows[time(9, 30)], rows[time(9, 45)], 2, 5)
    assert f"B{rows[time(10, 40)]}:B{rows[time(11, 5)]}" in ws.merged_cells


def test_agenda_fills_per_kind_and_legend(sample_path: Path) -> None:
    plan = load_plan(sample_path)
    ws = reopen(plan)["Agenda"]
    for first, _last, col, _c1, text in blocks(ws):
        title = text.split("\n")[1]
        kind = next(c.kind for c in plan.contributions if c.title == title)
        assert ws.cell(first, col).fill.fgColor.rgb == "00" + KIND_FILLS[kind]
    legend_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Legende")
    legend = [ws.cell(r, c).value for r in range(legend_row, ws.max_row + 1) for c in range(2, 6)]
    assert {"Gastbeitrag", "Impulsreferat"} <= set(legend)
    assert "Raum nicht verfügbar" in legend  # Kaiserstuhl is blocked 15:00–16:00
    rows = {t: r for r, t in grid_rows(ws).items()}
    assert ws.cell(rows[time(15, 20)], 3).fill.patternType == "lightUp"
    assert ws.cell(rows[time(14, 55)], 3).fill.patternType is None


def test_the_last_day_datetime_can_hold_still_exports() -> None:
    # The grid's last row on 9999-12-31 ends at midnight, which datetime cannot hold;
    # computing that end crashed the export of such a (hand-edited) plan.
    last = date(9999, 12, 31)
    plan = small_plan(days=(last,), day_end=time(23, 59))
    closed = TimeWindow(datetime(9999, 12, 31, 23, 0), datetime(9999, 12, 31, 23, 59))
    plan = plan.with_room(replace(plan.room("a"), unavailable=(closed,)))
    plan = plan.with_schedule(
        replace(p, start=p.start.replace(year=9999, month=12, day=31)) for p in plan.schedule
    )
    book = reopen(plan)
    assert book.sheetnames[0] == "Agenda"
    assert grid_rows(book["Agenda"])[3] == time(9)


def test_agenda_time_labels_at_least_every_quarter_hour(sample_path: Path) -> None:
    ws = reopen(load_plan(sample_path))["Agenda"]
    labelled = [t for r, t in grid_rows(ws).items() if ws.cell(r, 1).font.color.rgb != "00FFFFFF"]
    assert len(labelled) < len(grid_rows(ws)) / 2  # 5-minute rows, labels every quarter hour
    minutes = [t.hour * 60 + t.minute for t in labelled]
    assert minutes[0] == 9 * 60
    assert all(b - a <= 15 for a, b in itertools.pairwise(minutes))
    assert minutes[-1] >= 16 * 60 + 45


def test_agenda_print_settings(sample_path: Path) -> None:
    ws = reopen(load_plan(sample_path))["Agenda"]
    assert ws.freeze_panes == "B3"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$2:$2"
    assert ws.oddHeader.left.text == "2. Kommunaler Innovationstag Baden-Württemberg"
    assert ws.oddHeader.right.text == "Montag, 07.10.2019"
    assert "&P" in ws.oddFooter.center.text
    assert ws["B3"].alignment.wrap_text


def test_page_breaks_never_cut_a_short_block(sample_path: Path) -> None:
    ws = reopen(load_plan(sample_path))["Agenda"]
    breaks = [b.id for b in ws.row_breaks.brk]
    assert breaks, "a 5-minute grid of a whole day needs more than one page"
    for first, last, *_ in blocks(ws):
        if last - first + 1 <= 6:  # 30 minutes or less
            assert not any(first <= b < last for b in breaks), (first, last)


def test_rows_grow_for_long_titles() -> None:
    plan = small_plan()
    long = replace(plan.contribution("t2"), title="Sehr langer Titel " * 12, duration=15)
    short = replace(plan.contribution("t2"), duration=15)
    heights = []
    for c in (short, long):
        ws = reopen(plan.with_contribution(c))["Agenda"]
        heights.append(ws.row_dimensions[3 + 1].height)  # the row of 09:15
    assert heights[1] > heights[0] * 2


def test_overlapping_placements_get_lanes_and_plenary_stays_put(
    conflicts_sample_path: Path,
) -> None:
    plan = load_plan(conflicts_sample_path)
    ws = reopen(plan)["Agenda"]
    columns = room_columns(ws, len(plan.rooms))
    assert len(columns[1]) == 2  # seminar1 has a room-overlap: two lanes under one header
    assert ws.cell(2, columns[1][0]).value.startswith("Seminarraum Kaiserstuhl")
    texts = {text.split("\n")[1]: (c0, c1) for *_, c0, c1, text in blocks(ws)}
    # The coffee break overlaps speed networking, so it stays in the plenary column.
    assert texts["Kaffeepause"] == (columns[0][0], columns[0][-1])
    buerg, soz = plan.contribution("i-buerg-2").title, plan.contribution("i-soz-1").title
    assert {texts[buerg][0], texts[soz][0]} == set(columns[1])


def test_quarter_hour_plan_uses_quarter_hour_rows() -> None:
    plan = small_plan()
    assert grid_step(plan) == 15
    ws = reopen(plan)["Agenda"]
    assert list(grid_rows(ws).values())[:3] == [time(9), time(9, 15), time(9, 30)]
    assert all(ws.cell(r, 1).font.color.rgb != "00FFFFFF" for r in grid_rows(ws))


def test_programme_is_a_table_with_real_dates_and_times(sample_path: Path) -> None:
    plan = load_plan(sample_path)
    ws = reopen(plan)["Programm"]
    header = [c.value for c in ws[1]]
    assert header == [
        "Datum", "Beginn", "Ende", "Raum", "Titel", "Art", "Thema", "Referierende", "Sprache"
    ]  # fmt: skip
    assert list(ws.tables) == ["Programm"]
    table = ws.tables["Programm"]
    assert table.ref == f"A1:I{len(plan.schedule) + 1}"
    assert table.autoFilter is not None
    first = [c.value for c in ws[2]]
    assert first[:5] == [
        datetime(2019, 10, 7), time(9), time(9, 30), "Plenarsaal",
        "Ankommen, Registrierung und Stehkaffee",
    ]  # fmt: skip
    assert ws["A2"].is_date
    assert ws["A2"].number_format == "DD.MM.YYYY"
    assert ws["B2"].number_format == "hh:mm"
    guest_row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[5] == "Gastbeitrag")
    assert guest_row[6:] == ("Bürgerdialog", plan.speaker("dk1").name, "Englisch")
    starts = [(r[0], r[1]) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert starts == sorted(starts)
    assert ws.column_dimensions["E"].width > ws.column_dimensions["B"].width
    assert ws.freeze_panes == "A2"


def test_speakers_and_rooms_sheets(sample_path: Path) -> None:
    plan = load_plan(sample_path)
    wb = reopen(plan)
    ws = wb["Referierende"]
    assert [c.value for c in ws[1]] == [
        "Name", "Organisation", "E-Mail", "Land", "Sprache", "Termine"
    ]  # fmt: skip
    dk1 = next(
        r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == plan.speaker("dk1").name
    )
    assert dk1[2:5] == (plan.speaker("dk1").email, "DK", "Englisch")
    assert dk1[5].count("\n") == 1  # two slots: the guest talk and the dialogue session
    assert "10:40–11:10 Plenarsaal" in dk1[5]

    rooms = wb["Räume"]
    values = [c.value for row in rooms.iter_rows() for c in row if c.value is not None]
    assert "Seminarraum Kaiserstuhl" in values
    assert any(isinstance(v, str) and "Kapazität: 40" in v and "15:00–16:00" in v for v in values)
    assert plan.contribution("i-tour-1").title in values


def test_english_event_gets_english_workbook() -> None:
    plan = small_plan(extra={"language": "en"})
    wb = reopen(plan)
    assert wb.sheetnames == ["Agenda", "Programme", "Speakers", "Rooms"]
    assert [c.value for c in wb["Programme"][1]][:3] == ["Date", "Start", "End"]
    assert wb["Agenda"]["B2"].value == "Saal A\n100 seats"
    assert wb["Agenda"].oddHeader.right.text == "Monday, 7 October 2019"
    assert reopen(small_plan(), language="en").sheetnames[1] == "Programme"
    assert reopen(plan, language="de").sheetnames[1] == "Programm"


def test_multi_day_event_gets_one_agenda_sheet_per_day() -> None:
    plan = small_plan(days=(DAY, date(2019, 10, 8)))
    plan = plan.with_placement("t2", "b", at(10, day=date(2019, 10, 8)))
    wb = reopen(plan)
    assert wb.sheetnames[:2] == ["Agenda", "Agenda 08.10."]
    titles = [text.split("\n")[1] for *_, text in blocks(wb["Agenda 08.10."])]
    assert titles == ["Werkstatt"]
    assert wb["Agenda 08.10."].oddHeader.right.text == "Dienstag, 08.10.2019"


INJECTIONS = ['=HYPERLINK("http://x")', "+49 761 1234", "-5 %", "@SUM(A1)", "\tTab", "\rCR"]


def test_formula_like_text_is_written_as_plain_text(tmp_path: Path) -> None:
    plan = small_plan()
    plan = plan.with_contribution(replace(plan.contribution("t2"), title=INJECTIONS[0]))
    plan = plan.with_speaker(replace(plan.speaker("s1"), name=INJECTIONS[1], organisation="@org"))
    plan = plan.with_room(replace(plan.rooms[1], name=INJECTIONS[2]))
    for i, text in enumerate(INJECTIONS[3:]):
        plan = plan.with_contribution(Contribution(f"x{i}", text, Kind.SESSION, 15))
        plan = plan.with_placement(f"x{i}", "b", at(11, 15 * i))
    path = export_xlsx(plan, tmp_path / "agenda.xlsx")
    wb = openpyxl.load_workbook(path)
    seen = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    seen[cell.value] = cell
    for text in INJECTIONS:
        expected = text.replace("\r", "\n")  # a bare CR cannot live in cell XML
        assert expected in seen, text
        assert seen[expected].data_type == "s"
        assert seen[expected].quotePrefix
    assert seen["@org"].data_type == "s"


def test_export_replaces_atomically_and_reports_bad_targets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = small_plan()
    target = tmp_path / "agenda.xlsx"
    target.write_bytes(b"old workbook")
    with pytest.raises(ExportError, match="is a folder"):
        export_xlsx(plan, tmp_path)
    with pytest.raises(ExportError, match="does not exist"):
        export_xlsx(plan, tmp_path / "missing" / "agenda.xlsx")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="open in Excel"):
        export_xlsx(plan, target)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(ExportError, match="not writable"):
        export_xlsx(plan, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.xlsx"]

    export_xlsx(plan, target)
    assert openpyxl.load_workbook(target).sheetnames[0] == "Agenda"


def test_cli_export_xlsx(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "host.xlsx"
    assert main(["export", str(sample_path), "--xlsx", str(target)]) == 0
    assert "host.xlsx" in capsys.readouterr().out
    assert openpyxl.load_workbook(target).sheetnames[1] == "Programm"
    assert main(["export", str(sample_path), "--xlsx", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err
    assert "Traceback" not in err


# -- every placement exactly once -----------------------------------------------------


def _programme_row(plan: Plan, p: Placement) -> tuple[object, ...]:
    c = plan.contribution(p.contribution)
    names = ", ".join(plan.speaker(s).name for s in c.speakers)
    lang = {"de": "Deutsch", "en": "Englisch"}[c.language or "de"]
    topic = TOPICS_DE[c.topic] if c.topic else None
    return (
        datetime.combine(p.start.date(), time()),
        p.start.time(),
        plan.end_of(p).time(),
        clean_text(plan.room(p.room).name) or None,
        clean_text(c.title) or None,
        kind_label(c.kind, "de"),
        topic,
        clean_text(names) or None,
        lang,
    )


TOPICS_DE = {
    Topic.WIRTSCHAFT: "Wirtschaft",
    Topic.TOURISMUS: "Tourismus",
    Topic.BUERGERDIALOG: "Bürgerdialog",
    Topic.ZIVILGESELLSCHAFT: "Zivilgesellschaft",
    Topic.DEMOGRAFIE: "Demografie",
    Topic.SOZIALES: "Soziale Angebote",
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans())
def test_every_placement_appears_once_in_programme_and_grid(plan: Plan) -> None:
    wb = reopen(plan)
    programme = [tuple(r) for r in wb["Programm"].iter_rows(min_row=2, values_only=True)]
    if not plan.schedule:
        programme = [r for r in programme if any(v is not None for v in r)]
    assert Counter(programme) == Counter(_programme_row(plan, p) for p in plan.schedule)
    assert [r[:2] for r in programme] == sorted(r[:2] for r in programme)

    sheets = [ws for ws in wb.worksheets if ws.title.startswith("Agenda")]
    found: list[tuple[str, int, int, int, str]] = []
    for ws in sheets:
        found += [(ws.title, first, c0, c1, text) for first, _l, c0, c1, text in blocks(ws)]
    assert len(found) == len(plan.schedule)

    # Constrained blocks (one room) first, then the plenary ones spanning every room.
    found.sort(key=lambda b: b[3] - b[2])
    facts = {
        ws.title: (grid_rows(ws), room_columns(ws, len(plan.rooms)), _sheet_day(ws))
        for ws in sheets
    }
    open_placements = list(plan.schedule)
    for sheet, row, c0, c1, text in found:
        rows, columns, day = facts[sheet]
        spans_all = len(plan.rooms) > 1 and (c0, c1) == (columns[0][0], columns[-1][-1])
        match = None
        for p in open_placements:
            c = plan.contribution(p.contribution)
            when = f"{p.start:%H:%M}–{plan.end_of(p):%H:%M}"
            if not (
                text.startswith(when)
                and clean_text(c.title) in text
                and rows.get(row) == p.start.time()
                and day == p.start.date()
            ):
                continue
            in_room = c0 in columns[plan.rooms.index(plan.room(p.room))] and c0 == c1
            if in_room or (spans_all and c.is_plenary):
                match = p
                break
        assert match is not None, (sheet, row, c0, c1, text)
        open_placements.remove(match)


def _sheet_day(ws: Worksheet) -> date:
    """The day of an Agenda sheet, read from its page header ("Montag, 07.10.2019")."""
    return datetime.strptime(ws.oddHeader.right.text.split(", ")[1], "%d.%m.%Y").date()
