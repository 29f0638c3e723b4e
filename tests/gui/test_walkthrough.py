"""A German-speaking organiser's walk through the window: what they would trip over.

Each test here pins a problem found by using the German window at its default size
(1500×950, the fresh dock layout), so it does not come back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from planner import app
from planner.gui import i18n
from planner.gui.main_window import MainWindow
from planner.settings import Settings


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The German preference, applied as a start would; back to the system's after."""
    Settings().set_language("de")
    i18n.install_translators(qapp)
    yield
    i18n.install_translators(qapp, "system")


def german_window(qtbot, path: Path) -> MainWindow:
    window = app.build_window(path)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    QApplication.processEvents()
    return window


def test_the_german_inspector_fits_its_dock(qtbot, german, sample_path) -> None:
    """The long German pin label made the form wider than the dock: the right half of
    every field and the 'select a contribution' hint were cut off."""
    window = german_window(qtbot, sample_path)
    scroll = window.inspector_dock.widget()
    assert isinstance(scroll, QScrollArea)
    window.show_contributions([window.document.plan.schedule[0].contribution])
    QApplication.processEvents()
    assert window.inspector.minimumSizeHint().width() <= scroll.viewport().width()
    assert window.inspector.pin_check.text().startswith("Fixiert")
