"""The board's fixed margins: room header on top, time ruler on the left.

They are plain widgets in the view's viewport margins, painted from the same
:class:`BoardGeometry` as the scene and mapped through the view, so they follow
horizontal (header) or vertical (ruler) scrolling and stay put in the other
direction. While a drag is in progress they highlight the target room and time.
"""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from planner.gui.i18n import format_date, format_time, format_time_range
from planner.gui.palette import board_theme, readable_on

if TYPE_CHECKING:
    from planner.gui.timeline.view import TimelineView

DAY_ROW = 22
ROOM_ROW = 40
HEADER_HEIGHT = DAY_ROW + ROOM_ROW
RULER_WIDTH = 58


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("TimelineHeader", text, disambiguation, n)


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class RoomHeader(QWidget):
    """Day names and, under them, each room's name and capacity."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("timelineRoomHeader")
        self.setMouseTracking(True)

    def _column_spans(self) -> list[tuple[int, int, float, float]]:
        """(day index, room index, left, right) in header coordinates for each column."""
        geometry = self.view.board_geometry()
        spans = []
        for day_index in range(len(geometry.days)):
            for room_index in range(len(geometry.rooms)):
                x = geometry.column_x(day_index, room_index)
                left = self.view.mapFromScene(QPointF(x, 0)).x()
                right = self.view.mapFromScene(QPointF(x + geometry.column_width, 0)).x()
                if right >= 0 and left <= self.width():
                    spans.append((day_index, room_index, float(left), float(right)))
        return spans

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self.view.board_geometry()
        painter = QPainter(self)
        theme = board_theme()
        painter.fillRect(self.rect(), theme.header_bg)
        day_font, name_font, small_font = _font(12, True), _font(12, True), _font(11)
        elide = Qt.TextElideMode.ElideRight
        target = self.view.drag_target()
        for day_index, day in enumerate(geometry.days):
            left = self.view.mapFromScene(QPointF(geometry.day_x(day_index), 0)).x()
            right = left + geometry.day_width
            if right < 0 or left > self.width():
                continue
            # The name stays over the visible part of its day, like a sticky heading.
            rect = QRectF(max(left, 0), 0, min(right, self.width()) - max(left, 0), DAY_ROW)
            painter.setFont(day_font)
            painter.setPen(theme.header_text)
            text = format_date(day, long=True)
            text = QFontMetricsF(day_font).elidedText(text, elide, rect.width() - 8)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(theme.header_line)
            painter.drawLine(QPointF(left, DAY_ROW - 0.5), QPointF(right, DAY_ROW - 0.5))
        name_metrics, small_metrics = QFontMetricsF(name_font), QFontMetricsF(small_font)
        for day_index, room_index, left, right in self._column_spans():
            room = geometry.rooms[room_index]
            rect = QRectF(left, DAY_ROW, right - left, ROOM_ROW)
            if target is not None and (target.day_index, target.room_index) == (
                day_index,
                room_index,
            ):
                painter.fillRect(rect, theme.target_bg)
            painter.setPen(theme.header_line)
            painter.drawLine(QPointF(left, DAY_ROW), QPointF(left, HEADER_HEIGHT))
            inner = rect.adjusted(6, 3, -6, -3)
            painter.setFont(name_font)
            painter.setPen(theme.header_text)
            name = name_metrics.elidedText(room.name, elide, inner.width())
            painter.drawText(
                QPointF(
                    inner.left() + (inner.width() - name_metrics.horizontalAdvance(name)) / 2,
                    inner.top() + name_metrics.ascent(),
                ),
                name,
            )
            painter.setFont(small_font)
            painter.setPen(theme.muted_text)
            detail = self._capacity_text(room.capacity)
            detail = small_metrics.elidedText(detail, elide, inner.width())
            painter.drawText(
                QPointF(
                    inner.left() + (inner.width() - small_metrics.horizontalAdvance(detail)) / 2,
                    inner.top() + name_metrics.height() + small_metrics.ascent() + 1,
                ),
                detail,
            )
        painter.setPen(QPen(theme.header_line, 1))
        painter.drawLine(
            QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5)
        )
        painter.end()

    @staticmethod
    def _capacity_text(capacity: int | None) -> str:
        if capacity is None:
            return tr("capacity not set")
        return tr("%n seats", "", capacity)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            x = event.pos().x()
            geometry = self.view.board_geometry()
            for _day, room_index, left, right in self._column_spans():
                if left <= x < right:
                    room = geometry.rooms[room_index]
                    lines = [room.name, self._capacity_text(room.capacity)]
                    if room.features:
                        lines.append(tr("Equipment: %1").replace("%1", ", ".join(room.features)))
                    for window in room.unavailable:
                        lines.append(
                            tr("Unavailable %1").replace(
                                "%1", format_time_range(window.start, window.end)
                            )
                        )
                    QToolTip.showText(event.globalPos(), "\n".join(lines), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


def ruler_label(minute: int, hour: bool) -> str:
    """A ruler mark in the locale's clock: "14:00" and "14:15"; on a 12-hour clock the
    shorter "2 PM" and "2:15", which fit the ruler's width."""
    moment = time(minute // 60, minute % 60)
    if "a" not in QLocale().timeFormat(QLocale.FormatType.ShortFormat).lower():
        return format_time(moment)
    if hour:
        return QLocale().toString(QTime(moment.hour, 0), "h AP")
    return f"{moment.hour % 12 or 12}:{moment.minute:02d}"


class TimeRuler(QWidget):
    """Hour labels (and quarter hours when there is room) beside the grid."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("timelineRuler")

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self.view.board_geometry()
        painter = QPainter(self)
        theme = board_theme()
        painter.fillRect(self.rect(), theme.header_bg)
        hour_font, quarter_font = _font(12, True), _font(10)
        hour_metrics, quarter_metrics = QFontMetricsF(hour_font), QFontMetricsF(quarter_font)
        quarter_step = geometry.minute_height * 15
        labels_every = 15 if quarter_step >= 16 else 30 if quarter_step >= 8 else 60
        width = self.width()
        first = geometry.start_minute - geometry.start_minute % 15
        for minute in range(first, geometry.end_minute + 1, 15):
            y = self.view.mapFromScene(QPointF(0, geometry.y_of_minute(minute))).y()
            if y < -20 or y > self.height() + 20:
                continue
            hour = minute % 60 == 0
            painter.setPen(theme.header_line)
            tick = 10 if hour else 5
            painter.drawLine(QPointF(width - tick, y + 0.5), QPointF(width, y + 0.5))
            if minute % labels_every and not hour:
                continue
            text = ruler_label(minute, hour)
            if hour:
                painter.setFont(hour_font)
                painter.setPen(theme.header_text)
                metrics = hour_metrics
            else:
                painter.setFont(quarter_font)
                painter.setPen(theme.muted_text)
                metrics = quarter_metrics
            x = width - 12 - metrics.horizontalAdvance(text)
            baseline = y + metrics.ascent() / 2 - 1
            baseline = max(baseline, metrics.ascent())
            painter.drawText(QPointF(x, baseline), text)
        target = self.view.drag_target()
        if target is not None:
            minute = target.start.hour * 60 + target.start.minute
            y = self.view.mapFromScene(QPointF(0, geometry.y_of_minute(minute))).y()
            text = format_time(target.start)
            box = QRectF(2, y - hour_metrics.height() / 2 - 2, width - 4, hour_metrics.height() + 4)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.target_text)
            painter.drawRoundedRect(box, 4, 4)
            painter.setFont(hour_font)
            painter.setPen(readable_on(theme.target_text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(theme.header_line)
        painter.drawLine(QPointF(width - 0.5, 0), QPointF(width - 0.5, self.height()))
        painter.end()


class Corner(QWidget):
    """Fills the top-left corner between header and ruler."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        theme = board_theme()
        painter.fillRect(self.rect(), theme.header_bg)
        painter.setPen(theme.header_line)
        painter.drawLine(
            QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5)
        )
        painter.drawLine(QPointF(self.width() - 0.5, 0), QPointF(self.width() - 0.5, self.height()))
        painter.end()
