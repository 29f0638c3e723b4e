"""Plan ▸ Event Settings…: title, venue, days, opening hours, timezone, organiser.

A modal dialog that returns a new :class:`Event` (kept extras and all) or None; the
caller applies it as one undoable command. Input that would make a broken plan —
no title, no day, the end not after the start, an unknown timezone — is refused in
the dialog with a message beside the buttons. Placements that the new days or hours
would put outside the event are counted live, so the organiser knows before OK.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.gui.editors.edits import newly_outside
from planner.gui.editors.windows_edit import day_text
from planner.model import Event, Organizer, Plan


@cache
def timezone_names() -> list[str]:
    """IANA zones from the system or the ``tzdata`` package, without legacy aliases."""
    names = available_timezones() - {"localtime", "Factory"}
    return sorted(n for n in names if "/" in n or n == "UTC")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EventDialog(QDialog):
    def __init__(self, event: Event, plan: Plan | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Event Settings"))
        self._event = event
        self._plan = plan
        self._days: list[date] = sorted(set(event.days))

        self.title_edit = QLineEdit(event.title)
        self.venue_edit = QLineEdit(event.venue or "")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        if self._days:
            self.calendar.setSelectedDate(_qdate(self._days[0]))
        self.days_list = QListWidget()
        self.days_list.setObjectName("eventDays")
        self.days_list.installEventFilter(self)
        self.add_day_button = QPushButton(self.tr("&Add day"))
        self.remove_day_button = QPushButton(self.tr("&Remove day"))
        for button in (self.add_day_button, self.remove_day_button):
            button.setAutoDefault(False)  # Return means OK
        self.start_edit = QTimeEdit(QTime(event.day_start.hour, event.day_start.minute))
        self.end_edit = QTimeEdit(QTime(event.day_end.hour, event.day_end.minute))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.timezone_combo = QComboBox()
        self.timezone_combo.setObjectName("eventTimezone")
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(timezone_names())
        completer = QCompleter(timezone_names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)
        self.timezone_combo.setCurrentText(event.timezone)
        self.changeover_spin = QSpinBox()
        self.changeover_spin.setRange(0, 240)
        self.changeover_spin.setSuffix(self.tr(" min"))
        self.changeover_spin.setValue(event.changeover_minutes)
        organizer = event.organizer
        self.organizer_name_edit = QLineEdit(organizer.name if organizer else "")
        self.organizer_email_edit = QLineEdit((organizer.email or "") if organizer else "")
        self.message = QLabel()
        self.message.setObjectName("eventMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        days_box = QGroupBox(self.tr("Days"))
        days_layout = QGridLayout(days_box)
        days_layout.addWidget(self.calendar, 0, 0, 3, 1)
        days_layout.addWidget(self.days_list, 0, 1)
        days_layout.addWidget(self.add_day_button, 1, 1)
        days_layout.addWidget(self.remove_day_button, 2, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Venue:"), self.venue_edit)
        form.addRow(self.tr("&Starts at:"), self.start_edit)
        form.addRow(self.tr("&Ends at:"), self.end_edit)
        form.addRow(self.tr("Time&zone:"), self.timezone_combo)
        form.addRow(self.tr("&Changeover:"), self.changeover_spin)
        form.addRow(self.tr("&Organiser:"), self.organizer_name_edit)
        form.addRow(self.tr("Organiser's e-&mail:"), self.organizer_email_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(days_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_day_button.clicked.connect(self.add_selected_day)
        self.calendar.activated.connect(self.add_selected_day)
        self.remove_day_button.clicked.connect(self.remove_current_day)
        for signal in (
            self.title_edit.textChanged,
            self.start_edit.timeChanged,
            self.end_edit.timeChanged,
            self.timezone_combo.currentTextChanged,
            self.organizer_email_edit.textChanged,
            self.organizer_name_edit.textChanged,
        ):
            signal.connect(self._validate)
        self._show_days()
        # Room for three lines of messages, and an explicit minimum size so the layout
        # does not re-impose one whenever a message appears (some platforms warn).
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.setMinimumSize(self.sizeHint())

    # -- days --------------------------------------------------------------------------
    def days(self) -> list[date]:
        return list(self._days)

    def add_day(self, day: date) -> None:
        if day not in self._days:
            self._days = sorted([*self._days, day])
            self._show_days(day)

    def add_selected_day(self) -> None:
        self.add_day(self.calendar.selectedDate().toPython())

    def remove_day(self, day: date) -> None:
        if day in self._days:
            row = self._days.index(day)
            self._days.remove(day)
            self._show_days(self._days[min(row, len(self._days) - 1)] if self._days else None)

    def remove_current_day(self) -> None:
        item = self.days_list.currentItem()
        if item is not None:
            self.remove_day(item.data(Qt.ItemDataRole.UserRole))

    def _show_days(self, current: date | None = None) -> None:
        self.days_list.clear()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setBackground(self.palette().highlight().color().lighter(170))
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears all formats
        for day in self._days:
            item = QListWidgetItem(day_text(day))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.days_list.addItem(item)
            self.calendar.setDateTextFormat(_qdate(day), bold)
            if day == current:
                self.days_list.setCurrentItem(item)
        self.remove_day_button.setEnabled(bool(self._days))
        self._validate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.days_list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.remove_current_day()
            return True
        return super().eventFilter(watched, event)

    # -- validation --------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Why OK is refused now (empty when the input makes a valid event)."""
        found = []
        if not self.title_edit.text().strip():
            found.append(self.tr("The event needs a title."))
        if not self._days:
            found.append(self.tr("The event needs at least one day."))
        if self.end_edit.time() <= self.start_edit.time():
            found.append(self.tr("The day must end after it starts."))
        if self.timezone_combo.currentText().strip() not in timezone_names():
            found.append(self.tr("Choose a timezone from the list, e.g. Europe/Berlin."))
        email = self.organizer_email_edit.text().strip()
        if email and "@" not in email:
            found.append(self.tr("The organiser's e-mail address is incomplete."))
        if email and not self.organizer_name_edit.text().strip():
            found.append(self.tr("Give the organiser's name with the e-mail address."))
        return found

    def _validate(self, *_args: object) -> None:
        problems = self.problems()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        if problems:
            self.message.setStyleSheet("color: #d32f2f")
            self.message.setText("\n".join(problems))
            return
        outside = newly_outside(self._plan, self.edited_event()) if self._plan else []
        self.message.setStyleSheet("color: #b26a00")
        if len(outside) == 1:
            self.message.setText(self.tr("1 placement will lie outside the event's days or hours."))
        elif outside:
            self.message.setText(
                self.tr("%1 placements will lie outside the event's days or hours.").replace(
                    "%1", str(len(outside))
                )
            )
        else:
            self.message.clear()

    def edited_event(self) -> Event:
        """The event as the fields say (only meaningful when ``problems()`` is empty)."""
        organizer = self._event.organizer
        name = self.organizer_name_edit.text().strip()
        email = self.organizer_email_edit.text().strip() or None
        if name:
            organizer = (
                replace(organizer, name=name, email=email) if organizer else Organizer(name, email)
            )
        else:
            organizer = None
        return replace(
            self._event,
            title=self.title_edit.text().strip(),
            venue=self.venue_edit.text().strip() or None,
            days=tuple(self._days),
            day_start=self.start_edit.time().toPython(),
            day_end=self.end_edit.time().toPython(),
            timezone=self.timezone_combo.currentText().strip(),
            changeover_minutes=self.changeover_spin.value(),
            organizer=organizer,
        )

    def accept(self) -> None:
        if self.problems():
            self._validate()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, event: Event, plan: Plan | None = None) -> Event | None:
        """The edited event, or None when cancelled. ``plan`` lets the dialog count the
        placements that new days or hours would leave outside the event."""
        dialog = cls(event, plan, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.edited_event()
        finally:
            dialog.deleteLater()
