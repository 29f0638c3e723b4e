"""Another organiser changed the open plan file on the shared drive: we notice and ask.

The file is changed behind the window's back by writing it directly, as another
program (or the same program on another computer) would.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from planner.gui import commands
from planner.gui.dialogs.file_prompts import ExternalChangePrompt, ExternalChoice, ReloadPrompt
from planner.gui.dialogs.messages import PlanFileDialog
from planner.gui.disk_watch import Fingerprint
from planner.gui.main_window import MainWindow
from planner.storage import load_plan, save_plan
from tests.gui.file_helpers import answer, copy_plan, modify, open_window

OTHER_TITLE = "Von Anna geändert"


@pytest.fixture
def plan_file(tmp_path: Path, sample_path: Path) -> Path:
    return copy_plan(sample_path, tmp_path / "tag.agenda.json")


@pytest.fixture
def window(qtbot, plan_file: Path) -> MainWindow:
    return open_window(qtbot, plan_file)


@pytest.fixture
def reloads(monkeypatch) -> list:
    """Reload offers made (answered No unless a test says otherwise)."""
    return answer(monkeypatch, ReloadPrompt, False)


def change_on_disk(path: Path, title: str = OTHER_TITLE) -> None:
    plan = load_plan(path)
    save_plan(plan.with_event(dataclasses.replace(plan.event, title=title)), path, backup=False)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def activate(window: MainWindow, qtbot) -> None:
    """What the window system sends when the organiser comes back to the window."""
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.wait(20)  # the check runs once the activation has been handled


@pytest.mark.parametrize(
    ("choice", "disk_title", "window_title", "modified"),
    [
        (ExternalChoice.RELOAD, OTHER_TITLE, OTHER_TITLE, False),
        (ExternalChoice.OVERWRITE, "mine", "mine", False),
        (ExternalChoice.CANCEL, OTHER_TITLE, "mine", True),
    ],
)
def test_saving_over_a_file_changed_on_disk_asks_first(
    window, monkeypatch, plan_file, reloads, choice, disk_title, window_title, modified
):
    document = window.document
    mine = document.plan.with_event(dataclasses.replace(document.plan.event, title="mine"))
    document.undo_stack.push(commands.replace_plan(document, "Title", mine))
    change_on_disk(plan_file)
    asked = answer(monkeypatch, ExternalChangePrompt, choice)
    window.save_action.trigger()
    assert asked == [("tag.agenda.json",)]
    assert load_plan(plan_file).event.title == disk_title
    assert document.plan.event.title == window_title
    assert window.isWindowModified() is modified
    assert reloads == []  # unsaved changes: no reload offer on top


def test_save_elsewhere_keeps_the_other_version_and_saves_a_copy(
    window, monkeypatch, plan_file, tmp_path
):
    modify(window)
    change_on_disk(plan_file)
    answer(monkeypatch, ExternalChangePrompt, ExternalChoice.SAVE_ELSEWHERE)
    copy = tmp_path / "meine-fassung.agenda.json"
    answer(monkeypatch, PlanFileDialog, copy, "ask_save")
    assert window.save()
    assert load_plan(plan_file).event.title == OTHER_TITLE
    assert load_plan(copy).placement("i-wirt-1") is None
    assert window.document.path == copy


def test_no_question_when_the_file_was_only_touched_or_saved_by_us(window, monkeypatch, plan_file):
    asked = answer(monkeypatch, ExternalChangePrompt, ExternalChoice.CANCEL)
    modify(window)
    stat = plan_file.stat()
    os.utime(plan_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert window.save()
    modify(window, "i-tour-1")
    assert window.save()
    assert asked == []


def test_a_deleted_file_is_simply_written_again(window, plan_file):
    modify(window)
    plan_file.unlink()
    assert window.save()
    assert load_plan(plan_file) == window.document.plan


def test_coming_back_to_the_window_offers_to_reload_a_changed_file(
    qtbot, window, monkeypatch, plan_file
):
    asked = answer(monkeypatch, ReloadPrompt, True)
    change_on_disk(plan_file)
    activate(window, qtbot)
    qtbot.waitUntil(lambda: window.document.plan.event.title == OTHER_TITLE)
    assert asked == [("tag.agenda.json",)]
    assert not window.isWindowModified()
    activate(window, qtbot)
    assert len(asked) == 1  # the file did not change again


def test_a_declined_reload_is_not_offered_again_until_the_next_change(
    qtbot, window, reloads, plan_file
):
    title = window.document.plan.event.title
    change_on_disk(plan_file)
    activate(window, qtbot)
    activate(window, qtbot)
    assert len(reloads) == 1
    assert window.document.plan.event.title == title
    change_on_disk(plan_file, "Noch einmal geändert")
    activate(window, qtbot)
    assert len(reloads) == 2


def test_with_unsaved_changes_coming_back_only_says_so(qtbot, window, reloads, plan_file):
    modify(window)
    change_on_disk(plan_file)
    activate(window, qtbot)
    assert reloads == []
    assert "changed on disk" in window.statusBar().currentMessage()
    assert window.document.plan.placement("i-wirt-1") is None


def test_the_file_watcher_notices_a_change_while_the_window_is_in_front(
    qtbot, window, monkeypatch, plan_file
):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    asked = answer(monkeypatch, ReloadPrompt, True)
    change_on_disk(plan_file)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    qtbot.waitUntil(lambda: window.document.plan.event.title == OTHER_TITLE)


def test_fingerprint_tells_content_not_time(tmp_path):
    path = tmp_path / "f.json"
    path.write_text("a", encoding="utf-8")
    first = Fingerprint.of(path)
    assert first is not None
    assert Fingerprint.from_data(first.to_data()) == first
    assert Fingerprint.of(tmp_path / "missing.json") is None
    assert Fingerprint.from_data({"size": 1}) is None
