"""How the availability timeline looks: day rows, hour ruler, windows and handles.

Kept apart from the interaction in :mod:`timeline_widget`; a mixin over the
widget's geometry helpers (``_row_rect``, ``x_of_minute``, ``_segments``…).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen

from planner.gui.i18n import format_time_range
from planner.model import TimeWindow


class TimelinePainting:
    """Painting of :class:`AvailabilityTimeline` (``self`` is that widget)."""

    def _day_label(self, day: date) -> str:
        locale = QLocale()
        qdate = QDate(day.year, day.month, day.day)
        # Short and unambiguous: "Mon 7 Oct"; German writes the day as an ordinal ("Mo. 7. Okt.").
        german = locale.language() == QLocale.Language.German
        return locale.toString(qdate, "ddd d. MMM" if german else "ddd d MMM")

    @staticmethod
    def _hour_label(hour: int) -> str:
        """ "14:00" on a 24-hour clock, "2 PM" on a 12-hour one (the board's ruler does so)."""
        locale = QLocale()
        if "a" in locale.timeFormat(QLocale.FormatType.ShortFormat).lower():
            return locale.toString(QTime(hour, 0), "h AP")
        return locale.toString(QTime(hour, 0), "HH:mm")

    def _shown(self) -> tuple[TimeWindow, ...] | None:
        """The windows as they look right now, with a gesture in progress applied."""
        drag = self._drag
        if drag is None or drag.current is None:
            return self._windows
        windows = list(self._windows or ())
        if drag.part is None:
            windows.append(drag.current)
        else:
            windows[drag.index] = drag.current
        return tuple(windows)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlpha(140)
        painter.fillRect(self.rect(), palette.color(palette.ColorRole.Base))
        self._paint_ruler(painter, muted)
        shown = self._shown()
        for row, day in enumerate(self._days):
            rect = self._row_rect(row)
            painter.fillRect(rect, palette.color(palette.ColorRole.AlternateBase))
            painter.setPen(text)
            painter.drawText(
                QRectF(4, rect.top(), self._left() - 8, rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._day_label(day),
            )
            if shown is None or not shown:
                fill = QColor(self.colour)
                fill.setAlpha(45 if shown is None else 0)
                painter.fillRect(rect, fill)
                painter.setPen(muted)
                label = self.none_text if shown is None else self.empty_text
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        self._paint_hour_lines(painter)
        for index, _row, rect, has_start, has_end in self._segments(shown or ()):
            self._paint_window(painter, (shown or ())[index], index, rect, has_start, has_end)
        if self.hasFocus():
            pen = QPen(palette.color(palette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _paint_ruler(self, painter: QPainter, colour: QColor) -> None:
        painter.setPen(colour)
        metrics = self.fontMetrics()
        hour_px = self._span_px() / max(1, (self._end - self._start) / 60)
        labels = {hour: self._hour_label(hour) for hour in range(24)}
        room = max(metrics.horizontalAdvance(text) for text in labels.values()) + 12
        every = next((n for n in (1, 2, 3, 4, 6, 12) if hour_px * n >= room), 24)
        for hour in range(-(-self._start // 60), self._end // 60 + 1):
            if hour % every:
                continue
            x = self.x_of_minute(hour * 60)
            label = labels[hour % 24]
            width = metrics.horizontalAdvance(label)
            left = min(x - width / 2, self.width() - width - 2)
            painter.drawText(QRectF(left, 2, width + 2, self.RULER - 4), label)

    def _paint_hour_lines(self, painter: QPainter) -> None:
        # Text colour, faint: visible on light and dark palettes alike.
        line = QColor(self.palette().color(self.palette().ColorRole.Text))
        line.setAlpha(45)
        painter.setPen(QPen(line, 1))
        top, bottom = float(self.RULER), float(self.RULER + len(self._days) * self.ROW - 4)
        for hour in range(-(-self._start // 60), self._end // 60 + 1):
            x = self.x_of_minute(hour * 60)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _paint_window(
        self,
        painter: QPainter,
        window: TimeWindow,
        index: int,
        rect: QRectF,
        has_start: bool,
        has_end: bool,
    ) -> None:
        selected = index == self._current
        fill = QColor(self.colour)
        fill.setAlpha(200 if selected else 150)
        painter.setPen(QPen(self.colour.darker(150), 2.5 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        label = format_time_range(window.start, window.end)
        if self.fontMetrics().horizontalAdvance(label) + 8 < rect.width():
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour.darker(170))
            for x, present in ((rect.left(), has_start), (rect.right(), has_end)):
                if present:
                    painter.drawRoundedRect(QRectF(x - 3, rect.center().y() - 7, 6, 14), 2, 2)
