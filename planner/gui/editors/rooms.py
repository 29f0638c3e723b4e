"""Plan ▸ Rooms…: add, rename, reorder, size and equip the rooms, and close them for times.

The list is the board's column order: dragging a room (or Move up/down, Ctrl+Up/
Down) reorders the columns, one undo step each. Deleting a room that holds
placements first names how many will be unplaced, and does both in one step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from planner.gui.editors import edit_commands
from planner.gui.editors.base import CollectionEditor
from planner.gui.editors.confirm import ConfirmDialog
from planner.gui.editors.models import RoomListModel
from planner.gui.editors.tags import TagListEdit
from planner.gui.editors.timeline_widget import AvailabilityTimeline
from planner.gui.editors.windows_edit import WindowListEditor
from planner.gui.i18n import format_date, format_time
from planner.model import Room, TimeWindow, new_id

ROOM_CLOSED_COLOUR = "#c0504d"


class RoomsEditor(CollectionEditor):
    def __init__(self, main_window: Any) -> None:
        super().__init__(main_window, RoomListModel(main_window.document))
        self.setObjectName("roomsEditor")
        self.setWindowTitle(self.tr("Rooms"))
        self.view.setObjectName("roomsList")
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.add_button.setText(self.tr("&Add room"))
        self.remove_button.setText(self.tr("&Delete room…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        # A row of their own under Add/Delete: four buttons in one row made the list half
        # the window wide (in German) and squeezed the room's fields.
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        move_row.addStretch(1)
        column = self.list_buttons.parent()
        assert isinstance(column, QVBoxLayout)
        column.addLayout(move_row)
        self.placeholder.setText(self.tr("No room yet. Add one to give the board a column."))
        self.move_up_action = self._view_action(self.tr("Move Up"), "Ctrl+Up", -1)
        self.move_down_action = self._view_action(self.tr("Move Down"), "Ctrl+Down", 1)
        delete = QAction(self.tr("Delete Room…"), self.view)
        delete.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.view.addAction(delete)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("roomName")
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setObjectName("roomCapacity")
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSpecialValueText(self.tr("not set"))
        self.capacity_spin.setSuffix(self.tr(" seats"))
        self.capacity_spin.setKeyboardTracking(False)
        self.features_edit = TagListEdit()
        self.closed_timeline = AvailabilityTimeline()
        self.closed_timeline.setObjectName("roomTimeline")
        self.closed_timeline.colour = QColor(ROOM_CLOSED_COLOUR)
        self.closed_timeline.empty_text = self.tr("Free all event long")
        self.closed_list = WindowListEditor()
        closed_box = QGroupBox(self.tr("Not available (drag on the timeline or add below)"))
        closed_layout = QVBoxLayout(closed_box)
        closed_layout.addWidget(self.closed_timeline)
        closed_layout.addWidget(self.closed_list)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Capacity:"), self.capacity_spin)
        form.addRow(self.tr("&Equipment:"), self.features_edit)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(6, 0, 0, 0)
        details.addLayout(form)
        details.addWidget(closed_box)
        details.addStretch(1)

        self.add_button.clicked.connect(self.add_room)
        self.remove_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.name_edit.editingFinished.connect(self._on_name)
        self.capacity_spin.valueChanged.connect(self._on_capacity)
        self.features_edit.tagsEdited.connect(self._on_features)
        self.closed_timeline.windowsEdited.connect(self._on_windows)
        self.closed_list.windowsEdited.connect(self._on_windows)
        self.closed_timeline.currentChanged.connect(self.closed_list.set_current)
        self.closed_list.currentChanged.connect(self.closed_timeline.set_current)
        self.select(self.model.id_at(0))

    def _view_action(self, text: str, key: str, step: int) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self.move_current(step))
        self.view.addAction(action)
        return action

    # -- loading -----------------------------------------------------------------------
    def _room(self) -> Room | None:
        room_id = self.current_id()
        return None if room_id is None else self.document.plan.rooms_by_id.get(room_id)

    def load(self, item_id: str) -> None:
        plan = self.document.plan
        room = plan.room(item_id)
        if self.name_edit.text() != room.name:
            self.name_edit.setText(room.name)
        self.capacity_spin.setValue(room.capacity or 0)
        self.features_edit.set_known(
            {f for r in plan.rooms for f in r.features}
            | {n for c in plan.contributions for n in c.needs}
        )
        self.features_edit.set_tags(room.features)
        event = plan.event
        for widget in (self.closed_timeline, self.closed_list):
            widget.set_context(event.days, event.day_start, event.day_end)
            widget.set_windows(room.unavailable)
        row = self.model.row_of(item_id)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    # -- edits -------------------------------------------------------------------------
    def _commit(self, room: Room, merge: str | None = None) -> None:
        if self._loading:
            return
        old = self._room()
        if old is not None and room != old:
            self.push(edit_commands.edit_room(self.document, room, merge=merge))

    def _on_name(self) -> None:
        room = self._room()
        name = self.name_edit.text().strip()
        if room is None:
            return
        if not name:
            self.name_edit.setText(room.name)  # a room always has a name
            return
        self._commit(replace(room, name=name))

    def _on_capacity(self, value: int) -> None:
        room = self._room()
        if room is not None:
            self._commit(replace(room, capacity=value or None), merge="capacity")

    def _on_features(self, tags: tuple[str, ...]) -> None:
        room = self._room()
        if room is not None:
            self._commit(replace(room, features=tuple(tags)))

    def _on_windows(self, windows: tuple[TimeWindow, ...]) -> None:
        room = self._room()
        if room is not None:
            self._commit(replace(room, unavailable=tuple(windows)))

    def add_room(self) -> None:
        plan = self.document.plan
        room_id = new_id("room", plan.rooms_by_id)
        room = Room(room_id, self.tr("Room %1").replace("%1", str(len(plan.rooms) + 1)))
        self.push(edit_commands.add_room(self.document, room))
        self.select(room_id)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def move_current(self, step: int) -> None:
        room_id = self.current_id()
        if room_id is not None:
            self.model.move(self.model.row_of(room_id), step)
            self.select(room_id)

    def delete_current(self) -> None:
        """Delete the current room; if it holds placements, say how many first."""
        room = self._room()
        if room is None:
            return
        placed = self.document.plan.placements_in_room(room.id)
        if placed:
            plan = self.document.plan
            if len(placed) == 1:
                text = self.tr("1 placement in %1 will be unplaced:").replace("%1", room.name)
            else:
                text = (
                    self.tr("%1 placements in %2 will be unplaced:")
                    .replace("%1", str(len(placed)))
                    .replace("%2", room.name)
                )
            several_days = len(plan.event.days) > 1

            def when(start: datetime) -> str:  # as the board and conflicts table write it
                time_text = format_time(start)
                return f"{format_date(start)} {time_text}" if several_days else time_text

            titles = [
                f"• {when(p.start)} {plan.contribution(p.contribution).title}" for p in placed
            ]
            if len(titles) > 10:
                titles = [*titles[:9], "…"]
            text = "\n".join([text, "", *titles])
            if not ConfirmDialog.ask(
                self, self.tr("Delete room"), text, self.tr("Delete room and unplace")
            ):
                return
        self.push(edit_commands.remove_room(self.document, room.id))
