"""A greedy first arrangement, handed to CP-SAT as its starting point (solution hint).

CP-SAT proves small plans optimal in a blink, but on a few hundred contributions its
single deterministic search thread spends its whole budget finding a first good packing
(in a measurement, 73 of 200 contributions placed after 9 seconds). Packing is what a
greedy does well: most constrained contribution first, each into the room without
warnings (then the fewest) at the earliest start where it breaks no hard rule and, if
there is one, runs parallel to nothing on the same topic. The
solver then starts from that arrangement and only has to improve it.

In "all-unpinned" mode greedy runs that keep existing placements where they are valid
make the hint the organiser's own plan wherever that plan is valid (see
:func:`greedy_arrangements`).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python.cp_model import Domain

from planner.arrange.cpmodel import Built, Item
from planner.model import Plan

#: Contribution id → (room id, start step).
Arrangement = dict[str, tuple[str, int]]


@dataclass
class _Busy:
    """Start-sorted, non-overlapping intervals (minutes on the solver's timeline)."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def clash(self, start: int, end: int) -> int | None:
        """The end of an interval overlapping [start, end), or None."""
        i = bisect.bisect_left(self.starts, end) - 1
        if i >= 0 and self.ends[i] > start:
            return self.ends[i]
        return None

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class _Greedy:
    def __init__(self, plan: Plan, built: Built) -> None:
        self.plan = plan
        self.built = built
        self.step = built.grid.step
        self.changeover = built.grid.changeover
        self.rooms: dict[str, _Busy] = defaultdict(_Busy)
        self.plenary = _Busy()
        self.everything: list[tuple[int, int]] = []
        self.speakers: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self.order = {room.id: i for i, room in enumerate(plan.rooms)}
        self.result: Arrangement = {}
        # Same-topic intervals, fixed ones included: avoided while another start exists.
        self.topics: dict[str, list[tuple[int, int]]] = defaultdict(list)
        grid = built.grid
        for p in built.fixed:
            topic = plan.contribution(p.contribution).topic
            if topic is not None:
                for d, a, b in grid.pieces(p.start, plan.end_of(p)):
                    offset = d * grid.span * grid.step
                    self.topics[topic].append((offset + a, offset + b))

    def _clash(self, item: Item, room_id: str, s: int, topic: bool = False) -> int | None:
        """The earliest minute worth trying next if ``item`` cannot start at step ``s``
        (with ``topic``, a same-topic contribution running then also counts)."""
        start = s * self.step
        end = start + item.contribution.duration
        later: list[int] = []
        if topic and item.contribution.topic is not None:
            later += [b for a, b in self.topics[item.contribution.topic] if a < end and start < b]
        if item.contribution.is_plenary:
            later += [b for a, b in self.everything if a < end and start < b]
        else:
            for busy in (self.rooms[room_id], self.plenary):
                hit = busy.clash(start, end)
                if hit is not None:
                    later.append(hit)
        for sid in item.contribution.speakers:
            for a, b, other_room in self.speakers[sid]:
                gap = self.changeover if other_room != room_id else 0
                if a - gap < end and start < b + gap:
                    later.append(b + gap)
        return max(later) if later else None

    def earliest(self, item: Item, room_id: str, topic: bool = False) -> int | None:
        """The earliest start without a clash — from the item's target on, if it has one."""
        domain = item.rooms[room_id]
        if item.target is not None:
            later = domain.intersection_with(Domain.from_intervals([[item.target, domain.max()]]))
            if not later.is_empty():
                domain = later
        flat = domain.flattened_intervals()
        for k in range(0, len(flat), 2):
            s, hi = flat[k], flat[k + 1]
            while s <= hi:
                blocked_until = self._clash(item, room_id, s, topic)
                if blocked_until is None:
                    return s
                s = max(s + 1, -(-blocked_until // self.step))
        return None

    def fits(self, item: Item, room_id: str, s: int) -> bool:
        return item.rooms[room_id].contains(s) and self._clash(item, room_id, s) is None

    def place(self, item: Item, room_id: str, s: int) -> None:
        start = s * self.step
        end = start + item.contribution.duration
        self.result[item.id] = (room_id, s)
        self.everything.append((start, end))
        if item.contribution.is_plenary:
            self.plenary.add(start, end)  # checked for every room
        else:
            self.rooms[room_id].add(start, end)
        for sid in item.contribution.speakers:
            self.speakers[sid].append((start, end, room_id))
        if item.contribution.topic is not None:
            self.topics[item.contribution.topic].append((start, end))

    def room_cost(self, item: Item, room_id: str) -> tuple[int, int, int]:
        c, room = item.contribution, self.plan.room(room_id)
        warnings = 0
        if c.audience is not None and room.capacity is not None and c.audience > room.capacity:
            warnings += 1
        missing = sum(1 for need in c.needs if need not in room.features)
        return (warnings + (1 if missing else 0), missing, self.order[room_id])

    def run(self, keep: str) -> Arrangement:
        """``keep``: "all" valid old placements first, only those without a room "warning"
        (capacity, features) first, or "none" first (old places are still tried)."""
        grid = self.built.grid
        items = [item for item in self.built.items if item.rooms]
        first = [
            item
            for item in items
            if item.old is not None
            and (keep == "all" or (keep == "clean" and self.room_cost(item, item.old.room)[0] == 0))
        ]
        first.sort(key=lambda item: (item.old.start, item.id))  # type: ignore[union-attr]
        for item in first:
            old = item.old
            assert old is not None
            s = grid.to_step(old.start)
            if s is not None and old.room in item.rooms and self.fits(item, old.room, s):
                self.place(item, old.room, s)
        rest = [item for item in items if item.id not in self.result]
        rest.sort(
            key=lambda item: (
                not item.contribution.is_plenary,
                item.domain.size() * len(item.rooms),
                -item.contribution.duration,
                item.id,
            )
        )
        for item in rest:
            old = item.old
            if old is not None:
                s = grid.to_step(old.start)
                if s is not None and old.room in item.rooms and self.fits(item, old.room, s):
                    self.place(item, old.room, s)
                    continue
            best: tuple[tuple[int, int, int], str] | None = None
            for room_id in sorted(item.rooms, key=lambda r: self.room_cost(item, r)):
                warnings = self.room_cost(item, room_id)[0]
                if best is not None and warnings > best[0][0]:
                    break  # only rooms with more warnings are left
                for parallel in (0, 1):
                    s = self.earliest(item, room_id, topic=not parallel)
                    if s is not None:
                        if best is None or (warnings, parallel, s) < best[0]:
                            best = ((warnings, parallel, s), room_id)
                        break
            if best is not None:
                self.place(item, best[1], best[0][2])
        return self.result


def greedy_arrangements(plan: Plan, built: Built) -> list[Arrangement]:
    """Candidate starting points: contribution id → (room id, start step) of what the greedy
    could place. When items have placements to keep there are three: keep every valid one;
    keep those without a capacity or feature warning (moving the others may remove the
    warning); pack everything afresh, most constrained first, still taking an item's old
    place when it is free (it may place more). The solver starts from the best of them."""
    if not any(item.old is not None for item in built.items):
        return [_Greedy(plan, built).run(keep="none")]
    return [_Greedy(plan, built).run(keep=keep) for keep in ("all", "clean", "none")]


def add_hints(built: Built, arrangement: Arrangement) -> None:
    """Give the arrangement to the solver as its starting point."""
    model = built.model
    model.clear_hints()
    for item in built.items:
        if not item.rooms:
            continue
        chosen = arrangement.get(item.id)
        model.add_hint(item.placed, chosen is not None)
        model.add_hint(item.start, chosen[1] if chosen else item.domain.min())
        for room_id, x in item.x.items():
            model.add_hint(x, chosen is not None and chosen[0] == room_id)
