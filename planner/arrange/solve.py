"""Running auto-arrange: build the model, solve it with progress and cancel, check the result.

The solver runs in a helper thread while the calling thread waits in short steps, so
``progress`` is always called on the caller's thread (a GUI calls :func:`arrange` from a
worker thread and forwards progress with a queued signal) and ``cancel`` is noticed
within a tenth of a second.

Every result is checked with :func:`planner.conflicts.check`; an error conflict that
involves a contribution the solver placed or moved would be a bug in the model, so it
raises :class:`ArrangeError` rather than handing the organiser a broken plan.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ortools.sat.python import cp_model

from planner.arrange.cpmodel import Built, build_model
from planner.arrange.explain import explain_compromises, explain_unplaced
from planner.arrange.grid import Grid
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

Progress = Callable[[float, str], None]

#: How often the waiting thread looks at ``cancel`` and reports progress (seconds).
POLL_SECONDS = 0.1
#: CP-SAT's deterministic work units granted per second of ``time_limit``. The search
#: stops on work, not on the clock, so two runs stop at the same point; measured on a
#: busy two-core machine one second brings about 0.1 units, so the wall-clock
#: limit (kept as a backstop) rarely strikes first.
WORK_PER_SECOND = 0.02
#: The part of the work budget for phase one (placing, warnings, moves); phase two
#: (compact days) gets what phase one leaves.
PRIMARY_SHARE = 0.7


class _Watch(cp_model.CpSolverSolutionCallback):
    """Counts the placed contributions of each improving solution, for progress messages."""

    def __init__(self, built: Built) -> None:
        super().__init__()
        self.placed_vars = [item.placed for item in built.items if item.placed is not None]
        self.total = len(built.items)
        self.solutions = 0
        self.placed = 0

    def on_solution_callback(self) -> None:
        self.solutions += 1
        self.placed = sum(self.boolean_value(v) for v in self.placed_vars)

    def text(self) -> str:
        if not self.solutions:
            return "searching for a first arrangement"
        return f"solution {self.solutions}: {self.placed} of {self.total} placed"


@dataclass
class _Phase:
    """One solver run: its status and the values of the items' variables."""

    status: int
    values: dict[int, int]
    objective: float | None
    bound: float | None
    cancelled: bool
    wall_limited: bool
    work: float


class _Runner:
    """Runs the phases with one budget: ``time_limit`` seconds of wall clock, and
    :data:`WORK_PER_SECOND` deterministic work units per second of it."""

    def __init__(
        self,
        built: Built,
        time_limit: float,
        seed: int,
        report: Progress,
        cancel: threading.Event | None,
    ) -> None:
        self.built = built
        self.time_limit = time_limit
        self.seed = seed
        self.report = report
        self.cancel = cancel
        self.started = time.monotonic()
        self.work_left = WORK_PER_SECOND * time_limit

    def run(self, work: float) -> _Phase:
        solver = cp_model.CpSolver()
        params = solver.parameters
        # One search thread and a fixed seed: the same plan and seed give the same result.
        params.num_workers = 1
        params.random_seed = self.seed
        wall = max(self.time_limit - (time.monotonic() - self.started), 0.01)
        params.max_time_in_seconds = wall
        params.max_deterministic_time = work
        watch = _Watch(self.built)
        if self.cancel is None:
            status, cancelled = solver.solve(self.built.model, watch), False
        else:
            status, cancelled = self._threaded(solver, watch)
        self.work_left -= solver.deterministic_time
        found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        values = _snapshot(solver, self.built) if found else {}
        return _Phase(
            status=status,
            values=values,
            objective=solver.objective_value if found else None,
            bound=solver.best_objective_bound if found else None,
            cancelled=cancelled,
            wall_limited=status != cp_model.OPTIMAL
            and solver.deterministic_time < 0.99 * work
            and not cancelled,
            work=solver.deterministic_time,
        )

    def _threaded(self, solver: cp_model.CpSolver, watch: _Watch) -> tuple[int, bool]:
        """Solve in a helper thread while this one reports progress and watches ``cancel``."""
        outcome: dict[str, int] = {}

        def solve() -> None:
            outcome["status"] = solver.solve(self.built.model, watch)

        worker = threading.Thread(target=solve, name="arrange-solver", daemon=True)
        worker.start()
        cancelled = False
        while worker.is_alive():
            worker.join(POLL_SECONDS)
            if self.cancel is not None and self.cancel.is_set() and not cancelled:
                cancelled = True
                solver.stop_search()
            self.report(self.fraction(), watch.text())
        return outcome.get("status", cp_model.UNKNOWN), cancelled

    def fraction(self) -> float:
        return 0.05 + 0.9 * min((time.monotonic() - self.started) / self.time_limit, 1.0)


def _snapshot(solver: cp_model.CpSolver, built: Built) -> dict[int, int]:
    values = {}
    for item in built.items:
        if item.placed is None:
            continue
        for var in (item.start, item.placed, *item.x.values()):
            values[var.index] = solver.value(var)
    return values


def _polish(built: Built, first: _Phase, runner: _Runner) -> _Phase:
    """Keep what phase one achieved and pull new items towards the morning (compact days)."""
    model = built.model
    if first.objective is None or isinstance(built.secondary, int) or runner.work_left <= 0:
        return first
    model.add(built.primary <= round(first.objective))
    model.minimize(built.secondary)
    model.clear_hints()
    for item in built.items:
        if item.placed is None:
            continue
        for var in (item.start, item.placed, *item.x.values()):
            model.add_hint(var, first.values[var.index])
    second = runner.run(runner.work_left)
    if second.cancelled:
        return second
    if not second.values:
        return replace(first, wall_limited=first.wall_limited or second.wall_limited)
    return replace(
        first,
        values=second.values,
        wall_limited=first.wall_limited or second.wall_limited,
        work=first.work + second.work,
    )


def _extract(plan: Plan, built: Built, values: dict[int, int]) -> tuple[Plan, list[Move]]:
    """The solved plan: changed placements keep their place in ``schedule``, new ones follow."""
    grid = built.grid
    order = {room.id: i for i, room in enumerate(plan.rooms)}
    new: dict[str, Placement | None] = {}
    for item in built.items:
        placement: Placement | None = None
        if item.placed is not None and values[item.placed.index]:
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
    if not time_limit > 0:
        raise ArrangeError("the time limit must be positive")
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
    if cancelled():
        return stop()
    if progress is not None and cancel is None:
        cancel = threading.Event()  # progress is reported from the waiting loop
    runner = _Runner(built, time_limit, seed, report, cancel)
    report(0.05, "solving")
    first = runner.run(runner.work_left * PRIMARY_SHARE)
    if first.cancelled or cancelled():
        return stop()
    if first.status == cp_model.MODEL_INVALID:
        raise ArrangeError(f"internal error: invalid model ({built.model.validate()})")
    if not first.values and first.status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        reason = (Reason("no-solution"),)
        unplaced = [Unplaceable(item.id, reason) for item in built.items]
        return _unchanged(plan, ArrangeStatus.INFEASIBLE, time.monotonic() - started, unplaced)
    final = _polish(built, first, runner)
    if final.cancelled or cancelled():
        return stop()

    report(0.95, "checking and explaining")
    result_plan, moves = _extract(plan, built, final.values)
    conflicts = _verify(result_plan, moves)
    optimal = first.status == cp_model.OPTIMAL
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
