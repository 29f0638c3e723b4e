"""The CP-SAT model of auto-arrange.

Per contribution the solver may place: a start ``s`` (a step index, see
:mod:`planner.arrange.grid`), a literal ``placed``, and one literal per candidate room
(exactly one of them is true when placed). Each room gets a NoOverlap over the optional
intervals of the contributions that may go there plus the intervals of all plenary
items (a plenary item keeps every room free). Speakers get a NoOverlap and, when the
event has a changeover time, a pairwise rule that consecutive items in *different*
rooms are at least that far apart. Everything fixed lives in the start domains.

The primary objective is one weighted sum whose weights make it lexicographic in
practice: placing a contribution outweighs the warnings one placement can cause, and a
warning outweighs moving several existing placements (a break counts three times). The
secondary objective — how far moved items go, and new items pulled towards the morning
of the earliest day (compact days) — is solved afterwards with the primary value held
fixed: mixed into one sum it made the solver spend its whole time limit on proving
minute differences (see docs/arrange.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model
from ortools.sat.python.cp_model import Domain, IntVar

from planner.arrange.grid import EMPTY, Grid, without
from planner.arrange.types import ArrangeMode
from planner.model import Contribution, Kind, Placement, Plan

#: Beyond this many same-topic pairs the topic-parallel preference is left out for the
#: remaining pairs: each pair costs three literals, and big plans would drown in them.
MAX_TOPIC_PAIRS = 4000


@dataclass
class Item:
    """A contribution the solver may place (or move), with its variables."""

    contribution: Contribution
    old: Placement | None
    base: Domain
    rooms: dict[str, Domain]
    #: The variables exist only for items with a candidate room (``rooms`` not empty).
    start: IntVar = field(default=None)  # type: ignore[assignment]
    placed: IntVar = field(default=None)  # type: ignore[assignment]
    x: dict[str, IntVar] = field(default_factory=dict)
    #: The union of the room domains: every start the item can take.
    domain: Domain = EMPTY
    #: A new plenary item's preferred start (step), see ``_Builder._frame_target``.
    target: int | None = None

    @property
    def id(self) -> str:
        return self.contribution.id


@dataclass
class Built:
    model: cp_model.CpModel
    grid: Grid
    items: list[Item]
    fixed: list[Placement]
    #: What the solver minimises first: -placed, warnings, number of moves (weighted).
    primary: cp_model.LinearExprT = 0
    #: Next, with the primary value kept: distance moved and starts of new items.
    secondary: cp_model.LinearExprT = 0
    topic_pairs: int = 0
    topic_pairs_skipped: int = 0


def split(plan: Plan, mode: ArrangeMode) -> tuple[list[Contribution], list[Placement]]:
    """The contributions the solver decides on, and the placements it must keep."""
    if mode is ArrangeMode.UNPLACED:
        return plan.unscheduled, list(plan.schedule)
    fixed = [p for p in plan.schedule if p.pinned]
    pinned = {p.contribution for p in fixed}
    return [c for c in plan.contributions if c.id not in pinned], fixed


class _Builder:
    def __init__(self, plan: Plan, mode: ArrangeMode, grid: Grid) -> None:
        self.plan = plan
        self.grid = grid
        self.step = grid.step
        self.model = cp_model.CpModel()
        free, self.fixed = split(plan, mode)
        self.free = free
        contribution = plan.contributions_by_id
        self.fixed_by_speaker: dict[str, list[Placement]] = defaultdict(list)
        self.fixed_by_room: dict[str, list[Placement]] = defaultdict(list)
        self.fixed_plenary: list[Placement] = []
        self.fixed_by_topic: dict[str, list[Placement]] = defaultdict(list)
        for p in self.fixed:
            c = contribution[p.contribution]
            for sid in c.speakers:
                self.fixed_by_speaker[sid].append(p)
            self.fixed_by_room[p.room].append(p)
            if c.is_plenary:
                self.fixed_plenary.append(p)
            if c.topic is not None:
                self.fixed_by_topic[c.topic].append(p)
        # Primary weights: one placement outweighs 20 warnings, one warning outweighs
        # moving 10 placements (or 3 breaks); tie-breaks stay below one move.
        self.w_move = 100
        self.w_warn = 10 * self.w_move
        self.w_place = 20 * self.w_warn
        self.costs: list[tuple[int, cp_model.LinearExprT]] = []
        #: Secondary costs: distance moved, and starts of new items (compact days).
        self.compact: list[cp_model.LinearExprT] = []
        self.master: dict[str, cp_model.IntervalVar] = {}

    # -- domains --------------------------------------------------------------------
    def _blocked(self, placements: Iterable[Placement], duration: int, gap: int = 0) -> Domain:
        result = EMPTY
        for p in placements:
            result = result.union_with(
                self.grid.blocked(p.start, self.plan.end_of(p), duration, gap)
            )
        return result

    def base_domain(self, c: Contribution) -> Domain:
        """Starts allowed whatever the room: hours, speakers' windows and fixed commitments."""
        domain = self.grid.hours(c.duration)
        for sid in c.speakers:
            speaker = self.plan.speakers_by_id.get(sid)
            if speaker is not None and speaker.available is not None:
                domain = domain.intersection_with(self.grid.within(speaker.available, c.duration))
            domain = without(domain, self._blocked(self.fixed_by_speaker[sid], c.duration))
        blockers = self.fixed if c.is_plenary else self.fixed_plenary
        return without(domain, self._blocked(blockers, c.duration))

    def room_domain(self, c: Contribution, base: Domain, room_id: str) -> Domain:
        room = self.plan.rooms_by_id[room_id]
        domain = base
        for w in room.unavailable:
            domain = without(domain, self.grid.blocked(w.start, w.end, c.duration))
        domain = without(domain, self._blocked(self.fixed_by_room[room_id], c.duration))
        if self.grid.changeover:
            for sid in c.speakers:
                others = [p for p in self.fixed_by_speaker[sid] if p.room != room_id]
                domain = without(domain, self._blocked(others, c.duration, self.grid.changeover))
        return domain

    # -- variables ------------------------------------------------------------------------
    def build(self) -> Built:
        items: list[Item] = []
        for c in self.free:
            base = self.base_domain(c)
            rooms: dict[str, Domain] = {}
            if not base.is_empty():
                for room in self.plan.rooms:
                    domain = self.room_domain(c, base, room.id)
                    if not domain.is_empty():
                        rooms[room.id] = domain
            item = Item(c, self.plan.placement(c.id), base, rooms)
            items.append(item)
            if rooms:
                self._variables(item)
        placeable = [item for item in items if item.rooms]
        self._rooms(placeable)
        self._speakers(placeable)
        pairs, skipped = self._topics(placeable)
        self._objective(placeable)
        return Built(
            self.model,
            self.grid,
            items,
            self.fixed,
            self.primary,
            self.secondary,
            pairs,
            skipped,
        )

    def _variables(self, item: Item) -> None:
        m, c = self.model, item.contribution
        union = EMPTY
        for domain in item.rooms.values():
            union = union.union_with(domain)
        item.domain = union
        item.start = m.new_int_var_from_domain(union, f"s_{c.id}")
        item.placed = m.new_bool_var(f"placed_{c.id}")
        for room_id, domain in item.rooms.items():
            x = m.new_bool_var(f"x_{c.id}_{room_id}")
            item.x[room_id] = x
            if domain.size() < union.size():
                m.add_linear_expression_in_domain(item.start, domain).only_enforce_if(x)
            room = self.plan.rooms_by_id[room_id]
            warnings = 0
            tiebreak = 0
            if c.audience is not None and room.capacity is not None and c.audience > room.capacity:
                warnings += 1
                # The larger the share left standing, the worse (stays below one move).
                tiebreak += (self.w_move // 2) * (c.audience - room.capacity) // c.audience
            missing = sum(1 for need in c.needs if need not in room.features)
            if missing:
                warnings += 1
                tiebreak += missing
            if warnings or tiebreak:
                self.costs.append((self.w_warn * warnings + tiebreak, x))
        m.add(sum(item.x.values()) == item.placed)
        self.master[c.id] = m.new_optional_fixed_size_interval_var(
            self.step * item.start, c.duration, item.placed, f"i_{c.id}"
        )
        self.costs.append((-self.w_place, item.placed))

    def _end(self, item: Item) -> cp_model.LinearExprT:
        return self.step * item.start + item.contribution.duration

    # -- constraints ----------------------------------------------------------------------
    def _rooms(self, items: list[Item]) -> None:
        m = self.model
        plenary = [self.master[i.id] for i in items if i.contribution.is_plenary]
        for room in self.plan.rooms:
            intervals = list(plenary)
            for item in items:
                if item.contribution.is_plenary or room.id not in item.x:
                    continue
                intervals.append(
                    m.new_optional_fixed_size_interval_var(
                        self.step * item.start,
                        item.contribution.duration,
                        item.x[room.id],
                        f"i_{item.id}_{room.id}",
                    )
                )
            if len(intervals) > 1:
                m.add_no_overlap(intervals)

    def _speakers(self, items: list[Item]) -> None:
        m = self.model
        by_speaker: dict[str, list[Item]] = defaultdict(list)
        for item in items:
            for sid in item.contribution.speakers:
                by_speaker[sid].append(item)
        done: set[tuple[str, str]] = set()
        for group in by_speaker.values():
            if len(group) < 2:
                continue
            m.add_no_overlap([self.master[i.id] for i in group])
            if not self.grid.changeover:
                continue
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if (a.id, b.id) not in done:
                        done.add((a.id, b.id))
                        self._changeover(a, b)

    def _changeover(self, a: Item, b: Item) -> None:
        """Consecutive items of a speaker in different rooms are ``changeover`` apart."""
        m, gap = self.model, self.grid.changeover
        before = m.new_bool_var(f"before_{a.id}_{b.id}")
        same = m.new_bool_var(f"same_{a.id}_{b.id}")
        shared = []
        for room_id in [r for r in a.x if r in b.x]:
            both = m.new_bool_var(f"same_{a.id}_{b.id}_{room_id}")
            m.add_implication(both, a.x[room_id])
            m.add_implication(both, b.x[room_id])
            shared.append(both)
        m.add(same <= sum(shared))
        on = [a.placed, b.placed]
        m.add(self.step * b.start >= self._end(a)).only_enforce_if([before, *on])
        m.add(self.step * a.start >= self._end(b)).only_enforce_if([~before, *on])
        m.add(self.step * b.start >= self._end(a) + gap).only_enforce_if([before, ~same, *on])
        m.add(self.step * a.start >= self._end(b) + gap).only_enforce_if([~before, ~same, *on])

    def _topics(self, items: list[Item]) -> tuple[int, int]:
        """Soft: same-topic contributions should not run in parallel."""
        m = self.model
        by_topic: dict[str, list[Item]] = defaultdict(list)
        for item in items:
            topic = item.contribution.topic
            if topic is None:
                continue
            by_topic[topic].append(item)
            # One warning per fixed same-topic placement it runs parallel to, as the checker
            # counts them.
            for p in self.fixed_by_topic.get(topic, ()):
                bad = self._blocked([p], item.contribution.duration)
                if bad.intersection_with(item.domain).is_empty():
                    continue
                parallel = m.new_bool_var(f"topic_{item.id}_{p.contribution}")
                m.add_linear_expression_in_domain(
                    item.start, without(item.domain, bad)
                ).only_enforce_if([item.placed, ~parallel])
                self.costs.append((self.w_warn, parallel))
        pairs = skipped = 0
        for group in by_topic.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if not self._may_overlap(a, b):
                        continue
                    if pairs >= MAX_TOPIC_PAIRS:
                        skipped += 1
                        continue
                    pairs += 1
                    self._topic_pair(a, b)
        return pairs, skipped

    def _may_overlap(self, a: Item, b: Item) -> bool:
        step = self.step
        a_lo, a_hi = a.domain.min(), a.domain.max()
        b_lo, b_hi = b.domain.min(), b.domain.max()
        a_dur, b_dur = a.contribution.duration, b.contribution.duration
        return step * a_lo < step * b_hi + b_dur and step * b_lo < step * a_hi + a_dur

    def _topic_pair(self, a: Item, b: Item) -> None:
        m = self.model
        parallel = m.new_bool_var(f"topic_{a.id}_{b.id}")
        a_first = m.new_bool_var(f"tfirst_{a.id}_{b.id}")
        b_first = m.new_bool_var(f"tfirst_{b.id}_{a.id}")
        m.add_bool_or([parallel, ~a.placed, ~b.placed, a_first, b_first])
        m.add(self.step * b.start >= self._end(a)).only_enforce_if(a_first)
        m.add(self.step * a.start >= self._end(b)).only_enforce_if(b_first)
        self.costs.append((self.w_warn, parallel))

    # -- objective ----------------------------------------------------------------------
    def _objective(self, items: list[Item]) -> None:
        m = self.model
        frame = [i for i in items if i.old is None and i.contribution.is_plenary]
        for k, item in enumerate(frame):
            item.target = self._frame_target(item, k, len(frame))
        for item in items:
            old = item.old
            if old is None and item.target is not None:
                # Pulled towards its place in the frame of the day (see _frame_target). In
                # the primary objective, below one move: the polish could not hold it
                # against the pull of the parallel items towards the morning.
                away = m.new_int_var(0, self.grid.horizon, f"away_{item.id}")
                m.add(away >= item.start - item.target)
                m.add(away >= item.target - item.start)
                self.costs.append((1, away))
                continue
            if old is None:
                self.compact.append(item.start)
                continue
            weight = self.w_move * (3 if item.contribution.kind is Kind.BREAK else 1)
            target = self.grid.to_step(old.start)
            if target is None:
                target = _nearest_step(self.grid, old)
            distance = m.new_int_var(0, self.grid.horizon, f"dist_{item.id}")
            m.add(distance >= item.start - target)
            m.add(distance >= target - item.start)
            self.compact.append(distance)
            stay = m.new_bool_var(f"stay_{item.id}")
            self.costs.append((-weight, stay))
            if old.room in item.x and item.rooms[old.room].contains(target):
                m.add(item.start == target).only_enforce_if(stay)
                m.add_implication(stay, item.x[old.room])
                m.add_hint(item.start, target)
                m.add_hint(item.x[old.room], 1)
                m.add_hint(item.placed, 1)
            else:
                m.add(stay == 0)
        self.primary = sum(weight * expr for weight, expr in self.costs)
        self.secondary = sum(self.compact)
        m.minimize(self.primary)

    def _frame_target(self, item: Item, k: int, count: int) -> int:
        """Where the ``k``-th of ``count`` new plenary items goes: spread over the event in
        the order of the plan's contribution list — the order organisers write them in
        (registration, welcome, keynote, lunch, …). The data says nothing else about the
        time of day a break or a welcome belongs to."""
        grid = self.grid
        per_day = max((grid.day_minutes - item.contribution.duration) // grid.step + 1, 1)
        total = per_day * len(grid.days)
        position = round(k / (count - 1) * (total - 1)) if count > 1 else 0
        day, offset = divmod(position, per_day)
        return day * grid.span + offset


def _nearest_step(grid: Grid, placement: Placement) -> int:
    """A step near an off-grid (or off-day) placement, for the distance penalty."""
    d = grid.day_index.get(placement.start.date(), 0)
    start, _ = grid.event.day_bounds(grid.days[d])
    minutes = int((placement.start - start).total_seconds() // 60)
    offset = min(max(round(minutes / grid.step), 0), grid.span - 1)
    return d * grid.span + offset


def build_model(plan: Plan, mode: ArrangeMode, grid: Grid) -> Built:
    return _Builder(plan, mode, grid).build()
