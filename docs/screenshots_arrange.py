"""Regenerate docs/images/arrange-preview.png: Plan ▸ Arrange…'s preview over the window.

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots_arrange.py [--lang de]

The sample with four placements taken off is arranged (mode "unplaced", as the dialog
proposes it); the preview stands at the window's right edge, the proposal drawn over
the board, the closing session's row selected. The window and the dialog are grabbed
separately (offscreen there is no screen to grab) and painted into one picture.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from planner.app import application, build_window
from planner.arrange import arrange
from planner.gui import i18n
from planner.gui.dialogs.arrange_dialogs import CID_ROLE, ArrangePreviewDialog
from planner.resources import sample_plan_path
from planner.settings import use_folder
from planner.storage import load_plan, save_plan

IMAGES = Path(__file__).resolve().parent / "images"
REMOVED = ("i-zivil-2", "se-wirtschaft", "n-speed", "closing")


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def paint_dialog(picture: QPixmap, dialog: QWidget, offset: QPoint) -> None:
    """The dialog with a title bar, a frame and a soft shadow, as a desktop would show it."""
    title_height = 30
    body = QRect(offset, dialog.size())
    frame = body.adjusted(-1, -title_height, 1, 1)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for spread in range(12, 0, -2):
        painter.setBrush(QColor(0, 0, 0, 10))
        painter.drawRoundedRect(frame.adjusted(-spread, -spread // 2, spread, spread), 8, 8)
    palette = dialog.palette()
    painter.setBrush(palette.color(QPalette.ColorRole.Window).darker(112))
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    painter.drawRoundedRect(frame, 6, 6)
    font = QFont(dialog.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    bar = QRect(frame.left(), frame.top(), frame.width(), title_height)
    painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, dialog.windowTitle())
    painter.drawPixmap(body.topLeft(), dialog.grab())
    painter.end()


def shrink(path: Path) -> None:
    """256 colours without dithering: a third of the size, no visible change on a UI shot
    (Pillow comes with the build group; without it the full-colour PNG stays)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        rgb = image.convert("RGB")
    quantized = rgb.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    quantized.save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=["en", "de"])
    parser.add_argument("-o", "--out", type=Path, default=IMAGES / "arrange-preview.png")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="agenda-planner-shots-"))
    use_folder(folder)
    app = application()
    i18n.install_translators(app, args.lang)
    sample = load_plan(sample_plan_path())
    plan = sample.with_schedule(p for p in sample.schedule if p.contribution not in REMOVED)
    path = folder / "innovationstag.agenda.json"
    save_plan(plan, path)
    window = build_window(path)
    window.resize(1500, 950)
    settle(app)
    result = arrange(plan, mode="unplaced", time_limit=5)
    dialog = ArrangePreviewDialog(plan, result, 0, window.timeline, window)
    dialog.resize(600, 640)
    dialog.place_beside(window)
    dialog.show()
    settle(app)
    model = dialog.moves_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CID_ROLE) == "closing")
    dialog.moves_view.setCurrentIndex(model.index(row, 0))
    settle(app)

    picture = window.grab()
    paint_dialog(picture, dialog, dialog.geometry().topLeft() - window.geometry().topLeft())
    picture.save(str(args.out))
    shrink(args.out)
    dialog.close()
    window.close()
    print("wrote", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
