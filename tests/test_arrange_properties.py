"""Property tests for auto-arrange with two oracles.

1. Plans built around a known conflict-free arrangement (then stripped of some of its
   placements) must be arranged completely, without errors, and — in "unplaced" mode,
   where nothing moves — with no more warnings than the known arrangement has.
2. For any plan, whatever the solver leaves unplaced after proving optimality must truly
   have no free slot: trying every room and grid start against the result finds none
   that the checker accepts.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.arrange import ArrangeStatus, arrange
from planner.arrange.grid import Grid, values
from planner.conflicts import ConflictKind, Severity, check, conflicts_of
from planner.model import (
    Contribution,
    Event,
    Kind,
    Placement,
    Plan,
    Room,
    Speaker,
    TimeWindow,
    Topic,
)
from tests.builders import DAY
from tests.strategies import plans

FEATURES = ("beamer", "mikrofon", "dolmetschkabine")
#: Conflicts the solver treats as hard rules.
HARD = {ConflictKind.CHANGEOVER, ConflictKind.PLENARY_PARALLEL}

SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _clock(minutes: int) -> datetime:
    return datetime.combine(DAY, time(9)) + timedelta(minutes=minutes)


@st.composite
def solvable(draw: st.DrawFn) -> tuple[Plan, Plan]:
    """(known arrangement, the same plan with some placements removed)."""
    day_minutes = draw(st.sampled_from([120, 180, 240]))
    changeover = draw(st.sampled_from([0, 10]))
    rooms = [
        Room(
            f"r{i}",
            f"Raum {i}",
            capacity=draw(st.sampled_from([None, 30, 100])),
            features=tuple(draw(st.lists(st.sampled_from(FEATURES), unique=True))),
        )
        for i in range(draw(st.integers(1, 3)))
    ]
    speaker_ids = [f"s{i}" for i in range(draw(st.integers(1, 4)))]
    cursor = {r.id: 0 for r in rooms}
    layout: list[tuple[Contribution, Room, int]] = []  # (contribution, room, start minute)

    def fits(c: Contribution, room: Room, start: int) -> bool:
        end = start + c.duration
        for other, other_room, other_start in layout:
            other_end = other_start + other.duration
            overlap = start < other_end and other_start < end
            if overlap and (c.is_plenary or other.is_plenary):
                return False
            if set(c.speakers) & set(other.speakers):
                gap = changeover if other_room.id != room.id else 0
                if start < other_end + gap and other_start < end + gap:
                    return False
        return True

    for i in range(draw(st.integers(2, 8))):
        room = draw(st.sampled_from(rooms))
        plenary = draw(st.integers(0, 7)) == 0
        c = Contribution(
            id=f"c{i}",
            title=f"Beitrag {i}",
            kind=Kind.KEYNOTE if plenary else Kind.IMPULSE,
            duration=draw(st.sampled_from([15, 20, 30, 45, 60])),
            topic=draw(st.sampled_from([None, Topic.WIRTSCHAFT, Topic.TOURISMUS])),
            speakers=tuple(draw(st.lists(st.sampled_from(speaker_ids), unique=True, max_size=2))),
            audience=draw(st.none() | st.integers(1, room.capacity or 200)),
            needs=tuple(draw(st.lists(st.sampled_from(room.features), unique=True)))
            if room.features
            else (),
        )
        start = cursor[room.id] + draw(st.sampled_from([0, 5, 15]))
        while start + c.duration <= day_minutes and not fits(c, room, start):
            start += 5
        if start + c.duration > day_minutes:
            continue
        layout.append((c, room, start))
        cursor[room.id] = start + c.duration

    speakers = []
    for sid in speaker_ids:
        own = [(s, s + c.duration) for c, _, s in layout if sid in c.speakers]
        available = None
        if own and draw(st.booleans()):
            lo = max(min(a for a, _ in own) - draw(st.sampled_from([0, 10, 30])), 0)
            hi = min(max(b for _, b in own) + draw(st.sampled_from([0, 10, 30])), day_minutes)
            available = (TimeWindow(_clock(lo), _clock(hi)),)
        speakers.append(Speaker(sid, f"Person {sid}", available=available))
    # A room may be closed after its last placement.
    rooms = [
        Room(
            r.id,
            r.name,
            r.capacity,
            r.features,
            (TimeWindow(_clock(cursor[r.id]), _clock(day_minutes)),),
        )
        if cursor[r.id] < day_minutes and draw(st.booleans())
        else r
        for r in rooms
    ]
    schedule = [
        Placement(c.id, room.id, _clock(start), pinned=draw(st.integers(0, 3)) == 0)
        for c, room, start in layout
    ]
    known = Plan(
        event=Event(
            title="Test",
            timezone="Europe/Berlin",
            days=(DAY,),
            day_start=time(9),
            day_end=(datetime.combine(DAY, time(9)) + timedelta(minutes=day_minutes)).time(),
            changeover_minutes=changeover,
        ),
        rooms=tuple(rooms),
        speakers=tuple(speakers),
        contributions=tuple(c for c, _, _ in layout),
        schedule=tuple(schedule),
    )
    keep = draw(st.lists(st.booleans(), min_size=len(schedule), max_size=len(schedule)))
    stripped = known.with_schedule(
        [p for p, kept in zip(schedule, keep, strict=True) if kept or p.pinned]
    )
    return known, stripped


@SETTINGS
@given(case=solvable(), mode=st.sampled_from(["unplaced", "all-unpinned"]))
def test_plans_with_a_known_arrangement_are_arranged_completely(case, mode):
    known, stripped = case
    assert not [c for c in check(known) if c.severity is Severity.ERROR or c.kind in HARD]

    result = arrange(stripped, mode=mode, time_limit=5)

    assert result.status is ArrangeStatus.OPTIMAL
    assert result.unplaced == []
    assert {p.contribution for p in result.plan.schedule} == {c.id for c in known.contributions}
    found = check(result.plan)
    assert not [c for c in found if c.severity is Severity.ERROR or c.kind in HARD]
    for p in stripped.schedule:
        if p.pinned or mode == "unplaced":
            assert result.plan.placement(p.contribution) == p
    if mode == "unplaced":
        known_warnings = [c for c in check(known) if c.severity is Severity.WARNING]
        assert len(result.warnings_left) <= len(known_warnings)


def _free_slot(plan: Plan, cid: str, step: int = 5) -> tuple[str, datetime] | None:
    """A room and start at which ``cid`` could be added without error or hard conflict."""
    grid = Grid(plan.event, step)
    duration = plan.contribution(cid).duration
    for s in values(grid.hours(duration)):
        start = grid.to_datetime(s)
        for room in plan.rooms:
            trial = plan.with_placement(cid, room.id, start)
            bad = [
                c
                for c in conflicts_of(trial, cid)
                if c.severity is Severity.ERROR or c.kind in HARD
            ]
            if not bad:
                return room.id, start
    return None


@SETTINGS
@given(
    plan=plans(extras=False, max_contributions=8),
    mode=st.sampled_from(["unplaced", "all-unpinned"]),
)
def test_what_stays_unplaced_has_no_free_slot(plan, mode):
    result = arrange(plan, mode=mode, time_limit=5)

    for p in plan.schedule:
        if p.pinned or mode == "unplaced":
            assert result.plan.placement(p.contribution) == p
    if result.status is not ArrangeStatus.OPTIMAL:
        return
    for item in result.unplaced:
        assert item.details, item.cid
        assert item.codes[0] not in ("free-slot", "free-slot-costly"), item.reasons
        assert _free_slot(result.plan, item.cid) is None, (item.cid, item.reasons)
