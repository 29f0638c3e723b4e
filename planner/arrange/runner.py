"""Running CP-SAT for auto-arrange: budgets, phases, progress and cancel.

Three runs share one budget:

0. *Greedy*: the greedy arrangement (:mod:`planner.arrange.greedy`) with every item
   variable fixed to it. Propagation completes the remaining variables in milliseconds,
   which gives a complete, valid solution and its objective — the fallback, whatever
   happens next.
1. *Primary*: place as much as possible with few warnings and few moves, starting from
   that solution (a complete hint, kept valid through presolve).
2. *Polish*: with the primary value held, minimise distances moved and pull new items
   towards the morning of the earliest day.

Determinism: one search thread, a fixed seed, and a budget in CP-SAT's *deterministic
time* (work units, not seconds), so two runs stop at the same point. The wall-clock limit
stays as a backstop; when it ends a run first, the result says so (``wall_limited``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from planner.arrange.cpmodel import Built
from planner.arrange.greedy import Arrangement, add_hints

Progress = Callable[[float, str], None]

#: How often the waiting thread looks at ``cancel`` and reports progress (seconds).
POLL_SECONDS = 0.1
#: Deterministic work units granted per second of ``time_limit``. On a busy two-core
#: machine one second of CP-SAT brings 0.01-0.1 units depending on the plan's size, so
#: on small and middle plans the work budget, not the clock, ends the search.
WORK_PER_SECOND = 0.02
#: The part of the work budget for the primary run; the polish gets the rest at most.
PRIMARY_SHARE = 0.7
#: Above this many variables presolve costs more than it brings (tens of seconds on
#: 1,000 contributions) and is skipped.
PRESOLVE_LIMIT = 20_000


class _Watch(cp_model.CpSolverSolutionCallback):
    """Counts the placed contributions of each improving solution, for progress messages."""

    def __init__(self, built: Built) -> None:
        super().__init__()
        self.placed_vars = [item.placed for item in built.items if item.rooms]
        self.total = len(built.items)
        self.solutions = 0
        self.placed = 0

    def on_solution_callback(self) -> None:
        self.solutions += 1
        self.placed = sum(self.boolean_value(v) for v in self.placed_vars)

    def text(self) -> str:
        if not self.solutions:
            return "searching"
        return f"{self.placed} of {self.total} placed (solution {self.solutions})"


@dataclass
class Phase:
    """One solver run: its status and, when it found one, a complete solution."""

    status: cp_model.CpSolverStatus
    #: The value of every model variable by index (empty when nothing was found).
    values: Sequence[int]
    objective: float | None
    bound: float | None
    cancelled: bool = False
    wall_limited: bool = False

    @property
    def found(self) -> bool:
        return self.status in (cp_model.OPTIMAL, cp_model.FEASIBLE)

    @property
    def optimal(self) -> bool:
        return self.status == cp_model.OPTIMAL


class Runner:
    """Runs the phases on one model within ``time_limit`` seconds and its work budget."""

    def __init__(
        self,
        built: Built,
        time_limit: float,
        seed: int,
        report: Progress,
        cancel: threading.Event | None,
        started: float | None = None,
    ) -> None:
        self.built = built
        self.time_limit = time_limit
        self.seed = seed
        self.report = report
        self.cancel = cancel
        #: The clock starts when arrange() was called: building the model counts too.
        self.started = time.monotonic() if started is None else started
        self.work_left = WORK_PER_SECOND * time_limit
        self.presolve = len(built.model.proto.variables) <= PRESOLVE_LIMIT

    def fraction(self) -> float:
        return 0.05 + 0.9 * min((time.monotonic() - self.started) / self.time_limit, 1.0)

    def _solver(self, work: float) -> cp_model.CpSolver:
        solver = cp_model.CpSolver()
        params = solver.parameters
        params.num_workers = 1
        params.random_seed = self.seed % 2**31  # CP-SAT takes a 32-bit seed
        params.max_time_in_seconds = max(self.time_limit - (time.monotonic() - self.started), 0.01)
        params.max_deterministic_time = max(work, 0.001)
        # Presolve may otherwise drop the hinted solution as "dominated".
        params.keep_all_feasible_solutions_in_presolve = True
        params.cp_model_presolve = self.presolve
        return solver

    def run(self, work: float, *, fixed: bool = False) -> Phase:
        """Solve the model as it is now (objective, hints); ``fixed`` pins hinted variables."""
        solver = self._solver(work)
        if fixed:
            solver.parameters.fix_variables_to_their_hinted_value = True
            solver.parameters.cp_model_presolve = False
        watch = _Watch(self.built)
        status: cp_model.CpSolverStatus
        cancelled = False
        if self.cancel is None:
            status = solver.solve(self.built.model, watch)
        else:
            status, cancelled = self._threaded(solver, watch)
        self.work_left -= solver.deterministic_time
        found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        return Phase(
            status=status,
            values=list(solver.response_proto.solution) if found else [],
            objective=solver.objective_value if found else None,
            bound=solver.best_objective_bound if found else None,
            cancelled=cancelled,
            wall_limited=status != cp_model.OPTIMAL
            and solver.deterministic_time < 0.99 * work
            and not cancelled,
        )

    def _threaded(
        self, solver: cp_model.CpSolver, watch: _Watch
    ) -> tuple[cp_model.CpSolverStatus, bool]:
        """Solve in a helper thread while this one reports progress and watches ``cancel``."""
        outcome: dict[str, cp_model.CpSolverStatus] = {}

        def solve() -> None:
            outcome["status"] = solver.solve(self.built.model, watch)

        worker = threading.Thread(target=solve, name="arrange-solver", daemon=True)
        worker.start()
        cancelled = False
        try:
            while worker.is_alive():
                worker.join(POLL_SECONDS)
                if self.cancel is not None and self.cancel.is_set() and not cancelled:
                    cancelled = True
                    solver.stop_search()
                self.report(self.fraction(), watch.text())
        except BaseException:
            # A failing progress callback must not leave the search running behind it.
            solver.stop_search()
            worker.join()
            raise
        return outcome.get("status", cp_model.UNKNOWN), cancelled

    def hint(self, values: Sequence[int]) -> None:
        """Start the next run from a complete solution."""
        model = self.built.model
        model.clear_hints()
        hint = model.proto.solution_hint
        hint.vars.extend(range(len(values)))
        hint.values.extend(values)

    def _best_start(self, arrangements: Sequence[Arrangement]) -> Phase:
        """Complete each greedy arrangement by propagation; the one with the best objective."""
        best: Phase | None = None
        for arrangement in arrangements:
            add_hints(self.built, arrangement)
            phase = self.run(0.5, fixed=True)
            if phase.cancelled:
                return phase
            if phase.found and (best is None or (phase.objective or 0) < (best.objective or 0)):
                best = phase
        return best or Phase(cp_model.UNKNOWN, [], None, None)

    def solve(self, arrangements: Sequence[Arrangement]) -> tuple[Phase, Phase]:
        """The primary phase's outcome (for status and objective) and the final solution."""
        built = self.built
        total = self.work_left
        greedy = self._best_start(arrangements)
        if greedy.cancelled:
            return greedy, greedy
        if greedy.found:
            self.hint(greedy.values)
        else:  # never expected: the greedy broke a rule; let the solver start from scratch
            built.model.clear_hints()
        first = self.run(self.work_left * PRIMARY_SHARE)
        if first.cancelled or not (first.found or greedy.found):
            return first, first
        if greedy.found and (not first.found or (first.objective or 0) > (greedy.objective or 0)):
            status = first.status if first.found else cp_model.FEASIBLE
            first = Phase(
                status, greedy.values, greedy.objective, first.bound, False, first.wall_limited
            )
        if isinstance(built.secondary, int) or self.work_left <= 0 or first.objective is None:
            return first, first
        built.model.add(built.primary <= round(first.objective))
        built.model.minimize(built.secondary)
        self.hint(first.values)
        second = self.run(min(self.work_left, (1 - PRIMARY_SHARE) * total))
        if second.cancelled:
            return first, second
        wall = first.wall_limited or second.wall_limited
        if not second.found:
            return first, Phase(first.status, first.values, first.objective, None, False, wall)
        return first, Phase(
            second.status, second.values, second.objective, second.bound, False, wall
        )
