"""Hypothesis strategies for valid random Plans, shared by every test that needs them.

``plans()`` draws plans that pass the plan-file validation (unique ids, known references,
windows that end after they start, durations of whole minutes), so that anything
``loads_plan`` refuses is a bug in the loader, not in the strategy. The plans are small
and crowded on purpose: few rooms, few speakers and starts on a 5-minute grid around the
event hours make overlaps, touching intervals, changeovers and placements outside the
hours (and on dates not in ``days``) common, which is what the checker tests need.

Use ``plans()`` for everything, ``plans(extras=False)`` when unknown keys only get in
the way, and ``edits(plan)`` (with ``st.data()``) for single edits of a drawn plan.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from hypothesis import strategies as st

from planner.model import (
    Contribution,
    Event,
    Kind,
    Organizer,
    Placement,
    Plan,
    Room,
    Speaker,
    TimeWindow,
    Topic,
)

FIRST_DAY = date(2019, 10, 7)
FEATURES = ("beamer", "mikrofon", "dolmetschkabine", "flipchart")
TIMEZONES = ("Europe/Berlin", "Europe/Copenhagen", "UTC", "America/New_York")
STEP = 5  # minutes: placements and windows lie on a 5-minute grid
GAPS = (-5, 0, 5, 10, 15)  # minutes between a placement and the one drawn right after it
# No topic, or one of a few, so that two contributions often share one.
TOPIC_CHOICES = (None, Topic.TOURISMUS, Topic.SOZIALES, *Topic)

# Unknown keys carry a prefix no known key has, so they can never shadow one.
_extra_keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8).map(
    lambda s: f"x-{s}"
)
_json_leaf = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**6), max_value=10**6)
    | st.floats(allow_nan=False, allow_infinity=False, width=64)
    | st.text(max_size=12)
)
_json_value = st.recursive(
    _json_leaf,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)
_names = st.text(min_size=0, max_size=20)
_optional_text = st.none() | st.text(max_size=12)


def unknown_keys(enabled: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    """Unknown keys for one object: usually none, sometimes a few."""
    if not enabled:
        return st.just({})
    return st.one_of(st.just({}), st.dictionaries(_extra_keys, _json_value, max_size=2))


@st.composite
def events(draw: st.DrawFn, *, max_days: int = 3, with_extras: bool = True) -> Event:
    """An event of 1..max_days days (not always consecutive), hours on the 30-minute grid."""
    offsets = draw(
        st.lists(st.integers(0, max_days + 1), min_size=1, max_size=max_days, unique=True)
    )
    days = tuple(FIRST_DAY + timedelta(days=o) for o in sorted(offsets))
    start_slot = draw(st.integers(14, 20))  # 07:00..10:00 in half hours
    end_slot = draw(st.integers(start_slot + 4, 38))  # at least two hours, until 19:00
    organizer = draw(
        st.none()
        | st.builds(
            Organizer,
            name=_names,
            email=_optional_text,
            extra=unknown_keys(with_extras),
        )
    )
    return Event(
        title=draw(_names),
        timezone=draw(st.sampled_from(TIMEZONES)),
        days=days,
        day_start=time(start_slot // 2, 30 * (start_slot % 2)),
        day_end=time(end_slot // 2, 30 * (end_slot % 2)),
        venue=draw(_optional_text),
        changeover_minutes=draw(st.sampled_from((0, 5, 10, 15))),
        organizer=organizer,
        extra=draw(unknown_keys(with_extras)),
    )


def _instant(draw: st.DrawFn, event: Event, *, off_days: bool = True) -> datetime:
    """A time on the grid near the event's hours: usually inside them, sometimes not.

    One draw in ten may fall on the day after the last event day, which is not in
    ``days`` (when the event is not consecutive, other dates outside it occur too).
    """
    day = draw(st.sampled_from(event.days))
    if off_days and draw(st.integers(0, 9)) == 0:
        day = max(event.days) + timedelta(days=1)
    opening, closing = event.day_bounds(day)
    span = int((closing - opening).total_seconds() // 60)
    minute = draw(st.integers(-60 // STEP, (span + 30) // STEP)) * STEP
    return opening + timedelta(minutes=minute)


@st.composite
def windows(
    draw: st.DrawFn, event: Event, *, max_size: int = 2, with_extras: bool = True
) -> tuple[TimeWindow, ...]:
    result = []
    for _ in range(draw(st.integers(0, max_size))):
        start = _instant(draw, event, off_days=False)
        length = draw(st.integers(1, 48)) * STEP
        extra = draw(unknown_keys(with_extras))
        result.append(TimeWindow(start, start + timedelta(minutes=length), extra=extra))
    return tuple(result)


@st.composite
def plans(
    draw: st.DrawFn,
    *,
    max_rooms: int = 4,
    max_speakers: int = 5,
    max_contributions: int = 10,
    max_days: int = 2,
    extras: bool = True,
) -> Plan:
    """A valid Plan; see the module docstring for what it is good at."""
    more = unknown_keys(extras)
    event = draw(events(max_days=max_days, with_extras=extras))

    rooms = []
    for i in range(draw(st.integers(1, max_rooms))):
        rooms.append(
            Room(
                id=f"r{i}",
                name=draw(_names),
                capacity=draw(st.none() | st.integers(0, 200)),
                features=tuple(draw(st.lists(st.sampled_from(FEATURES), unique=True))),
                unavailable=draw(windows(event, max_size=1, with_extras=extras)),
                extra=draw(more),
            )
        )

    speakers = []
    for i in range(draw(st.integers(0, max_speakers))):
        available = draw(st.none() | windows(event, max_size=3, with_extras=extras))
        speakers.append(
            Speaker(
                id=f"s{i}",
                name=draw(_names),
                email=draw(_optional_text),
                organisation=draw(_optional_text),
                country=draw(st.none() | st.sampled_from(("DE", "DK"))),
                language=draw(st.none() | st.sampled_from(("de", "en"))),
                available=available,
                extra=draw(more),
            )
        )
    speaker_ids = [s.id for s in speakers]

    contributions = []
    count = draw(st.integers(0, max_contributions) | st.just(max_contributions))
    for i in range(count):
        chosen = (
            draw(st.lists(st.sampled_from(speaker_ids), unique=True, max_size=3))
            if speaker_ids
            else []
        )
        contributions.append(
            Contribution(
                id=f"c{i}",
                title=draw(_names),
                kind=draw(st.sampled_from(Kind)),
                duration=draw(st.integers(1, 24)) * STEP,
                topic=draw(st.sampled_from(TOPIC_CHOICES)),
                speakers=tuple(chosen),
                audience=draw(st.none() | st.integers(0, 250)),
                needs=tuple(draw(st.lists(st.sampled_from(FEATURES), unique=True, max_size=2))),
                language=draw(st.none() | st.sampled_from(("de", "en"))),
                plenary=draw(st.integers(0, 5)) == 0,
                description=draw(_optional_text),
                extra=draw(more),
            )
        )

    schedule: list[Placement] = []
    ends: list[datetime] = []
    room_ids = [r.id for r in rooms]
    for c in contributions:
        if draw(st.integers(0, 4)) == 0:
            continue  # left unplaced
        if ends and draw(st.integers(0, 2)) == 0:
            # Right after an earlier placement: touching intervals and changeovers.
            start = draw(st.sampled_from(ends)) + timedelta(minutes=draw(st.sampled_from(GAPS)))
        else:
            start = _instant(draw, event)
        schedule.append(
            Placement(
                contribution=c.id,
                room=draw(st.sampled_from(room_ids)),
                start=start,
                pinned=draw(st.booleans()),
                extra=draw(more),
            )
        )
        ends.append(start + timedelta(minutes=c.duration))
    schedule = draw(st.permutations(schedule)) if schedule else []

    return Plan(
        event=event,
        rooms=tuple(rooms),
        speakers=tuple(speakers),
        contributions=tuple(contributions),
        schedule=tuple(schedule),
        extra=draw(more),
    )


EDIT_KINDS = ("move", "unplace", "place", "duration", "speakers", "delete")


@st.composite
def edits(draw: st.DrawFn, plan: Plan) -> tuple[str, Plan, set[str]]:
    """One edit of ``plan`` as the GUI makes them: (what, new plan, changed contribution ids).

    Falls back to a move or a placement when the drawn edit has nothing to act on.
    """
    placed = [p.contribution for p in plan.schedule]
    unplaced = [c.id for c in plan.unscheduled]
    room_ids = [r.id for r in plan.rooms]
    what = draw(st.sampled_from(EDIT_KINDS))
    if what in ("move", "unplace") and not placed:
        what = "place"
    if what == "place" and not unplaced:
        what = "move" if placed else "none"
    if what in ("duration", "speakers", "delete") and not plan.contributions:
        what = "none"

    if what == "none":
        return what, plan, set()
    if what == "move":
        cid = draw(st.sampled_from(placed))
        new = plan.with_placement(cid, draw(st.sampled_from(room_ids)), _instant(draw, plan.event))
        return what, new, {cid}
    if what == "unplace":
        cid = draw(st.sampled_from(placed))
        return what, plan.without_placement(cid), {cid}
    if what == "place":
        cid = draw(st.sampled_from(unplaced))
        new = plan.with_placement(cid, draw(st.sampled_from(room_ids)), _instant(draw, plan.event))
        return what, new, {cid}

    cid = draw(st.sampled_from([c.id for c in plan.contributions]))
    if what == "delete":
        return what, plan.without_contribution(cid), {cid}
    old = plan.contribution(cid)
    if what == "duration":
        changed = replace(old, duration=draw(st.integers(1, 24)) * STEP)
    else:
        ids = [s.id for s in plan.speakers]
        chosen = draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)) if ids else []
        changed = replace(old, speakers=tuple(chosen))
    return what, plan.with_contribution(changed), {cid}
