"""Keyboard and context-menu editing of the blocks selected on the board.

Tab and Shift+Tab select the next or previous block in time order (past the last
one the focus moves on, as Tab does everywhere), arrow keys move the selection
one snap step (Shift: a quarter hour) or one room, Delete/Backspace unplaces;
consecutive arrow steps of one block merge into one undo step. The context menu
offers the same plus pinning. Everything is a command on the document's undo stack.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu

from planner.gui import commands
from planner.gui.timeline.geometry import SNAP_MINUTES

if TYPE_CHECKING:
    from planner.gui.timeline.view import TimelineView

ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
STEP_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in this module's context; ``n`` picks the plural form of ``%n``."""
    return QCoreApplication.translate("TimelineView", text, disambiguation or None, n)


def handle_key(view: TimelineView, event: QKeyEvent) -> bool:
    """Apply an editing key to the selected blocks; False when the key is not ours."""
    ids = view.selected_contributions()
    if not ids:
        return False
    key = event.key()
    document = view.document
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        document.undo_stack.push(commands.unplace_many(document, ids))
        return True
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key in ARROWS and modifiers in STEP_MODIFIERS:
        nudge(view, ids, Qt.Key(key), modifiers == Qt.KeyboardModifier.ShiftModifier)
        return True
    return False


def select_neighbour(view: TimelineView, forward: bool) -> bool:
    """Select the block after (or before) the current one in time order; False when there
    is none, so the focus can leave the board."""
    plan = view.document.plan
    rooms = {room.id: index for index, room in enumerate(plan.rooms)}
    order = [
        p.contribution
        for p in sorted(plan.schedule, key=lambda p: (p.start, rooms.get(p.room, 0)))
        if view.block_item(p.contribution) is not None
    ]
    if not order:
        return False
    selected = view.selected_contributions()
    if not selected:
        target = order[0] if forward else order[-1]
    else:
        positions = [order.index(cid) for cid in selected if cid in order]
        if not positions:
            return False
        index = max(positions) + 1 if forward else min(positions) - 1
        if not 0 <= index < len(order):
            return False
        target = order[index]
    view.select_contributions([target])
    return True


def nudge(view: TimelineView, ids: list[str], key: Qt.Key, big: bool) -> None:
    """Move blocks one snap step (``big``: a quarter hour) up/down, or one room left/right."""
    document = view.document
    plan = document.plan
    geometry = view.board_geometry()
    moves: list[tuple[str, str, datetime]] = []
    for cid in ids:
        placement = plan.placement(cid)
        if placement is None:
            continue
        room, start = placement.room, placement.start
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            room, start = geometry.shifted_column(start, room, step)
        else:
            minutes = 15 if big else SNAP_MINUTES
            delta = timedelta(minutes=-minutes if key == Qt.Key.Key_Up else minutes)
            start = _inside_day(view, start + delta, start, plan.contribution(cid).duration)
        if (room, start) != (placement.room, placement.start):
            moves.append((cid, room, start))
    if not moves:
        return
    stack = document.undo_stack
    if len(moves) == 1:
        cid, room, start = moves[0]
        stack.push(commands.move(document, cid, room, start, merge=True))
    else:
        stack.beginMacro(tr("Move %n item(s)", "", len(moves)))
        for cid, room, start in moves:
            stack.push(commands.move(document, cid, room, start))
        stack.endMacro()
    item = view.block_item(moves[0][0])
    if item is not None:
        view.ensureVisible(item, 20, 20)


def _inside_day(view: TimelineView, wanted: datetime, current: datetime, duration: int) -> datetime:
    """Keep keyboard moves inside the day's hours (a block already outside may come back)."""
    day_start, day_end = view.document.plan.event.day_bounds(current.date())
    latest = day_end - timedelta(minutes=duration)
    if wanted < current and wanted < day_start:
        return day_start if current > day_start else current
    if wanted > current and wanted > latest:
        return latest if current < latest else current
    return wanted


def block_menu(view: TimelineView, cid: str) -> QMenu:
    """The context menu of a block (selected first, so the actions act on the selection)."""
    if cid not in view.selected_contributions():
        view.select_contributions([cid])
    ids = view.selected_contributions()
    document = view.document
    menu = QMenu(view)
    unplace = QAction(tr("&Unplace"), menu)
    unplace.triggered.connect(
        lambda: document.undo_stack.push(commands.unplace_many(document, ids))
    )
    menu.addAction(unplace)
    placement = document.plan.placement(cid)
    if placement is not None:
        pinned = placement.pinned
        pin = QAction(tr("Un&pin") if pinned else tr("&Pin (auto-arrange keeps it)"), menu)
        pin.triggered.connect(
            lambda: document.undo_stack.push(commands.set_pinned(document, cid, not pinned))
        )
        menu.addAction(pin)
    menu.addSeparator()
    menu.addActions([view.zoom_in_action, view.zoom_out_action, view.zoom_fit_action])
    return menu
