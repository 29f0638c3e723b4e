"""The dock of unplaced contributions: filters above a draggable table.

The table (``objectName`` "unscheduledList", a fixed landmark) is both a drag
source (rows onto the board place them) and a drop target (blocks from the board
dropped here are unplaced). The dock's title carries the count, so the organiser
sees what is left even with the dock tabbed away.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.gui.document import PlanDocument
from planner.gui.i18n import ui_language
from planner.gui.models.unscheduled import (
    Column,
    DetailsRole,
    IdRole,
    UnscheduledFilter,
    UnscheduledModel,
)
from planner.gui.palette import kind_icon, mix
from planner.model import Kind, Topic, kind_label, topic_label


def secondary_text_colour(palette: QPalette) -> QColor:
    """Ink for a row's second line (kind · topic · speakers): quieter than the title but
    readable on plain and alternate rows (WCAG 4.5:1). The palette's disabled text, used
    before, is #bebebe on white in Fusion, about 1.9:1."""
    text = palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.AlternateBase)
    return mix(text, base, 0.4)


class _CardDelegate(QStyledItemDelegate):
    """Title on the first line, kind · topic · speakers greyed on the second.

    The dock is narrow and titles are long: two lines show far more than four
    truncated columns would.
    """

    PAD = 3

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        return QSize(base.width(), 2 * metrics.height() + 2 * self.PAD + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        title, details, icon = opt.text, index.data(DetailsRole) or "", QIcon(opt.icon)
        opt.text = ""
        opt.icon = QIcon()  # drawn below, beside the first line
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        metrics = QFontMetrics(opt.font)
        icon_size = opt.decorationSize.width()
        if not icon.isNull():
            icon_rect = QRect(
                rect.left(), rect.top() + (metrics.height() - icon_size) // 2, icon_size, icon_size
            )
            icon.paint(painter, icon_rect)
            rect.setLeft(rect.left() + icon_size + 6)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(group, text_role))
        painter.setFont(opt.font)
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(
            line, flags, metrics.elidedText(title, Qt.TextElideMode.ElideRight, line.width())
        )
        small = opt.font
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 6))
        painter.setFont(small)
        if not selected:
            painter.setPen(secondary_text_colour(opt.palette))
        line.translate(0, metrics.height() + 1)
        small_metrics = QFontMetrics(small)
        painter.drawText(
            line,
            flags,
            small_metrics.elidedText(details, Qt.TextElideMode.ElideRight, line.width()),
        )
        painter.restore()


class _UnplacedList(QTreeView):
    """The list; empty, it says why (all placed, nothing yet, or the filter) and what to do,
    instead of a blank white box."""

    def __init__(self, panel: UnscheduledPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def empty_text(self) -> str:
        """What the empty list says ('' while it shows rows)."""
        if self.model().rowCount() > 0:
            return ""
        panel = self._panel
        if panel.model.rowCount() > 0:
            return self.tr("No contribution matches the filter.")
        if panel.model.plan.contributions:
            return self.tr("Every contribution is placed. Drop a block here to unplace it.")
        return self.tr(
            "No contributions yet. Add one with Plan ▸ New Contribution… or import a "
            "programme with File ▸ Import."
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.empty_text()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(secondary_text_colour(self.palette()))
            area = self.viewport().rect().adjusted(12, 12, -12, -12)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags | Qt.TextFlag.TextWordWrap), text)
            painter.end()


class UnscheduledPanel(QWidget):
    #: The contribution the user made current in the list ("" when none).
    currentContributionChanged = Signal(str)
    #: The dock title with the count changed, e.g. "Not placed (3)".
    titleChanged = Signal(str)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UnscheduledModel(document, self)
        self.proxy = UnscheduledFilter(self)
        self.proxy.setSourceModel(self.model)

        language = ui_language()
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("unscheduledKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in Kind:
            self.kind_filter.addItem(kind_icon(kind), kind_label(kind, language), kind.value)
        self.topic_filter = QComboBox(self)
        self.topic_filter.setObjectName("unscheduledTopicFilter")
        self.topic_filter.addItem(self.tr("All topics"), None)
        for topic in Topic:
            self.topic_filter.addItem(topic_label(topic, language), topic.value)
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("unscheduledTextFilter")
        self.text_filter.setPlaceholderText(self.tr("Search title, speaker…"))
        self.text_filter.setClearButtonEnabled(True)

        self.view = _UnplacedList(self)
        self.view.setObjectName("unscheduledList")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until clicked
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(False)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setToolTip(
            self.tr(
                "Drag a contribution onto the board to place it; drop a block here to unplace it."
            )
        )
        self.view.setItemDelegateForColumn(Column.TITLE, _CardDelegate(self.view))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.DURATION, QHeaderView.ResizeMode.ResizeToContents)
        # Kind and topic are on the card's second line; their columns stay in the model
        # (sorting, tools) but take no room in the narrow dock.
        self.view.setColumnHidden(Column.KIND, True)
        self.view.setColumnHidden(Column.TOPIC, True)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.topic_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.text_filter)
        layout.addWidget(self.view, 1)

        self.kind_filter.currentIndexChanged.connect(self._on_kind)
        self.topic_filter.currentIndexChanged.connect(self._on_topic)
        self.text_filter.textChanged.connect(self._on_text)
        # The proxy drops its rows while the source is only *about* to remove them, so
        # the count is taken again once the source has finished, too.
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
        ):
            signal.connect(self._emit_title)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

    # -- filters ----------------------------------------------------------------------
    def _on_kind(self, index: int) -> None:
        value = self.kind_filter.itemData(index)
        self.proxy.set_kind(Kind(value) if value else None)
        self._emit_title()

    def _on_topic(self, index: int) -> None:
        value = self.topic_filter.itemData(index)
        self.proxy.set_topic(Topic(value) if value else None)
        self._emit_title()

    def _on_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._emit_title()

    def set_kind_filter(self, kind: Kind | None) -> None:
        self.kind_filter.setCurrentIndex(self.kind_filter.findData(kind.value if kind else None))

    def set_topic_filter(self, topic: Topic | None) -> None:
        self.topic_filter.setCurrentIndex(
            self.topic_filter.findData(topic.value if topic else None)
        )

    # -- state ------------------------------------------------------------------------
    def visible_ids(self) -> list[str]:
        """The ids the list shows now, top to bottom (after filters and sorting)."""
        return [self.proxy.index(row, 0).data(IdRole) for row in range(self.proxy.rowCount())]

    def title(self) -> str:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown != total:
            return (
                self.tr("Not placed (%1 of %2)").replace("%1", str(shown)).replace("%2", str(total))
            )
        return self.tr("Not placed (%1)").replace("%1", str(total))

    def _emit_title(self, *_args: object) -> None:
        self.titleChanged.emit(self.title())

    def select_contribution(self, cid: str) -> bool:
        """Make ``cid`` current in the list if it is shown there."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(IdRole) == cid:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows(0)
        return [index.data(IdRole) for index in sorted(rows, key=QModelIndex.row)]

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self.view.selectionModel().currentIndex()
        ids = self.selected_ids()
        if current.isValid() and current.data(IdRole) in ids:
            self.currentContributionChanged.emit(current.data(IdRole))
        elif ids:
            self.currentContributionChanged.emit(ids[0])
