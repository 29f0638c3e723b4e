"""The main window: the board in the middle, the panels around it, menus and status.

The window owns the :class:`PlanDocument` and wires views to it; it holds no plan
state itself. Docks: unplaced contributions (left, full height), the inspector
(right, full height), conflicts and the undo history (tabbed, below the board).
Their layout and the window geometry are kept by :mod:`planner.settings`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPixmap
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QScrollArea, QUndoView, QWidget

from planner.conflicts import Severity
from planner.gui import arranging, commands, desktop, editors, exchange, files
from planner.gui.conflicts_view import ConflictsView
from planner.gui.document import PlanDocument
from planner.gui.inspector import Inspector
from planner.gui.palette import severity_icon
from planner.gui.timeline.view import TimelineView
from planner.gui.unscheduled_panel import UnscheduledPanel
from planner.settings import DOCK_STATE_VERSION, Settings

APP_NAME = "Agenda Planner"


class MainWindow(QMainWindow):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # An explicit minimum keeps the layout from re-imposing one whenever a dock's
        # contents change (resizing a shown window to fit, which also warns on some platforms).
        self.setMinimumSize(720, 480)
        self.document = document
        document.setParent(self)

        self.timeline = TimelineView(document, self)
        self.timeline.setObjectName("timeline")
        self.setCentralWidget(self.timeline)

        self.unscheduled = UnscheduledPanel(document, self)
        self.unscheduled_dock = self._dock(
            "unscheduledDock", self.unscheduled.title(), self.unscheduled
        )
        self.inspector = Inspector(document, self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.inspector)
        self.inspector_dock = self._dock("inspectorDock", self.tr("Inspector"), scroll)
        self.conflicts_view = ConflictsView(document, self)
        self.conflicts_dock = self._dock(
            "conflictsDock", self.conflicts_view.summary(), self.conflicts_view
        )
        self.history = QUndoView(document.undo_stack, self)
        self.history.setObjectName("undoHistory")
        self.history.setEmptyLabel(self.tr("Plan as opened"))
        self.history_dock = self._dock("historyDock", self.tr("History"), self.history)
        self._arrange_docks()

        self.summary_icon = QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("conflictSummary")
        self.statusBar().addPermanentWidget(self.summary_icon)
        self.statusBar().addPermanentWidget(self.summary_label)

        self._create_actions()
        self._create_menus()
        self.files = files.install(self)
        self.editors = editors.install(self)
        self.desktop = desktop.install(self)  # preferences, help, panel focus, theme
        self.exchange = exchange.install(self)  # export, import, print
        self.arranging = arranging.install(self)  # Plan ▸ Arrange…, Pin Selected

        document.modifiedChanged.connect(self.setWindowModified)
        document.pathChanged.connect(self._update_title)
        document.conflictsChanged.connect(self._update_status)
        self.unscheduled.titleChanged.connect(self.unscheduled_dock.setWindowTitle)
        self.unscheduled.currentContributionChanged.connect(self._on_list_current)
        self.timeline.selectionChangedIds.connect(self._on_board_selection)
        self.conflicts_view.conflictActivated.connect(self.show_contributions)

        self._update_title()
        self._update_status()
        self.setWindowModified(document.is_modified)

    # -- layout -----------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        return dock

    def _arrange_docks(self) -> None:
        self.setCorner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.unscheduled_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.conflicts_dock)
        self.tabifyDockWidget(self.conflicts_dock, self.history_dock)
        self.conflicts_dock.raise_()
        self.resizeDocks(
            [self.unscheduled_dock, self.inspector_dock],
            [330, 340],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.conflicts_dock], [210], Qt.Orientation.Vertical)

    # -- actions ----------------------------------------------------------------------
    def _action(
        self, text: str, slot: object, shortcut: object = None, fallback: str = ""
    ) -> QAction:
        """An action of the window; ``fallback`` is used where the platform has no standard key
        (Windows has none for Save As and Quit)."""
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(shortcut)
            action.setShortcuts(bindings or ([QKeySequence(fallback)] if fallback else []))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("&Open…"), self.open_plan, keys.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, keys.Save)
        self.save_as_action = self._action(
            self.tr("Save &As…"), self.save_as, keys.SaveAs, "Ctrl+Shift+S"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(keys.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(keys.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        self.addActions([self.undo_action, self.redo_action])
        # Qt joins prefix and command with a space ("&Rückgängig Block verschieben");
        # a whole sentence per language lets German read "&Rückgängig: Block verschieben".
        stack.undoTextChanged.connect(self._label_undo_redo)
        stack.redoTextChanged.connect(self._label_undo_redo)
        self._label_undo_redo()
        self.delete_action = self._action(self.tr("U&nplace"), self.unplace_selected, keys.Delete)
        self.delete_action.setStatusTip(self.tr("Take the selected blocks off the board"))
        self.delete_action.setEnabled(False)

        # The board brings its own zoom actions (shortcuts while it has focus); two
        # actions on one key would be ambiguous and neither would fire.
        board = self.timeline
        self.zoom_in_action = getattr(board, "zoom_in_action", None) or self._action(
            self.tr("Zoom &In"), board.zoom_in, keys.ZoomIn
        )
        self.zoom_out_action = getattr(board, "zoom_out_action", None) or self._action(
            self.tr("Zoom &Out"), board.zoom_out, keys.ZoomOut
        )
        self.zoom_fit_action = getattr(board, "zoom_fit_action", None) or self._action(
            self.tr("&Fit to Window"), board.zoom_fit, "Ctrl+0"
        )

    def _label_undo_redo(self, _text: str = "") -> None:
        stack = self.document.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo")
        )

    def _create_menus(self) -> None:
        """The menu skeleton. Features add their actions to these menus from their own
        modules (``install(window)``), so this method stays the one place of the order:

        File: New, Open, Open Recent | Save, Save As, Revert | Import ▸, Export ▸, Print |
        Preferences | Quit. Edit: Undo, Redo | Unplace. View. Plan: editors, Arrange. Help.
        """
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&File"))
        self.file_open_section = file_menu.addSeparator()
        file_menu.addActions([self.open_action])
        self.file_save_section = file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        self.file_exchange_section = file_menu.addSeparator()
        self.import_menu = file_menu.addMenu(self.tr("&Import"))
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.file_settings_section = file_menu.addSeparator()
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        self.view_menu = view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_fit_action])
        view_menu.addSeparator()
        panels = view_menu.addMenu(self.tr("&Panels"))
        for dock in (
            self.unscheduled_dock,
            self.inspector_dock,
            self.conflicts_dock,
            self.history_dock,
        ):
            panels.addAction(dock.toggleViewAction())
        self.plan_menu = bar.addMenu(self.tr("&Plan"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    # -- title and status -------------------------------------------------------------
    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowFilePath(str(path) if path else "")

    def _update_status(self) -> None:
        n = self.document.counts()
        errors, warnings = n[Severity.ERROR], n[Severity.WARNING]
        unplaced = len(self.document.plan.unscheduled)
        self.summary_label.setText(
            self.tr("Errors: %1 · Warnings: %2 · Not placed: %3")
            .replace("%1", str(errors))
            .replace("%2", str(warnings))
            .replace("%3", str(unplaced))
        )
        worst = Severity.ERROR if errors else Severity.WARNING if warnings else None
        self.summary_icon.setPixmap(severity_icon(worst).pixmap(16, 16) if worst else QPixmap())
        self.summary_icon.setVisible(worst is not None)
        self.conflicts_dock.setWindowTitle(self.conflicts_view.summary())

    def status_text(self) -> str:
        return self.summary_label.text()

    # -- selection --------------------------------------------------------------------
    def _on_board_selection(self, ids: list[str]) -> None:
        self.delete_action.setEnabled(bool(ids))
        if ids:
            self.unscheduled.view.clearSelection()
            self.inspector.show_contribution(ids[0])
        elif not self.unscheduled.selected_ids():
            self.inspector.show_contribution(None)

    def _on_list_current(self, cid: str) -> None:
        if self.timeline.selected_contributions():
            self.timeline.select_contributions([])
        self.inspector.show_contribution(cid)

    def show_contributions(self, ids: list[str]) -> None:
        """Select the blocks of ``ids`` on the board and scroll them into view."""
        placed = [cid for cid in ids if self.document.plan.placement(cid) is not None]
        self.timeline.select_contributions(placed)
        rect = QRectF()
        for cid in placed:
            item = self.timeline.block_item(cid)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if not rect.isNull():
            self.timeline.ensureVisible(rect, 24, 24)
        if placed:
            self.inspector.show_contribution(placed[0])

    def unplace_selected(self) -> None:
        ids = [
            cid
            for cid in self.timeline.selected_contributions()
            if self.document.plan.placement(cid) is not None
        ]
        if ids:
            self.document.undo_stack.push(commands.unplace_many(self.document, ids))

    # -- files ------------------------------------------------------------------------
    # The work is done by planner.gui.files.FileController (self.files); these stay as
    # the window's API for its actions, tests and tools.
    def open_plan(self) -> bool:
        return self.files.open_plan()

    def open_path(self, path: str | Path) -> bool:
        """Open ``path`` without asking about unsaved changes (see ``files.open_file``)."""
        return self.files.load(path)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def save_to(self, path: str | Path) -> bool:
        return self.files.save_to(path)

    # -- settings ---------------------------------------------------------------------
    def restore_settings(self, settings: Settings | None = None) -> None:
        settings = settings or Settings()
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = settings.window_state()
        if state is not None:
            self.restoreState(state, DOCK_STATE_VERSION)
        zoom = settings.zoom()
        if zoom is not None:
            self.timeline.set_zoom(zoom)

    def _default_geometry(self) -> None:
        """1500×950 where it fits (rooms side by side), else most of the screen, centred.

        Offscreen (tests, screenshots, tools) has only a nominal 800×600 screen; there
        the design size is kept so the board is as large as an organiser would see it.
        """
        screen = self.screen().availableGeometry()
        width, height = 1500, 950
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            width = min(width, int(screen.width() * 0.94))
            height = min(height, int(screen.height() * 0.92))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        frame = self.frameGeometry()
        frame.moveCenter(screen.center())
        self.move(frame.topLeft())

    def save_settings(self, settings: Settings | None = None) -> None:
        settings = settings or Settings()
        settings.set_window_geometry(self.saveGeometry())
        settings.set_window_state(self.saveState(DOCK_STATE_VERSION))
        settings.set_zoom(self.timeline.zoom())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.close_requested():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
