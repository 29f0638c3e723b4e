"""Small plans built by hand for the core tests, so each test shows only what matters to it.

Everything happens on :data:`DAY` (the 2. Kommunaler Innovationstag) in Europe/Berlin,
09:00–17:00 unless a test says otherwise. A contribution made by :func:`talk` is an
Impulsreferat titled ``Titel <id>``; tests that compare messages rely on that title.
Random plans come from ``tests/strategies.py`` instead.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from planner.model import Contribution, Event, Kind, TimeWindow

DAY = date(2019, 10, 7)
NEXT_DAY = date(2019, 10, 8)


def at(hhmm: str, day: date = DAY) -> datetime:
    """``at("09:30")``: that wall-clock time on ``day``."""
    return datetime.combine(day, time.fromisoformat(hhmm))


def window(start: str, end: str, day: date = DAY) -> TimeWindow:
    return TimeWindow(at(start, day), at(end, day))


def event(
    start: str = "09:00",
    end: str = "17:00",
    *,
    changeover: int = 0,
    days: tuple[date, ...] = (DAY,),
    **fields: Any,
) -> Event:
    fields.setdefault("title", "Testtag")
    return Event(
        timezone="Europe/Berlin",
        days=days,
        day_start=time.fromisoformat(start),
        day_end=time.fromisoformat(end),
        changeover_minutes=changeover,
        **fields,
    )


def talk(cid: str, duration: int = 30, *speakers: str, **fields: Any) -> Contribution:
    """An Impulsreferat ``cid``; speakers by id, positionally or as ``speakers=``."""
    fields.setdefault("kind", Kind.IMPULSE)
    fields.setdefault("speakers", speakers)
    return Contribution(id=cid, title=f"Titel {cid}", duration=duration, **fields)
