"""Start-up of the window: the QApplication, translations, the plan, the event loop.

``main`` is what ``agenda-planner [PLAN]`` runs; ``build_window`` is the same
start-up without the event loop, for tests and tools that drive the window.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from planner.resources import resources_dir, sample_plan_path
from planner.settings import APPLICATION, ORGANIZATION
from planner.storage import PlanFileError, load_plan

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from planner.gui.main_window import MainWindow

EXIT_UNREADABLE = 2

#: Installed translators, kept alive here; None until the first start-up looked for them.
_translators: list[QTranslator] | None = None


def _app_icon() -> QIcon:
    """Our icon at every drawn size, for title bars, the taskbar and the Dock (Qt does not
    take it from the Windows .exe's icon resource)."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("agenda-planner-*.png")):
        icon.addFile(str(path))
    return icon


def application() -> QApplication:
    """The running QApplication, created (with names and translations) if there is none."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "agenda-planner"])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    if app.windowIcon().isNull():
        app.setWindowIcon(_app_icon())
    global _translators
    if _translators is None:
        from planner.gui.i18n import install_translators

        _translators = install_translators(app)
    assert isinstance(app, QApplication)
    from planner.gui.file_open import install_file_open_handler

    install_file_open_handler(app)  # macOS: plans opened from Finder and the Dock
    return app


def build_window(plan_path: str | Path | None = None) -> MainWindow:
    """The main window on ``plan_path`` (the bundled sample when None), shown, not run.

    Raises :class:`PlanFileError` when the plan cannot be read. The window restores
    its saved geometry and dock layout, and is shown so the board has its real size.
    """
    application()
    from planner.gui.document import PlanDocument
    from planner.gui.main_window import MainWindow

    path = Path(plan_path) if plan_path else sample_plan_path()
    plan = load_plan(path)
    window = MainWindow(PlanDocument(plan, path))
    window.restore_settings()
    window.show()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window on ``argv[0]`` (or the sample) and run until it closes.

    A plan that cannot be read ends in one message box (and the same line on
    stderr) and exit code 2, as ``agenda-planner check`` does.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    app = application()
    try:
        window = build_window(args[0] if args else None)
    except PlanFileError as exc:
        from planner.gui.dialogs.messages import MessageDialog

        text = exc.describe()
        print(f"agenda-planner: {text}", file=sys.stderr)
        MessageDialog.show_error(
            None, QCoreApplication.translate("app", "Cannot open the plan"), text
        )
        return EXIT_UNREADABLE
    window.raise_()
    window.files.offer_recovery()  # unsaved work of a session that crashed
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
