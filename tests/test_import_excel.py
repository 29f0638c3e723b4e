"""Importing contributions and speakers from workbooks as organisers receive them."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.export.excel import build_workbook, export_xlsx
from planner.imports.excel import WorkbookImportError, import_xlsx
from planner.model import (
    Contribution,
    Kind,
    Placement,
    Plan,
    Room,
    Speaker,
    Topic,
)
from planner.storage import load_plan, save_plan
from tests.builders import DAY, event


def base_plan(days: tuple[date, ...] = (DAY,)) -> Plan:
    return Plan(
        event=event(days=days),
        rooms=(Room("plenum", "Plenarsaal", 200), Room("s1", "Seminarraum 1", 30)),
        speakers=(
            Speaker("anna", "Anna Muster", email="Anna.Muster@example.org"),
            Speaker("lotsen", "Projektleiterin Digitallotsen, Landkreis Breisgau"),
        ),
    )


def book(rows: list[list[Any]], *, title: str = "Beiträge", above: int = 0) -> bytes:
    """A workbook whose sheet has ``above`` note rows, then the header and data rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for i in range(above):
        ws.append([f"Einreichungen zum Innovationstag, Stand {i + 1}"])
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def by_title(plan: Plan) -> dict[str, Contribution]:
    return {c.title: c for c in plan.contributions}


def test_german_headers_in_any_order_with_typed_cells() -> None:
    data = book(
        [
            ["Referent*in", "E-Mail", "Titel", "Art", "Dauer (Min.)", "Thema", "Sprache",
             "Organisation", "Publikum"],
            ["Ben Beispiel", "ben@example.org", "Digitale Bürgerdienste", "Impulsreferat", 20,
             "Bürgerdialog", "Deutsch", "Gemeinde X", 40],
            [None, "anna.muster@EXAMPLE.org", "Open Data", "Workshop", time(1, 30),
             "Wirtschaft", None, None, None],
            ["Jens Jensen", "jens@example.dk", "Welfare tech", "Gastbeitrag", "0:45",
             "Soziale Angebote", "Englisch", "Kommune i Danmark", None],
            [None, None, "Mittagspause", "Pause", timedelta(minutes=60), None, None, None, None],
        ],
        above=2,
    )  # fmt: skip
    result = import_xlsx(base_plan(), data)
    found = by_title(result.plan)
    assert [found[t].kind for t in found] == [Kind.IMPULSE, Kind.WORKSHOP, Kind.GUEST, Kind.BREAK]
    assert found["Digitale Bürgerdienste"].topic == Topic.BUERGERDIALOG
    assert found["Digitale Bürgerdienste"].audience == 40
    assert [found[t].duration for t in found] == [20, 90, 45, 60]
    assert found["Welfare tech"].language == "en"
    assert found["Welfare tech"].topic == Topic.SOZIALES
    # Anna is matched by e-mail whatever its case; Ben and Jens are new.
    assert found["Open Data"].speakers == ("anna",)
    assert len(result.new_speakers) == 2
    jens = result.plan.speaker(found["Welfare tech"].speakers[0])
    assert (jens.name, jens.email, jens.organisation, jens.language) == (
        "Jens Jensen", "jens@example.dk", "Kommune i Danmark", "en"
    )  # fmt: skip
    assert result.placed == ()
    assert set(result.unplaced) == set(result.added)


def test_english_headers_place_contributions() -> None:
    data = book(
        [
            ["Title", "Type", "Topic", "Duration", "Speakers", "Email", "Organization",
             "Language", "Description", "Start", "Date", "Room", "Plenary", "Needs"],
            ["Opening", "Welcome", None, 15, "Anna Muster", None, None, "German", "Hello",
             "09:00", "07.10.2019", "Plenarsaal", "yes", "beamer, Mikrofon"],
            ["Tourism", "impulse", "Tourism", "25 min", "  anna   muster ", None, None, "en",
             None, time(9, 30), DAY, "s1", None, None],
        ]
    )  # fmt: skip
    result = import_xlsx(base_plan(), data)
    found = by_title(result.plan)
    opening = found["Opening"]
    assert (opening.kind, opening.plenary, opening.description) == (Kind.WELCOME, True, "Hello")
    assert opening.needs == ("beamer", "mikrofon")
    assert found["Tourism"].topic == Topic.TOURISMUS
    assert found["Tourism"].speakers == ("anna",)  # matched by name, spacing and case ignored
    assert result.new_speakers == ()
    placements = {p.contribution: (p.room, p.start) for p in result.plan.schedule}
    assert placements[opening.id] == ("plenum", datetime(2019, 10, 7, 9))
    assert placements[found["Tourism"].id] == ("s1", datetime(2019, 10, 7, 9, 30))


def test_several_speakers_in_one_cell() -> None:
    data = book(
        [
            ["Titel", "Dauer", "Referierende", "E-Mail"],
            ["Podium", 40, "Anna Muster; Carla Neu", "anna.muster@example.org; carla@example.org"],
            ["Lotsen", 60, "Projektleiterin Digitallotsen, Landkreis Breisgau, Dora Dorf", None],
            ["Müller", 20, "Müller, Hans", "hans.mueller@example.org"],
        ]
    )
    result = import_xlsx(base_plan(), data)
    found = by_title(result.plan)
    names = {t: [result.plan.speaker(s).name for s in c.speakers] for t, c in found.items()}
    assert names["Podium"] == ["Anna Muster", "Carla Neu"]
    assert names["Lotsen"] == ["Projektleiterin Digitallotsen, Landkreis Breisgau", "Dora Dorf"]
    assert names["Müller"] == ["Müller, Hans"]
    assert found["Lotsen"].speakers[0] == "lotsen"


def test_bad_rows_are_all_reported_and_nothing_is_imported() -> None:
    data = book(
        [
            ["Titel", "Art", "Dauer", "Thema", "Beginn", "Raum", "E-Mail"],
            ["Gut", "Workshop", 60, None, None, None, None],
            ["Falsche Art", "Vortragg", 30, None, None, None, None],
            ["Ohne Dauer", "Workshop", None, None, None, None, None],
            [None, "Workshop", 30, None, None, None, None],
            ["Falscher Raum", "Workshop", "abc", "Kochen", "10:00", "Keller", "kein-mail"],
        ],
        above=1,
    )
    with pytest.raises(WorkbookImportError) as info:
        import_xlsx(base_plan(), data)
    problems = {(p.row, p.column) for p in info.value.problems}
    assert problems == {
        (4, "Art"),
        (5, "Dauer"),
        (6, "Titel"),
        (7, "Dauer"),
        (7, "Thema"),
        (7, "Raum"),
        (7, "E-Mail"),
    }
    text = str(info.value)
    assert "nothing was imported" in text
    assert "row 4, column 'Art': unknown kind 'Vortragg'" in text
    assert "row 7, column 'Raum': unknown room 'Keller'" in text


def test_reimport_adds_nothing_twice() -> None:
    data = book([["Titel", "Dauer", "Referent*in"], ["Open Data", 60, "Neue Person"]])
    first = import_xlsx(base_plan(), data)
    again = import_xlsx(first.plan, data)
    assert again.plan == first.plan
    assert again.added == ()
    assert "already in the plan" in again.warnings[0]


def test_sheet_choice_and_unreadable_workbooks() -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Notizen"
    wb.active.append(["nur Text"])
    other = wb.create_sheet("Liste")
    other.append(["Title", "Duration"])
    other.append(["Aus der Liste", 30])
    buffer = io.BytesIO()
    wb.save(buffer)
    data = buffer.getvalue()
    assert by_title(import_xlsx(base_plan(), data).plan).keys() == {"Aus der Liste"}
    assert by_title(import_xlsx(base_plan(), data, sheet="liste").plan).keys() == {"Aus der Liste"}
    with pytest.raises(WorkbookImportError, match="no sheet 'Programm' \\(sheets: Notizen, Liste"):
        import_xlsx(base_plan(), data, sheet="Programm")
    with pytest.raises(WorkbookImportError, match="no header row with a title column"):
        import_xlsx(base_plan(), data, sheet="Notizen")
    with pytest.raises(WorkbookImportError, match=r"not an Excel workbook \(.xlsx\)"):
        import_xlsx(base_plan(), b"Titel;Dauer\nA;30\n")


def test_export_then_import_of_the_sample_round_trips(sample_path: Path, tmp_path: Path) -> None:
    plan = load_plan(sample_path)
    path = export_xlsx(plan, tmp_path / "agenda.xlsx")
    empty = replace(plan, contributions=(), schedule=())
    result = import_xlsx(empty, path)
    assert result.new_speakers == ()
    assert_same_programme(plan, result.plan)


def assert_same_programme(original: Plan, imported: Plan) -> None:
    def facts(plan: Plan, p: Placement) -> tuple[Any, ...]:
        c = plan.contribution(p.contribution)
        return (
            c.title, c.kind, c.topic, c.duration, c.speakers, c.language or "de", p.room, p.start
        )  # fmt: skip

    expected = [facts(original, p) for p in original.sorted_schedule()]
    assert [facts(imported, p) for p in imported.schedule] == expected
    assert len(imported.contributions) == len(expected)


ROOM_NAMES = ("Plenarsaal", "Seminarraum Kaiserstuhl", "Werkstatt", "=Raum -1")
SPEAKER_NAMES = ("Anna Muster", "Ben Beispiel", "+49 Hotline", "@jens", "Dr. Eva Ek")
titles = (
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


@st.composite
def programmes(draw: st.DrawFn) -> Plan:
    days = (DAY, DAY + timedelta(days=1))[: draw(st.integers(1, 2))]
    rooms = tuple(
        Room(f"r{i}", name)
        for i, name in enumerate(ROOM_NAMES[: draw(st.integers(1, len(ROOM_NAMES)))])
    )
    speakers = tuple(
        Speaker(f"s{i}", name)
        for i, name in enumerate(SPEAKER_NAMES[: draw(st.integers(0, len(SPEAKER_NAMES)))])
    )
    contributions, schedule = [], []
    for i in range(draw(st.integers(1, 8))):
        c = Contribution(
            id=f"c{i}",
            title=draw(titles),
            kind=draw(st.sampled_from(Kind)),
            duration=draw(st.integers(1, 240)),
            topic=draw(st.none() | st.sampled_from(Topic)),
            speakers=tuple(
                draw(st.lists(st.sampled_from([s.id for s in speakers]), unique=True, max_size=3))
                if speakers
                else ()
            ),
            language=draw(st.sampled_from((None, "de", "en", "da"))),
        )
        contributions.append(c)
        if draw(st.booleans()) or i == 0:
            start = datetime.combine(draw(st.sampled_from(days)), time(8)) + timedelta(
                minutes=draw(st.integers(0, 600))
            )
            schedule.append(Placement(c.id, draw(st.sampled_from(rooms)).id, start))
    return Plan(event(days=days), rooms, speakers, tuple(contributions), tuple(schedule))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=programmes(), language=st.sampled_from(("de", "en")))
def test_programme_sheet_round_trips(plan: Plan, language: str) -> None:
    buffer = io.BytesIO()
    build_workbook(plan, language=language).save(buffer)
    empty = replace(plan, contributions=(), schedule=())
    # Into a plan without contributions: nothing counts as already imported.
    result = import_xlsx(empty, buffer.getvalue())
    assert_same_programme(plan, result.plan)
    assert result.new_speakers == ()


def test_cli_import_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path = tmp_path / "tag.agenda.json"
    save_plan(base_plan(), plan_path, backup=False)
    good = tmp_path / "gut.xlsx"
    good.write_bytes(book([["Titel", "Dauer", "Referent*in"], ["Neu", 30, "Neue Person"]]))
    assert main(["import-xlsx", str(good), "--into", str(plan_path)]) == 0
    out = capsys.readouterr().out
    assert "1 contribution(s) (0 placed) and 1 new speaker(s) added" in out
    assert "Neu" in by_title(load_plan(plan_path))

    bad = tmp_path / "schlecht.xlsx"
    bad.write_bytes(book([["Titel", "Dauer"], ["A", 30], ["B", "lang"]]))
    before = plan_path.read_bytes()
    assert main(["import-xlsx", str(bad), "--into", str(plan_path), "--sheet", "Beiträge"]) == 2
    err = capsys.readouterr().err
    assert "row 3, column 'Dauer'" in err
    assert "Traceback" not in err
    assert plan_path.read_bytes() == before
    assert main(["import-xlsx", str(tmp_path / "fehlt.xlsx"), "--into", str(plan_path)]) == 2
    assert "file not found" in capsys.readouterr().err
