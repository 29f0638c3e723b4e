"""Undoable changes to the plan.

A :class:`PlanCommand` holds the plan before and after (immutable values, sharing
almost all their parts), so ``redo`` and ``undo`` just swap them in the document
and name the contributions that changed for the incremental conflict check. The
small factory functions below give each change its own wording in the undo history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.gui.document import PlanDocument
from planner.model import Contribution, Plan

#: Consecutive resizes or keyboard moves of the same block merge into one undo step.
MERGE_MOVE = 1001
MERGE_RESIZE = 1002


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in this module's context; ``n`` picks the plural form of ``%n``."""
    return QCoreApplication.translate("commands", text, disambiguation or None, n)


class PlanCommand(QUndoCommand):
    def __init__(
        self,
        document: PlanDocument,
        text: str,
        after: Plan,
        changed: Iterable[str] | None,
        *,
        merge_id: int = -1,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = document.plan
        self.after = after
        self.changed = None if changed is None else frozenset(changed)
        self._merge_id = merge_id
        self.merge_key = merge_key

    def redo(self) -> None:
        self.document.apply(self.after, self.changed)

    def undo(self) -> None:
        self.document.apply(self.before, self.changed)

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PlanCommand) or other.merge_key != self.merge_key:
            return False
        if self.merge_key is None:
            return False
        self.after = other.after
        return True


def _title(plan: Plan, cid: str) -> str:
    return plan.contribution(cid).title


def place(document: PlanDocument, cid: str, room: str, start: datetime) -> PlanCommand:
    plan = document.plan
    return PlanCommand(
        document,
        tr("Place “%s”") % _title(plan, cid),
        plan.with_placement(cid, room, start),
        {cid},
    )


def move(
    document: PlanDocument, cid: str, room: str, start: datetime, *, merge: bool = False
) -> PlanCommand:
    """Move a placed contribution; ``merge`` lets repeated keyboard steps form one undo step."""
    plan = document.plan
    return PlanCommand(
        document,
        tr("Move “%s”") % _title(plan, cid),
        plan.with_placement(cid, room, start),
        {cid},
        merge_id=MERGE_MOVE if merge else -1,
        merge_key=f"move:{cid}" if merge else None,
    )


def unplace(document: PlanDocument, cid: str) -> PlanCommand:
    plan = document.plan
    return PlanCommand(
        document, tr("Unplace “%s”") % _title(plan, cid), plan.without_placement(cid), {cid}
    )


def unplace_many(document: PlanDocument, cids: Iterable[str]) -> PlanCommand:
    plan = document.plan
    ids = [c for c in cids if plan.placement(c) is not None]
    if len(ids) == 1:  # History and Undo name the one block ("Unplace “Keynote”")
        return unplace(document, ids[0])
    after = plan.with_schedule(p for p in plan.schedule if p.contribution not in set(ids))
    return PlanCommand(document, tr("Unplace %n item(s)", "", len(ids)), after, ids)


def resize(document: PlanDocument, cid: str, duration: int, *, merge: bool = False) -> PlanCommand:
    plan = document.plan
    contribution = replace(plan.contribution(cid), duration=duration)
    return PlanCommand(
        document,
        tr("Change duration of “%s”") % contribution.title,
        plan.with_contribution(contribution),
        {cid},
        merge_id=MERGE_RESIZE if merge else -1,
        merge_key=f"resize:{cid}" if merge else None,
    )


def edit_contribution(document: PlanDocument, contribution: Contribution) -> PlanCommand:
    """Replace a contribution's fields (inspector edits)."""
    plan = document.plan
    return PlanCommand(
        document,
        tr("Edit “%s”") % contribution.title,
        plan.with_contribution(contribution),
        {contribution.id},
    )


def set_pinned(document: PlanDocument, cid: str, pinned: bool) -> PlanCommand:
    plan = document.plan
    placement = plan.placement(cid)
    assert placement is not None
    text = tr("Pin “%s”") if pinned else tr("Unpin “%s”")
    return PlanCommand(
        document,
        text % _title(plan, cid),
        plan.with_placement(cid, placement.room, placement.start, pinned=pinned),
        {cid},
    )


def replace_plan(
    document: PlanDocument, text: str, after: Plan, changed: Iterable[str] | None = None
) -> PlanCommand:
    """Any other change (rooms, speakers, event, arrange); ``None`` re-checks everything."""
    return PlanCommand(document, text, after, changed)
