"""GUI test set-up shared by every tests/gui module."""

from __future__ import annotations

import pytest

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
