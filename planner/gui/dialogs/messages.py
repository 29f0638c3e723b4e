"""Message boxes and file pickers behind classmethods that tests can patch.

A modal dialog blocks an offscreen test forever; routing every one through these
small classes (pytest-qt's advice in ``note_dialogs.rst``) lets a test replace the
method with a lambda that records the call and returns an answer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.storage import SUFFIX


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class MessageDialog:
    @classmethod
    def show_error(cls, parent: QWidget | None, title: str, text: str) -> None:
        """A modal error box; returns when the user closed it."""
        QMessageBox.critical(parent, title, text)

    @classmethod
    def show_about(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)


class PlanFileDialog:
    @classmethod
    def filter(cls) -> str:
        return _tr("Agenda plans (*%s);;JSON files (*.json);;All files (*)") % SUFFIX

    @classmethod
    def ask_open(cls, parent: QWidget | None, folder: str = "") -> Path | None:
        """The plan file the user picked, or None when cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, _tr("Open plan"), folder, cls.filter())
        return Path(path) if path else None

    @classmethod
    def ask_save(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to save, with the plan suffix added when the user left it out."""
        path, _ = QFileDialog.getSaveFileName(parent, _tr("Save plan as"), suggested, cls.filter())
        if not path:
            return None
        if not path.endswith(".json"):
            path += SUFFIX
        return Path(path)
