"""Entry point of the windowed ``Agenda Planner`` executable (no console on Windows).

It runs the same ``planner.cli.main`` as the command line, so ``Agenda Planner PLAN``
(what Explorer and Finder do on a double-click) opens that plan and no argument opens the
bundled sample.

With ``AGENDA_PLANNER_SMOKE=<report.json>`` in the environment it runs the bundle's smoke
test instead: it finds the bundled resources, loads the icons and translations, builds the
main window on the sample (``planner.app.build_window``, the fixed GUI contract), shows it
for a moment (``AGENDA_PLANNER_SMOKE_MS``, default 2000) and writes what it found to the
report as JSON. A windowed Windows executable cannot print, hence a file;
``python -m planner.build --smoke`` reads the report.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

SMOKE_ENV = "AGENDA_PLANNER_SMOKE"
SMOKE_MS_ENV = "AGENDA_PLANNER_SMOKE_MS"
LANDMARKS = ("timeline", "unscheduledList", "conflictsView", "inspector")


def _gui_checks(report: dict[str, Any], resources: Path, plan: Path) -> bool:
    """Qt side of the smoke test; returns whether everything a user would see loaded."""
    from PySide6.QtCore import QLibraryInfo, QObject, QTimer, QTranslator
    from PySide6.QtGui import QImage

    import planner.app
    from planner.cli import version

    # The app's own start-up: QApplication, names, translators for the system locale.
    window = planner.app.build_window(str(plan))
    app = planner.app.application()
    ok = True
    icons = {}
    for name in ("agenda-planner.png", "agenda-planner.ico", "agenda-planner.svg"):
        path = resources / "icons" / name
        icons[name] = path.is_file() and not QImage(str(path)).isNull()
        ok &= icons[name] or name.endswith(".svg")  # SVG needs the optional svg plugin
    report["icons"] = icons
    report["window_icon_sizes"] = [s.width() for s in app.windowIcon().availableSizes()]
    ok &= bool(report["window_icon_sizes"])
    report["version"] = version()  # what Help > About shows
    translations = {}
    for qm in sorted(resources.rglob("*.qm")):
        translator = QTranslator()
        translations[qm.name] = translator.load(str(qm)) and not translator.isEmpty()
        ok &= translations[qm.name]
    report["bundled_translations"] = translations or "none (no .qm under resources/)"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    report["qt_translation_de"] = QTranslator().load("qtbase_de", qt_dir)
    report["installed_translators"] = [
        Path(t.filePath()).name for t in app.findChildren(QTranslator) if t.filePath()
    ]

    QTimer.singleShot(int(os.environ.get(SMOKE_MS_ENV, "2000")), app.quit)
    app.exec()
    report["window_title"] = window.windowTitle()
    report["window_size"] = [window.width(), window.height()]
    found = {name: window.findChild(QObject, name) is not None for name in LANDMARKS}
    report["landmarks"] = found
    report["qt_platform"] = app.platformName()
    return ok and all(found.values())


def smoke_test(report_path: Path, argv: list[str]) -> int:
    """Exit 0 when the bundle showed the window on the sample with its resources."""
    from planner import resources as res

    report: dict[str, Any] = {"frozen": bool(getattr(sys, "frozen", False))}
    status = 1
    try:
        resources = res.resources_dir()
        plan = Path(argv[0]) if argv else res.sample_plan_path()
        report["resources_dir"] = str(resources)
        report["inside_bundle"] = str(resources).startswith(getattr(sys, "_MEIPASS", "\0"))
        report["plan_file"] = plan.is_file()
        try:
            import planner.app  # noqa: F401
        except ImportError as exc:
            report["gui"] = f"skipped: no GUI in this build ({exc})"
            status = 0 if report["plan_file"] else 1
        else:
            status = 0 if _gui_checks(report, resources, plan) and report["plan_file"] else 1
            report["gui"] = "ok" if status == 0 else "failed"
    except Exception as exc:  # report anything: this is a diagnostic run
        report["error"] = f"{type(exc).__name__}: {exc}"
    report_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return status


def main() -> int:
    # Old macOS versions add a process serial number when Finder starts an app.
    argv = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]
    report = os.environ.get(SMOKE_ENV)
    if report:
        return smoke_test(Path(report), argv)
    from planner.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
