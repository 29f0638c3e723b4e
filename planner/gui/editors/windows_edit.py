"""Time windows as a list with day and time pickers: the keyboard way to edit them.

The twin of :class:`~planner.gui.editors.timeline_widget.AvailabilityTimeline` for
those who do not use a mouse (and for exact times): Add puts a new hour into the
first free gap and selects it, the pickers below edit the selected window, Remove
or Delete takes it away. Like the timeline it only emits ``windowsEdited`` with the
complete new tuple; the owner commits it and sets the windows back from the plan.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.gui.editors.edits import merged_windows
from planner.gui.i18n import format_date, format_time, format_time_range
from planner.model import TimeWindow


def day_text(day: date) -> str:
    """A day in full, as the locale writes it ("Montag, 7. Oktober 2019")."""
    return format_date(day, long=True)


def window_text(window: TimeWindow) -> str:
    start, end = window.start, window.end
    if start.date() == end.date() or end == datetime.combine(start.date() + timedelta(1), time()):
        return f"{day_text(start.date())}  {format_time_range(start, end)}"
    return (
        f"{day_text(start.date())} {format_time(start)} – {day_text(end.date())} {format_time(end)}"
    )


class WindowListEditor(QWidget):
    windowsEdited = Signal(object)
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[date, ...] = ()
        self._day_start = time(9)
        self._day_end = time(17)
        self._windows: tuple[TimeWindow, ...] = ()
        self._loading = False

        self.list = QListWidget()
        self.list.setObjectName("windowsList")
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.list.installEventFilter(self)
        self.day_combo = QComboBox()
        self.start_edit = QTimeEdit()
        self.end_edit = QTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
            edit.setKeyboardTracking(False)
        self.add_button = QPushButton(self.tr("&Add time"))
        self.remove_button = QPushButton(self.tr("Re&move time"))
        self.message = QLabel()
        self.message.setObjectName("windowsMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        pickers = QGridLayout()
        self.day_label = QLabel(self.tr("Day:"))
        pickers.addWidget(self.day_label, 0, 0)
        pickers.addWidget(self.day_combo, 0, 1)
        pickers.addWidget(QLabel(self.tr("From:")), 0, 2)
        pickers.addWidget(self.start_edit, 0, 3)
        pickers.addWidget(QLabel(self.tr("To:")), 0, 4)
        pickers.addWidget(self.end_edit, 0, 5)
        pickers.setColumnStretch(6, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(pickers)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.list.currentRowChanged.connect(self._on_row)
        self.add_button.clicked.connect(self.add_window)
        self.remove_button.clicked.connect(self.remove_current)
        self.day_combo.activated.connect(self._on_pickers)
        self.start_edit.editingFinished.connect(self._on_pickers)
        self.end_edit.editingFinished.connect(self._on_pickers)
        self._update_enabled()

    # -- state -------------------------------------------------------------------------
    def set_context(self, days: tuple[date, ...], day_start: time, day_end: time) -> None:
        self._days, self._day_start, self._day_end = tuple(days), day_start, day_end
        self._loading = True
        try:
            # What the (disabled) pickers show while no window is selected.
            self.start_edit.setTime(QTime(day_start.hour, day_start.minute))
            self.end_edit.setTime(QTime(day_end.hour, day_end.minute))
            self.day_combo.clear()
            for day in self._days:
                self.day_combo.addItem(day_text(day), day)
        finally:
            self._loading = False
        self._update_enabled()

    def set_windows(self, windows: tuple[TimeWindow, ...] | None) -> None:
        row = self.list.currentRow()
        self._windows = tuple(windows or ())
        self._loading = True
        try:
            self.list.clear()
            for window in self._windows:
                self.list.addItem(window_text(window))
            self.list.setCurrentRow(row if row < len(self._windows) else -1)
        finally:
            self._loading = False
        self._load_pickers()
        self._update_enabled()

    def windows(self) -> tuple[TimeWindow, ...]:
        return self._windows

    def current(self) -> int:
        return self.list.currentRow()

    def set_current(self, index: int) -> None:
        if index != self.list.currentRow():
            self.list.setCurrentRow(index)

    # -- edits -------------------------------------------------------------------------
    def add_window(self) -> None:
        """An hour (or what is left) in the first free gap; the pickers then edit it."""
        window = self._free_gap()
        if window is None:
            self._say(self.tr("There is no free time left for another window."))
            return
        self._emit((*self._windows, window), window.start)
        self.start_edit.setFocus()

    def _free_gap(self) -> TimeWindow | None:
        quarter, hour = timedelta(minutes=15), timedelta(hours=1)
        ordered = sorted(self._windows, key=lambda w: w.start)
        for day in self._days:
            cursor = datetime.combine(day, self._day_start)
            day_end = datetime.combine(day, self._day_end)
            for window in ordered:
                if window.end <= cursor or window.start >= day_end:
                    continue
                if window.start - cursor >= quarter:
                    return TimeWindow(cursor, min(cursor + hour, window.start))
                cursor = window.end
            if day_end - cursor >= quarter:
                return TimeWindow(cursor, min(cursor + hour, day_end))
        return None

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._windows):
            self._emit(self._windows[:row] + self._windows[row + 1 :], None)

    def _on_pickers(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._windows) or not self._days:
            return
        day = self.day_combo.currentData() or self._days[0]
        start = datetime.combine(day, self.start_edit.time().toPython())
        end = datetime.combine(day, self.end_edit.time().toPython())
        if end <= start:
            self._say(self.tr("The end must be after the start."))
            return
        self._say("")
        old = self._windows[row]
        if (old.start, old.end) == (start, end):
            return
        windows = list(self._windows)
        windows[row] = replace(old, start=start, end=end)
        self._emit(tuple(windows), start)

    def _emit(self, windows: tuple[TimeWindow, ...], select_at: datetime | None) -> None:
        merged = merged_windows(windows)
        index = -1
        if select_at is not None:
            index = next((i for i, w in enumerate(merged) if w.start <= select_at < w.end), -1)
        self.set_windows(merged)
        self.list.setCurrentRow(index)
        self.windowsEdited.emit(merged)

    # -- view --------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_row(self, row: int) -> None:
        self._load_pickers()
        self._update_enabled()
        if not self._loading:
            self.currentChanged.emit(row)

    def _load_pickers(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._windows):
            return
        window = self._windows[row]
        was, self._loading = self._loading, True
        try:
            index = self.day_combo.findData(window.start.date())
            if index >= 0:
                self.day_combo.setCurrentIndex(index)
            self.start_edit.setTime(QTime(window.start.hour, window.start.minute))
            self.end_edit.setTime(QTime(window.end.hour, window.end.minute))
        finally:
            self._loading = was

    def _update_enabled(self) -> None:
        selected = 0 <= self.list.currentRow() < len(self._windows)
        for widget in (self.day_combo, self.start_edit, self.end_edit, self.remove_button):
            widget.setEnabled(selected)
        self.day_combo.setVisible(len(self._days) > 1)
        self.day_label.setVisible(len(self._days) > 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and (
                event.matches(QKeySequence.StandardKey.Delete)
                or event.key() == Qt.Key.Key_Backspace
            )
        ):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)
