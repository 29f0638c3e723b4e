"""Regenerate the editor screenshots of docs/user-guide.md (rooms, speakers, event).

    QT_QPA_PLATFORM=offscreen uv run python docs/editor_screenshots.py [FOLDER]

Offscreen rendering needs no display; the editors are opened on the bundled sample
exactly as Plan ▸ Rooms… and Plan ▸ Speakers… open them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from planner.app import application, build_window
from planner.gui.editors.event_dialog import EventDialog
from planner.resources import sample_plan_path
from planner.settings import use_folder

IMAGES = Path(__file__).resolve().parent / "images"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(folder: Path = IMAGES) -> int:
    use_folder(tempfile.mkdtemp(prefix="agenda-planner-shots-"))
    app = application()
    QLocale.setDefault(QLocale("en_GB"))  # the English UI with day-month dates
    window = build_window(sample_plan_path())
    settle(app)

    rooms = window.editors.show_rooms()
    rooms.select("seminar1")
    rooms.closed_timeline.set_current(0)
    settle(app)
    rooms.grab().save(str(folder / "editor-rooms.png"))
    rooms.close()

    speakers = window.editors.show_speakers()
    speakers.select("dk1")
    speakers.timeline.set_current(0)
    settle(app)
    speakers.grab().save(str(folder / "editor-speakers.png"))
    speakers.close()

    plan = window.document.plan
    dialog = EventDialog(plan.event, plan, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(folder / "editor-event.png"))
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else IMAGES))
