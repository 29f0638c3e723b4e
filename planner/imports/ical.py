"""Import an .ics file (e.g. a partner's partial programme) as contributions of a plan.

Each VEVENT becomes a contribution: SUMMARY is the title (its ``LANGUAGE`` parameter
the language), DTSTART/DTEND (or DURATION) give start and length, converted from
whatever timezone the file uses to the event's wall-clock time; CATEGORIES are
matched against our kind and topic names in German and English; ATTENDEEs become
speakers, matched to existing ones by e-mail, then by name, else added. The event is
placed in ``room`` when one is given, else in the room its LOCATION names, else left
unplaced.

Re-importing updates instead of duplicating: an event whose UID we wrote for this
plan updates that contribution, and a foreign UID is remembered in the
contribution's ``ical_uid`` key. Events that cannot become a contribution (all-day,
cancelled, no end) are skipped with a warning; a file that is not iCalendar at all
raises :class:`CalendarFileError`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from icalendar import Calendar

from planner.export.ical_state import parse_uid, read_state
from planner.imports import CalendarFileError, ImportResult
from planner.model import (
    KIND_LABELS,
    TOPIC_LABELS,
    Contribution,
    Kind,
    Plan,
    Room,
    Speaker,
    Topic,
    new_id,
)

UID_KEY = "ical_uid"
DEFAULT_KIND = Kind.SESSION

_KINDS = {
    label.casefold(): kind for labels in KIND_LABELS.values() for kind, label in labels.items()
}
_TOPICS = {
    label.casefold(): topic for labels in TOPIC_LABELS.values() for topic, label in labels.items()
}
_KINDS.update({k.value: k for k in Kind})
_TOPICS.update({t.value: t for t in Topic})


def _decode(data: bytes) -> tuple[str, list[str]]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ["the file is not UTF-8; it was read as Windows-1252"]
    except UnicodeDecodeError:
        raise CalendarFileError("the file is not text (neither UTF-8 nor Windows-1252)") from None


def parse_calendar(data: bytes) -> tuple[list[Any], list[str]]:
    """The VEVENTs of ``data`` and warnings; :class:`CalendarFileError` for a broken file."""
    text, warnings = _decode(data)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise CalendarFileError("not an iCalendar file (it has no BEGIN:VCALENDAR)")
    if "END:VCALENDAR" not in text.upper():
        raise CalendarFileError("the calendar is incomplete (it has no END:VCALENDAR)")
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError …
        raise CalendarFileError(f"not a valid iCalendar file ({exc})") from None
    events = [ev for cal in calendars for ev in cal.walk("VEVENT")]
    if not events:
        raise CalendarFileError("the calendar contains no events")
    return events, warnings


def _many(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _when(component: Any, key: str) -> datetime | date | timedelta | None:
    prop = component.get(key)
    if prop is None:
        return None
    try:
        value = prop.dt
    except Exception:  # icalendar's BrokenCalendarProperty for an unreadable value
        return None
    return value if isinstance(value, date | timedelta) else None


def _local(value: datetime, plan: Plan) -> datetime:
    """Wall-clock time in the event's timezone; floating times are taken as they are."""
    if value.tzinfo is not None:
        value = value.astimezone(plan.event.tzinfo).replace(tzinfo=None)
    return value.replace(second=0, microsecond=0)


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40]


def _fresh_id(base: str, taken: set[str]) -> str:
    if base and base not in taken:
        return base
    return new_id(f"{base or 'ics'}-", taken)


class _Importer:
    def __init__(self, plan: Plan, room: str | None) -> None:
        if room is not None and room not in plan.rooms_by_id:
            raise CalendarFileError(f"unknown room '{room}'")
        self.plan = plan
        self.room = room
        state = read_state(plan)
        self.calendar = state.calendar if state else None
        self.warnings: list[str] = []
        self.added: list[str] = []
        self.updated: list[str] = []
        self.placed: list[str] = []
        self.unplaced: list[str] = []
        self.new_speakers: list[str] = []
        self.seen_uids: set[str] = set()

    # -- matching ----------------------------------------------------------------------
    def _existing(self, uid: str) -> Contribution | None:
        for c in self.plan.contributions:
            if uid and c.extra.get(UID_KEY) == uid:
                return c
        ours = parse_uid(uid)
        if ours and ours[1] == self.calendar:
            return self.plan.contributions_by_id.get(ours[0])
        return None

    def _speaker(self, attendee: Any) -> str | None:
        params = getattr(attendee, "params", {})
        if str(params.get("CUTYPE", "")).upper() in ("ROOM", "RESOURCE"):
            return None
        address = str(attendee)
        email = address[7:].strip() if address.lower().startswith("mailto:") else None
        name = str(params.get("CN", "")).strip() or (email or "")
        if not name:
            return None
        for s in self.plan.speakers:
            if email and s.email and s.email.casefold() == email.casefold():
                return s.id
        for s in self.plan.speakers:
            if s.name.strip().casefold() == name.casefold():
                return s.id
        sid = _fresh_id(_slug(name), set(self.plan.speakers_by_id))
        self.plan = self.plan.with_speaker(Speaker(sid, name, email=email or None))
        self.new_speakers.append(sid)
        return sid

    def _room(self, location: str) -> Room | None:
        if self.room is not None:
            return self.plan.room(self.room)
        where = location.strip().casefold()
        if not where:
            return None
        for room in self.plan.rooms:
            if room.id.casefold() == where:
                return room
        for room in sorted(self.plan.rooms, key=lambda r: -len(r.name)):
            name = room.name.strip().casefold()
            if name and (where == name or where.startswith(name + ",")):
                return room
        return None

    # -- one event ---------------------------------------------------------------------
    def add(self, ev: Any) -> None:
        uid = str(ev.get("UID") or "").strip()
        title = str(ev.get("SUMMARY") or "").strip()
        label = f"'{title}'" if title else (f"UID {uid}" if uid else "an event without title")
        if str(ev.get("STATUS") or "").upper() == "CANCELLED":
            self.warnings.append(f"{label}: cancelled, skipped")
            return
        if ev.get("RECURRENCE-ID") is not None or (uid and uid in self.seen_uids):
            self.warnings.append(f"{label}: a changed repetition of another event, skipped")
            return
        start = _when(ev, "DTSTART")
        if not isinstance(start, datetime):
            why = "is an all-day event" if isinstance(start, date) else "has no valid start time"
            self.warnings.append(f"{label}: {why}, skipped")
            return
        end = _when(ev, "DTEND")
        if end is None and ev.get("DURATION") is not None:
            duration = _when(ev, "DURATION")
            end = start + duration if isinstance(duration, timedelta) else None
        if not isinstance(end, datetime):
            self.warnings.append(f"{label}: has no valid end time, skipped")
            return
        if (start.tzinfo is None) != (end.tzinfo is None):
            end = end.replace(tzinfo=start.tzinfo)
        minutes = round((end - start).total_seconds() / 60)
        if minutes < 1:
            self.warnings.append(f"{label}: ends before it starts, skipped")
            return
        tzid = ev.get("DTSTART").params.get("TZID")
        if tzid and start.tzinfo is None:
            self.warnings.append(
                f"{label}: unknown timezone '{tzid}', taken as the event's local time"
            )
        if ev.get("RRULE") is not None:
            self.warnings.append(f"{label}: repeats; only its first occurrence was imported")
        if uid:
            self.seen_uids.add(uid)
        self._store(ev, uid, title or "(ohne Titel)", _local(start, self.plan), minutes)

    def _store(self, ev: Any, uid: str, title: str, start: datetime, minutes: int) -> None:
        kind, topic = None, None
        for prop in _many(ev.get("CATEGORIES")):
            for cat in getattr(prop, "cats", [prop]):
                key = str(cat).strip().casefold()
                kind = kind or _KINDS.get(key)
                topic = topic or _TOPICS.get(key)
        summary = ev.get("SUMMARY")
        language = getattr(summary, "params", {}).get("LANGUAGE") if summary else None
        text = str(ev.get("DESCRIPTION") or "").replace("\r\n", "\n")
        if uid.endswith("@agenda-planner") and parse_uid(uid):
            # Ours: generated lines, a blank line, then the contribution's own text.
            text = text.split("\n\n", 1)[1] if "\n\n" in text else ""
        speakers: list[str] = []
        for attendee in _many(ev.get("ATTENDEE")):
            sid = self._speaker(attendee)
            if sid and sid not in speakers:
                speakers.append(sid)

        existing = self._existing(uid)
        if existing is not None:
            contribution = replace(
                existing,
                title=title,
                kind=kind or existing.kind,
                topic=topic if kind or topic else existing.topic,
                duration=minutes,
                speakers=tuple(speakers) if speakers else existing.speakers,
                language=str(language) if language else existing.language,
                description=text.strip() or existing.description,
            )
            self.updated.append(existing.id)
        else:
            ours = parse_uid(uid)
            taken = set(self.plan.contributions_by_id)
            cid = _fresh_id(ours[0] if ours else _slug(title), taken)
            own = ours is not None and ours[1] == self.calendar and cid == ours[0]
            contribution = Contribution(
                cid,
                title,
                kind or DEFAULT_KIND,
                minutes,
                topic,
                tuple(speakers),
                language=str(language) if language else None,
                description=text.strip() or None,
                extra={} if own or not uid else {UID_KEY: uid},
            )
            self.added.append(cid)
        self.plan = self.plan.with_contribution(contribution)
        self._place(contribution, str(ev.get("LOCATION") or ""), start)

    def _place(self, contribution: Contribution, location: str, start: datetime) -> None:
        room = self._room(location)
        if room is None:
            if self.plan.placement(contribution.id) is None:
                where = f"no room matches '{location}'" if location else "no location"
                self.warnings.append(f"'{contribution.title}': {where}, left unplaced")
                self.unplaced.append(contribution.id)
                return
            room = self.plan.room(self.plan.placement(contribution.id).room)  # type: ignore[union-attr]
        self.plan = self.plan.with_placement(contribution.id, room.id, start)
        self.placed.append(contribution.id)
        if start.date() not in self.plan.event.days:
            self.warnings.append(
                f"'{contribution.title}': on {start:%d.%m.%Y}, not a day of the event"
            )


def import_ics(plan: Plan, data: bytes, *, room: str | None = None) -> ImportResult:
    """Add the events of the calendar ``data`` to ``plan`` (see the module docstring)."""
    importer = _Importer(plan, room)
    events, warnings = parse_calendar(data)
    importer.warnings.extend(warnings)
    for ev in events:
        importer.add(ev)
    return ImportResult(
        plan=importer.plan,
        added=tuple(importer.added),
        updated=tuple(importer.updated),
        placed=tuple(importer.placed),
        unplaced=tuple(importer.unplaced),
        new_speakers=tuple(importer.new_speakers),
        warnings=tuple(importer.warnings),
    )
