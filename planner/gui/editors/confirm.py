"""The editors' "are you sure?" question, behind a classmethod tests patch.

Deleting a room, speaker or placed contribution first says what it affects; the
answer decides whether the one undo step that does it all is pushed at all.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
        """True when the user chose ``confirm`` (a destructive button); Cancel is default."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        yes = box.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes
