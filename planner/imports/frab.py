"""Read a frab/pentabarf schedule XML (``<schedule><conference/><day><room><event>``).

The format is described by ``validator/xsd/schedule.xml.xsd`` in voc/schedule. Real
files stray from it, and this reader accepts what we have met: ``<persons>`` with
``<person id>`` children or a single ``<person>`` holding comma-separated names
(LSWT 2019), an empty ``<duration>``, descriptions in escaped or CDATA HTML, ``<day>``
attributes without times. Only parsing happens here; see :mod:`.schedule` for the
mapping onto a plan.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime, time, timedelta

from planner.imports.schedule_raw import (
    RawEvent,
    RawPerson,
    RawSchedule,
    ScheduleImportError,
    parse_iso,
    parse_minutes,
    plain_text,
)


def looks_like_frab(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def _text(element: ET.Element | None, tag: str) -> str:
    if element is None:
        return ""
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _persons(event: ET.Element) -> tuple[RawPerson, ...]:
    result: list[RawPerson] = []
    container = event.find("persons")
    if container is not None:
        for person in container.findall("person"):
            name = " ".join((person.text or "").split())
            if name:
                result.append(RawPerson(person.get("id") or None, name))
    for person in event.findall("person"):  # LSWT: one element, names separated by commas
        for name in (person.text or "").split(","):
            name = " ".join(name.split())
            if name:
                result.append(RawPerson(None, name))
    return tuple(result)


def _description(event: ET.Element) -> str:
    parts = [_text(event, "subtitle"), _text(event, "abstract"), _text(event, "description")]
    seen: list[str] = []
    for part in (plain_text(p) for p in parts):
        if part and part not in seen:
            seen.append(part)
    return "\n\n".join(seen)


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _event(element: ET.Element, day: date | None, opens: time | None, room_name: str) -> RawEvent:
    event_id = (element.get("id") or element.get("guid") or "").strip()
    start = parse_iso(_text(element, "date"))
    clock = _text(element, "start")
    local: datetime | None = None
    base = start.date() if start is not None else day
    if base is not None and clock:
        try:
            hour, minute = (int(x) for x in clock.split(":")[:2])
            local = datetime(base.year, base.month, base.day, hour, minute)
        except ValueError:
            local = None
        if local is not None and start is None and opens is not None and local.time() < opens:
            # Without <date>, a <start> before the day's opening is after midnight.
            local += timedelta(days=1)
    extra = {"source_id": event_id}
    guid = element.get("guid")
    if guid:
        extra["guid"] = guid
    track = _text(element, "track")
    if track:
        extra["track"] = track
    language = _text(element, "language").lower() or None
    return RawEvent(
        id=event_id,
        title=" ".join(_text(element, "title").split()),
        room=_text(element, "room") or room_name,
        start=start,
        local=local,
        duration=parse_minutes(_text(element, "duration")),
        type=_text(element, "type"),
        track=track,
        language=language,
        description=_description(element),
        persons=_persons(element),
        extra=extra,
        day=day,
    )


def read_frab(data: bytes) -> RawSchedule:
    """Parse frab XML; :class:`ScheduleImportError` when it is not XML or not a schedule."""
    if b"<!ENTITY" in data[:65536]:
        # Entity declarations are how XML bombs work; no schedule needs them.
        raise ScheduleImportError("the XML file declares entities, which are not accepted")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ScheduleImportError(f"not a readable XML file ({exc})") from None
    if root.tag != "schedule":
        raise ScheduleImportError(
            f"an XML file whose root is <{root.tag}>, not a frab/pentabarf <schedule>"
        )
    conference = root.find("conference")
    schedule = RawSchedule(format="frab", title=_text(conference, "title"), events=[])
    zone = _text(conference, "time_zone_name")
    schedule.zone = zone or None
    schedule.venue = _text(conference, "venue") or None
    if conference is not None:
        for room in conference.findall("rooms/room"):
            name = (room.get("name") or "").strip()
            if name:
                schedule.rooms[name] = _capacity(room.get("capacity"))
    for day_element in root.findall("day"):
        day = _parse_day(day_element.get("date"))
        day_opens = parse_iso(day_element.get("start"))
        opens = day_opens.time() if day_opens is not None else None
        if day is not None and day not in schedule.days:
            schedule.days.append(day)
        for room in day_element.findall("room"):
            room_name = (room.get("name") or "").strip()
            if room_name and room_name not in schedule.rooms:
                schedule.rooms[room_name] = _capacity(room.get("capacity"))
            for element in room.findall("event"):
                event = _event(element, day, opens, room_name)
                if not event.room:
                    schedule.warnings.append(f"event {event.id} '{event.title}' has no room")
                    continue
                schedule.rooms.setdefault(event.room, None)
                schedule.events.append(event)
    if not schedule.events and not schedule.days:
        raise ScheduleImportError("the <schedule> has no days and no events")
    return schedule


def _capacity(value: str | None) -> int | None:
    if value and value.strip().isdigit():
        return int(value.strip())
    return None
