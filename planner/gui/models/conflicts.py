"""Every error and warning of the plan as a sortable table.

One row per :class:`~planner.conflicts.Conflict` of severity error or warning, in
the checker's order (errors first). ``unscheduled`` notes are left out on purpose:
the list of unplaced contributions shows them already, with filters, and twenty
"not placed yet" lines would bury the real problems.

Rows are diffed against the new conflict list after every change, so a drag that
adds one conflict inserts one row instead of resetting the table (the selection
and scroll position stay).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from planner.conflicts import Conflict, ConflictKind, Severity, message
from planner.gui.document import PlanDocument
from planner.gui.i18n import (
    conflict_kind_label,
    format_date,
    format_time_range,
    severity_label,
    ui_language,
)
from planner.gui.palette import severity_icon
from planner.model import Plan

ModelIndex = QModelIndex | QPersistentModelIndex

#: The ids (list[str]) of the contributions a row is about.
ContributionsRole = Qt.ItemDataRole.UserRole
#: The conflict kind id, e.g. "room-overlap".
KindRole = Qt.ItemDataRole.UserRole + 1
SeverityRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

SHOWN_SEVERITIES = frozenset({Severity.ERROR, Severity.WARNING})
_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_KIND_RANK = {kind: i for i, kind in enumerate(ConflictKind)}


class Column(enum.IntEnum):
    SEVERITY = 0
    KIND = 1
    TIME = 2
    ROOM = 3
    CONTRIBUTIONS = 4
    MESSAGE = 5


@dataclass(frozen=True)
class _Row:
    """A conflict with the texts the table shows, computed once per change."""

    conflict: Conflict
    start: datetime | None
    time: str
    room: str
    titles: str
    message: str


def _row(plan: Plan, conflict: Conflict, language: str) -> _Row:
    intervals = [i for i in (plan.interval(cid) for cid in conflict.contributions) if i]
    start: datetime | None = None
    text = ""
    if intervals:
        if len(intervals) == 1:
            start, end = intervals[0]
        else:
            # Two placements: the overlap if they overlap, else the gap between them.
            a, b = max(i[0] for i in intervals), min(i[1] for i in intervals)
            start, end = min(a, b), max(a, b)
        text = format_time_range(start, end)
        if len(plan.event.days) > 1:
            text = f"{format_date(start)} {text}"
    if conflict.room:
        room_ids = [conflict.room]
    else:
        room_ids = []
        for cid in conflict.contributions:
            placement = plan.placement(cid)
            if placement is not None and placement.room not in room_ids:
                room_ids.append(placement.room)
    rooms = plan.rooms_by_id
    room = ", ".join(rooms[r].name if r in rooms else r for r in room_ids)
    contributions = plan.contributions_by_id
    titles = "; ".join(
        contributions[c].title if c in contributions else c for c in conflict.contributions
    )
    return _Row(conflict, start, text, room, titles, message(conflict, language))


class ConflictsModel(QAbstractTableModel):
    def __init__(self, document: PlanDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows: list[_Row] = self._build()
        document.conflictsChanged.connect(self._on_conflicts_changed)

    def _build(self) -> list[_Row]:
        plan, language = self._document.plan, ui_language()
        return [
            _row(plan, c, language)
            for c in self._document.conflicts
            if c.severity in SHOWN_SEVERITIES
        ]

    def conflict(self, row: int) -> Conflict:
        return self._rows[row].conflict

    def conflicts(self) -> list[Conflict]:
        return [r.conflict for r in self._rows]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.SEVERITY: self.tr("Severity"),
            Column.KIND: self.tr("Conflict"),
            Column.TIME: self.tr("Time"),
            Column.ROOM: self.tr("Room"),
            Column.CONTRIBUTIONS: self.tr("Contributions"),
            Column.MESSAGE: self.tr("Details"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        conflict = row.conflict
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.CONTRIBUTIONS:
                return row.titles.replace("; ", "\n")
            return row.message
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SEVERITY:
            return severity_icon(conflict.severity)
        if role == ContributionsRole:
            return list(conflict.contributions)
        if role == KindRole:
            return conflict.kind.value
        if role == SeverityRole:
            return conflict.severity.value
        if role == SortRole:
            return self._sort_value(row, column)
        return None

    def _display(self, row: _Row, column: Column) -> str:
        if column == Column.SEVERITY:
            return severity_label(row.conflict.severity)
        if column == Column.KIND:
            return conflict_kind_label(row.conflict.kind)
        if column == Column.TIME:
            return row.time
        if column == Column.ROOM:
            return row.room
        if column == Column.CONTRIBUTIONS:
            return row.titles
        return row.message

    def _sort_value(self, row: _Row, column: Column) -> Any:
        if column == Column.SEVERITY:
            return _SEVERITY_RANK[row.conflict.severity] * 100 + _KIND_RANK[row.conflict.kind]
        if column == Column.TIME:
            return row.start.isoformat() if row.start else ""
        return self._display(row, column).lower()

    # -- following the document ---------------------------------------------------------
    def _on_conflicts_changed(self) -> None:
        new_rows = self._build()
        old_keys = [r.conflict for r in self._rows]
        new_keys = [r.conflict for r in new_rows]
        if old_keys == new_keys:
            self._rows = new_rows
            if new_rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new_rows) - 1, 5))
            return
        keep, old_set = set(new_keys), set(old_keys)
        unique = len(keep) == len(new_keys) and len(old_set) == len(old_keys)
        if not unique or [k for k in old_keys if k in keep] != [
            k for k in new_keys if k in old_set
        ]:
            self.beginResetModel()
            self._rows = new_rows
            self.endResetModel()
            return
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].conflict not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for row, new in enumerate(new_rows):
            if row >= len(self._rows) or self._rows[row].conflict != new.conflict:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, new)
                self.endInsertRows()
        # Texts (times, titles) of surviving conflicts may have changed.
        self._rows = new_rows
        if new_rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new_rows) - 1, 5))


class ConflictsSortModel(QSortFilterProxyModel):
    """Sorting by any column; ties keep the checker's order (errors first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
