"""The File menu as an organiser uses it: new, open, recent, save, revert, prompts, drops.

Dialogs are answered by patching their ``ask`` classmethods; the plan files live in
tmp_path (copies of the bundled sample), settings and data folders too (conftest).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTreeView

from planner.gui import commands, recent
from planner.gui.dialogs.file_prompts import RevertPrompt, SaveChangesPrompt, SaveChoice
from planner.gui.dialogs.messages import MessageDialog, PlanFileDialog
from planner.gui.dialogs.new_plan import NewPlanDialog, NewPlanSpec
from planner.gui.main_window import MainWindow
from planner.gui.models.unscheduled import IdRole
from planner.settings import MAX_RECENT_FILES
from planner.storage import load_plan
from tests.gui import helpers
from tests.gui.file_helpers import answer, copy_plan, modify, open_window


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list:
    return answer(monkeypatch, MessageDialog, None, "show_error")


@pytest.fixture
def plan_file(tmp_path: Path, sample_path: Path) -> Path:
    return copy_plan(sample_path, tmp_path / "tag.agenda.json")


@pytest.fixture
def other_file(tmp_path: Path, conflicts_sample_path: Path) -> Path:
    return copy_plan(conflicts_sample_path, tmp_path / "other.agenda.json")


@pytest.fixture
def window(qtbot, plan_file: Path) -> MainWindow:
    return open_window(qtbot, plan_file)


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]


# -- menu ----------------------------------------------------------------------------------


def test_file_menu_has_every_file_action_in_order(window):
    assert menu_texts(window)[:6] == ["New…", "Open…", "Open Recent", "Save", "Save As…", "Revert"]
    assert window.files.new_action.shortcut().toString() == "Ctrl+N"


# -- new -----------------------------------------------------------------------------------


SPEC = NewPlanSpec(
    title="3. Innovationstag",
    days=(date(2020, 10, 5), date(2020, 10, 6)),
    day_start=time(8, 30),
    day_end=time(18, 0),
    timezone="Europe/Vienna",
    venue="Rathaus Freiburg",
)


def test_new_creates_an_empty_plan_with_the_asked_facts_and_one_room(window, monkeypatch):
    answer(monkeypatch, NewPlanDialog, SPEC)
    window.files.new_action.trigger()
    plan = window.document.plan
    assert plan.event.title == "3. Innovationstag"
    assert plan.event.days == SPEC.days
    assert (plan.event.day_start, plan.event.day_end) == (time(8, 30), time(18))
    assert (plan.event.timezone, plan.event.venue) == ("Europe/Vienna", "Rathaus Freiburg")
    assert [(r.id, r.name) for r in plan.rooms] == [("plenum", "Plenum")]
    assert not plan.contributions
    assert not plan.speakers
    assert window.document.path is None
    assert window.windowTitle() == "Untitled[*] — Agenda Planner"
    assert not window.isWindowModified()
    assert not window.files.revert_action.isEnabled()


def test_new_plan_dialog_builds_the_spec_from_what_was_typed(qtbot):
    dialog = NewPlanDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.timezone_combo.currentText() == "Europe/Berlin"
    assert dialog.timezone_combo.findText("America/New_York") >= 0
    assert not ok.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title_edit, "Digitaltag")
    dialog.first_day_edit.setDate(date(2021, 3, 1))
    dialog.days_spin.setValue(3)
    qtbot.keyClicks(dialog.venue_edit, "Stadthalle")
    assert ok.isEnabled()
    spec = dialog.spec()
    assert spec == NewPlanSpec(
        "Digitaltag",
        (date(2021, 3, 1), date(2021, 3, 2), date(2021, 3, 3)),
        time(9),
        time(17),
        "Europe/Berlin",
        "Stadthalle",
    )
    dialog.end_edit.setTime(time(8))
    assert not ok.isEnabled()
    assert "end after" in dialog.problem_label.text()
    dialog.end_edit.setTime(time(17))
    dialog.timezone_combo.setCurrentText("Europe/Atlantis")
    assert not ok.isEnabled()
    assert dialog.spec() is None


def test_new_with_unsaved_changes_asks_first_and_cancel_keeps_the_plan(window, monkeypatch):
    modify(window)
    answer(monkeypatch, NewPlanDialog, SPEC)
    asked = answer(monkeypatch, SaveChangesPrompt, SaveChoice.CANCEL)
    plan = window.document.plan
    assert not window.files.new_plan()
    assert asked == [("tag.agenda.json",)]
    assert window.document.plan is plan
    assert window.isWindowModified()


# -- open ----------------------------------------------------------------------------------


def test_open_a_good_file_shows_it_and_remembers_it(window, monkeypatch, other_file):
    answer(monkeypatch, PlanFileDialog, other_file, "ask_open")
    window.open_action.trigger()
    assert window.document.path == other_file
    assert window.document.plan == load_plan(other_file)
    assert window.windowTitle() == "other.agenda.json[*] — Agenda Planner"
    assert window.status_text() == "Errors: 5 · Warnings: 5 · Not placed: 2"
    assert recent.recent_paths()[0] == other_file


def test_open_a_bad_file_shows_the_loaders_message_and_keeps_the_plan(
    window, monkeypatch, tmp_path, errors
):
    bad = tmp_path / "kaputt.agenda.json"
    bad.write_text('{"format": "agenda-planner", "version": 1, "event": []}', encoding="utf-8")
    modify(window)
    answer(monkeypatch, SaveChangesPrompt, SaveChoice.DISCARD)
    answer(monkeypatch, PlanFileDialog, bad, "ask_open")
    plan = window.document.plan
    window.open_action.trigger()
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "Cannot open the plan"
    assert text.startswith(f"{bad}: event: expected an object")
    assert window.document.plan is plan
    assert window.document.path.name == "tag.agenda.json"
    assert window.isWindowModified()  # the unsaved work is still there
    assert bad not in recent.recent_paths()


def test_open_with_unsaved_changes_saves_when_asked(window, monkeypatch, other_file, plan_file):
    modify(window)
    answer(monkeypatch, SaveChangesPrompt, SaveChoice.SAVE)
    assert window.files.open_file(other_file)
    assert load_plan(plan_file).placement("i-wirt-1") is None
    assert window.document.path == other_file


def test_cancelled_open_dialog_asks_nothing(window, monkeypatch):
    modify(window)
    asked = answer(monkeypatch, SaveChangesPrompt, SaveChoice.CANCEL)
    answer(monkeypatch, PlanFileDialog, None, "ask_open")
    window.open_action.trigger()
    assert asked == []


# -- recent files --------------------------------------------------------------------------


def recent_entries(window: MainWindow) -> list[tuple[str, bool]]:
    menu = window.files.recent_menu
    menu.rebuild()  # what aboutToShow does
    return [(a.text(), a.isEnabled()) for a in menu.entries()]


def test_recent_files_newest_first_shared_by_windows_and_reopened_from_the_menu(
    qtbot, window, plan_file, other_file
):
    assert window.open_path(other_file)
    assert window.open_path(plan_file)
    assert recent_entries(window) == [("&1 tag.agenda.json", True), ("&2 other.agenda.json", True)]
    second = open_window(qtbot, other_file)  # a later window (or the next start) sees them
    assert recent_entries(second) == [
        ("&1 other.agenda.json", True),
        ("&2 tag.agenda.json", True),
    ]
    second.files.recent_menu.entries()[1].trigger()
    assert second.document.path == plan_file


def test_recent_list_is_bounded_greys_missing_files_and_can_be_cleared(window, tmp_path):
    for i in range(MAX_RECENT_FILES + 3):
        recent.remember(tmp_path / f"p{i}.agenda.json")
    entries = recent_entries(window)
    assert len(entries) == MAX_RECENT_FILES
    assert entries[0] == ("&1 p12.agenda.json (not found)", False)
    assert entries[-1][0].startswith("1&0 p3.agenda.json")
    window.files.recent_menu.clear_action.trigger()
    assert recent_entries(window) == []
    assert recent.recent_paths() == []


def test_the_bundled_sample_is_not_a_recent_file(qtbot):
    window = open_window(qtbot)
    assert recent_entries(window) == []


# -- save ----------------------------------------------------------------------------------


def test_save_writes_atomically_keeps_a_backup_and_clears_the_modified_mark(window, plan_file):
    before = plan_file.read_bytes()
    modify(window)
    window.save_action.trigger()
    assert not window.isWindowModified()
    assert load_plan(plan_file) == window.document.plan
    assert plan_file.with_name("tag.agenda.json.bak").read_bytes() == before
    assert sorted(p.name for p in plan_file.parent.iterdir()) == [
        "tag.agenda.json",
        "tag.agenda.json.bak",
    ]  # no temporary file left behind
    assert "Saved to" in window.statusBar().currentMessage()


def test_save_as_moves_the_plan_to_the_new_file(window, monkeypatch, tmp_path, plan_file):
    target = tmp_path / "kopie.agenda.json"
    suggestions = answer(monkeypatch, PlanFileDialog, target, "ask_save")
    modify(window)
    window.save_as_action.trigger()
    assert suggestions == [(str(plan_file),)]
    assert window.document.path == target
    assert window.windowTitle() == "kopie.agenda.json[*] — Agenda Planner"
    assert not window.isWindowModified()
    assert load_plan(target).placement("i-wirt-1") is None
    assert load_plan(plan_file).placement("i-wirt-1") is not None
    assert recent.recent_paths()[0] == target


def test_saving_a_new_plan_suggests_a_name_from_its_title(window, monkeypatch, tmp_path):
    answer(monkeypatch, NewPlanDialog, dataclasses.replace(SPEC, title='Tag: "Digital"/2020'))
    assert window.files.new_plan()
    suggestions = answer(monkeypatch, PlanFileDialog, None, "ask_save")
    assert not window.save()
    assert Path(suggestions[0][0]).name == "Tag- -Digital-2020.agenda.json"


# -- revert --------------------------------------------------------------------------------


def test_revert_asks_and_reloads_the_saved_version(window, monkeypatch, plan_file):
    saved = window.document.plan
    modify(window)
    asked = answer(monkeypatch, RevertPrompt, False)
    window.files.revert_action.trigger()
    assert asked == [("tag.agenda.json",)]
    assert window.document.plan.placement("i-wirt-1") is None
    answer(monkeypatch, RevertPrompt, True)
    window.files.revert_action.trigger()
    assert window.document.plan == saved
    assert not window.isWindowModified()
    assert window.document.undo_stack.count() == 0


def test_revert_of_a_file_that_went_bad_keeps_the_work(window, monkeypatch, plan_file, errors):
    modify(window)
    plan_file.write_text("{", encoding="utf-8")
    answer(monkeypatch, RevertPrompt, True)
    assert not window.files.revert()
    assert "not valid JSON" in errors[0][1]
    assert window.document.plan.placement("i-wirt-1") is None
    assert window.isWindowModified()


# -- closing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "closes", "saved"),
    [
        (SaveChoice.SAVE, True, True),
        (SaveChoice.DISCARD, True, False),
        (SaveChoice.CANCEL, False, False),
    ],
)
def test_close_with_unsaved_changes_asks_save_discard_or_cancel(
    window, monkeypatch, plan_file, choice, closes, saved
):
    modify(window)
    asked = answer(monkeypatch, SaveChangesPrompt, choice)
    assert window.close() is closes
    assert asked == [("tag.agenda.json",)]
    assert window.isVisible() is not closes
    assert (load_plan(plan_file).placement("i-wirt-1") is None) is saved
    assert window.document.plan.placement("i-wirt-1") is None  # nothing undone


def test_close_without_changes_asks_nothing(window, monkeypatch):
    asked = answer(monkeypatch, SaveChangesPrompt, SaveChoice.CANCEL)
    assert window.close()
    assert asked == []


def test_close_of_an_untitled_plan_stays_open_when_save_as_is_cancelled(window, monkeypatch):
    answer(monkeypatch, NewPlanDialog, SPEC)
    window.files.new_plan()
    modify_event = dataclasses.replace(window.document.plan.event, title="Anders")
    window.document.undo_stack.push(
        commands.replace_plan(
            window.document, "Event", window.document.plan.with_event(modify_event)
        )
    )
    answer(monkeypatch, SaveChangesPrompt, SaveChoice.SAVE)
    answer(monkeypatch, PlanFileDialog, None, "ask_save")
    assert not window.close()
    assert window.isVisible()


# -- drops and macOS FileOpen --------------------------------------------------------------


def url_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_a_plan_file_on_the_board_opens_it(qtbot, window, other_file):
    viewport = window.timeline.viewport()
    assert helpers.drag_drop(viewport, url_mime(other_file), viewport.rect().center())
    qtbot.waitUntil(lambda: window.document.path == other_file)
    assert window.document.plan == load_plan(other_file)


def test_dropping_a_plan_file_elsewhere_on_the_window_opens_it(qtbot, window, other_file):
    target = window.findChild(QTreeView, "conflictsView").viewport()
    assert helpers.drag_drop(target, url_mime(other_file), target.rect().center())
    qtbot.waitUntil(lambda: window.document.path == other_file)


def test_other_files_are_refused_and_contribution_drops_still_place(window, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("x", encoding="utf-8")
    viewport = window.timeline.viewport()
    assert not helpers.drag_drop(viewport, url_mime(text), viewport.rect().center())
    assert not helpers.drag_drop(window, url_mime(text), window.rect().center())
    list_view = window.findChild(QTreeView, "unscheduledList")
    model = list_view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(IdRole) == "u-opendata")
    mime = model.mimeData([model.index(row, 0)])
    geometry = window.timeline.board_geometry()
    x = geometry.column_x(0, geometry.room_index["seminar2"]) + geometry.column_width / 2
    point = window.timeline.mapFromScene(QPointF(x, geometry.y_of(datetime(2019, 10, 7, 15)) + 2))
    assert helpers.drag_drop(viewport, mime, point)
    assert window.document.plan.placement("u-opendata").room == "seminar2"


def test_a_plan_dropped_with_unsaved_changes_asks_first(qtbot, window, monkeypatch, other_file):
    modify(window)
    asked = answer(monkeypatch, SaveChangesPrompt, SaveChoice.CANCEL)
    assert helpers.drag_drop(window, url_mime(other_file), window.rect().center())
    qtbot.waitUntil(lambda: bool(asked))
    assert window.document.path.name == "tag.agenda.json"


def test_macos_file_open_event_opens_the_plan(qtbot, window, other_file):
    window.activateWindow()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(other_file)))
    qtbot.waitUntil(lambda: window.document.path == other_file)
