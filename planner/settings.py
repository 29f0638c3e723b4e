"""The one module that knows the program's QSettings keys.

Settings are stored as an INI file in the user's configuration folder on every
platform (``~/.config/Agenda Planner/Agenda Planner.ini`` on Linux, ``%APPDATA%``
on Windows, ``~/Library/Preferences`` on macOS) rather than in the Windows
registry: a readable file is easy to reset or copy, and tests can point the whole
program at a temporary folder with one ``QSettings.setPath`` call (tests/conftest.py).
Nothing else in the program creates a ``QSettings``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "Agenda Planner"
APPLICATION = "Agenda Planner"

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_ZOOM = "timeline/zoom"
_LAST_FOLDER = "files/last_folder"
_RECENT_FILES = "files/recent"
_LANGUAGE = "ui/language"
_EXPORT_FOLDER = "export/folder"
_AUTOSAVE_MINUTES = "autosave/minutes"

#: The choices of Preferences ▸ Language: follow the system, or one of the UI's languages.
LANGUAGES = ("system", "de", "en")
#: Autosave of unsaved work every so many minutes: every minute unless the user chose less
#: often (never off: the recovery copy is what saves a crashed afternoon's work).
DEFAULT_AUTOSAVE_MINUTES = 1
MAX_AUTOSAVE_MINUTES = 60

#: How many plans File ▸ Open Recent remembers.
MAX_RECENT_FILES = 10

#: Bumped when the docks change so an old saved layout is not forced on new docks.
DOCK_STATE_VERSION = 1


def data_folder() -> Path:
    """The user's data folder for the program (``QStandardPaths.AppDataLocation``, e.g.
    ``~/.local/share/Agenda Planner/Agenda Planner`` on Linux, under ``%APPDATA%`` on Windows
    and ``~/Library/Application Support`` on macOS). Tests move it with ``XDG_DATA_HOME``."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def autosave_folder() -> Path:
    """Where unsaved work is kept until it is saved or discarded (not created here)."""
    return data_folder() / "autosave"


def use_folder(folder: str | Path) -> None:
    """Keep all settings under ``folder`` (tests, portable installs)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class Settings:
    """Typed access to the stored preferences; cheap to create, reads and writes at once."""

    def __init__(self) -> None:
        self._qs = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()

    # -- main window ------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    def set_window_geometry(self, data: QByteArray) -> None:
        self._qs.setValue(_GEOMETRY, data)

    def window_state(self) -> QByteArray | None:
        """The docks' layout as saved by ``QMainWindow.saveState(DOCK_STATE_VERSION)``."""
        return self._bytes(_STATE)

    def set_window_state(self, data: QByteArray) -> None:
        self._qs.setValue(_STATE, data)

    # -- board ------------------------------------------------------------------------
    def zoom(self) -> float | None:
        value = self._qs.value(_ZOOM)
        try:
            zoom = float(value) if value is not None else None
        except (TypeError, ValueError):
            return None
        return zoom if zoom and 0.05 <= zoom <= 20 else None

    def set_zoom(self, zoom: float) -> None:
        self._qs.setValue(_ZOOM, float(zoom))

    # -- files ------------------------------------------------------------------------
    def last_folder(self) -> str:
        value = self._qs.value(_LAST_FOLDER)
        return str(value) if value else ""

    def set_last_folder(self, folder: str | Path) -> None:
        self._qs.setValue(_LAST_FOLDER, str(folder))

    def recent_files(self) -> list[str]:
        """Recently opened or saved plans, most recent first (paths as stored)."""
        value = self._qs.value(_RECENT_FILES)
        if isinstance(value, str):
            value = [value]  # QSettings returns a one-element list as a plain string
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if v][:MAX_RECENT_FILES]

    def set_recent_files(self, paths: list[str]) -> None:
        if paths:
            self._qs.setValue(_RECENT_FILES, [str(p) for p in paths[:MAX_RECENT_FILES]])
        else:
            self._qs.remove(_RECENT_FILES)

    # -- preferences (File ▸ Preferences…) --------------------------------------------
    def language(self) -> str:
        """'system' (follow the system locale), 'de' or 'en'; read once at start-up."""
        value = str(self._qs.value(_LANGUAGE) or "system")
        return value if value in LANGUAGES else "system"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._qs.setValue(_LANGUAGE, language)

    def export_folder(self) -> str:
        """Where export dialogs start when the user chose a default ("" when not set)."""
        value = self._qs.value(_EXPORT_FOLDER)
        return str(value) if value else ""

    def set_export_folder(self, folder: str | Path) -> None:
        if str(folder):
            self._qs.setValue(_EXPORT_FOLDER, str(folder))
        else:
            self._qs.remove(_EXPORT_FOLDER)

    def autosave_minutes(self) -> int:
        """Minutes between autosaves of unsaved work (1 … MAX_AUTOSAVE_MINUTES)."""
        value = self._qs.value(_AUTOSAVE_MINUTES)
        try:
            minutes = int(value) if value is not None else DEFAULT_AUTOSAVE_MINUTES
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_MINUTES
        return max(1, min(minutes, MAX_AUTOSAVE_MINUTES))

    def set_autosave_minutes(self, minutes: int) -> None:
        self._qs.setValue(_AUTOSAVE_MINUTES, max(1, min(int(minutes), MAX_AUTOSAVE_MINUTES)))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None
