"""What makes the window a well-behaved desktop citizen: preferences (and applying the
autosave interval), help, keyboard navigation between the panels, and following the
system's light or dark theme.

``MainWindow`` calls :func:`install` once after building its menus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication

from planner.gui import help as help_menu
from planner.gui import navigation, preferences
from planner.settings import Settings

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow


class DesktopController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preferences = preferences.install(window)
        self.help = help_menu.install(window)
        self.navigation = navigation.install(window)
        # The board paints from the palette; a theme switch (e.g. the system going dark
        # at night) must redraw its cached background and its margins.
        window.timeline.installEventFilter(self)
        self.apply_autosave(Settings().autosave_minutes())
        self.preferences.changed.connect(lambda p: self.apply_autosave(p.autosave_minutes))
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.refresh_theme)

    def apply_autosave(self, minutes: int) -> None:
        """Autosave unsaved work every ``minutes`` (Preferences ▸ Autosave every)."""
        files = getattr(self.window, "files", None)
        autosaver = getattr(files, "autosave", None)
        if autosaver is not None:
            autosaver.set_interval(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.refresh_theme()
        return False

    def refresh_theme(self) -> None:
        board = self.window.timeline
        board.resetCachedContent()
        board.scene().update()
        for part in (board.viewport(), board.room_header, board.time_ruler, board.corner):
            part.update()


def install(window: MainWindow) -> DesktopController:
    return DesktopController(window)
