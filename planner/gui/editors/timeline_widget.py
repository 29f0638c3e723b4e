"""A day timeline to draw time windows with the mouse (speaker availability, room closures).

One row per event day, time running left to right from ``day_start`` to ``day_end``.
Dragging on free space draws a window, dragging a window's edge resizes it, dragging
its body moves it (also to another day), Delete or a right click removes it. Times
snap to quarter hours (5 minutes with Shift held), counted from midnight like the
board's grid. The widget holds a copy of the windows only to draw them; every
finished gesture emits ``windowsEdited`` with the complete new tuple and the owner
turns it into one undoable command and sets the windows back from the plan.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.gui.editors.edits import merged_windows
from planner.gui.editors.timeline_paint import TimelinePainting
from planner.model import TimeWindow

SNAP = 15
FINE_SNAP = 5


class Part(enum.Enum):
    START = "start"
    END = "end"
    BODY = "body"


@dataclass
class _Drag:
    part: Part | None  # None: drawing a new window
    index: int  # the window dragged, -1 while drawing
    row: int  # the day row the gesture started on
    anchor: datetime  # snapped time under the press
    original: TimeWindow | None
    current: TimeWindow | None = None


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


class AvailabilityTimeline(TimelinePainting, QWidget):
    #: The whole new tuple of windows after a finished gesture or removal.
    windowsEdited = Signal(object)
    #: Index of the selected window, -1 for none.
    currentChanged = Signal(int)

    RULER = 22
    ROW = 36
    EDGE = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availabilityTimeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            self.tr(
                "Drag on free space to add a time window, drag an edge to resize it, drag it "
                "to move it. Delete or a right click removes it. Hold Shift for 5-minute steps."
            )
        )
        self._days: tuple[date, ...] = ()
        self._start = 9 * 60
        self._end = 17 * 60
        self._windows: tuple[TimeWindow, ...] | None = ()
        self._current = -1
        self._drag: _Drag | None = None
        self.colour = QColor("#59a14f")
        self.none_text = self.tr("Available all event long")
        self.empty_text = self.tr("No time windows")
        self._update_height()

    # -- state -------------------------------------------------------------------------
    def set_context(self, days: tuple[date, ...], day_start: time, day_end: time) -> None:
        self._days = tuple(days)
        self._start, self._end = (
            _minutes(day_start),
            max(_minutes(day_end), _minutes(day_start) + 15),
        )
        self._update_height()
        self.update()

    def set_windows(self, windows: tuple[TimeWindow, ...] | None) -> None:
        """Show ``windows`` (``None``: no restriction at all); keeps the selection if it can."""
        self._windows = None if windows is None else tuple(windows)
        self._drag = None
        count = len(self._windows or ())
        if self._current >= count:
            self._set_current(-1)
        self.update()

    def windows(self) -> tuple[TimeWindow, ...] | None:
        return self._windows

    def current(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        self._set_current(index if 0 <= index < len(self._windows or ()) else -1)

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.currentChanged.emit(index)
            self.update()

    def _emit(self, windows: tuple[TimeWindow, ...], select_at: datetime | None) -> None:
        merged = merged_windows(windows)
        self._windows = merged
        index = -1
        if select_at is not None:
            index = next((i for i, w in enumerate(merged) if w.start <= select_at < w.end), -1)
        self._set_current(index)
        self.update()
        self.windowsEdited.emit(merged)

    def remove_current(self) -> bool:
        windows = self._windows or ()
        if not 0 <= self._current < len(windows):
            return False
        rest = windows[: self._current] + windows[self._current + 1 :]
        self._current = -1
        self.currentChanged.emit(-1)
        self._emit(rest, None)
        return True

    # -- geometry ----------------------------------------------------------------------
    def _update_height(self) -> None:
        self.setFixedHeight(self.RULER + max(1, len(self._days)) * self.ROW + 6)

    def sizeHint(self) -> QSize:
        return QSize(560, self.height())

    def _label_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._day_label(date(2019, 12, 30))) + 14

    def _left(self) -> float:
        return float(self._label_width())

    def _span_px(self) -> float:
        return max(1.0, self.width() - self._left() - 10)

    def x_of_minute(self, minute: float) -> float:
        return self._left() + (minute - self._start) / (self._end - self._start) * self._span_px()

    def _row_rect(self, row: int) -> QRectF:
        top = self.RULER + row * self.ROW + 2
        return QRectF(self._left(), top, self._span_px(), self.ROW - 6)

    def _row_at(self, y: float) -> int | None:
        if not self._days or y < self.RULER:
            return None
        row = int((y - self.RULER) // self.ROW)
        return row if row < len(self._days) else None

    def point_at(self, moment: datetime) -> QPoint:
        """Where ``moment`` is drawn (the middle of its day's row); used by tests and hints."""
        row = self._days.index(moment.date()) if moment.date() in self._days else 0
        x = self.x_of_minute(moment.hour * 60 + moment.minute)
        return QPoint(round(x), round(self._row_rect(row).center().y()))

    def _row_of(self, moment: datetime) -> int:
        day = moment.date()
        return self._days.index(day) if day in self._days else 0

    def _time_at(self, x: float, row: int, fine: bool) -> datetime:
        step = FINE_SNAP if fine else SNAP
        raw = self._start + (x - self._left()) / self._span_px() * (self._end - self._start)
        minute = max(self._start, min(self._end, round(raw / step) * step))
        return datetime.combine(self._days[row], time()) + timedelta(minutes=minute)

    def _segments(
        self, windows: tuple[TimeWindow, ...]
    ) -> list[tuple[int, int, QRectF, bool, bool]]:
        """(window index, row, rect, has start edge, has end edge) for each visible piece."""
        found = []
        for index, window in enumerate(windows):
            for row, day in enumerate(self._days):
                day_start = datetime.combine(day, time()) + timedelta(minutes=self._start)
                day_end = datetime.combine(day, time()) + timedelta(minutes=self._end)
                start, end = max(window.start, day_start), min(window.end, day_end)
                if start >= end:
                    continue
                rect = self._row_rect(row)
                left = self.x_of_minute(self._start + (start - day_start).total_seconds() / 60)
                right = self.x_of_minute(self._start + (end - day_start).total_seconds() / 60)
                piece = QRectF(left, rect.top(), right - left, rect.height())
                found.append((index, row, piece, window.start >= day_start, window.end <= day_end))
        return found

    def hit(self, pos: QPoint) -> tuple[int, Part] | None:
        """The window and the part of it under ``pos`` (edges win within a few pixels)."""
        best: tuple[float, int, Part] | None = None
        for index, _row, rect, has_start, has_end in self._segments(self._windows or ()):
            if not rect.top() <= pos.y() <= rect.bottom():
                continue
            for part, x, present in (
                (Part.START, rect.left(), has_start),
                (Part.END, rect.right(), has_end),
            ):
                distance = abs(pos.x() - x)
                if present and distance <= self.EDGE and (best is None or distance < best[0]):
                    best = (distance, index, part)
            if best is None and rect.left() <= pos.x() <= rect.right():
                best = (self.EDGE + 1.0, index, Part.BODY)
        return None if best is None else (best[1], best[2])

    # -- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        row = self._row_at(pos.y())
        found = self.hit(pos)
        if event.button() == Qt.MouseButton.RightButton:
            if found is not None:
                self._set_current(found[0])
                self.remove_current()
            event.accept()
            return
        if event.button() != Qt.MouseButton.LeftButton or row is None:
            super().mousePressEvent(event)
            return
        fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        anchor = self._time_at(pos.x(), row, fine)
        if found is None:
            self._set_current(-1)
            self._drag = _Drag(None, -1, row, anchor, None)
        else:
            index, part = found
            self._set_current(index)
            original = (self._windows or ())[index]
            self._drag = _Drag(part, index, row, anchor, original, original)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            found = self.hit(pos)
            shape = Qt.CursorShape.ArrowCursor
            if found is not None:
                shape = (
                    Qt.CursorShape.OpenHandCursor
                    if found[1] == Part.BODY
                    else Qt.CursorShape.SizeHorCursor
                )
            self.setCursor(shape)
            return
        fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        row = self._row_at(pos.y())
        drag.current = self._dragged(drag, pos.x(), drag.row if row is None else row, fine)
        self.update()

    def _dragged(self, drag: _Drag, x: float, row: int, fine: bool) -> TimeWindow | None:
        step = timedelta(minutes=FINE_SNAP if fine else SNAP)
        if drag.part is None:  # drawing: stays on the day it started on
            moment = self._time_at(x, drag.row, fine)
            if moment == drag.anchor:
                return None
            return TimeWindow(min(moment, drag.anchor), max(moment, drag.anchor))
        original = drag.original
        assert original is not None
        if drag.part is Part.START:
            moment = self._time_at(x, self._row_of(original.start), fine)
            return replace(original, start=min(moment, original.end - step))
        if drag.part is Part.END:
            moment = self._time_at(x, self._row_of(original.end - timedelta(minutes=1)), fine)
            return replace(original, end=max(moment, original.start + step))
        delta = self._time_at(x, row, fine) - drag.anchor
        moved = replace(original, start=original.start + delta, end=original.end + delta)
        day_start = datetime.combine(moved.start.date(), time()) + timedelta(minutes=self._start)
        day_end = datetime.combine(moved.start.date(), time()) + timedelta(minutes=self._end)
        length = original.end - original.start
        if moved.start < day_start:
            moved = replace(moved, start=day_start, end=day_start + length)
        elif moved.end > day_end and length <= day_end - day_start:
            moved = replace(moved, start=day_end - length, end=day_end)
        return moved

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        windows = list(self._windows or ())
        new = drag.current
        if new is None or new == drag.original:
            self.update()
            return
        if drag.part is None:
            windows.append(new)
        else:
            windows[drag.index] = new
        self._emit(tuple(windows), new.start)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()  # the right click already removed the window under it

    # -- keyboard ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = len(self._windows or ())
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.remove_current():
            event.accept()
        elif key == Qt.Key.Key_Right and count:
            self._set_current(min(count - 1, self._current + 1))
        elif key == Qt.Key.Key_Left and count:
            self._set_current(max(0, self._current - 1) if self._current >= 0 else count - 1)
        elif key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._current < 0 and self._windows:
            self._set_current(0)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
