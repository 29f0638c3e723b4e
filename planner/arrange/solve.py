"""Auto-arrange from end to end: build the model, solve it, check and explain the result.

When ``progress`` or ``cancel`` is given, the solver runs in a helper thread while the
calling thread waits in short steps, so ``progress`` is always called on the caller's
thread (a GUI calls :func:`arrange` from a worker thread and forwards progress with a
queued signal) and ``cancel`` is noticed within a tenth of a second.

Every result is checked with :func:`planner.conflicts.check`; an error conflict that
involves a contribution the solver placed or moved would be a bug in the model, so it
raises :class:`ArrangeError` rather than handing the organiser a broken plan.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ortools.sat.python import cp_model

from planner.arrange.cpmodel import Built, build_model
from planner.arrange.explain import explain_compromises, explain_unplaced
from planner.arrange.greedy import greedy_arrangements
from planner.arrange.grid import Grid
from planner.arrange.runner import Progress, Runner
from planner.arrange.types import (
    ArrangeError,
    ArrangeMode,
    ArrangeResult,
    ArrangeStatus,
    Move,
    Reason,
    Unplaceable,
)
from planner.conflicts import Conflict, Severity, check
from planner.model import Placement, Plan


def _extract(plan: Plan, built: Built, values: Sequence[int]) -> tuple[Plan, list[Move]]:
    """The solved plan: changed placements keep their place in ``schedule``, new ones follow."""
    grid = built.grid
    order = {room.id: i for i, room in enumerate(plan.rooms)}
    new: dict[str, Placement | None] = {}
    for item in built.items:
        placement: Placement | None = None
        if item.rooms and values[item.placed.index]:
            room = next(r for r, x in item.x.items() if values[x.index])
            start = grid.to_datetime(values[item.start.index])
            old = item.old
            if old is not None and old.room == room and old.start == start:
                placement = old
            elif old is not None:
                placement = replace(old, room=room, start=start, pinned=False)
            else:
                placement = Placement(item.id, room, start)
        new[item.id] = placement
    schedule: list[Placement] = []
    for p in plan.schedule:
        if p.contribution not in new:
            schedule.append(p)
        elif (q := new[p.contribution]) is not None:
            schedule.append(q)
    placed = {p.contribution for p in plan.schedule}
    added = [p for cid, p in new.items() if p is not None and cid not in placed]
    added.sort(key=lambda p: (p.start, order[p.room], p.contribution))
    schedule.extend(added)
    moves = []
    for c in plan.contributions:
        if c.id in new:
            old, now = plan.placement(c.id), new[c.id]
            if old != now:
                moves.append(Move(c.id, old, now))
    return plan.with_schedule(schedule), moves


def _verify(plan: Plan, moves: list[Move]) -> list[Conflict]:
    conflicts = check(plan)
    changed = {m.cid for m in moves}
    bad = [
        c
        for c in conflicts
        if c.severity is Severity.ERROR and changed.intersection(c.contributions)
    ]
    if bad:
        details = "; ".join(c.message for c in bad[:5])
        raise ArrangeError(f"internal error: the arrangement has error conflicts: {details}")
    return conflicts


def _unchanged(
    plan: Plan,
    status: ArrangeStatus,
    seconds: float,
    unplaced: Iterable[Unplaceable] = (),
) -> ArrangeResult:
    warnings = [c for c in check(plan) if c.severity is Severity.WARNING]
    return ArrangeResult(plan, [], list(unplaced), warnings, status, seconds)


def arrange(
    plan: Plan,
    *,
    mode: str = "unplaced",
    time_limit: float = 10.0,
    seed: int = 0,
    step: int = 5,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ArrangeResult:
    """Propose an arrangement of ``plan`` without error conflicts; see docs/arrange.md.

    ``mode`` is ``"unplaced"`` (place what is not placed; every placement stays) or
    ``"all-unpinned"`` (re-arrange everything not pinned, moving as little as possible).
    ``progress(fraction, text)`` is called on the calling thread about ten times a second
    while solving; setting ``cancel`` stops the search and returns the original plan with
    status ``cancelled``. Raises :class:`ArrangeError` for bad arguments.
    """
    try:
        arrange_mode = ArrangeMode(mode)
    except ValueError:
        raise ArrangeError(f"unknown mode {mode!r} (unplaced or all-unpinned)") from None
    if not (time_limit > 0 and math.isfinite(time_limit)):
        raise ArrangeError("the time limit must be a positive number of seconds")
    if step < 1:
        raise ArrangeError("the grid step must be at least one minute")
    started = time.monotonic()

    def report(fraction: float, text: str) -> None:
        if progress is not None:
            progress(fraction, text)

    def cancelled() -> bool:
        return cancel is not None and cancel.is_set()

    def stop() -> ArrangeResult:
        return _unchanged(plan, ArrangeStatus.CANCELLED, time.monotonic() - started)

    report(0.0, "building the model")
    if cancelled():
        return stop()
    grid = Grid(plan.event, step)
    built = build_model(plan, arrange_mode, grid)
    arrangements = greedy_arrangements(plan, built)
    if cancelled():
        return stop()
    if progress is not None and cancel is None:
        cancel = threading.Event()  # progress is reported from the waiting loop
    runner = Runner(built, time_limit, seed, report, cancel, started)
    report(0.05, "solving")
    first, final = runner.solve(arrangements)
    if final.cancelled or cancelled():
        return stop()
    if first.status == cp_model.MODEL_INVALID:
        raise ArrangeError(f"internal error: invalid model ({built.model.validate()})")
    if not final.found:
        reason = (Reason("no-solution"),)
        unplaced = [Unplaceable(item.id, reason) for item in built.items]
        return _unchanged(plan, ArrangeStatus.INFEASIBLE, time.monotonic() - started, unplaced)

    report(0.95, "checking and explaining")
    result_plan, moves = _extract(plan, built, final.values)
    conflicts = _verify(result_plan, moves)
    optimal = first.optimal
    unplaced = explain_unplaced(
        result_plan, grid, (item.contribution for item in built.items), optimal
    )
    changed = [m.cid for m in moves if m.new is not None]
    seconds = time.monotonic() - started
    report(1.0, "done")
    return ArrangeResult(
        plan=result_plan,
        moves=moves,
        unplaced=unplaced,
        warnings_left=[c for c in conflicts if c.severity is Severity.WARNING],
        status=ArrangeStatus.OPTIMAL if optimal else ArrangeStatus.FEASIBLE,
        solve_seconds=seconds,
        compromises=explain_compromises(result_plan, changed),
        objective=first.objective,
        best_bound=first.bound,
        deterministic=not final.wall_limited,
    )
