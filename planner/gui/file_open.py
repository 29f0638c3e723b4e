"""Opening a plan that arrives from outside: dropped onto the window, or sent by macOS.

Drops: the main window accepts drags carrying local ``*.json`` file URLs, and the same
filter sits on the board's viewport, which otherwise takes only contribution drags
(those carry no URLs and pass through untouched). The plan is opened after the drop
has returned, so the file manager is not kept waiting while we ask about unsaved
changes.

macOS sends a ``QFileOpenEvent`` to the application when a plan is double-clicked in
Finder or dropped on the Dock icon, also before the first window exists; such paths
wait in :func:`take_pending` for the window's file controller.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QApplication

OpenFile = Callable[[Path], object]


def plan_paths(mime: QMimeData | None) -> list[Path]:
    """Local files in ``mime`` that may be plans (``.json``, which includes ``.agenda.json``)."""
    if mime is None or not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".json")
    ]


class PlanDropFilter(QObject):
    """Event filter for the window and the board's viewport: plan files open, rest passes."""

    def __init__(self, open_file: OpenFile, parent: QObject) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # the enter and move events derive from it
        paths = plan_paths(event.mimeData())
        if not paths:
            return False
        # Copy, never Move: a file manager could otherwise delete the file it dropped.
        if event.possibleActions() & Qt.DropAction.CopyAction:
            event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            path = paths[0]
            QTimer.singleShot(0, self, lambda: self._open_file(path))
        return True


class FileOpenFilter(QObject):
    """Application-wide filter for ``QFileOpenEvent`` (macOS Finder and Dock)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pending: list[Path] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        assert isinstance(event, QFileOpenEvent)
        name = event.file() or event.url().toLocalFile()
        if not name:
            return False
        path = Path(name)
        controller = _target_controller()
        if controller is None:
            self.pending.append(path)
        else:
            QTimer.singleShot(0, controller, lambda: controller.open_file(path))
        return True


def _target_controller():  # -> FileController | None (imported lazily: no import cycle)
    from planner.gui.files import FileController

    active = QApplication.activeWindow()
    candidates = [active] if active is not None else []
    candidates += [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in candidates:
        controller = getattr(widget, "files", None)
        if isinstance(controller, FileController):
            return controller
    return None


_handler: FileOpenFilter | None = None


def install_file_open_handler(app: QApplication) -> FileOpenFilter:
    """Install the FileOpen filter on ``app`` once (``planner.app.application`` calls it)."""
    global _handler
    try:
        current = _handler is not None and _handler.parent() is app
    except RuntimeError:  # the handler died with an earlier QApplication
        current = False
    if not current:
        _handler = FileOpenFilter(app)
        app.installEventFilter(_handler)
    return _handler


def take_pending() -> list[Path]:
    """Paths macOS asked us to open before a window could take them (oldest first)."""
    if _handler is None:
        return []
    paths, _handler.pending = _handler.pending, []
    return paths
