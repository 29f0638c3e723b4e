"""iCalendar export: ``agenda.ics``, one file per speaker and one per room.

Every file is a complete calendar (``VERSION:2.0``, our ``PRODID``,
``METHOD:PUBLISH``, ``X-WR-CALNAME``) with the plan's timezone as a VTIMEZONE of
yearly rules (:mod:`planner.export.vtimezone`) and one VEVENT per placed
contribution: ``DTSTART``/``DTEND`` with ``TZID``, a UID and SEQUENCE from the export
state kept in the plan (:mod:`planner.export.ical_state`), title, room and venue,
a description, organiser, one ATTENDEE per speaker, categories and, in a speaker's
own file, a reminder. Wording follows the reader: speakers whose language is ``en``
get English, everyone else German; ``agenda.ics`` and room files are German unless
every placed contribution is held in English. docs/ical.md explains the choices.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, vCalAddress, vText
from icalendar import Event as VEvent

from planner.export.filenames import file_stems
from planner.export.folder import write_files
from planner.export.ical_state import ExportState, updated_state, with_state
from planner.export.vtimezone import vtimezone
from planner.model import Placement, Plan, Speaker, kind_label, language_name, topic_label

PRODID = "-//Agenda Planner//Agenda Planner//DE"
REMINDER = timedelta(minutes=30)

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "topic": "Thema",
        "speakers": "Referierende",
        "room": "Raum",
        "event": "Veranstaltung",
        "language": "Sprache",
        "reminder": "Erinnerung",
    },
    "en": {
        "topic": "Topic",
        "speakers": "Speakers",
        "room": "Room",
        "event": "Event",
        "language": "Language",
        "reminder": "Reminder",
    },
}


def reader_language(language: str | None) -> str:
    """'en' for English readers (``en``, ``en-GB`` …), 'de' for everyone else."""
    return "en" if language and language.lower().split("-")[0].split("_")[0] == "en" else "de"


def programme_language(plan: Plan) -> str:
    """'en' only when every placed contribution is held in English; German otherwise.

    A contribution without a language counts as German, the event's own language.
    """
    languages = [plan.contribution(p.contribution).language for p in plan.schedule]
    return "en" if languages and all(reader_language(x) == "en" for x in languages) else "de"


def _years(plan: Plan) -> list[int]:
    return sorted({d.year for d in plan.event.days} | {p.start.year for p in plan.schedule})


def _address(email: str | None, name: str, calendar: str, key: str) -> vCalAddress:
    """``mailto:`` where there is an e-mail; a stable ``urn:uuid:`` otherwise (never invented)."""
    address = vCalAddress(
        f"mailto:{email}" if email else f"urn:uuid:{uuid.uuid5(uuid.UUID(calendar), key)}"
    )
    # Parameter values cannot hold '"' or line breaks except in RFC 6868's ^' and ^n,
    # which Outlook shows literally; plain substitutes read better everywhere.
    name = " ".join(name.replace('"', "'").split())
    if name:
        address.params["CN"] = name
    return address


def _speaker_line(speaker: Speaker) -> str:
    return f"{speaker.name} ({speaker.organisation})" if speaker.organisation else speaker.name


def description(plan: Plan, placement: Placement, language: str) -> str:
    """Kind, topic, speakers, room, event and language, then the contribution's own text."""
    words = WORDS[language]
    c = plan.contribution(placement.contribution)
    head = kind_label(c.kind, language)
    if c.topic:
        head += f" · {words['topic']}: {topic_label(c.topic, language)}"
    lines = [head]
    speakers = [plan.speakers_by_id[s] for s in c.speakers if s in plan.speakers_by_id]
    if speakers:
        lines.append(f"{words['speakers']}: " + "; ".join(_speaker_line(s) for s in speakers))
    room = plan.rooms_by_id.get(placement.room)
    lines.append(f"{words['room']}: {room.name if room else placement.room}")
    event = plan.event
    lines.append(f"{words['event']}: {event.title}" + (f", {event.venue}" if event.venue else ""))
    if c.language:
        lines.append(f"{words['language']}: {language_name(c.language, language)}")
    text = "\n".join(lines)
    if c.description:
        text += "\n\n" + c.description
    return text


def _vevent(
    plan: Plan,
    state: ExportState,
    placement: Placement,
    language: str,
    *,
    alarm: bool,
    stamp: datetime,
) -> VEvent:
    c = plan.contribution(placement.contribution)
    event = plan.event
    room = plan.rooms_by_id.get(placement.room)
    ev = VEvent()
    ev.add("uid", state.uid(c.id))
    ev.add("sequence", state.sequence(c.id))
    ev.add("dtstamp", stamp)
    ev.add("dtstart", event.aware(placement.start))
    ev.add("dtend", event.aware(plan.end_of(placement)))
    summary = vText(c.title)
    if c.language:
        summary.params["LANGUAGE"] = c.language
    ev.add("summary", summary)
    where = [room.name if room else placement.room, *([event.venue] if event.venue else [])]
    ev.add("location", ", ".join(where))
    ev.add("description", description(plan, placement, language))
    organizer = event.organizer
    if organizer is not None and organizer.email:
        ev.add("organizer", _address(organizer.email, organizer.name, state.calendar, ""))
    for sid in c.speakers:
        speaker = plan.speakers_by_id.get(sid)
        if speaker is None:
            continue
        attendee = _address(speaker.email, speaker.name, state.calendar, f"speaker:{sid}")
        attendee.params.update(
            {"CUTYPE": "INDIVIDUAL", "ROLE": "REQ-PARTICIPANT", "PARTSTAT": "ACCEPTED"}
        )
        attendee.params["RSVP"] = "FALSE"
        ev.add("attendee", attendee)
    categories = [kind_label(c.kind, language)]
    if c.topic:
        categories.append(topic_label(c.topic, language))
    ev.add("categories", categories)
    ev.add("status", "CONFIRMED")
    ev.add("transp", "OPAQUE")
    if alarm:
        reminder = Alarm()
        reminder.add("action", "DISPLAY")
        reminder.add("description", f"{WORDS[language]['reminder']}: {c.title}")
        reminder.add("trigger", -REMINDER)
        ev.add_component(reminder)
    return ev


def _calendar(
    plan: Plan,
    state: ExportState,
    placements: Iterable[Placement],
    language: str,
    *,
    name: str,
    alarm: bool,
    stamp: datetime,
) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add_component(vtimezone(plan.event.timezone, _years(plan)))
    for placement in placements:
        cal.add_component(_vevent(plan, state, placement, language, alarm=alarm, stamp=stamp))
    return cal.to_ical()


def _stamp(now: datetime | None) -> datetime:
    if now is None:
        now = datetime.now(UTC)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.astimezone(UTC).replace(microsecond=0)


def calendar_bytes(
    plan: Plan,
    contribution_ids: Iterable[str],
    language: str,
    alarm: bool = False,
    *,
    name: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """One calendar with the placed ones of ``contribution_ids`` (unplaced ones are skipped).

    UIDs and SEQUENCE are those the next export would write. A plan that was never
    exported has no UID namespace yet, so a caller that wants stable UIDs (the GUI's
    "send to speaker") first keeps ``export_state_plan(plan)``, as :func:`export_ics` does.
    """
    state = updated_state(plan)
    wanted = set(contribution_ids)
    chosen = [p for p in plan.sorted_schedule() if p.contribution in wanted]
    lang = reader_language(language)
    return _calendar(
        plan,
        state,
        chosen,
        lang,
        name=name or plan.event.title,
        alarm=alarm,
        stamp=_stamp(now),
    )


def export_state_plan(plan: Plan) -> Plan:
    """``plan`` with its export state brought up to date (new UIDs namespace, sequences)."""
    return with_state(plan, updated_state(plan))


#: ``progress(done, total)``: called once per calendar built, before anything is written.
Progress = Callable[[int, int], None]


def calendars(
    plan: Plan,
    *,
    now: datetime | None = None,
    speakers: Collection[str] | None = None,
    rooms: Collection[str] | None = None,
    agenda: bool = True,
    progress: Progress | None = None,
) -> dict[str, bytes]:
    """Every file of an export, by relative path; ``plan`` must carry its updated state.

    ``speakers``/``rooms`` limit the per-speaker and per-room files to those ids (``None``:
    all) and ``agenda=False`` leaves ``agenda.ics`` out; file names stay those of the full
    export. ``progress`` may raise to abandon the export (nothing is written then).
    """
    state = updated_state(plan)
    stamp = _stamp(now)
    schedule = plan.sorted_schedule()
    title = plan.event.title
    speaker_stems = {
        sid: stem
        for sid, stem in file_stems(s.id for s in plan.speakers).items()
        if speakers is None or sid in speakers
    }
    room_stems = {
        rid: stem
        for rid, stem in file_stems(r.id for r in plan.rooms).items()
        if rooms is None or rid in rooms
    }
    total = int(agenda) + len(speaker_stems) + len(room_stems)
    files: dict[str, bytes] = {}

    def report() -> None:
        if progress is not None:
            progress(len(files), total)

    report()
    if agenda:
        files["agenda.ics"] = _calendar(
            plan, state, schedule, programme_language(plan), name=title, alarm=False, stamp=stamp
        )
        report()
    # One pass over the schedule, not one per speaker and room (big plans have thousands).
    by_speaker: dict[str, list[Placement]] = {}
    by_room: dict[str, list[Placement]] = {}
    for p in schedule:
        by_room.setdefault(p.room, []).append(p)
        for sid in dict.fromkeys(plan.contribution(p.contribution).speakers):
            by_speaker.setdefault(sid, []).append(p)
    for sid, stem in speaker_stems.items():
        speaker = plan.speaker(sid)
        files[f"speakers/{stem}.ics"] = _calendar(
            plan,
            state,
            by_speaker.get(sid, []),
            reader_language(speaker.language),
            name=f"{title} – {speaker.name}",
            alarm=True,
            stamp=stamp,
        )
        report()
    for rid, stem in room_stems.items():
        room = plan.room(rid)
        files[f"rooms/{stem}.ics"] = _calendar(
            plan,
            state,
            by_room.get(rid, []),
            programme_language(plan),
            name=f"{title} – {room.name}",
            alarm=False,
            stamp=stamp,
        )
        report()
    return files


def export_ics(
    plan: Plan,
    folder: Path,
    *,
    now: datetime | None = None,
    speakers: Collection[str] | None = None,
    rooms: Collection[str] | None = None,
    agenda: bool = True,
    progress: Progress | None = None,
) -> tuple[Plan, list[Path]]:
    """Write the whole iCalendar export into ``folder``; all files or none.

    Returns the plan with its export state updated (the caller saves it, so the next
    export keeps UIDs and raises SEQUENCE only for what changed) and the written
    paths. Raises :class:`~planner.export.ExportError` when the folder cannot be written.

    ``speakers``, ``rooms`` and ``agenda`` choose a part of the export (see
    :func:`calendars`); a partial export adds its files to the folder and leaves the
    other files of an earlier export alone, where a whole export replaces the
    ``speakers``/``rooms`` folders (so people who left the plan lose their stale files).
    The state still records every placed contribution: SEQUENCE only has to grow.
    """
    updated = export_state_plan(plan)
    files = calendars(
        updated, now=now, speakers=speakers, rooms=rooms, agenda=agenda, progress=progress
    )
    whole = agenda and speakers is None and rooms is None
    written = write_files(Path(folder), files, prune=whole)
    return updated, written


__all__: Sequence[str] = (
    "PRODID",
    "Progress",
    "calendar_bytes",
    "calendars",
    "description",
    "export_ics",
    "export_state_plan",
    "programme_language",
    "reader_language",
)
