"""The windowed launcher's smoke hook, run from the checkout (the build runs it frozen).

``python -m planner.build --smoke`` trusts the JSON report this hook writes; here the same
code runs against the checkout, so a hook that stops finding the window's landmarks or
the icons fails in the ordinary test run rather than only on a build machine.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from planner import cli

LAUNCHER = Path(__file__).resolve().parents[2] / "packaging" / "launchers" / "agenda_planner_gui.py"


def load_launcher() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agenda_planner_gui_launcher", LAUNCHER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_smoke_hook_shows_the_window_on_the_sample_and_reports_what_loaded(
    qapp, tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launcher = load_launcher()
    monkeypatch.setenv(launcher.SMOKE_MS_ENV, "50")
    report_path = tmp_path / "report.json"

    status = launcher.smoke_test(report_path, [str(sample_path)])
    report = json.loads(report_path.read_text(encoding="utf-8"))

    assert status == 0, report
    assert report["gui"] == "ok"
    assert report["landmarks"] == dict.fromkeys(launcher.LANDMARKS, True)
    assert report["icons"]["agenda-planner.png"] is True
    assert report["icons"]["agenda-planner.ico"] is True
    assert 16 in report["window_icon_sizes"]  # crisp in title bars, not scaled down
    assert 256 in report["window_icon_sizes"]
    assert report["version"] == cli.version()
    assert sample_path.name in report["window_title"]
    assert report["frozen"] is False  # from a checkout: resources found beside the package
    assert Path(report["resources_dir"]).is_dir()


def test_smoke_hook_reports_an_unreadable_plan_instead_of_crashing(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launcher = load_launcher()
    broken = tmp_path / "broken.agenda.json"
    broken.write_text("{not json", encoding="utf-8")
    report_path = tmp_path / "report.json"

    status = launcher.smoke_test(report_path, [str(broken)])
    report = json.loads(report_path.read_text(encoding="utf-8"))

    assert status == 1
    assert report["plan_file"] is True  # the file exists …
    assert "PlanFileError" in report["error"]  # … but the window refused it, with a reason
