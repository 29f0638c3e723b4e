"""The questions the File menu asks before it throws work away or overwrites a file.

Each question is a classmethod ``ask`` returning a plain answer, so tests patch it
with a lambda (STYLE.md) instead of clicking a modal box. The boxes name the plan by
its file name and say what each button does; the safe choice is the default button
and Escape always means Cancel.
"""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.gui.autosave import AutosaveEntry
from planner.gui.i18n import date_edit_format, format_time

Button = QMessageBox.StandardButton
Role = QMessageBox.ButtonRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_prompts", text)


class SaveChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class ExternalChoice(enum.Enum):
    RELOAD = "reload"
    SAVE_ELSEWHERE = "save-elsewhere"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


class RecoverChoice(enum.Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class SaveChangesPrompt:
    """Before closing, New, Open or Open Recent with unsaved changes."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> SaveChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Unsaved changes"))
        box.setText(_tr("Do you want to save the changes to %1?").replace("%1", name))
        box.setInformativeText(_tr("Your changes will be lost if you don't save them."))
        box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
        box.setDefaultButton(Button.Save)
        box.setEscapeButton(Button.Cancel)
        answer = box.exec()
        return {Button.Save: SaveChoice.SAVE, Button.Discard: SaveChoice.DISCARD}.get(
            Button(answer), SaveChoice.CANCEL
        )


class RevertPrompt:
    """File ▸ Revert with unsaved changes: they are thrown away, so ask first."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Revert"))
        box.setText(_tr("Revert %1 to the version saved on disk?").replace("%1", name))
        box.setInformativeText(_tr("Your unsaved changes will be lost."))
        revert = box.addButton(_tr("Revert"), Role.DestructiveRole)
        cancel = box.addButton(Button.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is revert


class ReloadPrompt:
    """The open file changed on disk and nothing here is unsaved: take the new version?"""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("File changed on disk"))
        box.setText(
            _tr("%1 was changed by another program or another organiser.").replace("%1", name)
        )
        box.setInformativeText(_tr("Do you want to reload it?"))
        reload = box.addButton(_tr("Reload"), Role.AcceptRole)
        keep = box.addButton(_tr("Keep This Version"), Role.RejectRole)
        box.setDefaultButton(reload)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is reload


class ExternalChangePrompt:
    """Saving would overwrite a version of the file that someone else saved meanwhile."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> ExternalChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("File changed on disk"))
        box.setText(_tr("%1 was changed on disk since you opened or saved it.").replace("%1", name))
        box.setInformativeText(
            _tr(
                "Another organiser may have saved it on the shared drive. Saving now "
                "overwrites their changes. Reload discards yours."
            )
        )
        buttons = {
            box.addButton(_tr("Reload"), Role.DestructiveRole): ExternalChoice.RELOAD,
            box.addButton(_tr("Save Elsewhere…"), Role.AcceptRole): ExternalChoice.SAVE_ELSEWHERE,
            box.addButton(_tr("Overwrite"), Role.DestructiveRole): ExternalChoice.OVERWRITE,
        }
        cancel = box.addButton(Button.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return buttons.get(box.clickedButton(), ExternalChoice.CANCEL)


class RecoverDialog:
    """At start-up: unsaved work of a session that ended without closing the window."""

    @classmethod
    def text(cls, entry: AutosaveEntry) -> str:
        """The question, with the time of the kept changes as the locale writes it
        (29.11.2026 18:14 in German)."""
        name = entry.plan_path.name if entry.plan_path else _tr("an untitled plan")
        saved = datetime.fromtimestamp(entry.saved_at)
        day = QLocale().toString(QDate(saved.year, saved.month, saved.day), date_edit_format())
        return (
            _tr("Agenda Planner was not closed properly. Unsaved changes to %1 from %2 were kept.")
            .replace("%1", name)
            .replace("%2", f"{day} {format_time(saved)}")
        )

    @classmethod
    def ask(cls, parent: QWidget | None, entry: AutosaveEntry) -> RecoverChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Recover unsaved work"))
        box.setText(cls.text(entry))
        box.setInformativeText(
            _tr(
                "Restore opens them as unsaved changes. Discard deletes them. "
                "Later asks again at the next start."
            )
        )
        buttons = {
            box.addButton(_tr("Restore"), Role.AcceptRole): RecoverChoice.RESTORE,
            box.addButton(_tr("Discard"), Role.DestructiveRole): RecoverChoice.DISCARD,
            box.addButton(_tr("Later"), Role.RejectRole): RecoverChoice.LATER,
        }
        box.setDefaultButton(next(iter(buttons)))
        box.exec()
        return buttons.get(box.clickedButton(), RecoverChoice.LATER)
