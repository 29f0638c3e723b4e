"""Importing .ics files: our own exports round-trip, partners' calendars come in sensibly."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.export.ical import calendars, export_ics, export_state_plan
from planner.imports import CalendarFileError
from planner.imports.ical import UID_KEY, import_ics
from planner.model import Contribution, Event, Kind, Placement, Plan, Room, Speaker, Topic
from planner.storage import dumps_plan, load_plan, loads_plan

NOW = datetime(2019, 9, 1, 12, 0, tzinfo=UTC)


def facts(plan: Plan) -> dict[str, tuple]:
    """What a calendar carries of each placed contribution (audience, needs … it does not)."""
    result = {}
    for p in plan.schedule:
        c = plan.contribution(p.contribution)
        result[c.id] = (
            c.title,
            c.kind,
            c.topic,
            c.duration,
            c.speakers,
            c.language,
            c.description,
            p.room,
            p.start,
        )
    return result


def emptied(plan: Plan) -> Plan:
    return replace(plan, contributions=(), schedule=())


def base_plan(days: tuple[date, ...] = (date(2019, 10, 7),)) -> Plan:
    event = Event("Innovationstag", "Europe/Berlin", days, time(8), time(18), venue="Campus")
    rooms = (
        Room("plenum", "Plenarsaal"),
        Room("s1", "Seminarraum 1"),
        Room("s10", "Seminarraum 10"),
    )
    speakers = (
        Speaker("de1", "Jürgen Müller", email="JM@example.org"),
        Speaker("dk1", "Søren Ærø", language="en"),
    )
    return Plan(event, rooms, speakers)


# -- round trips --------------------------------------------------------------------------


def test_sample_round_trips_through_agenda_ics(sample_path: Path, tmp_path: Path):
    plan, _ = export_ics(load_plan(sample_path), tmp_path, now=NOW)
    result = import_ics(emptied(plan), (tmp_path / "agenda.ics").read_bytes())
    assert facts(result.plan) == facts(plan)
    assert result.new_speakers == ()
    assert result.warnings == ()
    assert len(result.added) == len(result.placed) == 26
    # Same calendar namespace: the contributions are the same ones, no foreign UID kept.
    assert all(UID_KEY not in c.extra for c in result.plan.contributions)
    assert loads_plan(dumps_plan(result.plan)) == result.plan


@pytest.mark.parametrize(
    "days", [(date(2019, 10, 25), date(2019, 10, 28)), (date(2019, 3, 29), date(2019, 4, 1))]
)
def test_times_round_trip_across_daylight_saving(days):
    plan = base_plan(days)
    talks = [
        Contribution("a", "Vor der Umstellung", Kind.IMPULSE, 30, speakers=("de1",)),
        Contribution("b", "After the switch", Kind.GUEST, 45, speakers=("dk1",), language="en"),
    ]
    plan = replace(plan, contributions=tuple(talks))
    plan = plan.with_placement("a", "plenum", datetime.combine(days[0], time(9, 15)))
    plan = plan.with_placement("b", "s1", datetime.combine(days[1], time(16, 40)))
    plan = export_state_plan(plan)
    for name in ("agenda.ics", "speakers/dk1.ics", "speakers/de1.ics"):
        data = calendars(plan, now=NOW)[name]
        result = import_ics(emptied(plan), data)
        expected = {k: v for k, v in facts(plan).items() if k in result.added}
        assert facts(result.plan) == expected
        assert expected


def test_import_into_another_plan_keeps_ids_and_remembers_the_foreign_uid(sample_path: Path):
    plan = export_state_plan(load_plan(sample_path))
    other = replace(emptied(plan), extra={})  # a different plan: no shared calendar id
    data = calendars(plan, now=NOW)["agenda.ics"]
    result = import_ics(other, data)
    assert facts(result.plan) == facts(plan)
    uid = result.plan.contribution("g-dk1").extra[UID_KEY]
    assert uid.startswith("g-dk1-")
    assert uid.endswith("@agenda-planner")
    again = import_ics(result.plan, data)
    assert again.added == ()
    assert len(again.updated) == 26
    assert again.plan == result.plan


def test_reimport_after_changes_updates_instead_of_duplicating(tmp_path: Path):
    plan = base_plan()
    plan = replace(plan, contributions=(Contribution("a", "Alt", Kind.IMPULSE, 30),))
    plan = plan.with_placement("a", "plenum", datetime(2019, 10, 7, 9))
    plan, _ = export_ics(plan, tmp_path, now=NOW)
    target = import_ics(emptied(plan), (tmp_path / "agenda.ics").read_bytes()).plan
    changed = plan.with_contribution(replace(plan.contribution("a"), title="Neu", duration=45))
    changed = changed.with_placement("a", "s1", datetime(2019, 10, 7, 11))
    changed, _ = export_ics(changed, tmp_path, now=NOW)
    result = import_ics(target, (tmp_path / "agenda.ics").read_bytes())
    assert result.updated == ("a",)
    assert result.added == ()
    assert facts(result.plan) == facts(changed)


ROOMS = ["plenum", "s1", "s10"]


@st.composite
def placed_plans(draw) -> Plan:
    plan = base_plan((date(2019, 10, 26), date(2019, 10, 27), date(2019, 10, 28)))
    titles = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1)
    texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.just("\n"))
    count = draw(st.integers(1, 6))
    for n in range(count):
        contribution = Contribution(
            draw(st.sampled_from(["x", "c:1", "../c", "Ø", "a b", "%41"])) + str(n),
            draw(titles).strip() or "T",
            draw(st.sampled_from(list(Kind))),
            draw(st.integers(1, 240)),
            draw(st.sampled_from([None, *Topic])),
            tuple(draw(st.lists(st.sampled_from(["de1", "dk1"]), unique=True))),
            language=draw(st.sampled_from([None, "de", "en"])),
            description=draw(st.none() | texts.map(str.strip).filter(bool)),
        )
        plan = plan.with_contribution(contribution)
        day = draw(st.sampled_from(plan.event.days))
        start = datetime.combine(day, time(0)) + timedelta(minutes=5 * draw(st.integers(0, 280)))
        plan = plan.with_placement(contribution.id, draw(st.sampled_from(ROOMS)), start)
    return export_state_plan(plan)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(placed_plans())
def test_export_then_import_gives_the_same_contributions_and_times(plan: Plan):
    result = import_ics(emptied(plan), calendars(plan, now=NOW)["agenda.ics"])
    assert facts(result.plan) == facts(plan)
    assert result.warnings == ()


# -- calendars from elsewhere --------------------------------------------------------------

PARTNER = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:partner-1@aarhus.example
SUMMARY;LANGUAGE=en:Smart city Aarhus
DTSTART;TZID=Romance Standard Time:20191007T100000
DTEND;TZID=Romance Standard Time:20191007T103000
LOCATION:Seminarraum 10, 2. OG
CATEGORIES:Impulse talk,Tourism
ATTENDEE;CN=Jürgen Müller:mailto:jm@EXAMPLE.org
ATTENDEE;CN=Søren Ærø:urn:uuid:00000000-0000-0000-0000-000000000001
ATTENDEE;CN=Mette Frederiksen:mailto:mette@aarhus.example
ATTENDEE;CUTYPE=ROOM;CN=Beamer:mailto:beamer@aarhus.example
DESCRIPTION:Line one\\nline two
END:VEVENT
BEGIN:VEVENT
UID:partner-2@aarhus.example
SUMMARY:Rundgang
DTSTART:20191007T120000Z
DURATION:PT1H15M
LOCATION:Somewhere else
END:VEVENT
BEGIN:VEVENT
UID:partner-3@aarhus.example
SUMMARY:Ganztägig
DTSTART;VALUE=DATE:20191007
END:VEVENT
BEGIN:VEVENT
UID:partner-4@aarhus.example
SUMMARY:Abgesagt
STATUS:CANCELLED
DTSTART:20191007T150000Z
DTEND:20191007T160000Z
END:VEVENT
BEGIN:VEVENT
UID:partner-5@aarhus.example
SUMMARY:Ohne Ende
DTSTART:20191007T150000
END:VEVENT
BEGIN:VEVENT
UID:partner-6@aarhus.example
SUMMARY:Wöchentlich
DTSTART:20191007T160000
DTEND:20191007T163000
RRULE:FREQ=WEEKLY;COUNT=3
LOCATION:plenum
END:VEVENT
END:VCALENDAR
"""


def test_a_partners_outlook_calendar_comes_in_with_local_times_rooms_and_speakers():
    plan = base_plan()
    result = import_ics(plan, PARTNER.encode("utf-8"))
    new = result.plan
    assert result.added == ("smart-city-aarhus", "rundgang", "wochentlich")
    talk = new.contribution("smart-city-aarhus")
    assert (talk.kind, talk.topic, talk.language, talk.duration) == (
        Kind.IMPULSE,
        Topic.TOURISMUS,
        "en",
        30,
    )
    assert talk.description == "Line one\nline two"
    assert talk.extra[UID_KEY] == "partner-1@aarhus.example"
    # Matched by e-mail (any case), by name, and one new speaker; the projector is no speaker.
    assert talk.speakers[:2] == ("de1", "dk1")
    (newcomer,) = result.new_speakers
    assert new.speaker(newcomer).name == "Mette Frederiksen"
    assert new.speaker(newcomer).email == "mette@aarhus.example"
    assert talk.speakers[2] == newcomer
    # "Seminarraum 10, 2. OG" is room s10, not "Seminarraum 1".
    assert new.placement("smart-city-aarhus") == Placement(
        "smart-city-aarhus", "s10", datetime(2019, 10, 7, 10)
    )
    tour = new.contribution("rundgang")
    assert (tour.kind, tour.duration) == (Kind.SESSION, 75)
    assert new.placement("rundgang") is None  # 12:00Z would be 14:00, but no room matches
    assert result.unplaced == ("rundgang",)
    assert new.placement("wochentlich").start == datetime(2019, 10, 7, 16)
    text = "\n".join(result.warnings)
    for expected in (
        "'Rundgang': no room matches 'Somewhere else', left unplaced",
        "'Ganztägig': is an all-day event, skipped",
        "'Abgesagt': cancelled, skipped",
        "'Ohne Ende': has no valid end time, skipped",
        "'Wöchentlich': repeats; only its first occurrence was imported",
    ):
        assert expected in text
    assert loads_plan(dumps_plan(new)) == new


def test_a_room_given_places_every_event_there_in_the_events_timezone():
    result = import_ics(base_plan(), PARTNER.encode("utf-8"), room="plenum")
    assert {p.contribution: (p.room, p.start) for p in result.plan.schedule} == {
        "smart-city-aarhus": ("plenum", datetime(2019, 10, 7, 10)),
        "rundgang": ("plenum", datetime(2019, 10, 7, 14)),  # 12:00 UTC is 14:00 in Berlin
        "wochentlich": ("plenum", datetime(2019, 10, 7, 16)),
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not an iCalendar file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not an iCalendar file"),
        (b'{"format": "agenda-planner"}', "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20191007T100000\r\n", "incomplete"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "contains no events"),
        (b"BEGIN:VCALENDAR\r\n:::\r\nEND:VCALENDAR\r\n", "not a valid iCalendar file"),
    ],
)
def test_broken_files_raise_one_clear_error(data: bytes, message: str):
    with pytest.raises(CalendarFileError, match=message):
        import_ics(base_plan(), data)


def test_unknown_room_and_unreadable_values_are_reported():
    with pytest.raises(CalendarFileError, match="unknown room 'nope'"):
        import_ics(base_plan(), PARTNER.encode(), room="nope")
    broken = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Kaputt\r\nDTSTART:2019garbage\r\n"
        b"DTEND:20191007T100000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Fremde Zone\r\n"
        b"DTSTART;TZID=Nowhere/Zone:20191007T100000\r\nDURATION:PT20M\r\n"
        b"LOCATION:Plenarsaal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = import_ics(base_plan(), broken)
    assert "'Kaputt': has no valid start time, skipped" in result.warnings
    assert (
        "'Fremde Zone': unknown timezone 'Nowhere/Zone', taken as the event's local time"
        in result.warnings
    )
    assert result.plan.placement(result.added[0]).start == datetime(2019, 10, 7, 10)


def test_windows_1252_files_are_read_with_a_warning():
    data = PARTNER.replace("Rundgang", "Führung").encode("cp1252", errors="replace")
    result = import_ics(base_plan(), data)
    assert "Führung" in {c.title for c in result.plan.contributions}
    assert any("Windows-1252" in w for w in result.warnings)


# -- command line -----------------------------------------------------------------------


def test_cli_import_ics_adds_and_saves(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
):
    plan = load_plan(sample_path)
    target = tmp_path / "empty.agenda.json"
    target.write_text(dumps_plan(emptied(plan)), encoding="utf-8")
    export_ics(plan, tmp_path / "ics", now=NOW)
    code = main(["import-ics", str(tmp_path / "ics" / "agenda.ics"), "--into", str(target)])
    assert code == 0
    assert "26 contribution(s) added" in capsys.readouterr().out
    assert facts(load_plan(target)) == facts(plan)


@pytest.mark.parametrize(
    ("calendar", "plan_text", "message"),
    [
        ("missing.ics", None, "missing.ics: cannot be read"),
        ("bad.ics", None, "bad.ics: not an iCalendar file"),
        ("good.ics", "{not json", "not valid JSON"),
    ],
)
def test_cli_import_ics_bad_input_exits_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    calendar: str,
    plan_text: str | None,
    message: str,
):
    (tmp_path / "bad.ics").write_text("hello")
    (tmp_path / "good.ics").write_text(PARTNER)
    target = tmp_path / "plan.agenda.json"
    target.write_text(plan_text or dumps_plan(base_plan()), encoding="utf-8")
    before = target.read_bytes()
    assert main(["import-ics", str(tmp_path / calendar), "--into", str(target)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert target.read_bytes() == before
