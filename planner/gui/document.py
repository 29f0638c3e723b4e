"""The open plan as the GUI sees it: one Plan value, its conflicts, its undo stack.

Every view observes a :class:`PlanDocument` and never keeps plan state of its own.
Changes go through :mod:`planner.gui.commands` on ``undo_stack``; each command
swaps whole Plan values (they are immutable, so this is cheap and exact) and names
the contributions it touched, so conflicts are re-judged incrementally.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.conflicts import Conflict, Severity, check, counts, recheck
from planner.model import Plan


class PlanDocument(QObject):
    #: Emitted after the plan changed. The argument is the set of contribution ids
    #: that changed, or ``None`` when anything may have changed (rooms, speakers,
    #: event, a new plan): views then rebuild.
    planChanged = Signal(object)
    #: Emitted after the conflict list was updated (always right after planChanged).
    conflictsChanged = Signal()
    #: The file path or the modified state changed (window title, actions).
    pathChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(self, plan: Plan, path: str | Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._plan = plan
        self._path = Path(path) if path else None
        self._conflicts: list[Conflict] = check(plan)
        self._by_contribution: dict[str, list[Conflict]] | None = None
        self.undo_stack = QUndoStack(self)
        # A bound method, not a lambda: Qt drops the connection when the document dies,
        # so the stack's last cleanChanged during destruction reaches no deleted object.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # -- state ---------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: str | Path | None) -> None:
        self._path = Path(path) if path else None
        self.pathChanged.emit()

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    @property
    def conflicts(self) -> list[Conflict]:
        return self._conflicts

    def conflicts_of(self, contribution_id: str) -> list[Conflict]:
        """Conflicts involving one contribution (from the current list, no re-check)."""
        if self._by_contribution is None:
            index: dict[str, list[Conflict]] = defaultdict(list)
            for conflict in self._conflicts:
                for cid in conflict.contributions:
                    index[cid].append(conflict)
            self._by_contribution = dict(index)
        return self._by_contribution.get(contribution_id, [])

    def worst_severity(self, contribution_id: str) -> Severity | None:
        """The most severe error or warning of a placed contribution (info ignored)."""
        found = {c.severity for c in self.conflicts_of(contribution_id)}
        for severity in (Severity.ERROR, Severity.WARNING):
            if severity in found:
                return severity
        return None

    def counts(self) -> dict[Severity, int]:
        return counts(self._conflicts)

    # -- changes ---------------------------------------------------------------------
    def apply(self, plan: Plan, changed: Iterable[str] | None) -> None:
        """Replace the plan. Only commands call this (so every change can be undone)."""
        changed_ids = None if changed is None else frozenset(changed)
        self._plan = plan
        if changed_ids is None:
            self._conflicts = check(plan)
        else:
            self._conflicts = recheck(plan, self._conflicts, changed_ids)
        self._by_contribution = None
        self.planChanged.emit(changed_ids)
        self.conflictsChanged.emit()

    def replace(self, plan: Plan, path: str | Path | None) -> None:
        """Open another plan in place of this one: clears undo history."""
        self.undo_stack.clear()
        self._path = Path(path) if path else None
        self.apply(plan, None)
        self.undo_stack.setClean()
        self.pathChanged.emit()
