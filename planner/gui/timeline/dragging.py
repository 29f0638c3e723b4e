"""Turning mouse drags and drops on the board into plan commands.

The view forwards its mouse and drag events here. A press on a block starts
either a move or (on the lower edge) a resize; while the mouse moves, only the
ghost and the shading change; on release one command goes on the undo stack.
Dragging a block out of the viewport hands it over to a real ``QDrag`` (so the
unscheduled list can take it back), and drags carrying contribution ids from
elsewhere are placed where they are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from planner.gui import commands
from planner.gui.mime import contribution_ids, contribution_mime
from planner.gui.timeline.geometry import MIN_DURATION, Slot, snap_minutes
from planner.gui.timeline.items import BlockItem
from planner.gui.timeline.preview import DragPreview

if TYPE_CHECKING:
    from planner.gui.document import PlanDocument
    from planner.gui.timeline.view import TimelineView

#: Distance from the viewport edge (pixels) where a drag scrolls the board.
AUTOSCROLL_MARGIN = 24


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in this module's context; ``n`` picks the plural form of ``%n``."""
    return QCoreApplication.translate("TimelineView", text, disambiguation or None, n)


@dataclass
class _Press:
    cid: str
    resize: bool
    origin: QPoint
    grab_dy: float
    active: bool = False


class DragController:
    """Mouse moves, resizes and drops for one :class:`TimelineView`."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view
        self.press: _Press | None = None
        self.preview: DragPreview | None = None
        self._drop_ids: list[str] = []
        self._last_pos: QPoint | None = None
        self._dimmed: BlockItem | None = None
        self._timer = QTimer(view)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._autoscroll)

    @property
    def document(self) -> PlanDocument:
        return self.view.document

    def target(self) -> Slot | None:
        return self.preview.slot if self.preview is not None else None

    # -- block drags -------------------------------------------------------------------
    def mouse_press(self, pos: QPoint, item: BlockItem) -> None:
        scene_pos = self.view.mapToScene(pos)
        placement = self.document.plan.placement(item.cid)
        if placement is None:
            return
        top = self.view.board_geometry().y_of(placement.start)
        resize = item.on_resize_handle(item.mapFromScene(scene_pos))
        self.press = _Press(item.cid, resize, pos, scene_pos.y() - top)

    def mouse_move(self, pos: QPoint) -> bool:
        """Handle a move with the button down; False when no block drag is going on."""
        press = self.press
        if press is None:
            return False
        if not press.active:
            if (pos - press.origin).manhattanLength() < QApplication.startDragDistance():
                return True
            press.active = True
            self._start_preview(press.cid)
            self.view.viewport().setCursor(
                Qt.CursorShape.SizeVerCursor if press.resize else Qt.CursorShape.ClosedHandCursor
            )
        if not press.resize and self._left_the_view(pos):
            self._hand_over_to_qdrag(press.cid)
            return True
        self._last_pos = pos
        self._update_block_drag()
        self._timer.start()
        return True

    def _left_the_view(self, pos: QPoint) -> bool:
        """Past the headers too: only then is the block meant for another widget."""
        return not self.view.rect().contains(self.view.viewport().mapTo(self.view, pos))

    def mouse_release(self) -> bool:
        """Finish a block drag with one command; False when there was none."""
        press, self.press = self.press, None
        if press is None or not press.active:
            return False
        preview = self.preview
        self._stop()
        if preview is None or preview.slot is None:
            return True
        plan = self.document.plan
        placement = plan.placement(press.cid)
        if placement is None:
            return True
        slot = preview.slot
        stack = self.document.undo_stack
        if press.resize:
            if preview.duration != plan.contribution(press.cid).duration:
                stack.push(commands.resize(self.document, press.cid, preview.duration))
        elif (slot.room_id, slot.start) != (placement.room, placement.start):
            stack.push(commands.move(self.document, press.cid, slot.room_id, slot.start))
        return True

    def cancel(self) -> bool:
        """Escape: drop the drag without changing anything."""
        if self.press is None or not self.press.active:
            return False
        self.press = None
        self._stop()
        return True

    def _update_block_drag(self) -> None:
        press, preview = self.press, self.preview
        if press is None or preview is None or self._last_pos is None:
            return
        geometry = self.view.board_geometry()
        plan = self.document.plan
        placement = plan.placement(press.cid)
        if placement is None:
            self.cancel()
            return
        scene_pos = self.view.mapToScene(self._last_pos)
        duration = plan.contribution(press.cid).duration
        if press.resize:
            start = placement.start
            start_minute = start.hour * 60 + start.minute
            end_minute = snap_minutes(geometry.minute_at(scene_pos.y()))
            end_minute = min(end_minute, max(geometry.end_minute, start_minute + duration))
            duration = max(MIN_DURATION, end_minute - start_minute)
            day_index = geometry.nearest_day_index(start.date())
            room_index = geometry.room_index.get(placement.room, 0)
            slot = Slot(day_index, room_index, placement.room, start)
        else:
            found = geometry.slot_at(scene_pos.x(), scene_pos.y() - press.grab_dy, duration)
            if found is None:
                return
            slot = found
        preview.show(slot, duration, resizing=press.resize)
        self.view.drag_target_changed()

    def _hand_over_to_qdrag(self, cid: str) -> None:
        """The block left the board: continue as a drag other widgets can accept."""
        item = self.view.block_item(cid)
        self.press = None
        self._stop()
        scene = self.view.board_scene()
        grabber = scene.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()
        drag = QDrag(self.view)
        drag.setMimeData(contribution_mime([cid]))
        if isinstance(item, BlockItem):
            drag.setPixmap(_block_pixmap(item, self.view.devicePixelRatioF()))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    # -- drops from elsewhere ----------------------------------------------------------
    def drag_enter(self, event: QDragEnterEvent) -> None:
        plan = self.document.plan
        ids = [cid for cid in contribution_ids(event.mimeData()) if cid in plan.contributions_by_id]
        if not ids or not plan.rooms or not plan.event.days:
            event.ignore()
            return
        self._drop_ids = ids
        self._start_preview(ids[0])
        self.drag_move(event)
        if not event.isAccepted():
            # Still take the enter event so we keep getting moves; the ghost stays hidden.
            event.setDropAction(_drop_action(event))
            event.accept()

    def drag_move(self, event: QDragMoveEvent) -> None:
        if not self._drop_ids or self.preview is None:
            event.ignore()
            return
        self._last_pos = event.position().toPoint()
        if not self._show_drop_ghost():
            event.ignore()
            return
        self._timer.start()
        event.setDropAction(_drop_action(event))
        event.accept()

    def _show_drop_ghost(self) -> bool:
        if self.preview is None or self._last_pos is None:
            return False
        slot = self._drop_slot(self._last_pos)
        if slot is None:
            self.preview.hide_ghost()
            self.view.drag_target_changed()
            return False
        self.preview.show(slot, self.preview.contribution.duration)
        self.view.drag_target_changed()
        return True

    def drag_leave(self) -> None:
        self._drop_ids = []
        self._stop()

    def drop(self, event: QDropEvent) -> None:
        ids = self._drop_ids
        slot = self._drop_slot(event.position().toPoint()) if ids else None
        self._drop_ids = []
        self._stop()
        if slot is None:
            event.ignore()
            return
        self.place(ids, slot.room_id, slot.start)
        event.setDropAction(_drop_action(event))
        event.accept()

    def place(self, ids: list[str], room_id: str, start: datetime) -> None:
        """Place (or move) ``ids`` one after another from ``start`` in ``room_id``."""
        document = self.document
        stack = document.undo_stack
        if len(ids) > 1:
            stack.beginMacro(tr("Place %n contribution(s)", "", len(ids)))
        for cid in ids:
            factory = commands.move if document.plan.placement(cid) else commands.place
            stack.push(factory(document, cid, room_id, start))
            start = start + timedelta(minutes=document.plan.contribution(cid).duration)
        if len(ids) > 1:
            stack.endMacro()
        self.view.select_contributions(ids)

    def _drop_slot(self, pos: QPoint) -> Slot | None:
        geometry = self.view.board_geometry()
        scene_pos = self.view.mapToScene(pos)
        if not 0 <= scene_pos.x() < geometry.width or not self.view.viewport().rect().contains(pos):
            return None
        duration = self.document.plan.contribution(self._drop_ids[0]).duration
        return geometry.slot_at(scene_pos.x(), scene_pos.y(), duration)

    # -- shared ------------------------------------------------------------------------
    def _start_preview(self, cid: str) -> None:
        self._stop()
        self.preview = DragPreview(
            self.view.board_scene(), self.document.plan, self.view.board_geometry(), cid
        )
        self._dimmed = self.view.board_scene().block(cid)
        if self._dimmed is not None:
            self._dimmed.setOpacity(0.4)  # the ghost is where it goes; this is where it was

    def _stop(self) -> None:
        self._timer.stop()
        self._last_pos = None
        if self._dimmed is not None:
            self._dimmed.setOpacity(1.0)
            self._dimmed = None
        if self.preview is not None:
            self.preview.clear()
            self.preview = None
            self.view.drag_target_changed()
        self.view.viewport().unsetCursor()

    def relayout(self) -> None:
        """The geometry changed mid-drag (zoom): rebuild the shading for the new layout."""
        if self.preview is None:
            return
        cid = self.preview.cid
        self.preview.clear()
        self.preview = DragPreview(
            self.view.board_scene(), self.document.plan, self.view.board_geometry(), cid
        )

    def _autoscroll(self) -> None:
        pos = self._last_pos
        if pos is None or self.preview is None:
            self._timer.stop()
            return
        rect = self.view.viewport().rect()
        dx = dy = 0
        if pos.y() < rect.top() + AUTOSCROLL_MARGIN:
            dy = -(rect.top() + AUTOSCROLL_MARGIN - pos.y())
        elif pos.y() > rect.bottom() - AUTOSCROLL_MARGIN:
            dy = pos.y() - (rect.bottom() - AUTOSCROLL_MARGIN)
        if pos.x() < rect.left() + AUTOSCROLL_MARGIN:
            dx = -(rect.left() + AUTOSCROLL_MARGIN - pos.x())
        elif pos.x() > rect.right() - AUTOSCROLL_MARGIN:
            dx = pos.x() - (rect.right() - AUTOSCROLL_MARGIN)
        if not dx and not dy:
            return
        vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        before = (vbar.value(), hbar.value())
        vbar.setValue(vbar.value() + max(-30, min(30, dy)))
        hbar.setValue(hbar.value() + max(-30, min(30, dx)))
        if (vbar.value(), hbar.value()) == before:
            return
        if self.press is not None:
            self._update_block_drag()
        elif self._drop_ids:
            self._show_drop_ghost()


def _drop_action(event: QDropEvent) -> Qt.DropAction:
    """Copy when the source allows it, so no source ever deletes what it dragged here."""
    if event.possibleActions() & Qt.DropAction.CopyAction:
        return Qt.DropAction.CopyAction
    return event.proposedAction()


def _block_pixmap(item: BlockItem, ratio: float = 1.0) -> QPixmap:
    """The block as the cursor carries it, at the screen's pixel ratio (crisp on high DPI)."""
    rect = item.rect()
    width, height = int(min(rect.width(), 260)), int(min(rect.height(), 90))
    pixmap = QPixmap(max(round(width * ratio), 1), max(round(height * ratio), 1))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setOpacity(0.85)
    painter.setClipRect(0, 0, width, height)
    item.paint(painter, None, None)  # type: ignore[arg-type]
    painter.end()
    return pixmap
