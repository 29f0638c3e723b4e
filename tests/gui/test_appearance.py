"""Dark mode and high-DPI screens: the board follows the palette, texts stay readable,
icons have pixels for every screen."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner import app
from planner.conflicts import Severity
from planner.gui.palette import (
    BoardTheme,
    block_colours,
    board_theme,
    contrast,
    is_dark,
    kind_icon,
    severity_icon,
)
from planner.gui.timeline.headers import HEADER_HEIGHT, RULER_WIDTH
from planner.model import Kind

ROOT = Path(__file__).resolve().parents[2]


def dark_palette() -> QPalette:
    """The palette docs/screenshots_appearance.py uses (Fusion on a dark desktop)."""
    spec = importlib.util.spec_from_file_location(
        "screenshots_appearance", ROOT / "docs" / "screenshots_appearance.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.dark_palette()


@pytest.fixture
def dark_app(qapp: QApplication):
    """The application with a dark palette, as on a dark desktop; the old one after."""
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield qapp
    qapp.setPalette(before)


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def test_a_dark_palette_is_recognised(qapp) -> None:
    assert is_dark(dark_palette())
    assert not is_dark(light_palette())


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_block_text_is_readable(qapp, dark: bool) -> None:
    theme = BoardTheme.from_palette(dark_palette() if dark else light_palette())
    for kind in Kind:
        fill, _accent, _border, ink, selected = block_colours(kind, theme)
        assert contrast(ink, fill) >= 4.5, kind
        assert contrast(ink, selected) >= 4.5, kind
        assert (fill.lightness() < 128) == dark, kind
        assert fill != theme.column, kind  # still tinted by its kind


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_grid_and_headers_take_the_palette(qapp, dark: bool) -> None:
    source = dark_palette() if dark else light_palette()
    theme = BoardTheme.from_palette(source)
    assert theme.column == source.color(QPalette.ColorRole.Base)
    assert theme.header_text == source.color(QPalette.ColorRole.WindowText)
    assert contrast(theme.header_text, theme.header_bg) >= 7
    assert contrast(theme.muted_text, theme.header_bg) >= 3
    # Lines must be seen on the columns, quarter hours fainter than hours.
    assert contrast(theme.hour_line, theme.column) > contrast(theme.quarter_line, theme.column) > 1


def _pixel(widget, point: QPoint) -> QColor:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_the_board_turns_dark_with_the_system(qtbot, sample_path) -> None:
    qapp = QApplication.instance()
    window = app.build_window(sample_path)
    qtbot.addWidget(window)
    board = window.timeline
    corner = QPoint(RULER_WIDTH + 2, HEADER_HEIGHT - 2)  # header, beside the first room name
    assert _pixel(board, corner).lightness() > 180
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(dark_palette())  # what a switch of the desktop's appearance sends
        qapp.processEvents()
        assert board_theme().dark
        assert _pixel(board, corner).lightness() < 80
        free = board.viewport().rect().bottomRight() - QPoint(3, 3)  # a column, late in the day
        assert _pixel(board.viewport(), free).lightness() < 80
    finally:
        qapp.setPalette(before)
    qapp.processEvents()
    assert _pixel(board, corner).lightness() > 180


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0, 3.0])
def test_icons_have_pixels_for_every_screen(qapp, ratio: float) -> None:
    for icon, size in [(severity_icon(Severity.ERROR), 16), (kind_icon(Kind.KEYNOTE), 14)]:
        pixmap = icon.pixmap(QSize(size, size), ratio)
        assert pixmap.devicePixelRatio() == ratio
        assert pixmap.width() == round(size * ratio)
        # Drawn at that size, not scaled up: the disc's edge is a thin ring of blended pixels.
        image = pixmap.toImage()
        row = [image.pixelColor(x, image.height() // 2).alpha() for x in range(image.width())]
        partial = [a for a in row if 0 < a < 255]
        assert len(partial) <= 2 * max(2, round(ratio)), (ratio, row)
