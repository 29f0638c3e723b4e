"""Read pretalx schedule data keyed date → minute of day → room id (PyConFR's site data).

The shape: ``{"schedule": {"2025-11-01": {"530": {"12": submission, …}, …}, …},
"rooms": [{"id", "name": {lang: …}, "capacity"}], "speakers": {code: …},
"sprints": {…}, "extra": {…}}``. Each submission carries ``code``, ``title``,
``speakers`` (with ``code`` and ``name``), ``submission_type`` (with a localised
``name``), ``duration``, ``content_locale``, ``description`` and ``slots`` (with
the start and its UTC offset). ``sprints`` (days before the conference) and
``extra`` (catering times without room or length) are not part of the programme
and are left out, with a warning.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from planner.imports.schedule_raw import (
    RawEvent,
    RawPerson,
    RawSchedule,
    ScheduleImportError,
    parse_iso,
    plain_text,
)


def _localised(value: Any, prefer: str = "en") -> str:
    if isinstance(value, dict):
        text = value.get(prefer) or next((v for v in value.values() if v), "")
        return str(text or "").strip()
    return str(value or "").strip()


def is_pretalx(data: Any) -> bool:
    """Whether parsed JSON has the date → minute → room shape."""
    if not isinstance(data, dict) or not isinstance(data.get("schedule"), dict):
        return False
    days = data["schedule"]
    if not days:
        return False
    for key, minutes in days.items():
        try:
            date.fromisoformat(key)
        except (TypeError, ValueError):
            return False
        if not isinstance(minutes, dict) or not all(str(m).isdigit() for m in minutes):
            return False
    return True


def _slot_start(submission: dict[str, Any], room_id: str, local: datetime) -> datetime | None:
    for slot in submission.get("slots") or ():
        if not isinstance(slot, dict):
            continue
        start = parse_iso(slot.get("start"))
        room = slot.get("room")
        slot_room = str(room.get("id")) if isinstance(room, dict) else str(room)
        if start is not None and slot_room == room_id and start.replace(tzinfo=None) == local:
            return start
    return None


def _event(submission: dict[str, Any], room: str, room_id: str, local: datetime) -> RawEvent:
    persons = tuple(
        RawPerson(str(s.get("code") or "") or None, " ".join(str(s.get("name") or "").split()))
        for s in submission.get("speakers") or ()
        if isinstance(s, dict) and str(s.get("name") or "").strip()
    )
    duration = submission.get("duration")
    kind = submission.get("submission_type") or {}
    locale = submission.get("content_locale")
    code = str(submission.get("code") or "")
    return RawEvent(
        id=code,
        title=" ".join(str(submission.get("title") or "").split()),
        room=room,
        start=_slot_start(submission, room_id, local),
        local=local,
        duration=duration if isinstance(duration, int) and duration > 0 else None,
        type=_localised(kind.get("name") if isinstance(kind, dict) else kind),
        track=_localised(submission.get("track")),
        language=str(locale).lower() if locale else None,
        description=plain_text(str(submission.get("description") or "")),
        persons=persons,
        extra={"source_id": code},
    )


def read_pretalx(data: dict[str, Any]) -> RawSchedule:
    names: dict[str, str] = {}
    capacities: dict[str, int | None] = {}
    for room in data.get("rooms") or ():
        if isinstance(room, dict) and room.get("id") is not None:
            room_id = str(room["id"])
            names[room_id] = _localised(room.get("name")) or room_id
            capacity = room.get("capacity")
            capacities[room_id] = capacity if isinstance(capacity, int) and capacity > 0 else None
    title = _localised(data.get("title") or data.get("name"))
    schedule = RawSchedule(format="pretalx", title=title, events=[])
    zone = data.get("timezone")
    schedule.zone = zone if isinstance(zone, str) and zone else None
    for day_key, minutes in sorted(data["schedule"].items()):
        day = date.fromisoformat(day_key)
        schedule.days.append(day)
        for minute_key, rooms in sorted(minutes.items(), key=lambda item: int(item[0])):
            if not isinstance(rooms, dict):
                continue
            local = datetime.combine(day, datetime.min.time()) + timedelta(minutes=int(minute_key))
            for room_id, submission in rooms.items():
                if not isinstance(submission, dict):
                    continue
                room = names.get(str(room_id), str(room_id))
                schedule.rooms.setdefault(room, capacities.get(str(room_id)))
                schedule.events.append(_event(submission, room, str(room_id), local))
    _note_left_out(data, schedule)
    if not schedule.events:
        raise ScheduleImportError("the pretalx schedule has no sessions")
    return schedule


def _count(value: Any) -> int:
    """Entries of a date → minute → {…} mapping."""
    if not isinstance(value, dict):
        return 0
    total = 0
    for minutes in value.values():
        for entry in (minutes or {}).values() if isinstance(minutes, dict) else ():
            if isinstance(entry, dict) and entry:
                rooms = all(isinstance(v, dict) and "title" in v for v in entry.values())
                total += len(entry) if rooms else 1
    return total


def _note_left_out(data: dict[str, Any], schedule: RawSchedule) -> None:
    sprints = _count(data.get("sprints"))
    if sprints:
        schedule.warnings.append(
            f"{sprints} sprint slot(s) before the conference were not imported "
            "(they are not part of the programme)"
        )
    extra = _count(data.get("extra"))
    if extra:
        schedule.warnings.append(
            f"{extra} entry(ies) without room or length (breakfast, lunch, snacks) were not "
            "imported; add them as breaks if the board should show them"
        )


def parse_json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ScheduleImportError(f"not a readable JSON file ({exc})") from None
