"""The canonical JSON form of a plan (the writing half of :mod:`planner.storage`).

Known keys in the documented order, optional keys only when they carry something,
unknown keys kept after them — so a saved file loads and saves to the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from planner.model import Plan, TimeWindow

FORMAT = "agenda-planner"
VERSION = 1


def format_datetime(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM``, four-digit year always (``strftime("%Y")`` writes year 1 as
    ``1`` on Linux, which the loader rightly refuses)."""
    return value.isoformat(timespec="minutes")


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    """Optional keys are written only when they carry something."""
    if value is None or value == () or value is False:
        return
    out[key] = value


def _with_extra(out: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    for key, value in extra.items():
        out.setdefault(key, value)
    return out


def _windows_data(windows: tuple[TimeWindow, ...] | None) -> list[dict[str, Any]] | None:
    if windows is None:
        return None
    return [
        _with_extra({"start": format_datetime(w.start), "end": format_datetime(w.end)}, w.extra)
        for w in windows
    ]


def plan_to_data(plan: Plan) -> dict[str, Any]:
    """The canonical JSON object for a plan."""
    ev = plan.event
    event: dict[str, Any] = {"title": ev.title}
    _put(event, "venue", ev.venue)
    event["timezone"] = ev.timezone
    event["days"] = [d.isoformat() for d in ev.days]
    event["day_start"] = ev.day_start.strftime("%H:%M")
    event["day_end"] = ev.day_end.strftime("%H:%M")
    event["changeover_minutes"] = ev.changeover_minutes
    if ev.organizer is not None:
        org: dict[str, Any] = {"name": ev.organizer.name}
        _put(org, "email", ev.organizer.email)
        event["organizer"] = _with_extra(org, ev.organizer.extra)
    _with_extra(event, ev.extra)

    rooms = []
    for r in plan.rooms:
        room: dict[str, Any] = {"id": r.id, "name": r.name}
        _put(room, "capacity", r.capacity)
        _put(room, "features", list(r.features) or None)
        _put(room, "unavailable", _windows_data(r.unavailable) or None)
        rooms.append(_with_extra(room, r.extra))

    speakers = []
    for s in plan.speakers:
        sp: dict[str, Any] = {"id": s.id, "name": s.name}
        _put(sp, "email", s.email)
        _put(sp, "organisation", s.organisation)
        _put(sp, "country", s.country)
        _put(sp, "language", s.language)
        if s.available is not None:
            sp["available"] = _windows_data(s.available)
        speakers.append(_with_extra(sp, s.extra))

    contributions = []
    for c in plan.contributions:
        co: dict[str, Any] = {"id": c.id, "title": c.title, "kind": c.kind.value}
        _put(co, "topic", c.topic.value if c.topic else None)
        co["duration"] = c.duration
        _put(co, "speakers", list(c.speakers) or None)
        _put(co, "audience", c.audience)
        _put(co, "needs", list(c.needs) or None)
        _put(co, "language", c.language)
        _put(co, "plenary", c.plenary)
        _put(co, "description", c.description)
        contributions.append(_with_extra(co, c.extra))

    schedule = []
    for p in plan.schedule:
        pl: dict[str, Any] = {
            "contribution": p.contribution,
            "room": p.room,
            "start": format_datetime(p.start),
        }
        _put(pl, "pinned", p.pinned)
        schedule.append(_with_extra(pl, p.extra))

    top: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "event": event,
        "rooms": rooms,
        "speakers": speakers,
        "contributions": contributions,
        "schedule": schedule,
    }
    return _with_extra(top, plan.extra)


def dumps_plan(plan: Plan) -> str:
    return json.dumps(plan_to_data(plan), indent=2, ensure_ascii=False) + "\n"
