"""The contributions not yet placed, as a table the organiser drags onto the board.

:class:`UnscheduledModel` keeps a plain list of contribution ids beside the Qt
model (novelWriter's habit) and follows the document: a change that places or
unplaces a few contributions removes or inserts just those rows, so the selection
and scroll position in the list survive a drag. Dropping blocks from the board on
the list unplaces them (one undo step). :class:`UnscheduledFilter` narrows the rows
by kind, topic and text.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from planner.gui import commands
from planner.gui.document import PlanDocument
from planner.gui.i18n import ui_language
from planner.gui.mime import CONTRIBUTION_MIME, contribution_ids, contribution_mime
from planner.gui.palette import kind_icon
from planner.model import Contribution, Kind, Plan, Topic, kind_label, topic_label

ModelIndex = QModelIndex | QPersistentModelIndex

#: The contribution id of a row (any column).
IdRole = Qt.ItemDataRole.UserRole
KindRole = Qt.ItemDataRole.UserRole + 1
TopicRole = Qt.ItemDataRole.UserRole + 2
#: Lower-case text the filter searches: title, speakers, description.
SearchRole = Qt.ItemDataRole.UserRole + 3
SortRole = Qt.ItemDataRole.UserRole + 4
#: One line under the title: kind, topic, speakers.
DetailsRole = Qt.ItemDataRole.UserRole + 5


class Column(enum.IntEnum):
    TITLE = 0
    DURATION = 1
    KIND = 2
    TOPIC = 3


class UnscheduledModel(QAbstractTableModel):
    def __init__(self, document: PlanDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self._document = document
        self._ids: list[str] = [c.id for c in document.plan.unscheduled]
        document.planChanged.connect(self._on_plan_changed)

    # -- reading ----------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._document.plan

    def contribution_id(self, row: int) -> str:
        return self._ids[row]

    def ids(self) -> list[str]:
        return list(self._ids)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.TITLE: self.tr("Title"),
            Column.DURATION: self.tr("Min."),
            Column.KIND: self.tr("Kind"),
            Column.TOPIC: self.tr("Topic"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        c = self.plan.contributions_by_id.get(self._ids[index.row()])
        if c is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, column)
        if role == IdRole:
            return c.id
        if role == KindRole:
            return c.kind.value
        if role == TopicRole:
            return c.topic.value if c.topic else ""
        if role == SearchRole:
            return self._search_text(c)
        if role == DetailsRole:
            return self._details(c)
        if role == SortRole:
            return c.duration if column == Column.DURATION else self._display(c, column).lower()
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TITLE:
            return kind_icon(c.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(c)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, c: Contribution, column: Column) -> str:
        language = ui_language()
        if column == Column.TITLE:
            return c.title
        if column == Column.DURATION:
            return str(c.duration)
        if column == Column.KIND:
            return kind_label(c.kind, language)
        return topic_label(c.topic, language)

    def _speaker_names(self, c: Contribution) -> list[str]:
        speakers = self.plan.speakers_by_id
        return [speakers[s].name if s in speakers else s for s in c.speakers]

    def _details(self, c: Contribution) -> str:
        language = ui_language()
        parts = [kind_label(c.kind, language), topic_label(c.topic, language)]
        parts.append(", ".join(self._speaker_names(c)))
        return " · ".join(p for p in parts if p)

    def _search_text(self, c: Contribution) -> str:
        return " ".join([c.title, *self._speaker_names(c), c.description or ""]).lower()

    def _tooltip(self, c: Contribution) -> str:
        minutes = self.tr("%1 min").replace("%1", str(c.duration))
        lines = [c.title, f"{kind_label(c.kind, ui_language())} · {minutes}"]
        names = self._speaker_names(c)
        if names:
            lines.append(", ".join(names))
        if c.description:
            lines.append(c.description)
        return "\n".join(lines)

    # -- drag and drop ----------------------------------------------------------------
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [CONTRIBUTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid() and 0 <= i.row() < len(self._ids)})
        return contribution_mime(self._ids[r] for r in rows)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def _placed_ids(self, data: QMimeData | None) -> list[str]:
        return [cid for cid in contribution_ids(data) if self.plan.placement(cid) is not None]

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        return action != Qt.DropAction.IgnoreAction and bool(self._placed_ids(data))

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Blocks dropped from the board are unplaced (the list refills from the signal)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = self._placed_ids(data)
        if not ids:
            return False
        self._document.undo_stack.push(commands.unplace_many(self._document, ids))
        return True

    # -- following the document ---------------------------------------------------------
    def _on_plan_changed(self, changed: frozenset[str] | None) -> None:
        new_ids = [c.id for c in self.plan.unscheduled]
        if new_ids == self._ids:
            if changed and self._ids:
                rows = [i for i, cid in enumerate(self._ids) if cid in changed]
                if rows:
                    last = len(Column) - 1
                    self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))
            return
        if changed is None or not self._update_rows(new_ids):
            self.beginResetModel()
            self._ids = new_ids
            self.endResetModel()
        elif changed:
            rows = [i for i, cid in enumerate(self._ids) if cid in changed]
            if rows:
                self.dataChanged.emit(
                    self.index(min(rows), 0), self.index(max(rows), len(Column) - 1)
                )

    def _update_rows(self, new_ids: list[str]) -> bool:
        """Remove and insert single rows; False when the order changed (then reset)."""
        keep = set(new_ids)
        survivors = [cid for cid in self._ids if cid in keep]
        old_set = set(self._ids)
        if survivors != [cid for cid in new_ids if cid in old_set]:
            return False
        for row in range(len(self._ids) - 1, -1, -1):
            if self._ids[row] not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
        for row, cid in enumerate(new_ids):
            if row >= len(self._ids) or self._ids[row] != cid:
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.insert(row, cid)
                self.endInsertRows()
        return True


class UnscheduledFilter(QSortFilterProxyModel):
    """Rows of one kind and/or topic whose text contains every typed word."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: Kind | None = None
        self._topic: Topic | None = None
        self._words: list[str] = []
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_kind(self, kind: Kind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_topic(self, topic: Topic | None) -> None:
        self.beginFilterChange()
        self._topic = topic
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def is_filtering(self) -> bool:
        return bool(self._kind or self._topic or self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._kind is not None and model.data(index, KindRole) != self._kind.value:
            return False
        if self._topic is not None and model.data(index, TopicRole) != self._topic.value:
            return False
        text = model.data(index, SearchRole) or ""
        return all(word in text for word in self._words)
