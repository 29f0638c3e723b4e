"""Importing whole schedules (frab XML, pretalx JSON): three real events and edge cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from openpyxl import load_workbook

from planner.cli import main
from planner.conflicts import ConflictKind, check
from planner.export.excel import export_xlsx
from planner.export.ical import export_ics
from planner.imports.schedule import ScheduleImportError, import_schedule
from planner.model import Kind, Plan
from planner.storage import dumps_plan, load_plan, loads_plan, save_plan

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"


def real(name: str) -> Path:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"real schedule {name} not found beside the checkout ({REAL})")
    return path


def imported(name: str):
    path = real(name)
    return import_schedule(path.read_bytes(), source_name=str(path))


def start_of(plan: Plan, cid: str) -> tuple[str, datetime]:
    placement = plan.placement(cid)
    assert placement is not None
    return placement.room, placement.start


# -- 31C3 (frab, 4 days, past midnight, +01:00) ----------------------------------------


@pytest.fixture(scope="module")
def congress():
    return imported("31c3-schedule.xml")


def test_31c3_counts(congress) -> None:
    plan = congress.plan
    assert plan.event.title == "31. Chaos Communication Congress"
    assert plan.event.days == tuple(date(2014, 12, d) for d in (27, 28, 29, 30))
    assert [r.name for r in plan.rooms] == ["Saal 1", "Saal 2", "Saal G", "Saal 6"]
    assert len(plan.contributions) == len(plan.schedule) == 138
    # 198 person ids, one person (Laura Poitras) listed under two ids: one speaker.
    assert len(plan.speakers) == 197
    assert sum(s.name == "Laura Poitras" for s in plan.speakers) == 1


def test_31c3_times_in_the_events_zone(congress) -> None:
    plan = congress.plan
    assert plan.event.timezone == "Etc/GMT-1"
    assert any("Etc/GMT-1" in w for w in congress.warnings)
    assert start_of(plan, "6561") == ("saal-1", datetime(2014, 12, 27, 11, 0))
    # The first night's 00:00 show lies on the next date, inside the opening hours.
    assert start_of(plan, "6581") == ("saal-1", datetime(2014, 12, 28, 0, 0))
    assert plan.event.day_start == time(0, 0)
    assert plan.event.tzinfo.utcoffset(datetime(2014, 12, 27)).total_seconds() == 3600


def test_31c3_past_midnight_is_reported_not_hidden(congress) -> None:
    conflicts = check(congress.plan)
    outside = {c.contributions[0] for c in conflicts if c.kind is ConflictKind.OUTSIDE_HOURS}
    crossing = {
        p.contribution
        for p in congress.plan.schedule
        if congress.plan.end_of(p).date() > p.start.date()
    }
    assert outside == crossing
    assert len(crossing) == 11
    assert any("past midnight" in w for w in congress.warnings)


def test_31c3_kinds_languages_and_text(congress) -> None:
    plan = congress.plan
    podium = [c for c in plan.contributions if c.kind is Kind.PANEL]
    assert len(podium) == 1
    assert {c.language for c in plan.contributions} == {"de", "en"}
    assert plan.contribution("6571").kind is Kind.SESSION  # a 60-minute lecture
    thirty = [c for c in plan.contributions if c.duration == 30]
    assert thirty
    assert all(c.kind is Kind.IMPULSE for c in thirty)
    # Escaped HTML in abstracts/descriptions becomes plain text.
    assert all("</" not in (c.description or "") for c in plan.contributions)
    assert "of a humanoid robot" in (plan.contribution("6234").description or "")


def test_31c3_saves_loads_and_checks(congress, tmp_path: Path) -> None:
    target = tmp_path / "31c3.agenda.json"
    save_plan(congress.plan, target)
    assert load_plan(target) == congress.plan
    assert check(load_plan(target)) == check(congress.plan)


def test_31c3_exports_run(congress, tmp_path: Path) -> None:
    plan, written = export_ics(congress.plan, tmp_path / "ics")
    agenda = Calendar.from_ical((tmp_path / "ics" / "agenda.ics").read_bytes())
    events = {str(ev["SUMMARY"]): ev for ev in agenda.walk("VEVENT")}
    assert len(list(agenda.walk("VEVENT"))) == 138
    opening = events["31C3 Opening Event"].decoded("DTSTART")
    assert opening.astimezone(UTC) == datetime(2014, 12, 27, 10, 0, tzinfo=UTC)
    assert len(written) == 1 + len(plan.rooms) + len(plan.speakers)
    book = tmp_path / "31c3.xlsx"
    export_xlsx(plan, book)
    programme = load_workbook(book)["Programm"]
    assert programme.max_row == 1 + 138


# -- LSWT 2019 (frab-style, breaks per room, local times marked Z) ----------------------


@pytest.fixture(scope="module")
def lswt():
    return imported("lswt2019-schedule.xml")


def test_lswt_counts_and_unique_ids(lswt) -> None:
    plan = lswt.plan
    assert plan.event.days == (date(2019, 5, 22),)
    assert [r.name for r in plan.rooms] == ["Vorträge", "Tutorials", "Hackathon", "Social Event"]
    assert len(plan.contributions) == len(plan.schedule) == 31
    ids = [c.id for c in plan.contributions]
    assert len(set(ids)) == 31
    assert {"997", "997-2", "998", "998-2", "999", "999-2"} <= set(ids)
    assert start_of(plan, "997-2") == ("tutorials", datetime(2019, 5, 22, 11, 0))
    assert plan.contribution("997-2").extra["source_id"] == "997"


def test_lswt_z_times_stay_local(lswt) -> None:
    plan = lswt.plan
    assert start_of(plan, "101") == ("vortrage", datetime(2019, 5, 22, 9, 0))
    assert plan.event.day_start == time(9, 0)
    assert any("'Z'" in w and "09:00 stays 09:00" in w for w in lswt.warnings)


def test_lswt_z_times_stay_local_in_a_named_zone() -> None:
    path = real("lswt2019-schedule.xml")
    result = import_schedule(path.read_bytes(), timezone="Europe/Berlin")
    assert result.plan.event.timezone == "Europe/Berlin"
    # Not converted from UTC (that would make the welcome 11:00).
    assert start_of(result.plan, "101") == ("vortrage", datetime(2019, 5, 22, 9, 0))


def test_lswt_kinds_people_and_text(lswt) -> None:
    plan = lswt.plan
    breaks = [c for c in plan.contributions if c.kind is Kind.BREAK]
    assert len(breaks) == 6
    assert all(c.plenary for c in breaks)
    assert plan.contribution("102").kind is Kind.KEYNOTE
    assert plan.contribution("111").kind is Kind.IMPULSE  # 20-minute talk
    assert plan.contribution("201").kind is Kind.WORKSHOP  # tutorial
    assert plan.contribution("1337").kind is Kind.NETWORKING
    hackathon = plan.contribution("300")
    assert hackathon.duration == 60
    assert any("no length" in w for w in lswt.warnings)
    names = [plan.speaker(s).name for s in plan.contribution("1011").speakers]
    assert names == [
        "Prof. Dr. Andreas Both",
        "Prof. Dr. Thomas Riechert",
        "Prof. Dr. Vera Meister",
    ]
    assert plan.contribution("102").speakers == plan.contribution("1011").speakers[:1]
    solid = plan.contribution("201").description or ""
    assert "- What is SOLID (Introduction)" in solid
    assert "<" not in solid


def test_lswt_round_trip_and_check(lswt, tmp_path: Path) -> None:
    save_plan(lswt.plan, tmp_path / "lswt.agenda.json")
    assert load_plan(tmp_path / "lswt.agenda.json") == lswt.plan
    kinds = {c.kind for c in check(lswt.plan)}
    assert kinds == {ConflictKind.PLENARY_PARALLEL}  # the breaks repeated per room


# -- PyConFR 2025 (pretalx JSON) ---------------------------------------------------------


@pytest.fixture(scope="module")
def pyconfr():
    return imported("pyconfr2025-schedule.json")


def test_pyconfr_counts(pyconfr) -> None:
    plan = pyconfr.plan
    assert pyconfr.format == "pretalx"
    assert plan.event.days == (date(2025, 11, 1), date(2025, 11, 2))
    assert len(plan.rooms) == 8
    assert len(plan.contributions) == len(plan.schedule) == 75
    assert len(plan.speakers) == 81
    assert plan.rooms_by_id["b003"].capacity == 290


def test_pyconfr_times_kinds_and_round_trip(pyconfr, tmp_path: Path) -> None:
    plan = pyconfr.plan
    assert plan.event.timezone == "Etc/GMT-1"
    assert start_of(plan, "38LRHE") == ("b003", datetime(2025, 11, 1, 8, 50))
    assert start_of(plan, "3MXFUE") == ("b422", datetime(2025, 11, 1, 10, 30))
    assert plan.contribution("3MXFUE").kind is Kind.WORKSHOP
    assert plan.contribution("3MXFUE").language == "fr"
    assert plan.contribution("THMEAN").kind is Kind.KEYNOTE  # "Short plenary"
    assert (plan.event.day_start, plan.event.day_end) == (time(8), time(18))
    assert any("sprint" in w for w in pyconfr.warnings)
    save_plan(plan, tmp_path / "p.agenda.json")
    assert load_plan(tmp_path / "p.agenda.json") == plan
    assert not [c for c in check(plan) if c.severity.value == "error"]


# -- hand-written frab edge cases -------------------------------------------------------

SMALL = """<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <conference>
    <title>Kleiner Test</title>
    {zone}
  </conference>
  <day date="2024-10-26" index="1">
    <room name="Halle A" capacity="120">
      <event id="1">
        <date>2024-10-26T{t1}</date><start>{s1}</start><duration>00:45</duration>
        <room>Halle A</room><title>Auftakt</title><type>workshop</type>
        <language>DE</language>
        <abstract>&lt;p&gt;Erster &amp;amp; bester&lt;/p&gt;</abstract>
        <persons><person id="7">Ada Lovelace</person></persons>
      </event>
      <event id="2">
        <start>12:00</start><duration>00:30</duration>
        <room>Halle A</room><title>Mittag</title><type>other</type><track>Pause</track>
      </event>
    </room>
  </day>
  <day date="2024-10-27" index="2">
    <room name="Halle A">
      <event id="3">
        <date>2024-10-27T{t3}</date><start>{s3}</start><duration>01:30</duration>
        <room>Halle A</room><title>Lightning Talks</title><type>lightning</type>
        <persons><person id="7">Ada Lovelace</person><person id="8">Grace Hopper</person></persons>
      </event>
    </room>
  </day>
</schedule>
"""


def small(zone: str = "", t1: str = "10:00:00+02:00", t3: str = "10:00:00+01:00") -> bytes:
    text = SMALL.format(zone=zone, t1=t1, s1=t1[:5], t3=t3, s3=t3[:5])
    return text.encode()


def test_zone_named_by_the_file_is_used() -> None:
    zone = "<time_zone_name>Europe/Berlin</time_zone_name>"
    result = import_schedule(small(zone))
    plan = result.plan
    assert plan.event.timezone == "Europe/Berlin"
    assert not [w for w in result.warnings if "zone" in w]
    # Summer time on Saturday, winter time on Sunday: both 10:00 local.
    assert start_of(plan, "1") == ("halle-a", datetime(2024, 10, 26, 10, 0))
    assert start_of(plan, "3") == ("halle-a", datetime(2024, 10, 27, 10, 0))
    # No <date>: the day's date and <start>.
    assert start_of(plan, "2") == ("halle-a", datetime(2024, 10, 26, 12, 0))


def test_mixed_offsets_without_a_name_find_the_zone() -> None:
    result = import_schedule(small())
    assert result.plan.event.timezone == "Europe/Berlin"
    assert any("fit Europe/Berlin" in w for w in result.warnings)
    assert start_of(result.plan, "3")[1] == datetime(2024, 10, 27, 10, 0)


def test_timezone_argument_converts_offsets() -> None:
    result = import_schedule(small(), timezone="Europe/London")
    assert result.plan.event.timezone == "Europe/London"
    assert start_of(result.plan, "1")[1] == datetime(2024, 10, 26, 9, 0)
    with pytest.raises(ScheduleImportError, match="unknown time zone 'Mars/Base'"):
        import_schedule(small(), timezone="Mars/Base")


def test_small_frab_mapping() -> None:
    plan = import_schedule(small(), source_name="x/small.xml").plan
    assert plan.rooms[0].capacity == 120
    first = plan.contribution("1")
    assert (first.kind, first.duration, first.language) == (Kind.WORKSHOP, 45, "de")
    assert first.description == "Erster & bester"
    pause = plan.contribution("2")
    assert (pause.kind, pause.plenary) == (Kind.BREAK, True)
    assert plan.contribution("3").kind is Kind.IMPULSE
    assert [s.name for s in plan.speakers] == ["Ada Lovelace", "Grace Hopper"]
    assert plan.contribution("3").speakers == ("7", "8")
    assert (plan.event.day_start, plan.event.day_end) == (time(10), time(13))  # whole hours
    assert plan.event.extra["imported_from"] == "small.xml"


def test_past_midnight_adds_the_next_date() -> None:
    data = small(t1="10:00:00+01:00", t3="01:30:00+01:00").replace(
        b'date="2024-10-27"', b'date="2024-10-26"'
    )
    result = import_schedule(data)
    assert result.plan.event.days == (date(2024, 10, 26), date(2024, 10, 27))
    assert start_of(result.plan, "3")[1] == datetime(2024, 10, 27, 1, 30)
    assert result.plan.event.day_start == time(1)
    assert any("after midnight" in w for w in result.warnings)
    assert any("2024-10-27" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n ", "empty"),
        (b"Titel;Beginn\nAuftakt;10:00\n", "neither a frab"),
        (b"<schedule><day", "not a readable XML"),
        (b"<html><body/></html>", "not a frab/pentabarf <schedule>"),
        (b"<schedule/>", "no days and no events"),
        (b'{"title": "x"}', "unknown shape"),
        (b"[1, 2]", "unknown shape"),
        (b'{"schedule": {"2025-11-01": {"noon": {}}}}', "unknown shape"),
        (b'{"schedule": {"2025-11-01": {"600": {}}}}', "no sessions"),
        (b'{"schedule": ', "not a readable JSON"),
        (b'<!DOCTYPE s [<!ENTITY a "aaaa">]><schedule>&a;</schedule>', "entities"),
    ],
)
def test_broken_input_is_refused_clearly(data: bytes, message: str) -> None:
    with pytest.raises(ScheduleImportError, match=message):
        import_schedule(data)


# -- command line ------------------------------------------------------------------------


def test_cli_import_schedule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "small.xml"
    source.write_bytes(small())
    out = tmp_path / "small.agenda.json"
    assert main(["import-schedule", str(source), "--out", str(out)]) == 0
    printed = capsys.readouterr()
    assert "2 day(s), 1 room(s), 3 contribution(s) (3 placed), 2 speaker(s)" in printed.out
    assert "Europe/Berlin" in printed.err
    assert load_plan(out).contribution("1").title == "Auftakt"

    assert main(["import-schedule", str(source), "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["import-schedule", str(source), "--out", str(out), "--force"]) == 0


def test_cli_refuses_unreadable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"rooms": []}')
    out = tmp_path / "x.agenda.json"
    assert main(["import-schedule", str(bad), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unknown shape" in err
    assert main(["import-schedule", str(tmp_path / "missing.xml"), "--out", str(out)]) == 2
    assert "cannot be read" in capsys.readouterr().err
    args = ["import-schedule", str(bad), "--out", str(out), "--timezone", "Europe/Nowhere"]
    assert main(args) == 2
    assert "--timezone: unknown time zone 'Europe/Nowhere'" in capsys.readouterr().err
    assert not out.exists()


def test_start_before_the_days_opening_without_date_is_the_next_morning() -> None:
    data = b"""<schedule><conference><title>N</title></conference>
      <day date="2014-12-27" start="2014-12-27T11:00:00+01:00" end="2014-12-28T04:00:00+01:00">
        <room name="Saal 1">
          <event id="1"><start>23:00</start><duration>00:30</duration><title>Late</title></event>
          <event id="2"><start>01:15</start><duration>00:30</duration><title>Later</title></event>
        </room>
      </day></schedule>"""
    plan = import_schedule(data).plan
    assert start_of(plan, "1")[1] == datetime(2014, 12, 27, 23, 0)
    assert start_of(plan, "2")[1] == datetime(2014, 12, 28, 1, 15)


_ROOMS = ("Saal 1", "Raum <B>", "Café & Bar")
_TITLE = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")),
    min_size=1,
    max_size=20,
).filter(str.strip)
_EVENT = st.tuples(
    st.sampled_from(("1", "2", "3", "x")),  # ids repeat on purpose
    st.sampled_from(_ROOMS),
    st.integers(0, 2),  # day
    st.integers(0, 23 * 12 - 1).map(lambda n: n * 5),  # minute of day
    st.integers(1, 36).map(lambda n: n * 5),  # duration
    _TITLE,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_EVENT, min_size=1, max_size=12))
def test_any_small_frab_schedule_imports_faithfully(events: list) -> None:
    days = [date(2024, 6, 10) + timedelta(days=d) for d in range(3)]
    body = []
    for eid, room, day, minute, duration, title in events:
        local = datetime.combine(days[day], time()) + timedelta(minutes=minute)
        body.append(
            f'<day date="{days[day]}"><room name="{escape(room, {chr(34): "&quot;"})}">'
            f'<event id="{eid}"><date>{local.isoformat()}+02:00</date>'
            f"<start>{local:%H:%M}</start><duration>{duration // 60:02d}:{duration % 60:02d}"
            f"</duration><room>{escape(room)}</room><title>{escape(title)}</title></event>"
            "</room></day>"
        )
    data = (
        "<schedule><conference><title>P</title><time_zone_name>Europe/Berlin</time_zone_name>"
        f"</conference>{''.join(body)}</schedule>"
    ).encode()
    result = import_schedule(data)
    plan = result.plan
    assert len({c.id for c in plan.contributions}) == len(events)
    for contribution, (_, room, day, minute, duration, title) in zip(
        plan.contributions, events, strict=True
    ):
        placement = plan.placement(contribution.id)
        assert placement is not None
        assert plan.room(placement.room).name == room
        assert placement.start == datetime.combine(days[day], time()) + timedelta(minutes=minute)
        assert contribution.duration == duration
        assert contribution.title == " ".join(title.split())
    assert loads_plan(dumps_plan(plan)) == plan
    for p in plan.schedule:  # opening hours cover everything that does not pass midnight
        if plan.end_of(p).date() == p.start.date():
            assert plan.event.day_start <= p.start.time()
            assert plan.end_of(p).time() <= plan.event.day_end
