"""File ▸ New: the few facts every plan needs before the first contribution.

A new plan gets one room, "Plenum", so the board shows a column to drop onto at
once; rooms are renamed, added and removed in the room editor. Days are
consecutive (first day and how many); other days and all further event settings
(changeover minutes, organiser) are edited in the event settings.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.gui.i18n import date_edit_format
from planner.model import Event, Plan, Room

DEFAULT_TIMEZONE = "Europe/Berlin"
DEFAULT_ROOM = Room(id="plenum", name="Plenum")
MAX_DAYS = 31


@dataclass(frozen=True)
class NewPlanSpec:
    title: str
    days: tuple[date, ...]
    day_start: time
    day_end: time
    timezone: str = DEFAULT_TIMEZONE
    venue: str | None = None

    def to_plan(self) -> Plan:
        event = Event(
            title=self.title,
            timezone=self.timezone,
            days=self.days,
            day_start=self.day_start,
            day_end=self.day_end,
            venue=self.venue,
        )
        return Plan(event=event, rooms=(DEFAULT_ROOM,))


def timezones() -> list[str]:
    """IANA zone names (from the ``tzdata`` package where the system has none)."""
    return sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")


def is_timezone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        return False
    return True


class NewPlanDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(self.tr("New Plan"))
        self.setMinimumWidth(440)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 3. Kommunaler Innovationstag"))
        self.first_day_edit = QDateEdit(QDate.currentDate())
        self.first_day_edit.setCalendarPopup(True)
        self.first_day_edit.setDisplayFormat(date_edit_format())
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DAYS)
        self.start_edit = QTimeEdit(QTime(9, 0))
        self.end_edit = QTimeEdit(QTime(17, 0))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(timezones())
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.timezone_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone_combo.setCurrentText(DEFAULT_TIMEZONE)
        self.venue_edit = QLineEdit()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&First day:"), self.first_day_edit)
        form.addRow(self.tr("Number of &days:"), self.days_spin)
        form.addRow(self.tr("Day &starts at:"), self.start_edit)
        form.addRow(self.tr("Day &ends at:"), self.end_edit)
        form.addRow(self.tr("Time &zone:"), self.timezone_combo)
        form.addRow(self.tr("&Venue:"), self.venue_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.title_edit.textChanged.connect(self._validate)
        self.start_edit.timeChanged.connect(self._validate)
        self.end_edit.timeChanged.connect(self._validate)
        self.timezone_combo.currentTextChanged.connect(self._validate)
        self._validate()

    @classmethod
    def ask(cls, parent: QWidget | None) -> NewPlanSpec | None:
        """The new plan's facts, or None when cancelled."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.spec()
        finally:
            dialog.deleteLater()

    def problem(self) -> str:
        """Why the plan cannot be created as filled in ('' when it can)."""
        if not self.title_edit.text().strip():
            return self.tr("The plan needs a title.")
        if self.end_edit.time() <= self.start_edit.time():
            return self.tr("The day must end after it starts.")
        if not is_timezone(self.timezone_combo.currentText().strip()):
            return self.tr("Unknown time zone. Choose one from the list, e.g. Europe/Berlin.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        if not self.title_edit.text().strip() and not self.title_edit.isModified():
            problem_shown = ""  # no reproach before the user typed anything
        else:
            problem_shown = problem
        self.problem_label.setText(problem_shown)
        self.problem_label.setVisible(bool(problem_shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem():
            super().accept()

    def spec(self) -> NewPlanSpec | None:
        """What the dialog holds now, or None while something is missing or wrong."""
        if self.problem():
            return None
        first = self.first_day_edit.date().toPython()
        assert isinstance(first, date)
        start, end = self.start_edit.time().toPython(), self.end_edit.time().toPython()
        assert isinstance(start, time)
        assert isinstance(end, time)
        return NewPlanSpec(
            title=self.title_edit.text().strip(),
            days=tuple(first + timedelta(days=i) for i in range(self.days_spin.value())),
            day_start=start.replace(second=0, microsecond=0),
            day_end=end.replace(second=0, microsecond=0),
            timezone=self.timezone_combo.currentText().strip(),
            venue=self.venue_edit.text().strip() or None,
        )
