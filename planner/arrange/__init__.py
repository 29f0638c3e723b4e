"""Auto-arrange: propose an agenda without error conflicts, and explain what does not fit.

``arrange(plan)`` places the unplaced contributions (or, with ``mode="all-unpinned"``,
re-arranges every placement that is not pinned) on the event's time grid with the
OR-Tools CP-SAT solver, and returns an :class:`ArrangeResult`: the new plan, the moves,
the contributions that could not be placed with reasons in English and German, and the
warnings left. The core never imports Qt; the GUI calls :func:`arrange` from a worker
thread with a ``progress`` callback and a ``threading.Event`` to cancel.

docs/arrange.md describes the model, the objective and the limits.
"""

from __future__ import annotations

from planner.arrange.solve import arrange
from planner.arrange.types import (
    ArrangeError,
    ArrangeMode,
    ArrangeResult,
    ArrangeStatus,
    Compromise,
    Move,
    Reason,
    Unplaceable,
)

__all__ = [
    "ArrangeError",
    "ArrangeMode",
    "ArrangeResult",
    "ArrangeStatus",
    "Compromise",
    "Move",
    "Reason",
    "Unplaceable",
    "arrange",
]
