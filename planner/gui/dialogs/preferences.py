"""File ▸ Preferences…: language, default export folder, autosave interval.

The dialog edits a :class:`Preferences` value and never touches the settings
itself; :mod:`planner.gui.preferences` reads and stores them through
:mod:`planner.settings`. The language is chosen at start-up (menus, docks and
dialogs are built in it), so a new choice says it applies at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.settings import LANGUAGES, MAX_AUTOSAVE_MINUTES


@dataclass(frozen=True)
class Preferences:
    language: str = "system"  # one of planner.settings.LANGUAGES
    export_folder: str = ""
    autosave_minutes: int = 1


class PreferencesDialog(QDialog):
    def __init__(
        self, preferences: Preferences, running_language: str, parent: QWidget | None = None
    ) -> None:
        """``running_language`` is the choice the window was started with, so the dialog
        can say when a new choice needs a restart."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._running_language = running_language

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        system = QLocale.system().nativeLanguageName() or "English"
        names = {
            "system": self.tr("System language (%1)").replace("%1", system),
            "de": "Deutsch",
            "en": "English",
        }
        for code in LANGUAGES:
            self.language_combo.addItem(names[code], code)
        self.language_note = QLabel(
            self.tr("The new language is used the next time Agenda Planner starts.")
        )
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("exportFolderEdit")
        self.folder_edit.setPlaceholderText(self.tr("The folder of the plan"))
        self.folder_edit.setClearButtonEnabled(True)
        self.folder_edit.setToolTip(
            self.tr("Where the export dialogs start. Every export remembers its folder here.")
        )
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        folder_widget = QWidget()
        folder_widget.setLayout(folder_row)
        folder_widget.setFocusProxy(self.folder_edit)

        self.autosave_spin = QSpinBox()
        self.autosave_spin.setObjectName("autosaveSpin")
        self.autosave_spin.setRange(1, MAX_AUTOSAVE_MINUTES)
        self.autosave_spin.setSuffix(self.tr(" min"))
        self.autosave_spin.setToolTip(
            self.tr("How often unsaved changes are kept in a recovery copy, in case of a crash.")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Default &export folder:"), folder_widget)
        form.addRow(self.tr("&Autosave every:"), self.autosave_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.language_combo.currentIndexChanged.connect(self._update_note)
        self.set_preferences(preferences)
        self.setMinimumWidth(460)

    def set_preferences(self, preferences: Preferences) -> None:
        index = self.language_combo.findData(preferences.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.folder_edit.setText(preferences.export_folder)
        self.autosave_spin.setValue(preferences.autosave_minutes)
        self._update_note()

    def preferences(self) -> Preferences:
        return Preferences(
            language=str(self.language_combo.currentData()),
            export_folder=self.folder_edit.text().strip(),
            autosave_minutes=self.autosave_spin.value(),
        )

    def _update_note(self) -> None:
        self.language_note.setVisible(self.language_combo.currentData() != self._running_language)

    def _browse(self) -> None:
        folder = self.ask_folder(self, self.folder_edit.text())
        if folder is not None:
            self.folder_edit.setText(str(folder))

    @classmethod
    def ask_folder(cls, parent: QWidget | None, start: str) -> Path | None:
        """The folder the user picked, or None when cancelled (tests patch this)."""
        title = QCoreApplication.translate("PreferencesDialog", "Default export folder")
        folder = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(folder) if folder else None

    @classmethod
    def ask(
        cls, parent: QWidget | None, preferences: Preferences, running_language: str
    ) -> Preferences | None:
        """The edited preferences, or None when cancelled (tests patch this)."""
        dialog = cls(preferences, running_language, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.preferences()
