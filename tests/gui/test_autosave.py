"""Unsaved work survives a crash: autosave to the data folder, recovery at the next start.

A crash is simulated by deleting the window's C++ object without closing it: no
close event runs, so the autosave stays behind exactly as after a real crash (the
lock of the session is released as the dead process's would be found stale).
"""

from __future__ import annotations

import dataclasses
from datetime import date, time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLockFile

from planner import app
from planner.gui import autosave, commands
from planner.gui.dialogs.file_prompts import (
    ExternalChangePrompt,
    ExternalChoice,
    RecoverChoice,
    RecoverDialog,
    SaveChangesPrompt,
    SaveChoice,
)
from planner.gui.dialogs.new_plan import NewPlanDialog, NewPlanSpec
from planner.gui.main_window import MainWindow
from planner.settings import autosave_folder
from planner.storage import load_plan, save_plan
from tests.gui.file_helpers import answer, copy_plan, modify, open_window


@pytest.fixture
def plan_file(tmp_path: Path, sample_path: Path) -> Path:
    return copy_plan(sample_path, tmp_path / "tag.agenda.json")


@pytest.fixture
def window(qtbot, plan_file: Path) -> MainWindow:
    return open_window(qtbot, plan_file)


def autosaves() -> list[Path]:
    return sorted(autosave_folder().glob("*.autosave.json"))


def crash(window: MainWindow) -> None:
    """The window ends without a close event (pytest-qt still holds a dead reference)."""
    shiboken6.delete(window)


def crashed_session(qtbot, plan_file: Path, cid: str = "i-wirt-1"):
    """A window with unsaved work that was autosaved, then crashed; returns its plan."""
    window = app.build_window(plan_file)
    qtbot.waitExposed(window)
    modify(window, cid)
    assert window.files.autosave.write_now()
    plan = window.document.plan
    crash(window)
    return plan


# -- autosave ------------------------------------------------------------------------------


def test_autosave_lives_in_the_data_folder_and_is_written_only_with_unsaved_work(
    qtbot, window, plan_file, tmp_path_factory
):
    saver = window.files.autosave
    assert saver.file.parent == autosave_folder()
    assert autosave_folder().is_relative_to(tmp_path_factory.getbasetemp())
    saver.set_interval(10)
    qtbot.wait(60)
    assert autosaves() == []  # nothing unsaved, nothing written
    modify(window)
    qtbot.waitUntil(lambda: autosaves() == [saver.file])
    entry = autosave.read_entry(saver.file)
    assert entry.plan == window.document.plan
    assert entry.plan_path == plan_file.absolute()
    assert entry.base == window.files.disk.known
    assert not saver.write_if_needed()  # unchanged since: not written again
    modify(window, "i-tour-1")
    assert saver.write_if_needed()


def test_autosave_is_removed_on_save_on_undo_to_saved_and_on_clean_close(qtbot, window):
    saver = window.files.autosave
    modify(window)
    assert saver.write_now()
    assert window.save()
    assert not saver.exists
    modify(window)
    assert saver.write_now()
    window.undo_action.trigger()
    assert not window.isWindowModified()
    assert not saver.exists
    modify(window)
    assert saver.write_now()
    assert window.close()  # Discard (tests/gui/conftest.py)
    assert autosaves() == []


def test_autosave_is_kept_when_closing_is_cancelled(window, monkeypatch):
    modify(window)
    assert window.files.autosave.write_now()
    answer(monkeypatch, SaveChangesPrompt, SaveChoice.CANCEL)
    assert not window.close()
    assert window.files.autosave.exists


def set_venue(window: MainWindow, venue: str) -> None:
    document = window.document
    event = dataclasses.replace(document.plan.event, venue=venue)
    document.undo_stack.push(
        commands.replace_plan(document, "Venue", document.plan.with_event(event))
    )


def test_autosave_writes_leave_only_the_autosave_and_its_lock(window):
    for hall in range(3):
        set_venue(window, f"Halle {hall}")
        assert window.files.autosave.write_now()
    file = window.files.autosave.file
    lock = file.name.removesuffix(".autosave.json") + ".lock"
    assert sorted(p.name for p in autosave_folder().iterdir()) == sorted([file.name, lock])
    assert autosave.read_entry(file).plan.event.venue == "Halle 2"


# -- recovery ------------------------------------------------------------------------------


def test_after_a_crash_the_next_window_offers_the_work_and_restores_it_as_unsaved(
    qtbot, plan_file, monkeypatch
):
    unsaved = crashed_session(qtbot, plan_file)
    [old_file] = autosaves()
    offers = answer(monkeypatch, RecoverDialog, RecoverChoice.RESTORE)
    window = open_window(qtbot, plan_file)
    assert window.files.offer_recovery()
    [(entry,)] = offers
    assert entry.plan_path == plan_file.absolute()
    document = window.document
    assert document.plan == unsaved
    assert document.path == plan_file.absolute()
    assert window.isWindowModified()
    assert window.windowTitle() == "tag.agenda.json[*] — Agenda Planner"
    assert not old_file.exists()
    assert window.files.autosave.exists  # a second crash would not lose it either
    window.undo_action.trigger()  # Undo shows what had not been saved
    assert document.plan == load_plan(plan_file)
    window.redo_action.trigger()
    assert window.save()
    assert load_plan(plan_file) == unsaved


def test_discard_deletes_the_autosave_and_later_keeps_it_for_the_next_start(
    qtbot, plan_file, monkeypatch
):
    crashed_session(qtbot, plan_file)
    answer(monkeypatch, RecoverDialog, RecoverChoice.LATER)
    first = open_window(qtbot, plan_file)
    assert not first.files.offer_recovery()
    assert not first.isWindowModified()
    assert len(autosaves()) == 1
    offers = answer(monkeypatch, RecoverDialog, RecoverChoice.DISCARD)
    second = open_window(qtbot, plan_file)
    assert not second.files.offer_recovery()
    assert len(offers) == 1
    assert autosaves() == []


def test_the_work_of_a_window_still_open_is_never_offered(qtbot, window, plan_file, monkeypatch):
    modify(window)
    assert window.files.autosave.write_now()
    offers = answer(monkeypatch, RecoverDialog, RecoverChoice.RESTORE)
    other = open_window(qtbot, plan_file)
    assert not other.files.offer_recovery()
    assert offers == []


def test_an_autosave_locked_by_another_running_instance_is_not_offered(
    qtbot, plan_file, monkeypatch
):
    crashed_session(qtbot, plan_file)
    [file] = autosaves()
    lock = QLockFile(str(file.with_name(file.name.replace(".autosave.json", ".lock"))))
    assert lock.tryLock(0)  # as if another live Agenda Planner held it
    offers = answer(monkeypatch, RecoverDialog, RecoverChoice.RESTORE)
    window = open_window(qtbot, plan_file)
    assert not window.files.offer_recovery()
    assert offers == []
    lock.unlock()


def test_an_untitled_plan_is_restored_untitled(qtbot, monkeypatch):
    window = app.build_window()
    qtbot.waitExposed(window)
    answer(monkeypatch, NewPlanDialog, NewPlanSpec("Neu", (date(2020, 5, 4),), time(9), time(17)))
    assert window.files.new_plan()
    set_venue(window, "Rathaus")
    assert window.files.autosave.write_now()
    crash(window)
    answer(monkeypatch, RecoverDialog, RecoverChoice.RESTORE)
    restored = open_window(qtbot)
    assert restored.files.offer_recovery()
    assert restored.document.path is None
    assert restored.document.plan.event.venue == "Rathaus"
    assert restored.windowTitle() == "Untitled[*] — Agenda Planner"
    assert restored.isWindowModified()


def test_a_file_changed_after_the_crash_still_warns_before_overwriting(
    qtbot, plan_file, monkeypatch
):
    crashed_session(qtbot, plan_file)
    plan = load_plan(plan_file)
    other = plan.with_event(dataclasses.replace(plan.event, title="Von Anna"))
    save_plan(other, plan_file, backup=False)
    answer(monkeypatch, RecoverDialog, RecoverChoice.RESTORE)
    window = open_window(qtbot, plan_file)
    assert window.files.offer_recovery()
    asked = answer(monkeypatch, ExternalChangePrompt, ExternalChoice.CANCEL)
    assert not window.save()
    assert len(asked) == 1
    assert load_plan(plan_file).event.title == "Von Anna"


class _NoEventLoop:
    """Stands in for the QApplication in ``main`` so the test does not run its loop."""

    def exec(self) -> int:
        return 0


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen has no window stacking
def test_main_offers_recovery_after_showing_the_window(qtbot, plan_file, monkeypatch):
    crashed_session(qtbot, plan_file)
    offers = answer(monkeypatch, RecoverDialog, RecoverChoice.RESTORE)
    built: list[MainWindow] = []
    real_build, real_application = app.build_window, app.application
    monkeypatch.setattr(
        app, "build_window", lambda path: built.append(real_build(path)) or built[0]
    )
    monkeypatch.setattr(app, "application", lambda: real_application() and _NoEventLoop())
    assert app.main([str(plan_file)]) == 0
    [window] = built
    qtbot.addWidget(window)
    assert len(offers) == 1
    assert window.isVisible()
    assert window.isWindowModified()
    assert window.document.plan.placement("i-wirt-1") is None
