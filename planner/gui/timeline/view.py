"""The planning board widget (object name ``timeline``).

A QGraphicsView over :class:`BoardScene` with a room header and a time ruler in
its viewport margins. It is the only place where user input on the board turns
into commands: mouse drags and drops (via :class:`DragController`), arrow keys
and Delete. Zoom changes the layout (minute height, column width) rather than
scaling pixels, so text stays crisp and readable at every zoom level.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QMenu, QWidget

from planner.gui.document import PlanDocument
from planner.gui.timeline import editing
from planner.gui.timeline.dragging import DragController
from planner.gui.timeline.geometry import (
    BASE_COLUMN_WIDTH,
    BASE_MINUTE_HEIGHT,
    DAY_GAP,
    MAX_ZOOM,
    MIN_ZOOM,
    PADDING,
    BoardGeometry,
    Slot,
)
from planner.gui.timeline.headers import HEADER_HEIGHT, RULER_WIDTH, Corner, RoomHeader, TimeRuler
from planner.gui.timeline.items import BlockItem
from planner.gui.timeline.scene import BoardScene

ZOOM_STEP = 1.25
#: A freshly opened board fits the day to the window, but never smaller than this.
MIN_INITIAL_ZOOM = 0.6


class TimelineView(QGraphicsView):
    #: Contribution ids selected on the board (board order); emitted when the set changes.
    selectionChangedIds = Signal(list)
    #: The zoom factor changed (1.0 = 2 px per minute, 170 px columns).
    zoomChanged = Signal(float)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.document = document
        self._zoom = 1.0
        self._user_zoomed = False
        self._selection: list[str] = []
        self._selecting = False
        self._scene = BoardScene(document, self)
        self.setScene(self._scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setViewportMargins(RULER_WIDTH, HEADER_HEIGHT, 0, 0)
        self.room_header = RoomHeader(self)
        self.time_ruler = TimeRuler(self)
        self.corner = Corner(self)
        self.drags = DragController(self)
        self._scene.selectionChanged.connect(self._on_selection_changed)
        self._scene.layoutChanged.connect(self._update_margins)
        self.horizontalScrollBar().valueChanged.connect(self.room_header.update)
        self.verticalScrollBar().valueChanged.connect(self.time_ruler.update)
        self._make_actions()

    # -- public API --------------------------------------------------------------------
    def board_scene(self) -> BoardScene:
        return self._scene

    def board_geometry(self) -> BoardGeometry:
        return self._scene.geometry

    def block_item(self, cid: str) -> QGraphicsItem | None:
        """The block whose ``data(0)`` is ``cid``; None when it is not placed."""
        return self._scene.block(cid)

    def selected_contributions(self) -> list[str]:
        return self._scene.selected_ids()

    def select_contributions(self, ids: Iterable[str]) -> None:
        """Select exactly these blocks (unplaced ids are skipped) and scroll to the first."""
        items = [item for cid in ids if (item := self._scene.block(cid)) is not None]
        self._selecting = True
        try:
            wanted = set(items)
            for item in self._scene.selectedItems():
                if item not in wanted:
                    item.setSelected(False)
            for item in items:
                item.setSelected(True)
        finally:
            self._selecting = False
        if items:
            self._scene.setFocusItem(items[0])
            self.ensureVisible(items[0], 40, 40)
        self._on_selection_changed()

    def drag_target(self) -> Slot | None:
        """Where the block being dragged would land (None when nothing is dragged)."""
        return self.drags.target()

    def drag_target_changed(self) -> None:
        self.room_header.update()
        self.time_ruler.update()

    # -- zoom --------------------------------------------------------------------------
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``factor`` keeping the time and room under ``anchor`` (viewport) in place."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._user_zoomed = True
        if abs(factor - self._zoom) < 1e-9:
            return
        anchor = anchor if anchor is not None else self.viewport().rect().center()
        old = self.board_geometry()
        point = self.mapToScene(anchor)
        minute = old.minute_at(point.y())
        x_fraction = point.x() / old.width if old.width else 0.0
        self._zoom = factor
        self._relayout()
        new = self.board_geometry()
        target = self.mapFromScene(QPointF(x_fraction * new.width, new.y_of_minute(minute)))
        delta = target - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + delta.y())
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def zoom_fit(self) -> None:
        """Show the whole event (every day, every room) in the window."""
        self.set_zoom(self._fit_factor())
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def _fit_factor(self) -> float:
        geometry = self.board_geometry()
        viewport = self.maximumViewportSize()  # as if no scroll bars were needed
        height = max(viewport.height() - 2 * PADDING - 2, 50)
        by_height = height / (max(geometry.day_minutes, 1) * BASE_MINUTE_HEIGHT)
        columns = max(1, len(geometry.days) * len(geometry.rooms))
        gaps = DAY_GAP * max(0, len(geometry.days) - 1)
        by_width = max(viewport.width() - gaps, 50) / (columns * BASE_COLUMN_WIDTH)
        return max(MIN_ZOOM, min(MAX_ZOOM, by_height, by_width))

    def _relayout(self) -> None:
        fill = self.viewport().width() - 1
        self._scene.set_fill_width(fill)
        self._scene.set_geometry(BoardGeometry(self.document.plan, self._zoom, fill))
        self.resetCachedContent()
        self.drags.relayout()

    def _make_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Callable[[], None]) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        key = QKeySequence
        self.zoom_in_action = action(
            self.tr("Zoom &In"), [key(key.StandardKey.ZoomIn), key("Ctrl+=")], self.zoom_in
        )
        self.zoom_out_action = action(
            self.tr("Zoom &Out"), [key(key.StandardKey.ZoomOut)], self.zoom_out
        )
        self.zoom_fit_action = action(self.tr("&Fit to Window"), [key("Ctrl+0")], self.zoom_fit)

    # -- Qt events: layout -------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()
        if abs(self.board_geometry().column_width - self._stretched_width()) > 0.5:
            self._relayout()

    def _stretched_width(self) -> float:
        geometry = BoardGeometry(self.document.plan, self._zoom, self.viewport().width() - 1)
        return geometry.column_width

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._user_zoomed:
            self.set_zoom(max(MIN_INITIAL_ZOOM, self._fit_factor()))
            self._user_zoomed = False
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def _update_margins(self) -> None:
        viewport = self.viewport().geometry()
        self.room_header.setGeometry(
            viewport.left(), viewport.top() - HEADER_HEIGHT, viewport.width(), HEADER_HEIGHT
        )
        self.time_ruler.setGeometry(
            viewport.left() - RULER_WIDTH, viewport.top(), RULER_WIDTH, viewport.height()
        )
        self.corner.setGeometry(
            viewport.left() - RULER_WIDTH,
            viewport.top() - HEADER_HEIGHT,
            RULER_WIDTH,
            HEADER_HEIGHT,
        )
        self.room_header.update()
        self.time_ruler.update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:
            self.room_header.update()
        if dy:
            self.time_ruler.update()

    # -- Qt events: selection, mouse, wheel ----------------------------------------------
    def _on_selection_changed(self) -> None:
        if self._selecting:
            return
        ids = self._scene.selected_ids()
        if ids != self._selection:
            self._selection = ids
            self.selectionChangedIds.emit(list(ids))

    def _block_at(self, pos: QPoint) -> BlockItem | None:
        for item in self.items(pos):
            if isinstance(item, BlockItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self._block_at(event.position().toPoint())
            if item is not None:
                self.drags.mouse_press(event.position().toPoint(), item)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self.drags.mouse_move(
            event.position().toPoint()
        ):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.drags.mouse_release()
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    # -- Qt events: drops from the list --------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.drags.drag_enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.drags.drag_move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drags.drag_leave()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drags.drop(event)

    # -- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.drags.cancel():
            event.accept()
            return
        if editing.handle_key(self, event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks through the blocks first, then on to the next widget."""
        if self.hasFocus() and editing.select_neighbour(self, next):
            return True
        return super().focusNextPrevChild(next)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self._block_at(event.pos())
        if item is None:
            menu = QMenu(self)
            menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_fit_action])
        else:
            menu = editing.block_menu(self, item.cid)
        menu.exec(event.globalPos())
        menu.deleteLater()
        event.accept()
