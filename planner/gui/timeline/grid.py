"""The board's background: room columns, hour and quarter-hour lines, and the
times a room is unavailable (hatched, always visible).

Everything that depends only on the layout is computed once per geometry, so
painting a scrolled or exposed area just fills prepared rectangles.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from planner.gui.timeline.geometry import BoardGeometry

BACKGROUND = QColor("#f4f5f7")
COLUMN = QColor("#ffffff")
COLUMN_ALT = QColor("#fafbfc")
HOUR_LINE = QColor("#b9bec7")
HALF_LINE = QColor("#d5d9df")
QUARTER_LINE = QColor("#e8eaee")
UNAVAILABLE = QColor(225, 227, 232)
UNAVAILABLE_HATCH = QColor(120, 120, 135, 90)


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
        # (y, pen) for every quarter hour inside the day, on absolute quarter hours.
        first = -(-geometry.start_minute // 15) * 15
        quarter_visible = geometry.minute_height * 15 >= 6
        self.lines: list[tuple[float, QPen]] = []
        for minute in range(first, geometry.end_minute + 1, 15):
            if minute % 60 == 0:
                colour = HOUR_LINE
            elif minute % 30 == 0:
                colour = HALF_LINE
            elif quarter_visible:
                colour = QUARTER_LINE
            else:
                continue
            self.lines.append((round(geometry.y_of_minute(minute)) + 0.5, QPen(colour, 1)))

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
        painter.fillRect(rect, BACKGROUND)
        for column, alternate in self.columns:
            if column.intersects(rect):
                painter.fillRect(column, COLUMN_ALT if alternate else COLUMN)
        hatch = QBrush(UNAVAILABLE_HATCH, Qt.BrushStyle.BDiagPattern)
        for window in self.unavailable:
            if window.intersects(rect):
                painter.fillRect(window, UNAVAILABLE)
                painter.fillRect(window, hatch)
        for day_index in range(len(geometry.days)):
            left = geometry.day_x(day_index)
            right = left + geometry.day_width
            if right < rect.left() or left > rect.right():
                continue
            for y, pen in self.lines:
                if rect.top() - 1 <= y <= rect.bottom() + 1:
                    painter.setPen(pen)
                    painter.drawLine(QLineF(left, y, right, y))
            painter.setPen(QPen(HOUR_LINE, 1))
            for room_index in range(len(geometry.rooms) + 1):
                x = round(geometry.column_x(day_index, room_index)) + 0.5
                painter.drawLine(QLineF(x, 0, x, geometry.height))
