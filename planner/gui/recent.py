"""File ▸ Open Recent: the last plans opened or saved, shared by every window.

The list lives in :mod:`planner.settings` (most recent first, at most
``MAX_RECENT_FILES``) and the submenu is rebuilt each time it is shown, so a plan
saved in one window appears in all of them. A plan that is not there any more is
shown greyed out with a note rather than dropped: a shared drive that is not
connected right now should not cost the organiser their list. "Clear List" empties it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from planner.settings import MAX_RECENT_FILES, Settings


def _key(path: Path) -> str:
    return os.path.normcase(str(path))


def remember(path: str | Path) -> None:
    """Put ``path`` on top of the list (once), keeping the list's length bounded."""
    absolute = Path(path).absolute()
    entries = [p for p in Settings().recent_files() if _key(Path(p)) != _key(absolute)]
    Settings().set_recent_files([str(absolute), *entries][:MAX_RECENT_FILES])


def forget(path: str | Path) -> None:
    key = _key(Path(path).absolute())
    Settings().set_recent_files([p for p in Settings().recent_files() if _key(Path(p)) != key])


def recent_paths() -> list[Path]:
    return [Path(p) for p in Settings().recent_files()]


class RecentMenu(QMenu):
    """The submenu; ``open_file`` is called with the chosen path."""

    def __init__(self, open_file: Callable[[Path], object], parent: QWidget) -> None:
        super().__init__(self.tr("Open &Recent"), parent)
        self.setObjectName("recentMenu")
        self.setToolTipsVisible(True)
        self._open_file = open_file
        self.clear_action = QAction(self.tr("&Clear List"), self)
        # Through a lambda: a menu cuts every connection from an action to itself when the
        # action is removed from it, as each rebuild does.
        self.clear_action.triggered.connect(lambda: self.clear_list())
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Entries numbered for the keyboard (&1 … 1&0), names made unique by their folder."""
        # Not QMenu.clear(): that would delete the Clear List action, which the menu owns.
        for action in self.actions():
            self.removeAction(action)
            if action is not self.clear_action:
                action.deleteLater()
        paths = recent_paths()
        names = [p.name for p in paths]
        for number, path in enumerate(paths, start=1):
            label = path.name.replace("&", "&&")
            if names.count(path.name) > 1:
                label = f"{label} ({path.parent.name.replace('&', '&&')})"
            mnemonic = f"&{number}" if number < 10 else "1&0"
            text = f"{mnemonic} {label}"
            if not path.is_file():
                text = self.tr("%1 (not found)").replace("%1", text)
            action = self.addAction(text)
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.is_file())
            action.triggered.connect(lambda _=False, p=path: self._open_file(p))
        self.addSeparator()
        self.addAction(self.clear_action)
        self.clear_action.setEnabled(bool(paths))

    def entries(self) -> list[QAction]:
        """The actions of the listed plans (without "Clear List")."""
        return [a for a in self.actions() if a.data()]

    def clear_list(self) -> None:
        Settings().set_recent_files([])
        self.rebuild()
