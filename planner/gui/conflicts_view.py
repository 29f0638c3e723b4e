"""The conflicts table (landmark "conflictsView"): every error and warning, sortable.

Sorted by severity at first (errors on top, then the checker's order); a click on
a header sorts by that column. Activating a row (double-click or Enter) asks the
window to select and show the blocks involved.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView, QWidget

from planner.conflicts import ConflictKind, Severity
from planner.gui.document import PlanDocument
from planner.gui.i18n import conflict_kind_label, format_date, format_time_range, severity_label
from planner.gui.models.conflicts import (
    SHOWN_SEVERITIES,
    Column,
    ConflictsModel,
    ConflictsSortModel,
    ContributionsRole,
)


class ConflictsView(QTreeView):
    #: The contribution ids of an activated row.
    conflictActivated = Signal(list)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsView")
        self._document = document
        self.source_model = ConflictsModel(document, self)
        self.sort_model = ConflictsSortModel(self)
        self.sort_model.setSourceModel(self.source_model)
        self.setModel(self.sort_model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.SEVERITY, Qt.SortOrder.AscendingOrder)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Times are in the locale's format: "10:40–11:05", "10:40 AM–11:05 AM", with the
        # date in front on a plan of several days.
        sample = format_time_range(datetime(2019, 10, 7, 10, 40), datetime(2019, 10, 7, 11, 5))
        if len(document.plan.event.days) > 1:
            sample = f"{format_date(datetime(2019, 10, 27))} {sample}"
        # Severity and kind fit their longest word in the UI's language ("Warnung",
        # "Referierende doppelt eingeplant" are wider than their English source).
        metrics = self.fontMetrics()
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        severity = max(metrics.horizontalAdvance(severity_label(s)) for s in SHOWN_SEVERITIES)
        kind = max(metrics.horizontalAdvance(conflict_kind_label(k)) for k in ConflictKind)
        header_label = self.model().headerData(Column.SEVERITY, Qt.Orientation.Horizontal)
        severity_header = metrics.horizontalAdvance(str(header_label)) + 36  # and the sort arrow
        widths = {
            Column.SEVERITY: max(80, severity + icon + 20, severity_header),
            Column.KIND: max(150, kind + 16),
            Column.TIME: max(85, self.fontMetrics().horizontalAdvance(sample) + 18),
            Column.ROOM: 180,
            Column.CONTRIBUTIONS: 260,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.activated.connect(self._on_activated)

    def paintEvent(self, event: QPaintEvent) -> None:
        """An empty table says so, instead of looking broken."""
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(
                self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
            painter.drawText(
                self.viewport().rect(),
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("No conflicts: every placed contribution fits."),
            )
            painter.end()

    def _on_activated(self, index: QModelIndex) -> None:
        ids = index.siblingAtColumn(0).data(ContributionsRole) if index.isValid() else None
        if ids:
            self.conflictActivated.emit(list(ids))

    def row_of(self, kind: str, contributions: list[str] | tuple[str, ...]) -> QModelIndex:
        """The view index of the first row of ``kind`` about ``contributions`` (tests, tools)."""
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ContributionsRole) == list(contributions):
                source = self.sort_model.mapToSource(index)
                if self.source_model.conflict(source.row()).kind.value == kind:
                    return index
        return QModelIndex()

    def summary(self) -> str:
        """e.g. "Conflicts (errors: 5, warnings: 1)" for the dock title (no plural forms)."""
        n = self._document.counts()
        errors, warnings = n[Severity.ERROR], n[Severity.WARNING]
        if not errors and not warnings:
            return self.tr("Conflicts (none)")
        return (
            self.tr("Conflicts (errors: %1, warnings: %2)")
            .replace("%1", str(errors))
            .replace("%2", str(warnings))
        )
