"""An editable list of short tags: a room's equipment ("beamer", "flipchart").

Tags are matched exactly against what contributions need, so the entry field
completes from the tags already used anywhere in the plan, which keeps spellings
consistent. Emits ``tagsEdited`` with the complete new tuple after every change.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class TagListEdit(QWidget):
    tagsEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: tuple[str, ...] = ()
        self._loading = False
        self.list = QListWidget()
        self.list.setObjectName("tagList")
        self.list.setMaximumHeight(96)
        self.list.setToolTip(self.tr("Double-click or F2 renames, Delete removes."))
        self.list.installEventFilter(self)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("New equipment, e.g. beamer"))
        self._known = QStringListModel(self)
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.entry.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

        self.entry.returnPressed.connect(self.add_entry)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(self._update_enabled)
        self._update_enabled()

    def set_known(self, known: Iterable[str]) -> None:
        self._known.setStringList(sorted(set(known)))

    def set_tags(self, tags: Iterable[str]) -> None:
        row = self.list.currentRow()
        self._tags = tuple(tags)
        self._loading = True
        try:
            self.list.clear()
            for tag in self._tags:
                item = QListWidgetItem(tag)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
            self.list.setCurrentRow(min(row, len(self._tags) - 1))
        finally:
            self._loading = False
        self._update_enabled()

    def tags(self) -> tuple[str, ...]:
        return self._tags

    def add_entry(self) -> None:
        tag = self.entry.text().strip()
        if not tag:
            return
        self.entry.clear()
        if tag not in self._tags:
            self._emit((*self._tags, tag))

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._tags):
            self._emit(self._tags[:row] + self._tags[row + 1 :])

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.list.row(item)
        tag = item.text().strip()
        tags = list(self._tags)
        if not tag or tag in tags[:row] + tags[row + 1 :]:
            tags.pop(row)  # emptied or now a duplicate: the tag goes
        else:
            tags[row] = tag
        self._emit(tuple(tags))

    def _emit(self, tags: tuple[str, ...]) -> None:
        if tags == self._tags:
            return
        self.set_tags(tags)
        self.tagsEdited.emit(tags)

    def _update_enabled(self, *_args: object) -> None:
        self.remove_button.setEnabled(0 <= self.list.currentRow() < len(self._tags))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
            and self.list.state() != QListWidget.State.EditingState
        ):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)
