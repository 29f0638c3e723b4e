"""The board's background: room columns, hour and quarter-hour lines, and the
times a room is unavailable (hatched, always visible).

Everything that depends only on the layout is computed once per geometry, so
painting a scrolled or exposed area just fills prepared rectangles. Colours come
from the application palette at paint time (:func:`planner.gui.palette.board_theme`),
so the board follows a light or dark system theme.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from planner.gui.palette import board_theme
from planner.gui.timeline.geometry import BoardGeometry

HOUR, HALF, QUARTER = 0, 1, 2


class Grid:
    """Prepared background shapes for one :class:`BoardGeometry`."""

    def __init__(self, geometry: BoardGeometry) -> None:
        self.geometry = geometry
        self.columns: list[tuple[QRectF, bool]] = []
        for day_index in range(len(geometry.days)):
            for room_index in range(len(geometry.rooms)):
                x = geometry.column_x(day_index, room_index)
                rect = QRectF(x, 0, geometry.column_width, geometry.height)
                self.columns.append((rect, room_index % 2 == 1))
        self.unavailable = self._unavailable_rects()
        # (y, level) for every quarter hour inside the day, on absolute quarter hours.
        first = -(-geometry.start_minute // 15) * 15
        quarter_visible = geometry.minute_height * 15 >= 6
        self.lines: list[tuple[float, int]] = []
        for minute in range(first, geometry.end_minute + 1, 15):
            if minute % 60 == 0:
                level = HOUR
            elif minute % 30 == 0:
                level = HALF
            elif quarter_visible:
                level = QUARTER
            else:
                continue
            self.lines.append((round(geometry.y_of_minute(minute)) + 0.5, level))

    def _unavailable_rects(self) -> list[QRectF]:
        geometry = self.geometry
        rects = []
        for day_index, day in enumerate(geometry.days):
            opens = datetime.combine(day, time()) + timedelta(minutes=geometry.start_minute)
            closes = opens + timedelta(minutes=geometry.day_minutes)
            for room_index, room in enumerate(geometry.rooms):
                for window in room.unavailable:
                    start, end = max(window.start, opens), min(window.end, closes)
                    if start >= end:
                        continue
                    top = geometry.y_of_minute(
                        (start - opens).total_seconds() / 60 + geometry.start_minute
                    )
                    bottom = geometry.y_of_minute(
                        (end - opens).total_seconds() / 60 + geometry.start_minute
                    )
                    x = geometry.column_x(day_index, room_index)
                    rects.append(QRectF(x, top, geometry.column_width, bottom - top))
        return rects

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        geometry = self.geometry
        theme = board_theme()
        pens = {
            HOUR: QPen(theme.hour_line, 1),
            HALF: QPen(theme.half_line, 1),
            QUARTER: QPen(theme.quarter_line, 1),
        }
        painter.fillRect(rect, theme.background)
        for column, alternate in self.columns:
            if column.intersects(rect):
                painter.fillRect(column, theme.column_alt if alternate else theme.column)
        hatch = QBrush(theme.unavailable_hatch, Qt.BrushStyle.BDiagPattern)
        for window in self.unavailable:
            if window.intersects(rect):
                painter.fillRect(window, theme.unavailable)
                painter.fillRect(window, hatch)
        for day_index in range(len(geometry.days)):
            left = geometry.day_x(day_index)
            right = left + geometry.day_width
            if right < rect.left() or left > rect.right():
                continue
            for y, level in self.lines:
                if rect.top() - 1 <= y <= rect.bottom() + 1:
                    painter.setPen(pens[level])
                    painter.drawLine(QLineF(left, y, right, y))
            painter.setPen(pens[HOUR])
            for room_index in range(len(geometry.rooms) + 1):
                x = round(geometry.column_x(day_index, room_index)) + 0.5
                painter.drawLine(QLineF(x, 0, x, geometry.height))
