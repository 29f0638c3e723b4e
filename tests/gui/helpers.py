"""Synthesized drag-and-drop and mouse drags for GUI tests.

``qtbot.mouseMove`` cannot start a real drag (``QDrag.exec`` runs its own event
loop), so drops are tested by sending the drag events a drop would produce, as
orange-canvas-core's ``gui/test.py`` ``dragDrop()`` does. Mouse drags on the
board are sent as explicit press/move/release events with the button held, so
they do not depend on the platform's idea of the pressed buttons.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

COPY_OR_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def drag_enter(widget: QWidget, mime: QMimeData, pos: QPoint, actions=COPY_OR_MOVE) -> bool:
    """Send a drag-enter followed by a drag-move at ``pos``; True when both are accepted."""
    with warnings.catch_warnings():  # PySide marks the QPoint overload deprecated; it is the one
        warnings.simplefilter("ignore", DeprecationWarning)  # that QDragEnterEvent reliably has
        enter = QDragEnterEvent(pos, actions, mime, LEFT, NO_MODIFIER)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    return drag_move(widget, mime, pos, actions)


def drag_move(widget: QWidget, mime: QMimeData, pos: QPoint, actions=COPY_OR_MOVE) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        move = QDragMoveEvent(pos, actions, mime, LEFT, NO_MODIFIER)
    QApplication.sendEvent(widget, move)
    return move.isAccepted()


def drag_leave(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QDragLeaveEvent())


def drop(widget: QWidget, mime: QMimeData, pos: QPoint, actions=COPY_OR_MOVE) -> bool:
    event = QDropEvent(QPointF(pos), actions, mime, LEFT, NO_MODIFIER)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def drag_drop(widget: QWidget, mime: QMimeData, pos: QPoint, actions=COPY_OR_MOVE) -> bool:
    """A whole drop at ``pos``: enter, move, drop (or leave when the move is refused)."""
    if not drag_enter(widget, mime, pos, actions):
        drag_leave(widget)
        return False
    return drop(widget, mime, pos, actions)


def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, button, buttons, modifiers) -> None:
    local = QPointF(pos)
    global_pos = QPointF(widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, QMouseEvent(kind, local, global_pos, button, buttons, modifiers))


def mouse_press(widget: QWidget, pos: QPoint, modifiers=NO_MODIFIER) -> None:
    _mouse(widget, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT, modifiers)


def mouse_move(widget: QWidget, pos: QPoint, held: bool = True) -> None:
    _mouse(widget, QEvent.Type.MouseMove, pos, NO_BUTTON, LEFT if held else NO_BUTTON, NO_MODIFIER)


def mouse_release(widget: QWidget, pos: QPoint) -> None:
    _mouse(widget, QEvent.Type.MouseButtonRelease, pos, LEFT, NO_BUTTON, NO_MODIFIER)


def path(start: QPoint, end: QPoint, steps: int = 6) -> Sequence[QPoint]:
    return [start + (end - start) * (i / steps) for i in range(1, steps + 1)]


def mouse_drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press at ``start``, move in ``steps`` to ``end`` with the button held, release."""
    mouse_press(widget, start)
    for point in path(start, end, steps):
        mouse_move(widget, point)
    mouse_release(widget, end)
