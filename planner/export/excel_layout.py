"""Where each placement goes in the Agenda grid: rows, room column, lane, plenary span.

Pure arithmetic, kept apart from the cell styling so that it can be tested and reused
(e.g. by a print preview). A day's grid has one row per *step* minutes; the step is
the coarsest of 15, 10 or 5 minutes that every start, duration and the opening hours
are multiples of, so blocks start and end exactly on row boundaries (starts off the
5-minute raster are rounded outwards). The grid runs from ``day_start`` to ``day_end``
and grows to show placements outside the opening hours rather than hide them.

Plans with conflicts must still print: two placements overlapping in one room get
side-by-side *lanes* under the room's header, and a plenary item spans all rooms only
when nothing else runs at the same time (otherwise it stays in its own room).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.model import Placement, Plan

STEPS = (15, 10, 5)


@dataclass(frozen=True)
class Block:
    """One placement in the grid; rows are slot indexes, ``last_row`` inclusive."""

    placement: Placement
    first_row: int
    last_row: int
    room_index: int
    lane: int
    spans_all: bool


@dataclass(frozen=True)
class DayGrid:
    day: date
    origin: datetime
    step: int
    slots: int
    #: Number of lanes (grid columns) per room, in plan room order.
    lanes: tuple[int, ...]
    blocks: tuple[Block, ...]
    #: (room index, slot) pairs inside one of the room's ``unavailable`` windows.
    blocked: frozenset[tuple[int, int]]

    @property
    def columns(self) -> int:
        """Grid columns without the time column."""
        return sum(self.lanes)

    def column_of(self, room_index: int, lane: int = 0) -> int:
        """0-based grid column of a room's lane (without the time column)."""
        return sum(self.lanes[:room_index]) + lane

    def slot_time(self, slot: int) -> datetime:
        return self.origin + timedelta(minutes=slot * self.step)


def _minute_of_day(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def grid_step(plan: Plan) -> int:
    """15, 10 or 5: the coarsest raster on which every placed block starts and ends."""
    event = plan.event
    g = math.gcd(
        event.day_start.hour * 60 + event.day_start.minute,
        event.day_end.hour * 60 + event.day_end.minute,
    )
    for p in plan.schedule:
        c = plan.contributions_by_id.get(p.contribution)
        if c is None:
            continue
        g = math.gcd(g, _minute_of_day(p.start), c.duration)
    for step in STEPS:
        if g % step == 0:
            return step
    return STEPS[-1]


def grid_days(plan: Plan) -> list[date]:
    """The event's days, then any other date a placement lies on (so nothing is hidden)."""
    days = list(plan.event.days)
    extra = sorted({p.start.date() for p in plan.schedule} - set(days))
    return days + extra


def layout_day(plan: Plan, day: date, step: int) -> DayGrid:
    room_order = {r.id: i for i, r in enumerate(plan.rooms)}
    opening, closing = plan.event.day_bounds(day)
    placements = [p for p in plan.sorted_schedule() if p.start.date() == day]

    def rel(moment: datetime) -> int:
        return int((moment - opening).total_seconds() // 60)

    earliest = min([0, *(rel(p.start) for p in placements)])
    latest = max([rel(closing), *(rel(plan.end_of(p)) for p in placements)])
    offset = math.floor(earliest / step) * step
    slots = max(1, math.ceil((latest - offset) / step))

    rows: dict[str, tuple[int, int]] = {}
    for p in placements:
        first = (rel(p.start) - offset) // step
        last = max(first, math.ceil((rel(plan.end_of(p)) - offset) / step) - 1)
        rows[p.contribution] = (first, last)

    def overlaps(a: Placement, b: Placement) -> bool:
        (a0, a1), (b0, b1) = rows[a.contribution], rows[b.contribution]
        return a0 <= b1 and b0 <= a1

    spanning = set()
    if len(plan.rooms) > 1:
        for p in placements:
            if plan.contribution(p.contribution).is_plenary and not any(
                q is not p and overlaps(p, q) for q in placements
            ):
                spanning.add(p.contribution)

    blocks: list[Block] = []
    lane_ends: dict[str, list[int]] = {r.id: [] for r in plan.rooms}
    for p in placements:
        first, last = rows[p.contribution]
        if p.contribution in spanning:
            blocks.append(Block(p, first, last, room_order[p.room], 0, True))
            continue
        ends = lane_ends[p.room]
        lane = next((i for i, end in enumerate(ends) if end < first), len(ends))
        if lane == len(ends):
            ends.append(last)
        else:
            ends[lane] = last
        blocks.append(Block(p, first, last, room_order[p.room], lane, False))

    origin = opening + timedelta(minutes=offset)
    blocked = set()
    row = timedelta(minutes=step)
    for index, room in enumerate(plan.rooms):
        for window in room.unavailable:
            for slot in range(slots):
                start = origin + slot * row
                # Overlap of [start, start + row) by differences: the last row of
                # 9999-12-31 would end beyond what datetime can hold.
                if window.start - start < row and start < window.end:
                    blocked.add((index, slot))

    return DayGrid(
        day=day,
        origin=origin,
        step=step,
        slots=slots,
        lanes=tuple(max(1, len(lane_ends[r.id])) for r in plan.rooms),
        blocks=tuple(blocks),
        blocked=frozenset(blocked),
    )


def is_label_slot(grid: DayGrid, slot: int) -> bool:
    """Whether the time column shows this row's time: every quarter hour at least."""
    if 15 % grid.step:
        return True
    moment = grid.slot_time(slot)
    return slot == 0 or _minute_of_day(moment) % 15 == 0
