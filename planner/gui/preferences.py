"""File ▸ Preferences… (the application menu on macOS): the action and what it changes.

Preferences are stored at once through :mod:`planner.settings`. Who uses one
reads it from there when needed (export dialogs: the default folder; autosave:
its interval) or listens to :attr:`PreferencesController.changed`. The language
is applied at start-up by :func:`planner.gui.i18n.install_translators`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from planner.gui import i18n
from planner.gui.dialogs.preferences import Preferences, PreferencesDialog
from planner.settings import Settings

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow


def load_preferences(settings: Settings | None = None) -> Preferences:
    settings = settings or Settings()
    return Preferences(
        language=settings.language(),
        export_folder=settings.export_folder(),
        autosave_minutes=settings.autosave_minutes(),
    )


def store_preferences(preferences: Preferences, settings: Settings | None = None) -> None:
    settings = settings or Settings()
    settings.set_language(preferences.language)
    settings.set_export_folder(preferences.export_folder)
    settings.set_autosave_minutes(preferences.autosave_minutes)
    settings.sync()


class PreferencesController(QObject):
    #: The new :class:`Preferences` after the user confirmed the dialog.
    changed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Pre&ferences…"), window)
        self.action.setObjectName("preferencesAction")
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        # Windows and most Linux desktops have no standard key; Ctrl+, is the common one.
        self.action.setShortcuts(bindings or [QKeySequence("Ctrl+,")])
        self.action.setStatusTip(self.tr("Language, default export folder, autosave"))
        self.action.triggered.connect(self.edit)
        window.addAction(self.action)

    def edit(self) -> Preferences | None:
        """Show the dialog; store and announce what the user confirmed."""
        before = load_preferences()
        after = PreferencesDialog.ask(self.window, before, i18n.current_choice())
        if after is None or after == before:
            return None
        store_preferences(after)
        if after.language != i18n.current_choice():
            self.window.statusBar().showMessage(
                self.tr("The new language is used the next time Agenda Planner starts."), 10000
            )
        self.changed.emit(after)
        return after


def install(window: MainWindow) -> PreferencesController:
    """Put File ▸ Preferences… in its own section, after Import/Export/Print."""
    controller = PreferencesController(window)
    menu = window.file_menu
    actions = menu.actions()
    index = actions.index(window.file_settings_section)
    following = actions[index + 1] if index + 1 < len(actions) else None
    menu.insertAction(following, controller.action)
    return controller
