"""Edit ▸ Place At…: put a contribution into a room at a time, without dragging.

The keyboard's way to do what a drag onto the board does: choose the room, the day
(on a plan of several days) and the start. It starts at the contribution's current
place, or for an unplaced one at the first free start in the first room, so Enter
alone often is enough. The result is applied by the caller as one undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.gui.i18n import format_date, format_time
from planner.model import Plan

STEP_MINUTES = 5


@dataclass(frozen=True)
class Target:
    room: str
    start: datetime


def first_free_start(plan: Plan, cid: str, room: str, day: date) -> datetime:
    """The earliest start on ``day`` in ``room`` (5-minute steps) where ``cid`` overlaps no
    other placement of that room; the day's start when the room is full."""
    event = plan.event
    duration = timedelta(minutes=plan.contribution(cid).duration)
    opens = datetime.combine(day, event.day_start)
    closes = datetime.combine(day, event.day_end)
    busy = sorted(
        (p.start, plan.end_of(p))
        for p in plan.placements_in_room(room)
        if p.contribution != cid and p.start.date() == day
    )
    start = opens
    for begin, end in busy:
        if start + duration <= begin:
            break
        start = max(start, end)
        late = start.minute % STEP_MINUTES  # a start the board could show: on the step
        if late:
            start += timedelta(minutes=STEP_MINUTES - late)
    return start if start + duration <= closes else opens


class PlaceDialog(QDialog):
    def __init__(self, plan: Plan, cid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeDialog")
        self._plan = plan
        self._cid = cid
        contribution = plan.contribution(cid)
        self.setWindowTitle(self.tr("Place At"))
        heading = QLabel(
            self.tr("Where should “%1” (%2 min) take place?")
            .replace("%1", contribution.title)
            .replace("%2", str(contribution.duration))
        )
        heading.setWordWrap(True)

        self.room_combo = QComboBox()
        for room in plan.rooms:
            self.room_combo.addItem(room.name, room.id)
        self.day_combo = QComboBox()
        for day in plan.event.days:
            self.day_combo.addItem(format_date(day, long=True), day)
        self.start_edit = QTimeEdit()
        self.start_edit.setDisplayFormat(_time_format())
        self.start_edit.setTimeRange(_qtime(plan.event.day_start), _qtime(plan.event.day_end))

        form = QFormLayout()
        form.addRow(self.tr("&Room:"), self.room_combo)
        form.addRow(self.tr("&Day:"), self.day_combo)
        form.addRow(self.tr("&Start:"), self.start_edit)
        if len(plan.event.days) < 2:
            self.day_combo.hide()
            form.labelForField(self.day_combo).hide()
        self.end_label = QLabel()
        form.addRow(self.tr("Ends at:"), self.end_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

        placement = plan.placement(cid)
        if placement is not None:
            self.room_combo.setCurrentIndex(max(self.room_combo.findData(placement.room), 0))
            self._set_day(placement.start.date())
            self.start_edit.setTime(_qtime(placement.start.time()))
        elif plan.rooms and plan.event.days:
            day = plan.event.days[0]
            start = first_free_start(plan, cid, plan.rooms[0].id, day)
            self._set_day(start.date())
            self.start_edit.setTime(_qtime(start.time()))
        self.start_edit.timeChanged.connect(self._update_end)
        self._update_end()

    def _set_day(self, day: date) -> None:
        index = self.day_combo.findData(day)
        self.day_combo.setCurrentIndex(max(index, 0))

    def target(self) -> Target | None:
        room = self.room_combo.currentData()
        day = self.day_combo.currentData()
        if room is None or day is None:
            return None
        chosen = self.start_edit.time()
        minute = chosen.hour() * 60 + chosen.minute()
        minute -= minute % STEP_MINUTES
        return Target(str(room), datetime.combine(day, time(minute // 60, minute % 60)))

    def _update_end(self) -> None:
        target = self.target()
        if target is None:
            self.end_label.setText("—")
            return
        end = target.start + timedelta(minutes=self._plan.contribution(self._cid).duration)
        self.end_label.setText(format_time(end))

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan, cid: str) -> Target | None:
        """Where the user wants ``cid``, or None when cancelled (tests patch this)."""
        if not plan.rooms or not plan.event.days:
            return None
        dialog = cls(plan, cid, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.target()


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time_format() -> str:
    """The locale's short time format ("HH:mm", "h:mm AP") for the time editor."""
    from PySide6.QtCore import QLocale

    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)
