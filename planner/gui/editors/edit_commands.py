"""Undo steps of the editors: rooms, speakers, the event and whole contributions.

Each factory builds the complete plan after the change (so a deletion and its
consequences are one step) and wraps it in a :class:`PlanCommand` with its own
wording for the history. Everything here changes more than placements, so the
conflicts are re-checked in full (``changed=None``) and the board rebuilds.
Consecutive edits of one numeric field merge, like the inspector's duration.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from planner.gui.commands import PlanCommand
from planner.gui.document import PlanDocument
from planner.gui.editors import edits
from planner.model import Contribution, Event, Room, Speaker

MERGE_FIELD = 1101


def tr(text: str) -> str:
    return QCoreApplication.translate("editors", text)


def _command(document: PlanDocument, text: str, after, merge_key: str | None = None) -> PlanCommand:
    return PlanCommand(
        document,
        text,
        after,
        None,
        merge_id=MERGE_FIELD if merge_key else -1,
        merge_key=merge_key,
    )


# -- event ---------------------------------------------------------------------------------
def edit_event(document: PlanDocument, event: Event) -> PlanCommand:
    return _command(document, tr("Change event settings"), document.plan.with_event(event))


# -- rooms ---------------------------------------------------------------------------------
def add_room(document: PlanDocument, room: Room) -> PlanCommand:
    return _command(
        document, tr("Add room “%1”").replace("%1", room.name), document.plan.with_room(room)
    )


def edit_room(document: PlanDocument, room: Room, *, merge: str | None = None) -> PlanCommand:
    """Any change of one room; ``merge`` names the field whose repeated steps merge."""
    old = document.plan.room(room.id)
    if room.name != old.name:
        text = tr("Rename room “%1” to “%2”").replace("%1", old.name).replace("%2", room.name)
    else:
        text = tr("Edit room “%1”").replace("%1", room.name)
    key = f"room:{room.id}:{merge}" if merge else None
    return _command(document, text, document.plan.with_room(room), key)


def remove_room(document: PlanDocument, room_id: str) -> PlanCommand:
    name = document.plan.room(room_id).name
    return _command(
        document,
        tr("Delete room “%1”").replace("%1", name),
        edits.without_room(document.plan, room_id),
    )


def reorder_rooms(document: PlanDocument, room_ids: Sequence[str]) -> PlanCommand:
    return _command(document, tr("Reorder rooms"), edits.with_room_order(document.plan, room_ids))


# -- speakers ------------------------------------------------------------------------------
def add_speaker(document: PlanDocument, speaker: Speaker) -> PlanCommand:
    return _command(
        document,
        tr("Add speaker “%1”").replace("%1", speaker.name),
        document.plan.with_speaker(speaker),
    )


def edit_speaker(
    document: PlanDocument, speaker: Speaker, *, text: str | None = None
) -> PlanCommand:
    if text is None:
        text = tr("Edit speaker “%1”").replace("%1", speaker.name)
    return _command(document, text, document.plan.with_speaker(speaker))


def remove_speaker(document: PlanDocument, speaker_id: str) -> PlanCommand:
    name = document.plan.speaker(speaker_id).name
    return _command(
        document,
        tr("Delete speaker “%1”").replace("%1", name),
        edits.without_speaker(document.plan, speaker_id),
    )


# -- contributions -------------------------------------------------------------------------
def add_contribution(
    document: PlanDocument,
    contribution: Contribution,
    *,
    text: str | None = None,
    index: int | None = None,
) -> PlanCommand:
    """A new (unplaced) contribution, at ``index`` in the plan or at the end."""
    plan = document.plan
    return PlanCommand(
        document,
        text or tr("New contribution “%1”").replace("%1", contribution.title),
        plan.with_contribution(contribution, index),
        {contribution.id},
    )


def delete_contribution(document: PlanDocument, contribution_id: str) -> PlanCommand:
    plan = document.plan
    title = plan.contribution(contribution_id).title
    return PlanCommand(
        document,
        tr("Delete contribution “%1”").replace("%1", title),
        plan.without_contribution(contribution_id),
        {contribution_id},
    )
