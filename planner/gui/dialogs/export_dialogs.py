"""Dialogs of File ▸ Export and File ▸ Import: what to write, where, and what came of it.

Each dialog has a classmethod that tests patch instead of clicking a modal dialog
(``IcsExportDialog.ask``, ``ExchangeFileDialog.ask_*``, ``ExportResultDialog.show``,
``ImportPreviewDialog.ask``); the dialogs themselves can be built and filled in
without ``exec`` to test their widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.gui.checklist import checked_ids, set_checked
from planner.imports import ImportResult
from planner.model import Plan


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in this module's context; ``n`` picks the plural form of ``%n``."""
    return QCoreApplication.translate("ExportDialogs", text, disambiguation or None, n)


@dataclass(frozen=True)
class IcsExportOptions:
    """Where to write and which files: ``None`` means all of that kind, ``()`` none."""

    folder: Path
    speakers: tuple[str, ...] | None = None
    rooms: tuple[str, ...] | None = None
    agenda: bool = True

    @property
    def whole(self) -> bool:
        return self.agenda and self.speakers is None and self.rooms is None


class ExchangeFileDialog:
    """The file pickers of export and import (patched in tests)."""

    @classmethod
    def ask_folder(cls, parent: QWidget | None, title: str, folder: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(parent, title, folder)
        return Path(path) if path else None

    @classmethod
    def ask_save(
        cls, parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str
    ) -> Path | None:
        """The file to write, with ``suffix`` added when the user left it out."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        return Path(path)

    @classmethod
    def ask_open(cls, parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return Path(path) if path else None


class IcsExportDialog(QDialog):
    """Folder and choice of files for File ▸ Export ▸ iCalendar…."""

    ALL, SPEAKERS, ROOMS = range(3)

    def __init__(self, plan: Plan, default_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("icsExportDialog")
        self.setWindowTitle(tr("Export iCalendar"))
        self.plan = plan
        layout = QVBoxLayout(self)

        label = QLabel(tr("&Folder:"), self)
        layout.addWidget(label)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(default_folder, self)
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setMinimumWidth(380)
        label.setBuddy(self.folder_edit)
        browse = QPushButton(tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)

        self.choice = QButtonGroup(self)
        self.all_button = QRadioButton(
            tr("&All files: the whole agenda, one file per speaker, one per room"), self
        )
        self.speakers_button = QRadioButton(tr("Only the selected &speakers"), self)
        self.rooms_button = QRadioButton(tr("Only the selected &rooms"), self)
        for index, button in enumerate((self.all_button, self.speakers_button, self.rooms_button)):
            self.choice.addButton(button, index)
            layout.addWidget(button)
        self.all_button.setChecked(True)

        self.list = QListWidget(self)
        self.list.setObjectName("choiceList")
        self.list.setMinimumHeight(180)
        layout.addWidget(self.list)
        ticks = QHBoxLayout()
        self.select_all_button = QPushButton(tr("Select A&ll"), self)
        self.select_none_button = QPushButton(tr("Select &None"), self)
        self.select_all_button.clicked.connect(lambda: self._tick_all(True))
        self.select_none_button.clicked.connect(lambda: self._tick_all(False))
        ticks.addWidget(self.select_all_button)
        ticks.addWidget(self.select_none_button)
        ticks.addStretch(1)
        layout.addLayout(ticks)
        self.summary = QLabel(self)
        self.summary.setObjectName("exportSummary")
        layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.choice.idToggled.connect(self._on_choice)
        self.list.itemChanged.connect(self._update)
        self.folder_edit.textChanged.connect(self._update)
        self._on_choice(self.ALL, True)

    # -- filling -------------------------------------------------------------------
    def _fill(self, kind: int) -> None:
        plan = self.plan
        self.list.blockSignals(True)
        self.list.clear()
        if kind == self.ROOMS:
            entries = [(r.id, r.name, len(plan.placements_in_room(r.id))) for r in plan.rooms]
        else:
            entries = [(s.id, s.name, len(plan.placements_of_speaker(s.id))) for s in plan.speakers]
        for key, name, count in entries:
            item = QListWidgetItem(
                tr("%1 (%2 placed)").replace("%1", name).replace("%2", str(count))
            )
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _on_choice(self, kind: int, checked: bool) -> None:
        if not checked:
            return
        self._fill(kind)
        for widget in (self.list, self.select_all_button, self.select_none_button):
            widget.setEnabled(kind != self.ALL)
        self._update()

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)
        self.list.blockSignals(False)
        self._update()

    def _browse(self) -> None:
        folder = ExchangeFileDialog.ask_folder(
            self, tr("Folder for the iCalendar files"), self.folder_edit.text()
        )
        if folder is not None:
            self.folder_edit.setText(str(folder))

    # -- reading -------------------------------------------------------------------
    def set_checked(self, ids: list[str]) -> None:
        """Tick exactly the entries of ``ids`` (keyboard users: Space on a row does it)."""
        set_checked(self.list, ids)

    def checked_ids(self) -> tuple[str, ...]:
        return checked_ids(self.list)

    def file_count(self) -> int:
        kind = self.choice.checkedId()
        if kind == self.ALL:
            return 1 + len(self.plan.speakers) + len(self.plan.rooms)
        return len(self.checked_ids())

    def options(self) -> IcsExportOptions | None:
        """The choice as entered, or ``None`` while it is not complete."""
        folder = self.folder_edit.text().strip()
        if not folder:
            return None
        kind = self.choice.checkedId()
        if kind == self.ALL:
            return IcsExportOptions(Path(folder))
        chosen = self.checked_ids()
        if not chosen:
            return None
        if kind == self.SPEAKERS:
            return IcsExportOptions(Path(folder), speakers=chosen, rooms=(), agenda=False)
        return IcsExportOptions(Path(folder), speakers=(), rooms=chosen, agenda=False)

    def _update(self) -> None:
        ok = self.options() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if not self.folder_edit.text().strip():
            self.summary.setText(tr("Choose the folder to write into."))
        elif ok:
            self.summary.setText(tr("%n file(s) will be written.", "", self.file_count()))
        else:
            self.summary.setText(tr("Tick at least one entry."))

    @classmethod
    def ask(
        cls, parent: QWidget | None, plan: Plan, default_folder: str
    ) -> IcsExportOptions | None:
        dialog = cls(plan, default_folder, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.options()
        finally:
            dialog.deleteLater()


class NoticeDialog:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str) -> None:
        """An information box (e.g. an import that adds nothing)."""
        QMessageBox.information(parent, title, text)


class ExportResultDialog:
    """Says what an export wrote; offers to open the folder."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str, details: str) -> bool:
        """True when the user asked to open the folder."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        box.setObjectName("exportResult")
        if details:
            box.setDetailedText(details)
        open_button = box.addButton(tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        opened = box.clickedButton() is open_button
        box.deleteLater()
        return opened


def import_summary(result: ImportResult) -> str:
    """What an import will do, in the user's words."""
    lines = [
        tr("%1 contribution(s) will be added (%2 placed on the board, %3 not placed).")
        .replace("%1", str(len(result.added)))
        .replace("%2", str(len(set(result.placed) & set(result.added))))
        .replace("%3", str(len(set(result.unplaced) & set(result.added)))),
    ]
    if result.updated:
        lines.append(
            tr("%1 contribution(s) will be updated.").replace("%1", str(len(result.updated)))
        )
    lines.append(
        tr("%1 new speaker(s) will be added.").replace("%1", str(len(result.new_speakers)))
    )
    return "\n".join(lines)


class ImportPreviewDialog:
    """Confirmation before an import changes the plan (one undo step)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, source: str, result: ImportResult) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, "", parent=parent)
        box.setObjectName("importPreview")
        box.setText(tr("Import from %1?").replace("%1", source))
        text = import_summary(result)
        if result.warnings:
            text += "\n\n" + tr("%n warning(s), see the details.").replace(
                "%n", str(len(result.warnings))
            )
            box.setDetailedText("\n".join(result.warnings))
        box.setInformativeText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(tr("Import"))
        accepted = box.exec() == QMessageBox.StandardButton.Ok
        box.deleteLater()
        return accepted
