"""Plan edits the editors need beyond the model's ``with_*`` helpers.

Pure functions over immutable Plans (no Qt), so each editor builds the whole
"after" plan of one undo step here — a deleted room together with its unplaced
contributions, a deleted speaker together with the contributions that lose them —
and tests can check them without a window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from planner.model import Contribution, Event, Placement, Plan, TimeWindow, new_id


def without_room(plan: Plan, room_id: str) -> Plan:
    """The plan without the room; its placements are dropped (the contributions stay)."""
    return replace(
        plan,
        rooms=tuple(r for r in plan.rooms if r.id != room_id),
        schedule=tuple(p for p in plan.schedule if p.room != room_id),
    )


def contributions_of_speaker(plan: Plan, speaker_id: str) -> list[Contribution]:
    return [c for c in plan.contributions if speaker_id in c.speakers]


def without_speaker(plan: Plan, speaker_id: str) -> Plan:
    """The plan without the speaker, who is also taken off every contribution."""
    contributions = tuple(
        replace(c, speakers=tuple(s for s in c.speakers if s != speaker_id))
        if speaker_id in c.speakers
        else c
        for c in plan.contributions
    )
    return replace(
        plan,
        speakers=tuple(s for s in plan.speakers if s.id != speaker_id),
        contributions=contributions,
    )


def with_room_order(plan: Plan, room_ids: Sequence[str]) -> Plan:
    """Rooms in the order of ``room_ids`` (which must name every room once)."""
    by_id = plan.rooms_by_id
    return replace(plan, rooms=tuple(by_id[rid] for rid in room_ids))


def moved_ids(ids: Sequence[str], moving: Iterable[str], row: int) -> list[str]:
    """``ids`` with ``moving`` taken out and put back before position ``row`` (a drop row
    counted in the list *before* the move, as Qt's views report it)."""
    moving_set = set(moving)
    before = sum(1 for i in ids[: max(0, row)] if i in moving_set)
    rest = [i for i in ids if i not in moving_set]
    target = max(0, min(len(rest), row - before))
    picked = [i for i in ids if i in moving_set]
    return rest[:target] + picked + rest[target:]


def is_outside(event: Event, start: datetime, end: datetime) -> bool:
    """The checker's outside-hours rule, for a placement judged against ``event``."""
    if start.date() not in event.days:
        return True
    day_start, day_end = event.day_bounds(start.date())
    return start < day_start or end > day_end


def newly_outside(plan: Plan, event: Event) -> list[Placement]:
    """Placements inside the current event's hours that ``event`` would put outside them."""
    result = []
    for placement in plan.schedule:
        start, end = placement.start, plan.end_of(placement)
        if not is_outside(plan.event, start, end) and is_outside(event, start, end):
            result.append(placement)
    return result


def merged_windows(windows: Iterable[TimeWindow]) -> tuple[TimeWindow, ...]:
    """Windows sorted by start, overlapping or touching ones merged into one.

    Availability means "inside one window": two touching windows would refuse a talk
    across their seam although the speaker is there all the time, so they become one.
    """
    result: list[TimeWindow] = []
    for window in sorted(windows, key=lambda w: (w.start, w.end)):
        if window.end <= window.start:
            continue
        if result and window.start <= result[-1].end:
            last = result[-1]
            if window.end > last.end:
                result[-1] = replace(last, end=window.end)
            continue
        result.append(window)
    return tuple(result)


def shifted(window: TimeWindow, minutes: int) -> TimeWindow:
    delta = timedelta(minutes=minutes)
    return replace(window, start=window.start + delta, end=window.end + delta)


def duplicate_of(plan: Plan, contribution_id: str, title: str) -> Contribution:
    """An unplaced copy with a fresh id derived from the original's (``c7`` → ``c7-2``)."""
    original = plan.contribution(contribution_id)
    taken = plan.contributions_by_id.keys()
    fresh = new_id(f"{original.id}-", taken)
    if fresh == f"{original.id}-1":  # the original is "number one"
        fresh = new_id(f"{original.id}-", [*taken, fresh])
    return replace(original, id=fresh, title=title)
