"""The frame the rooms and speakers editors share: a list on the left, the chosen
item's fields on the right, every finished edit one undoable command.

The editors are modeless windows beside the board: the organiser sees the columns
and conflicts follow while editing, and Undo/Redo (the main window's own actions,
shared here) work from inside them. Nothing is kept in the editor: after every
change of the plan — an edit here, an undo, anything — the fields reload from it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.gui.commands import PlanCommand
from planner.gui.document import PlanDocument
from planner.gui.editors.models import IdRole, SearchRole, _PlanListModel


class CollectionEditor(QDialog):
    def __init__(
        self,
        main_window: Any,
        model: _PlanListModel,
        *,
        filterable: bool = False,
    ) -> None:
        super().__init__(main_window)
        self.setModal(False)
        self.main_window = main_window
        self.document: PlanDocument = main_window.document
        self.model = model
        self._loading = False
        self._current_id: str | None = None

        self.proxy: QSortFilterProxyModel | None = None
        self.filter_edit: QLineEdit | None = None
        self.view = QListView()
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if filterable:
            self.proxy = QSortFilterProxyModel(self)
            self.proxy.setSourceModel(model)
            self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.proxy.setFilterRole(SearchRole)
            self.filter_edit = QLineEdit()
            self.filter_edit.setPlaceholderText(self.tr("Filter"))
            self.filter_edit.setClearButtonEnabled(True)
            self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
            self.view.setModel(self.proxy)
        else:
            self.view.setModel(model)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.list_buttons = QHBoxLayout()
        self.list_buttons.addWidget(self.add_button)
        self.list_buttons.addWidget(self.remove_button)
        self.list_buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        if self.filter_edit is not None:
            left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(self.list_buttons)

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.details = QWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.details)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 620])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        # The window's Undo/Redo, so their shortcuts work while this window is active.
        self.addActions([main_window.undo_action, main_window.redo_action])
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self._row_before_reset = 0
        self.view.model().modelAboutToBeReset.connect(self._remember_row)
        self.view.model().modelReset.connect(self._restore_current)
        self.document.planChanged.connect(self._on_plan_changed)
        # An explicit minimum: otherwise the layout re-imposes one on every change of the
        # fields shown (which some platforms warn about, like the main window's).
        self.setMinimumSize(720, 520)
        self.resize(900, 600)

    # -- the current item --------------------------------------------------------------
    def current_id(self) -> str | None:
        return self._current_id

    def select(self, item_id: str | None) -> None:
        """Make ``item_id`` current (clearing the filter if it hides it)."""
        row = -1 if item_id is None else self.model.row_of(item_id)
        index = self.model.index(row, 0) if row >= 0 else QModelIndex()
        if self.proxy is not None and index.isValid():
            if not self.proxy.mapFromSource(index).isValid() and self.filter_edit is not None:
                self.filter_edit.clear()
            index = self.proxy.mapFromSource(index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().setCurrentIndex(index, flags)
        if index.isValid():
            self.view.scrollTo(index)
        self._set_current(item_id if index.isValid() else None)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(current.data(IdRole) if current.isValid() else None)

    def _set_current(self, item_id: str | None) -> None:
        if item_id == self._current_id and item_id is not None:
            return
        self._current_id = item_id
        self._reload()

    def _restore_current(self) -> None:
        """After the rows were rebuilt: the same item again, or its neighbour if it went."""
        wanted = self._current_id
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self._current_id = None
            self.select(wanted)
            return
        count = self.view.model().rowCount()
        index = (
            self.view.model().index(min(self._row_before_reset, count - 1), 0) if count else None
        )
        if index is not None and index.isValid():
            self._current_id = None
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        else:
            self._set_current(None)

    def _remember_row(self) -> None:
        self._row_before_reset = max(0, self.view.currentIndex().row())

    def _on_plan_changed(self, changed: frozenset[str] | None) -> None:
        # Rooms and speakers change only with ``None``; moves on the board leave the
        # fields alone (and a half-typed name in them).
        if changed is None and self._current_id is not None:
            self._reload()

    def _reload(self) -> None:
        item_id = self._current_id
        self.remove_button.setEnabled(item_id is not None)
        self.stack.setCurrentWidget(self.details if item_id is not None else self.placeholder)
        if item_id is None:
            return
        self._loading = True
        try:
            self.load(item_id)
        finally:
            self._loading = False

    # -- for subclasses ----------------------------------------------------------------
    def load(self, item_id: str) -> None:
        """Fill the fields from the plan's item ``item_id``."""
        raise NotImplementedError

    def push(self, command: PlanCommand) -> None:
        if command.after != command.before:
            self.document.undo_stack.push(command)

    def showEvent(self, event: QShowEvent) -> None:
        # Return in a field finishes the edit; it must not also press "Add" or "Close".
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        super().showEvent(event)

    def open_editor(self) -> None:
        self.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.raise_()  # (these platforms have no stacking and warn)
            self.activateWindow()
