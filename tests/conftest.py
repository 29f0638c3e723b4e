"""Shared test set-up: Qt runs offscreen, and settings and data folders live in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Tests assert English UI text unless they choose a language themselves, whatever the
# developer's own locale is (Qt reads the locale once, when it starts).
for _var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"

from pathlib import Path  # noqa: E402 - after the environment set-up above

import pytest  # noqa: E402

from planner.resources import CONFLICTS_SAMPLE, resource_path, sample_plan_path  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep QSettings and QStandardPaths of tests away from the developer's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("AGENDA_PLANNER_TEST_HOME", str(home))
    # Qt reads XDG_CONFIG_HOME once per process, so point QSettings explicitly, per test.
    # Imported lazily: core tests must run where Qt is missing.
    try:
        from planner.settings import use_folder
    except ImportError:
        return
    use_folder(home / "config")


@pytest.fixture
def sample_path() -> Path:
    return sample_plan_path()


@pytest.fixture
def conflicts_sample_path() -> Path:
    return resource_path(CONFLICTS_SAMPLE)
