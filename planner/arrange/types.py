"""What auto-arrange hands back: the new plan, the moves, and why something did not fit.

These are plain frozen values so the GUI can show a preview (the moves), apply the new
plan as one undoable command, and list the reasons without knowing anything about the
solver.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from planner.conflicts import Conflict
from planner.model import Placement, Plan


class ArrangeMode(enum.StrEnum):
    #: Place only contributions that have no placement; every placement stays where it is.
    UNPLACED = "unplaced"
    #: Re-arrange every placement that is not pinned (moving as little as possible).
    ALL_UNPINNED = "all-unpinned"


class ArrangeStatus(enum.StrEnum):
    #: The solver proved that no better arrangement exists (by its objective).
    OPTIMAL = "optimal"
    #: A valid arrangement, found before the time limit; a better one may exist.
    FEASIBLE = "feasible"
    #: The solver found no arrangement at all within the time limit; the plan is unchanged.
    INFEASIBLE = "infeasible"
    #: The caller cancelled; the plan is unchanged.
    CANCELLED = "cancelled"


class ArrangeError(Exception):
    """Bad input to :func:`planner.arrange.arrange` (or, never expected, a wrong solution)."""


class Move(NamedTuple):
    """One change: ``old``/``new`` are ``None`` for 'was not placed'/'is no longer placed'."""

    cid: str
    old: Placement | None
    new: Placement | None


@dataclass(frozen=True)
class Reason:
    """One sentence of an explanation, kept as a code and parameters so it can be translated."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def text(self, language: str = "en") -> str:
        from planner.arrange.explain import reason_text

        return reason_text(self, language)


@dataclass(frozen=True)
class _Explained:
    """A contribution and the reasons about it, kept as codes so any language can show them."""

    cid: str
    details: tuple[Reason, ...] = ()

    @property
    def reasons(self) -> list[str]:
        """The reasons in English."""
        return self.reasons_in("en")

    @property
    def reasons_de(self) -> list[str]:
        return self.reasons_in("de")

    def reasons_in(self, language: str) -> list[str]:
        return [reason.text(language) for reason in self.details]

    @property
    def codes(self) -> list[str]:
        return [reason.code for reason in self.details]


@dataclass(frozen=True)
class Unplaceable(_Explained):
    """A contribution that could not be placed, and why (most important reason first)."""


@dataclass(frozen=True)
class Compromise(_Explained):
    """A placed contribution whose remaining warning no room could avoid (e.g. no room is big
    enough), so the organiser knows the warning is not an oversight of the solver."""


@dataclass(frozen=True)
class ArrangeResult:
    """The outcome of one arrange run.

    ``plan`` is the proposed plan (the original one, unchanged, when cancelled or when no
    arrangement was found); ``moves`` lists every placement that differs from the original
    plan, in the order of the plan's contributions.
    """

    plan: Plan
    moves: list[Move]
    unplaced: list[Unplaceable]
    warnings_left: list[Conflict]
    status: ArrangeStatus
    solve_seconds: float
    compromises: list[Compromise] = field(default_factory=list)
    #: The solver's primary objective and bound, for benchmarks and logs.
    objective: float | None = None
    best_bound: float | None = None
    #: False when the wall-clock limit (not the solver's deterministic work limit) ended the
    #: search, e.g. on a very busy machine: then another run may give another plan.
    deterministic: bool = True

    @property
    def complete(self) -> bool:
        """Everything that was to be placed got a place."""
        return not self.unplaced and self.status in (ArrangeStatus.OPTIMAL, ArrangeStatus.FEASIBLE)
