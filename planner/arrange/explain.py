"""Why a contribution could not be placed — judged against the final plan, not the solver.

For an unplaced contribution we take every grid start at which it would fit the day and
its speakers' availability, and ask the final plan what blocks each of them: the
speaker's other contributions, plenary items that keep all rooms free, and per room its
unavailable windows, its occupants and the changeover from a speaker's other room. The
blockers that actually remove a start are named, so the sentence points at the real
cause ("dk1 is available 10:30–15:00, and every room is taken then: Plenarsaal by …").
If some room is still free at some start, the solver stopped early: we say so instead
of inventing a reason.

Sentences are :class:`Reason` codes with parameters; :func:`reason_text` renders them in
English or German.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ortools.sat.python.cp_model import Domain

from planner.arrange.grid import EMPTY, Grid, without
from planner.arrange.phrases import reason_text
from planner.arrange.types import Compromise, Reason, Unplaceable
from planner.model import Contribution, Placement, Plan

__all__ = ["explain_compromises", "explain_unplaced", "reason_text"]


@dataclass(frozen=True)
class Blocker:
    """Something that takes away starts: a placement, or a room's unavailable window."""

    kind: str  # "placement" | "closed" | "changeover"
    title: str
    when: str


def _blockers_text(blockers: Iterable[Blocker]) -> list[dict[str, str]]:
    unique = dict.fromkeys(blockers)
    return [{"kind": b.kind, "title": b.title, "when": b.when} for b in unique]


class _Analysis:
    def __init__(self, plan: Plan, grid: Grid) -> None:
        self.plan = plan
        self.grid = grid
        self.intervals = {p.contribution: (p.start, plan.end_of(p)) for p in plan.schedule}

    def when(self, start: datetime, end: datetime) -> str:
        if len(self.grid.days) > 1:
            return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
        return f"{start:%H:%M}–{end:%H:%M}"

    def placement_blocker(self, p: Placement, kind: str = "placement") -> Blocker:
        start, end = self.intervals[p.contribution]
        return Blocker(kind, self.plan.contribution(p.contribution).title, self.when(start, end))

    def blocks(self, p: Placement, duration: int, within: Domain, gap: int = 0) -> Domain:
        start, end = self.intervals[p.contribution]
        return self.grid.blocked(start, end, duration, gap).intersection_with(within)

    def explain(self, c: Contribution, solver_finished: bool) -> tuple[Reason, ...]:
        plan, grid = self.plan, self.grid
        if not plan.rooms:
            return (Reason("no-rooms"),)
        hours = grid.hours(c.duration)
        if hours.is_empty():
            span = f"{plan.event.day_start:%H:%M}–{plan.event.day_end:%H:%M}"
            return (Reason("too-long", {"duration": c.duration, "hours": span}),)
        available = hours
        limited: list[dict[str, str]] = []
        for sid in c.speakers:
            speaker = plan.speakers_by_id.get(sid)
            if speaker is None or speaker.available is None:
                continue
            windows = grid.window_text(speaker.available)
            own = grid.within(speaker.available, c.duration).intersection_with(hours)
            if own.is_empty():
                params = {"speaker": speaker.name, "windows": windows, "duration": c.duration}
                return (Reason("speaker-window" if windows else "speaker-never", params),)
            limited.append({"speaker": speaker.name, "windows": windows})
            available = available.intersection_with(own)
        if available.is_empty():
            return (Reason("speakers-apart", {"speakers": limited, "duration": c.duration}),)

        reasons: list[Reason] = []
        remaining = available
        busy: dict[str, list[Blocker]] = {}
        for sid in c.speakers:
            for p in plan.placements_of_speaker(sid):
                hit = self.blocks(p, c.duration, available)
                if not hit.is_empty():
                    speaker = plan.speakers_by_id.get(sid)
                    name = speaker.name if speaker is not None else sid
                    busy.setdefault(name, []).append(self.placement_blocker(p))
                    remaining = without(remaining, hit)
        plenary: list[Blocker] = []
        for p in plan.sorted_schedule():
            other = plan.contribution(p.contribution)
            if other.is_plenary or c.is_plenary:
                hit = self.blocks(p, c.duration, remaining)
                if not hit.is_empty():
                    plenary.append(self.placement_blocker(p))
                    remaining = without(remaining, hit)

        rooms: list[tuple[str, list[Blocker]]] = []
        free: tuple[str, str] | None = None
        if not remaining.is_empty():
            for room in plan.rooms:
                blockers, taken = self._room(c, room.id, remaining)
                left = without(remaining, taken)
                if not left.is_empty() and free is None:
                    start = grid.to_datetime(left.min())
                    free = (room.name, self.when(start, start + timedelta(minutes=c.duration)))
                rooms.append((room.name, blockers))

        summary = {"limited": limited, "duration": c.duration, "needs": list(c.needs)}
        if free is not None:
            code = "free-slot" if not solver_finished else "free-slot-costly"
            reasons.append(Reason(code, {"room": free[0], "when": free[1]}))
        elif c.is_plenary:
            reasons.append(Reason("plenary-needs-gap", summary))
        elif rooms or plenary:
            reasons.append(Reason("rooms-taken", summary))
        else:
            reasons.append(Reason("speaker-booked", summary))
        for name, blockers in busy.items():
            reasons.append(
                Reason("speaker-busy", {"speaker": name, "items": _blockers_text(blockers)})
            )
        if plenary:
            code = "parallel-items" if c.is_plenary else "plenary-items"
            reasons.append(Reason(code, {"items": _blockers_text(plenary)}))
        if free is None:
            for name, blockers in rooms:
                if blockers:
                    reasons.append(
                        Reason("room-detail", {"room": name, "items": _blockers_text(blockers)})
                    )
        return tuple(reasons)

    def _room(self, c: Contribution, room_id: str, starts: Domain) -> tuple[list[Blocker], Domain]:
        plan, grid = self.plan, self.grid
        room = plan.room(room_id)
        blockers: list[Blocker] = []
        taken = EMPTY
        for w in room.unavailable:
            hit = grid.blocked(w.start, w.end, c.duration).intersection_with(starts)
            if not hit.is_empty():
                blockers.append(Blocker("closed", "", self.when(w.start, w.end)))
                taken = taken.union_with(hit)
        for p in plan.placements_in_room(room_id):
            hit = self.blocks(p, c.duration, starts)
            if not hit.is_empty():
                blockers.append(self.placement_blocker(p))
                taken = taken.union_with(hit)
        if grid.changeover:
            for sid in c.speakers:
                for p in plan.placements_of_speaker(sid):
                    if p.room == room_id:
                        continue
                    hit = self.blocks(p, c.duration, starts, grid.changeover)
                    if not hit.is_empty():
                        blockers.append(self.placement_blocker(p, "changeover"))
                        taken = taken.union_with(hit)
        return blockers, taken


def explain_unplaced(
    plan: Plan, grid: Grid, contributions: Iterable[Contribution], solver_finished: bool
) -> list[Unplaceable]:
    """Reasons for every contribution in ``contributions`` that ``plan`` leaves unplaced."""
    analysis = _Analysis(plan, grid)
    return [
        Unplaceable(c.id, analysis.explain(c, solver_finished))
        for c in contributions
        if plan.placement(c.id) is None
    ]


def explain_compromises(plan: Plan, changed: Iterable[str]) -> list[Compromise]:
    """Why a newly placed or moved contribution still has a capacity or feature warning."""
    result = []
    for cid in changed:
        placement = plan.placement(cid)
        if placement is None:
            continue
        c = plan.contribution(cid)
        room = plan.room(placement.room)
        reasons: list[Reason] = []
        missing = [need for need in c.needs if need not in room.features]
        if missing:
            nowhere = [n for n in missing if not any(n in r.features for r in plan.rooms)]
            suitable = [r.name for r in plan.rooms if all(n in r.features for n in c.needs)]
            if nowhere:
                reasons.append(Reason("no-room-has", {"features": nowhere}))
            elif not suitable:
                reasons.append(Reason("no-room-has-all", {"features": list(c.needs)}))
            else:
                reasons.append(
                    Reason("suitable-taken", {"features": list(c.needs), "rooms": suitable})
                )
        if c.audience is not None and room.capacity is not None and c.audience > room.capacity:
            sized = [r for r in plan.rooms if r.capacity is None or r.capacity >= c.audience]
            if not sized:
                largest = max(plan.rooms, key=lambda r: r.capacity or 0)
                params = {
                    "audience": c.audience,
                    "room": largest.name,
                    "capacity": largest.capacity,
                }
                reasons.append(Reason("no-room-big-enough", params))
            else:
                params = {"audience": c.audience, "rooms": [r.name for r in sized]}
                reasons.append(Reason("big-rooms-taken", params))
        if reasons:
            result.append(Compromise(cid, tuple(reasons)))
    return result
