"""Regenerate the window screenshots of docs/user-guide.md.

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots.py

Offscreen rendering needs no display; the window is built at 1500×950, the size
the guide describes, exactly as ``agenda-planner`` opens it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner.app import application, build_window
from planner.resources import CONFLICTS_SAMPLE, resource_path, sample_plan_path
from planner.settings import use_folder

IMAGES = Path(__file__).resolve().parent / "images"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    # Fresh settings: the default layout, and the user's own settings stay untouched.
    use_folder(tempfile.mkdtemp(prefix="agenda-planner-shots-"))
    app = application()
    window = build_window(sample_plan_path())
    window.resize(1500, 950)
    settle(app)
    window.timeline.select_contributions(["g-dk1"])
    settle(app)
    window.grab().save(str(IMAGES / "window-sample.png"))
    window.close()

    window = build_window(resource_path(CONFLICTS_SAMPLE))
    window.resize(1500, 950)
    settle(app)
    view = window.conflicts_view
    index = view.row_of("room-overlap", ["i-buerg-2", "i-soz-1"])
    view.setCurrentIndex(index)
    view.activated.emit(index)
    settle(app)
    window.grab().save(str(IMAGES / "window-conflicts.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
