"""List models of the rooms and speakers editors.

After novelWriter's item models: a plain list of ids beside the Qt model, refreshed
from the document's ``planChanged``; the Plan stays the one source of truth. The
room list is reordered by dragging rows (``mimeData``/``dropMimeData``), which
pushes one undoable "Reorder rooms" command — the view never moves rows itself,
the rows follow the plan. Renaming a room in place is an undoable command, too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planner.gui.document import PlanDocument
from planner.gui.editors import edit_commands, edits
from planner.model import Plan, Room, Speaker

ModelIndex = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole
#: The text the editors' filter field searches.
SearchRole = Qt.ItemDataRole.UserRole + 1
ROOMS_MIME = "application/x-agenda-planner-rooms"


class _PlanListModel(QAbstractListModel):
    """Rows are the ids of one collection of the plan, in file order."""

    def __init__(self, document: PlanDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self._document = document
        self._ids = self._plan_ids()
        document.planChanged.connect(self._on_plan_changed)

    @property
    def plan(self) -> Plan:
        return self._document.plan

    def _items(self) -> Sequence[Any]:
        raise NotImplementedError

    def _plan_ids(self) -> list[str]:
        return [item.id for item in self._items()]

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: str) -> int:
        return self._ids.index(item_id) if item_id in self._ids else -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def _on_plan_changed(self, changed: frozenset[str] | None) -> None:
        ids = self._plan_ids()
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif changed is None and ids:
            self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))


class RoomListModel(_PlanListModel):
    def _items(self) -> Sequence[Room]:
        return self.plan.rooms

    def room(self, row: int) -> Room | None:
        room_id = self.id_at(row)
        return None if room_id is None else self.plan.rooms_by_id.get(room_id)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        room = self.room(index.row()) if index.isValid() else None
        if room is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SearchRole):
            return room.name
        if role == IdRole:
            return room.id
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [room.name]
            if room.capacity:
                lines.append(self.tr("%1 seats").replace("%1", str(room.capacity)))
            if room.features:
                lines.append(", ".join(room.features))
            return "\n".join(lines)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A name typed in place: one undoable rename (an empty name is refused)."""
        room = self.room(index.row()) if index.isValid() else None
        name = str(value).strip() if value is not None else ""
        if room is None or role != Qt.ItemDataRole.EditRole or not name:
            return False
        if name != room.name:
            command = edit_commands.edit_room(self._document, replace(room, name=name))
            self._document.undo_stack.push(command)
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- drag to reorder ----------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [ROOMS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid() and 0 <= i.row() < len(self._ids)})
        data = QMimeData()
        data.setData(ROOMS_MIME, QByteArray("\n".join(self._ids[r] for r in rows).encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _dragged_ids(self, data: QMimeData | None) -> list[str]:
        if data is None or not data.hasFormat(ROOMS_MIME):
            return []
        raw = bytes(data.data(ROOMS_MIME).data()).decode("utf-8", "replace")
        return [room_id for room_id in raw.split("\n") if room_id in self.plan.rooms_by_id]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self._dragged_ids(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        """Rooms dropped before ``row`` (on a row: before that row; below all: at the end)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        moving = self._dragged_ids(data)
        if action != Qt.DropAction.MoveAction or not moving:
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0:
            row = len(self._ids)
        order = edits.moved_ids(self._ids, moving, row)
        if order != self._ids:
            self._document.undo_stack.push(edit_commands.reorder_rooms(self._document, order))
        return True

    def move(self, row: int, step: int) -> bool:
        """Move the room at ``row`` one place up (-1) or down (+1): Move up/down, Ctrl+arrows."""
        target = row + step
        if not (0 <= row < len(self._ids) and 0 <= target < len(self._ids)):
            return False
        order = list(self._ids)
        order[row], order[target] = order[target], order[row]
        self._document.undo_stack.push(edit_commands.reorder_rooms(self._document, order))
        return True


class SpeakerListModel(_PlanListModel):
    def _items(self) -> Sequence[Speaker]:
        return self.plan.speakers

    def speaker(self, row: int) -> Speaker | None:
        speaker_id = self.id_at(row)
        return None if speaker_id is None else self.plan.speakers_by_id.get(speaker_id)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        speaker = self.speaker(index.row()) if index.isValid() else None
        if speaker is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return speaker.name
        if role == IdRole:
            return speaker.id
        if role == SearchRole:
            return " ".join(filter(None, (speaker.name, speaker.organisation, speaker.email)))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [speaker.name, speaker.organisation or "", speaker.email or ""]
            if speaker.available is not None:
                lines.append(self.tr("Available only at certain times"))
            return "\n".join(line for line in lines if line)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
