"""The iCalendar export, read back with the independent ``ical`` parser (not icalendar)."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ical.calendar import Calendar as IcalCalendar
from ical.calendar_stream import IcsCalendarStream
from ical.timezone import IcsTimezoneInfo

from planner.cli import main
from planner.export import ExportError
from planner.export.ical import calendar_bytes, calendars, export_ics, export_state_plan
from planner.model import (
    Contribution,
    Event,
    Kind,
    Organizer,
    Placement,
    Plan,
    Room,
    Speaker,
    Topic,
)
from planner.storage import dumps_plan, load_plan, loads_plan, save_plan

NOW = datetime(2019, 9, 1, 12, 0, tzinfo=UTC)


def parse(data: bytes | Path) -> IcalCalendar:
    raw = data.read_bytes() if isinstance(data, Path) else data
    return IcsCalendarStream.calendar_from_ics(raw.decode("utf-8"))


def small_plan(
    days: tuple[date, ...] = (date(2019, 10, 7),),
    timezone: str = "Europe/Berlin",
    starts: tuple[datetime, ...] = (),
) -> Plan:
    """Two rooms, a German and a Danish speaker (the Dane without e-mail), a few talks."""
    speakers = (
        Speaker("de1", "Jürgen Müller", email="jm@example.org", organisation="Stadt Kehl"),
        Speaker("dk1", "Søren Ærø Åberg", organisation="Aarhus Kommune", language="en"),
    )
    contributions = (
        Contribution("c1", "Bürgerdialog digital", Kind.IMPULSE, 30, Topic.BUERGERDIALOG, ("de1",)),
        Contribution(
            "c2",
            "Welfare technology",
            Kind.GUEST,
            45,
            Topic.SOZIALES,
            ("dk1",),
            language="en",
            description="How Danish municipalities work.",
        ),
        Contribution("c3", "Podium", Kind.PANEL, 60, None, ("de1", "dk1")),
        Contribution("c4", "Kaffeepause", Kind.BREAK, 20),
    )
    starts = starts or tuple(
        datetime.combine(days[i % len(days)], time(9 + i)) for i in range(len(contributions))
    )
    rooms = (Room("plenum", "Plenarsaal", 200), Room("s1", "Seminarraum Kaiserstuhl", 40))
    schedule = tuple(
        Placement(c.id, rooms[i % 2].id, start)
        for i, (c, start) in enumerate(zip(contributions, starts, strict=False))
    )
    event = Event(
        "Innovationstag",
        timezone,
        days,
        time(8),
        time(18),
        venue="BadenCampus, Breisach",
        organizer=Organizer("Digitalakademie@bw", "info@dabw.example"),
    )
    return Plan(event, rooms, speakers, contributions, schedule)


def events_by_title(cal: IcalCalendar) -> dict[str, object]:
    return {e.summary: e for e in cal.events}


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


# -- the files --------------------------------------------------------------------------


def test_sample_export_writes_every_file_and_each_parses(sample_path: Path, tmp_path: Path):
    plan = load_plan(sample_path)
    updated, written = export_ics(plan, tmp_path / "out", now=NOW)
    out = tmp_path / "out"
    assert sorted(p.relative_to(out).as_posix() for p in written) == sorted(
        ["agenda.ics"]
        + [f"speakers/{s.id}.ics" for s in plan.speakers]
        + [f"rooms/{r.id}.ics" for r in plan.rooms]
    )
    agenda = parse(out / "agenda.ics")
    assert (agenda.prodid, agenda.version, agenda.method) == (
        "-//Agenda Planner//Agenda Planner//DE",
        "2.0",
        "PUBLISH",
    )
    assert len(agenda.events) == len(plan.schedule) == 26
    for path in written:
        cal = parse(path)
        assert [tz.tz_id for tz in cal.timezones] == ["Europe/Berlin"]
        for event in cal.events:
            assert event.dtstamp == NOW
            assert str(event.status.value) == "CONFIRMED"
    for room in plan.rooms:
        cal = parse(out / "rooms" / f"{room.id}.ics")
        assert len(cal.events) == len(plan.placements_in_room(room.id))
        assert all(e.location.startswith(room.name + ", BadenCampus") for e in cal.events)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    assert updated.extra["ical"]["calendar"]


def test_every_event_carries_the_facts_of_its_contribution(tmp_path: Path):
    plan = small_plan()
    export_ics(plan, tmp_path, now=NOW)
    agenda = events_by_title(parse(tmp_path / "agenda.ics"))
    talk = agenda["Bürgerdialog digital"]
    assert utc(talk.dtstart) == datetime(2019, 10, 7, 7, 0)  # 09:00 CEST
    assert utc(talk.dtend) == datetime(2019, 10, 7, 7, 30)
    assert talk.location == "Plenarsaal, BadenCampus, Breisach"
    assert talk.categories == ["Impulsreferat", "Bürgerdialog"]
    assert talk.organizer.uri == "mailto:info@dabw.example"
    assert [(a.uri, a.common_name) for a in talk.attendees] == [
        ("mailto:jm@example.org", "Jürgen Müller")
    ]
    assert "Referierende: Jürgen Müller (Stadt Kehl)" in talk.description
    assert "Raum: Plenarsaal" in talk.description
    assert "Veranstaltung: Innovationstag, BadenCampus, Breisach" in talk.description
    assert not talk.alarm  # only the speakers' own files remind
    panel = agenda["Podium"]
    assert [a.common_name for a in panel.attendees] == ["Jürgen Müller", "Søren Ærø Åberg"]
    # The Danish speaker has no e-mail: no mailto: is invented for him.
    assert panel.attendees[1].uri.startswith("urn:uuid:")
    assert agenda["Kaffeepause"].attendees == []


def test_speaker_files_hold_their_contributions_in_their_language(tmp_path: Path):
    plan = small_plan()
    export_ics(plan, tmp_path, now=NOW)
    german = parse(tmp_path / "speakers" / "de1.ics")
    assert sorted(e.summary for e in german.events) == ["Bürgerdialog digital", "Podium"]
    podium_de = events_by_title(german)["Podium"]
    assert podium_de.description.startswith("Podium\nReferierende:")
    assert podium_de.alarm[0].trigger == timedelta(minutes=-30)
    assert podium_de.alarm[0].description == "Erinnerung: Podium"
    danish = parse(tmp_path / "speakers" / "dk1.ics")
    assert sorted(e.summary for e in danish.events) == ["Podium", "Welfare technology"]
    guest = events_by_title(danish)["Welfare technology"]
    assert guest.categories == ["Guest contribution", "Social services"]
    assert guest.description.startswith("Guest contribution · Topic: Social services\n")
    assert "Speakers: Søren Ærø Åberg (Aarhus Kommune)" in guest.description
    assert "Language: English" in guest.description
    assert guest.description.endswith("\n\nHow Danish municipalities work.")
    assert guest.alarm[0].description == "Reminder: Welfare technology"
    text = (tmp_path / "speakers" / "dk1.ics").read_text("utf-8")
    assert "SUMMARY;LANGUAGE=en:Welfare technology" in text
    assert "X-WR-CALNAME:Innovationstag – Søren Ærø Åberg" in text
    assert "X-WR-TIMEZONE" not in text


def test_the_language_is_named_as_in_the_workbook():
    # The calendar and the workbook name a contribution's language from one table, so a
    # French talk reads "Französisch" in both (the calendar used to print "fr").
    plan = small_plan()
    plan = plan.with_contribution(replace(plan.contribution("c1"), language="FR"))
    data = calendar_bytes(plan, ["c1"], "de", now=NOW)
    (event,) = parse(data).events
    assert "Sprache: Französisch" in event.description.splitlines()


def test_agenda_is_english_only_when_the_whole_programme_is():
    plan = small_plan()
    assert b"CATEGORIES:Impulsreferat" in calendars(export_state_plan(plan))["agenda.ics"]
    english = replace(
        plan, contributions=tuple(replace(c, language="en") for c in plan.contributions)
    )
    files = calendars(export_state_plan(english))
    assert b"CATEGORIES:Impulse talk" in files["agenda.ics"]
    assert b"CATEGORIES:Impulse talk" in files["rooms/plenum.ics"]


def test_calendar_bytes_builds_one_calendar_for_chosen_contributions():
    plan = export_state_plan(small_plan())
    data = calendar_bytes(plan, ["c2", "c3", "nope"], "en", alarm=True, name="Mine", now=NOW)
    cal = parse(data)
    assert sorted(e.summary for e in cal.events) == ["Podium", "Welfare technology"]
    assert all(e.alarm for e in cal.events)
    assert b"X-WR-CALNAME:Mine" in data
    agenda = parse(calendars(plan)["agenda.ics"])
    uids = {e.summary: e.uid for e in agenda.events}
    assert {e.summary: e.uid for e in cal.events} == {
        k: uids[k] for k in ("Podium", "Welfare technology")
    }


# -- times across daylight saving --------------------------------------------------------


def own_vtimezone_only(data: bytes, tzid: str) -> bytes:
    """Rename the TZID so the parser must use our VTIMEZONE, not its own tz database."""
    return data.replace(tzid.encode(), b"Agenda-Test/Zone")


@pytest.mark.parametrize(
    ("days", "starts", "utc_starts"),
    [
        # October: Friday in summer time, Monday after the switch on 27 October 2019.
        (
            (date(2019, 10, 25), date(2019, 10, 28)),
            (datetime(2019, 10, 25, 9), datetime(2019, 10, 28, 9)),
            (datetime(2019, 10, 25, 7), datetime(2019, 10, 28, 8)),
        ),
        # March: Friday in winter time, Monday after the switch on 31 March 2019.
        (
            (date(2019, 3, 29), date(2019, 4, 1)),
            (datetime(2019, 3, 29, 9), datetime(2019, 4, 1, 9)),
            (datetime(2019, 3, 29, 8), datetime(2019, 4, 1, 7)),
        ),
    ],
)
@pytest.mark.parametrize("trust_tzid", [True, False])
def test_utc_times_are_right_on_both_sides_of_the_switch(days, starts, utc_starts, trust_tzid):
    plan = export_state_plan(small_plan(days=days, starts=starts))
    data = calendars(plan, now=NOW)["agenda.ics"]
    if not trust_tzid:
        data = own_vtimezone_only(data, "Europe/Berlin")
    cal = parse(data)
    got = sorted(utc(e.dtstart) for e in cal.events)
    assert got == sorted(utc_starts)
    if not trust_tzid:
        assert all(str(e.dtstart.tzinfo) == "Agenda-Test/Zone" for e in cal.events)


@pytest.mark.parametrize(
    ("tzid", "daylight", "standard"),
    [
        ("Europe/Berlin", ("20180325T020000", "3", "-1SU"), ("20181028T030000", "10", "-1SU")),
        ("Europe/Copenhagen", ("20180325T020000", "3", "-1SU"), ("20181028T030000", "10", "-1SU")),
        ("America/New_York", ("20180311T020000", "3", "2SU"), ("20181104T020000", "11", "1SU")),
        ("Australia/Sydney", ("20181007T020000", "10", "1SU"), ("20180401T030000", "4", "1SU")),
    ],
)
def test_vtimezone_has_one_yearly_rule_per_observance(tzid, daylight, standard):
    plan = export_state_plan(small_plan(timezone=tzid))
    data = calendars(plan)["agenda.ics"].decode()
    block = data[data.index("BEGIN:VTIMEZONE") : data.index("END:VTIMEZONE")]
    assert "RDATE" not in block
    for kind, (start, month, byday) in (("DAYLIGHT", daylight), ("STANDARD", standard)):
        part = block[block.index(f"BEGIN:{kind}") : block.index(f"END:{kind}")]
        assert f"DTSTART:{start}" in part
        assert f"RRULE:FREQ=YEARLY;BYDAY={byday};BYMONTH={month}" in part
    assert block.count("BEGIN:DAYLIGHT") == block.count("BEGIN:STANDARD") == 1
    assert_offsets_match_zoneinfo(data, tzid, 2019)


def assert_offsets_match_zoneinfo(data: str, tzid: str, year: int) -> None:
    """Our VTIMEZONE, as the independent parser reads it, gives the zone's offsets all year."""
    from zoneinfo import ZoneInfo

    ours = IcsTimezoneInfo.from_timezone(parse(data.encode()).timezones[0])
    zone = ZoneInfo(tzid)
    t = datetime(year, 1, 1, 0, 30)
    while t.year == year:
        real = t.replace(tzinfo=zone)
        if real.fold == 0 and real == real.astimezone(UTC).astimezone(zone):  # skip gaps
            assert t.replace(tzinfo=ours).utcoffset() == real.utcoffset(), t
        t += timedelta(hours=3)


def test_zone_without_daylight_saving_gets_a_single_standard_observance():
    data = calendars(export_state_plan(small_plan(timezone="Asia/Tokyo")))["agenda.ics"].decode()
    block = data[data.index("BEGIN:VTIMEZONE") : data.index("END:VTIMEZONE")]
    assert block.count("BEGIN:STANDARD") == 1
    assert "DAYLIGHT" not in block
    assert "RRULE" not in block
    assert "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900" in block
    # (Google's form. The ``ical`` package takes onsets only from RRULE/RDATE, so it
    # cannot read this one without the tz database; check through the TZID.)
    cal = parse(data.encode())
    assert utc(events_by_title(cal)["Bürgerdialog digital"].dtstart) == datetime(2019, 10, 7, 0)


def test_zone_without_a_yearly_rule_falls_back_to_explicit_dates():
    # Israel switches on the Friday before the last Sunday of March: no BYDAY rule fits.
    data = calendars(export_state_plan(small_plan(timezone="Asia/Jerusalem")))["agenda.ics"]
    text = data.decode()
    assert "RRULE" not in text
    assert "RDATE" in text
    assert_offsets_match_zoneinfo(text, "Asia/Jerusalem", 2019)
    cal = parse(own_vtimezone_only(data, "Asia/Jerusalem"))
    assert utc(events_by_title(cal)["Bürgerdialog digital"].dtstart) == datetime(2019, 10, 7, 6)


@pytest.mark.parametrize("year", [1, 9999])
def test_a_plan_at_the_ends_of_the_calendar_still_exports(year: int):
    # A hand-edited file may hold such a date; the zone rules around it lie beyond what
    # datetime can hold, which once crashed the export instead of writing a calendar.
    day = date(year, 6 if year == 1 else 12, 1)
    plan = small_plan(days=(day,))
    files = calendars(export_state_plan(plan))
    assert "BEGIN:VTIMEZONE" in files["agenda.ics"].decode()
    assert len(files["agenda.ics"].decode().split("BEGIN:VEVENT")) == 5


# -- UID and SEQUENCE ------------------------------------------------------------------


def uids_and_sequences(folder: Path) -> dict[str, tuple[str, int]]:
    return {e.summary: (e.uid, e.sequence) for e in parse(folder / "agenda.ics").events}


def test_uids_are_stable_across_exports_and_files_and_unique_across_plans(tmp_path: Path):
    plan = small_plan()
    first, _ = export_ics(plan, tmp_path / "a", now=NOW)
    second, _ = export_ics(first, tmp_path / "b", now=NOW + timedelta(days=3))
    assert second == first  # nothing changed: the plan file need not be saved again
    a, b = uids_and_sequences(tmp_path / "a"), uids_and_sequences(tmp_path / "b")
    assert a == b
    assert len({uid for uid, _ in a.values()}) == len(a)
    calendar = first.extra["ical"]["calendar"]
    assert a["Bürgerdialog digital"][0] == f"c1-{calendar}@agenda-planner"
    for path in (tmp_path / "a").rglob("*.ics"):
        for event in parse(path).events:
            assert event.uid == a[event.summary][0]
    # The state survives the plan file, so a reloaded plan keeps its UIDs.
    reloaded = loads_plan(dumps_plan(first))
    export_ics(reloaded, tmp_path / "c", now=NOW)
    assert uids_and_sequences(tmp_path / "c") == a
    # Another plan (its own first export) never shares a UID.
    export_ics(small_plan(), tmp_path / "other", now=NOW)
    other = {uid for uid, _ in uids_and_sequences(tmp_path / "other").values()}
    assert other.isdisjoint(uid for uid, _ in a.values())


def test_sequence_grows_only_for_what_changed(tmp_path: Path):
    plan, _ = export_ics(small_plan(), tmp_path, now=NOW)
    assert {s for _, s in uids_and_sequences(tmp_path).values()} == {0}

    moved = plan.with_placement("c1", "s1", datetime(2019, 10, 7, 14))
    plan, _ = export_ics(moved, tmp_path, now=NOW)
    seq = {k: s for k, (_, s) in uids_and_sequences(tmp_path).items()}
    assert seq == {
        "Bürgerdialog digital": 1,
        "Welfare technology": 0,
        "Podium": 0,
        "Kaffeepause": 0,
    }

    unchanged, _ = export_ics(plan, tmp_path, now=NOW)
    assert unchanged == plan
    assert uids_and_sequences(tmp_path)["Bürgerdialog digital"][1] == 1

    renamed = plan.with_contribution(replace(plan.contribution("c2"), title="Welfare tech"))
    plan, _ = export_ics(renamed, tmp_path, now=NOW)
    seq = {k: s for k, (_, s) in uids_and_sequences(tmp_path).items()}
    assert seq["Welfare tech"] == 1
    assert seq["Bürgerdialog digital"] == 1
    assert seq["Podium"] == 0

    # Unplaced and placed again: the sequence continues instead of restarting.
    gone, _ = export_ics(plan.without_placement("c3"), tmp_path, now=NOW)
    back = gone.with_placement("c3", "s1", datetime(2019, 10, 7, 16))
    export_ics(back, tmp_path, now=NOW)
    assert uids_and_sequences(tmp_path)["Podium"][1] == 1


@pytest.mark.parametrize(
    "state",
    [
        5,
        "x",
        {"calendar": "not-a-uuid"},
        {"calendar": None, "contributions": {"c1": {"sequence": 4, "fingerprint": "x"}}},
        {"calendar": "12345678-1234-1234-1234-1234567890ab", "contributions": []},
        {
            "calendar": "12345678-1234-1234-1234-1234567890ab",
            "contributions": {
                "c1": {"sequence": -1, "fingerprint": "x"},
                "c2": {"sequence": True, "fingerprint": "x"},
                "c3": {"sequence": 2},
                "c4": "seven",
            },
        },
    ],
)
def test_broken_export_state_starts_fresh_instead_of_failing(tmp_path: Path, state):
    plan = replace(small_plan(), extra={"ical": state})
    updated, _ = export_ics(plan, tmp_path, now=NOW)
    stored = updated.extra["ical"]
    assert {k: v["sequence"] for k, v in stored["contributions"].items()} == dict.fromkeys(
        ["c1", "c2", "c3", "c4"], 0
    )
    assert re.fullmatch(r"[0-9a-f-]{36}", stored["calendar"])
    assert loads_plan(dumps_plan(updated)).extra["ical"] == stored


def test_valid_state_keeps_its_calendar_and_unknown_keys(tmp_path: Path):
    calendar = "12345678-1234-1234-1234-1234567890ab"
    state = {"calendar": calendar, "contributions": {}, "x-future": [1]}
    updated, _ = export_ics(replace(small_plan(), extra={"ical": state}), tmp_path, now=NOW)
    assert updated.extra["ical"]["calendar"] == calendar
    assert updated.extra["ical"]["x-future"] == [1]
    assert uids_and_sequences(tmp_path)["Podium"][0] == f"c3-{calendar}@agenda-planner"


# -- text -------------------------------------------------------------------------------


def test_long_lines_fold_at_75_octets_without_splitting_characters(tmp_path: Path):
    title = "Digitale Daseinsvorsorge für Ältere – Æbleskiver, Øresund, Århus 🎤🇩🇰 " * 3
    title = title.strip()
    plan = small_plan()
    plan = plan.with_contribution(replace(plan.contribution("c1"), title=title))
    export_ics(plan, tmp_path, now=NOW)
    raw = (tmp_path / "agenda.ics").read_bytes()
    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        line.decode("utf-8")  # no physical line ends inside a UTF-8 sequence
    assert title in {e.summary for e in parse(raw).events}


def test_quotes_in_names_do_not_need_rfc6868_escapes_outlook_cannot_read():
    plan = small_plan()
    plan = plan.with_speaker(replace(plan.speaker("de1"), name='Anna "Nana" Berg; Dr.'))
    data = calendars(export_state_plan(plan))["speakers/de1.ics"]
    assert b"^'" not in data
    names = {a.common_name for e in parse(data).events for a in e.attendees}
    assert "Anna 'Nana' Berg; Dr." in names


# -- file names ------------------------------------------------------------------------


def test_speaker_ids_never_escape_or_overwrite_each_other(tmp_path: Path):
    ids = ["../evil", "a:b", "a/b", "CON", "con.txt", "🎤", "Anna", "anna", " . ", "Jørgen"]
    plan = small_plan()
    speakers = tuple(Speaker(i, f"Speaker {n}") for n, i in enumerate(ids))
    talks = tuple(
        Contribution(f"t{n}", f"Talk {n}", Kind.IMPULSE, 15, speakers=(i,))
        for n, i in enumerate(ids)
    )
    plan = replace(plan, speakers=speakers, contributions=talks, schedule=())
    for n, talk in enumerate(talks):
        plan = plan.with_placement(
            talk.id, "plenum", datetime(2019, 10, 7, 9) + n * timedelta(minutes=15)
        )
    out = tmp_path / "out"
    _, written = export_ics(plan, out, now=NOW)
    files = sorted((out / "speakers").iterdir())
    assert len(files) == len(ids)
    assert len({f.name.casefold() for f in files}) == len(ids)
    assert sorted(tmp_path.iterdir()) == [out]
    talk_of = {f"Speaker {n}": f"Talk {n}" for n in range(len(ids))}
    owners = []
    for f in files:
        stem = f.name[: -len(".ics")]
        assert re.fullmatch(r"[A-Za-z0-9._-]+", stem), f.name
        assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}
        (event,) = parse(f).events
        (attendee,) = event.attendees
        assert event.summary == talk_of[attendee.common_name]
        owners.append(attendee.common_name)
    assert sorted(owners) == sorted(talk_of)
    assert any(f.name.startswith("Jorgen-") for f in files)  # accents become base letters
    assert set(written) == {*files, out / "agenda.ics", *(out / "rooms").iterdir()}


# -- failures leave nothing behind ------------------------------------------------------


def test_a_file_in_place_of_the_folder_is_refused(tmp_path: Path):
    target = tmp_path / "out"
    target.write_text("mine")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        export_ics(small_plan(), target, now=NOW)
    assert target.read_text() == "mine"
    with pytest.raises(ExportError, match="cannot create the folder"):
        export_ics(small_plan(), target / "sub", now=NOW)
    assert sorted(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused(tmp_path: Path):
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="cannot write to the folder"):
            export_ics(small_plan(), target, now=NOW)
        assert list(target.iterdir()) == []
    finally:
        target.chmod(0o700)


def test_a_folder_without_write_permission_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # The same path as the read-only test above, for runs as root (who may write anyway).
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", denied)
    with pytest.raises(ExportError, match=r"cannot write to the folder .*Permission denied"):
        export_ics(small_plan(), tmp_path / "out", now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_moving_into_place_restores_the_previous_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    out = tmp_path / "out"
    plan, _ = export_ics(small_plan(), out, now=NOW)
    (out / "notes.txt").write_text("organiser's own file")
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    moved = plan.with_placement("c1", "s1", datetime(2019, 10, 7, 15))
    with pytest.raises(ExportError, match="No space left on device"):
        export_ics(moved, out, now=NOW + timedelta(hours=1))
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_failure_in_a_new_folder_removes_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(ExportError, match="Input/output error"):
        export_ics(small_plan(), tmp_path / "new" / "out", now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_stale_files_of_a_previous_export_go_but_foreign_files_stay(tmp_path: Path):
    out = tmp_path / "out"
    plan, _ = export_ics(small_plan(), out, now=NOW)
    (out / "rooms" / "README.txt").write_text("keep me")
    smaller = replace(plan, speakers=plan.speakers[:1], contributions=plan.contributions[:1])
    smaller = smaller.with_schedule(p for p in plan.schedule if p.contribution == "c1")
    smaller = replace(smaller, rooms=smaller.rooms[:1])
    export_ics(smaller, out, now=NOW)
    assert sorted(p.name for p in (out / "speakers").iterdir()) == ["de1.ics"]
    assert sorted(p.name for p in (out / "rooms").iterdir()) == [
        "README.txt",
        "plenum.ics",
        "s1.ics",
    ]


# -- random plans -----------------------------------------------------------------------

SPEAKER_IDS = ["a", "A", "b:1", "../c", "CON", "ø"]


@st.composite
def random_plans(draw) -> Plan:
    base = small_plan()
    ids = draw(st.lists(st.sampled_from(SPEAKER_IDS), min_size=1, max_size=6, unique=True))
    speakers = tuple(
        Speaker(i, f"Person {n}", language=draw(st.sampled_from([None, "de", "en"])))
        for n, i in enumerate(ids)
    )
    count = draw(st.integers(0, 8))
    contributions = tuple(
        Contribution(
            f"c{n}",
            f"Beitrag {n}",
            draw(st.sampled_from(list(Kind))),
            draw(st.integers(5, 90)),
            speakers=tuple(draw(st.lists(st.sampled_from(ids), max_size=3, unique=True))),
        )
        for n in range(count)
    )
    plan = replace(base, speakers=speakers, contributions=contributions, schedule=())
    for c in contributions:
        if draw(st.booleans()):
            minute = draw(st.integers(0, 8 * 12)) * 5
            start = datetime(2019, 10, 7, 9) + timedelta(minutes=minute)
            plan = plan.with_placement(c.id, draw(st.sampled_from(["plenum", "s1"])), start)
    return plan


def unfolded(path: Path) -> str:
    return path.read_bytes().decode("utf-8").replace("\r\n ", "")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_plans())
def test_speaker_files_together_hold_exactly_each_speakers_placed_contributions(plan: Plan):
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        updated, _ = export_ics(plan, out, now=NOW)
        suffix = f"-{updated.extra['ical']['calendar']}@agenda-planner"
        found: dict[str, set[str]] = {}
        for path in (out / "speakers").iterdir():
            owner = re.search(r"X-WR-CALNAME:Innovationstag – (.*)\r\n", unfolded(path))
            assert owner is not None
            assert owner.group(1) not in found  # one file per speaker
            found[owner.group(1)] = {e.uid.removesuffix(suffix) for e in parse(path).events}
        expected = {
            s.name: {p.contribution for p in plan.placements_of_speaker(s.id)}
            for s in plan.speakers
        }
        assert found == expected


# -- command line -----------------------------------------------------------------------


def test_cli_export_writes_files_and_remembers_the_state(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    plan_file = tmp_path / "plan.agenda.json"
    plan_file.write_bytes(sample_path.read_bytes())
    assert main(["export", str(plan_file), "--ics", str(tmp_path / "ics")]) == 0
    assert "27 iCalendar file(s) written" in capsys.readouterr().out
    saved = plan_file.read_bytes()
    assert b'"ical": {' in saved
    first = uids_and_sequences(tmp_path / "ics")
    assert main(["export", str(plan_file), "--ics", str(tmp_path / "ics")]) == 0
    assert plan_file.read_bytes() == saved  # unchanged plan: not rewritten
    assert uids_and_sequences(tmp_path / "ics") == first

    plan = load_plan(plan_file)
    save_plan(plan.with_placement("g-dk1", "plenum", datetime(2019, 10, 7, 10, 50)), plan_file)
    assert main(["export", str(plan_file), "--ics", str(tmp_path / "ics")]) == 0
    again = uids_and_sequences(tmp_path / "ics")
    changed = {k for k in first if again[k] != first[k]}
    assert len(changed) == 1
    (title,) = changed
    assert again[title] == (first[title][0], 1)


def test_cli_export_into_a_file_fails_with_exit_2(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    plan_file = tmp_path / "plan.agenda.json"
    plan_file.write_bytes(sample_path.read_bytes())
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    assert main(["export", str(plan_file), "--ics", str(blocker)]) == 2
    err = capsys.readouterr().err
    assert "is a file, not a folder" in err
    assert "Traceback" not in err
    assert plan_file.read_bytes() == sample_path.read_bytes()
