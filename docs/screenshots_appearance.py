"""Regenerate the dark-mode and high-DPI screenshots of docs/user-guide.md.

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots_appearance.py

Offscreen Qt has no system colour scheme, so the dark picture sets the dark palette
Fusion uses on a dark desktop; the window redraws as it does when the system
switches. The high-DPI picture runs a second process with ``QT_SCALE_FACTOR=2``
(a 200 % screen) and keeps a part of the window at full resolution, where blurred
icons or text would show.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner.app import application, build_window
from planner.resources import CONFLICTS_SAMPLE, resource_path, sample_plan_path
from planner.settings import use_folder

IMAGES = Path(__file__).resolve().parent / "images"


def dark_palette() -> QPalette:
    """The colours of Fusion on a dark desktop (Qt 6.5+), as a plain palette."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: "#2d2d2d",
        role.WindowText: "#e8e8e8",
        role.Base: "#1e1e1e",
        role.AlternateBase: "#262626",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#e8e8e8",
        role.PlaceholderText: "#8a8a8a",
        role.Text: "#e8e8e8",
        role.Button: "#353535",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a4a4a",
        role.Midlight: "#404040",
        role.Mid: "#2a2a2a",
        role.Dark: "#1a1a1a",
        role.Shadow: "#000000",
        role.Highlight: "#2f65ca",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
    }
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a7a"))
    return palette


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def dark(app: QApplication) -> None:
    app.setPalette(dark_palette())
    window = build_window(resource_path(CONFLICTS_SAMPLE))
    window.resize(1500, 950)
    settle(app)
    view = window.conflicts_view
    index = view.row_of("room-overlap", ["i-buerg-2", "i-soz-1"])
    view.setCurrentIndex(index)
    view.activated.emit(index)
    settle(app)
    # Scaled down to stay a light download (< 300 KB) for the guide.
    shot = window.grab().toImage()
    shot = shot.scaledToWidth(920, Qt.TransformationMode.SmoothTransformation)
    shot.save(str(IMAGES / "window-dark.png"), "PNG", 0)
    window.close()


def hidpi(app: QApplication) -> None:
    window = build_window(sample_plan_path())
    window.resize(1500, 950)
    settle(app)
    window.timeline.select_contributions(["g-dk1"])
    settle(app)
    shot = window.grab()  # device pixels: twice the logical size
    ratio = shot.devicePixelRatio()
    assert ratio == 2, f"expected a 200 % screen, got {ratio}"
    # The unplaced list (kind icons), the board's left part and the conflicts header.
    part = QRect(0, 0, 700, 420)
    scaled = QRect(*(round(v * ratio) for v in part.getRect()))
    shot.copy(scaled).save(str(IMAGES / "window-hidpi.png"))
    window.close()


def main() -> int:
    # Fresh settings: the default layout; the user's own settings stay untouched.
    use_folder(tempfile.mkdtemp(prefix="agenda-planner-shots-"))
    if os.environ.get("QT_SCALE_FACTOR") == "2":
        hidpi(application())
        return 0
    dark(application())
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, __file__], env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
