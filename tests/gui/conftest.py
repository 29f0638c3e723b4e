"""GUI test set-up shared by every tests/gui module."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from planner.gui.dialogs.file_prompts import SaveChangesPrompt, SaveChoice


@pytest.fixture(autouse=True)
def _no_blocking_save_prompt(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """pytest-qt closes every window after a test; a window with unsaved changes would ask
    Save/Discard/Cancel in a modal box that nobody can answer offscreen. Unless a test
    patches the prompt itself, the answer is Discard (and the question is recorded)."""
    asked: list[str] = []

    def discard(cls, parent, name: str) -> SaveChoice:
        asked.append(name)
        return SaveChoice.DISCARD

    monkeypatch.setattr(SaveChangesPrompt, "ask", classmethod(discard))
    return asked


def _event_loops_return_at_once() -> bool:
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    return loop.exec() == -1


@pytest.fixture(autouse=True)
def _working_event_loops(qapp: QApplication) -> None:
    """Undo what a test that ran ``app.exec()`` and quit it may leave behind.

    A quit that is still queued when ``exec()`` returns is handled by the next event loop
    outside ``exec()``; Qt then marks the thread as quitting for good, and from there on
    every ``QEventLoop.exec()`` — each ``qtbot.wait``/``waitUntil`` — returns at once, so
    no timer or queued call of any later test runs. Only ``QApplication.exec()`` clears
    that mark, so run it for one turn when it is set.
    """
    if _event_loops_return_at_once():
        QTimer.singleShot(0, lambda: QApplication.exit(0))
        qapp.exec()
        assert not _event_loops_return_at_once()
