"""The main window as an organiser meets it: landmarks, panels, selection, files, settings."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsView, QTreeView, QWidget

from planner import app, cli
from planner.conflicts import ConflictKind, Severity
from planner.gui.dialogs.messages import MessageDialog, PlanFileDialog
from planner.gui.main_window import MainWindow
from planner.gui.mime import contribution_mime
from planner.gui.models.conflicts import ContributionsRole, KindRole
from planner.gui.models.unscheduled import IdRole
from planner.model import Kind
from planner.storage import PlanFileError, load_plan
from tests.gui import helpers

DAY = datetime(2019, 10, 7)


def at(hour: int, minute: int = 0) -> datetime:
    return DAY.replace(hour=hour, minute=minute)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Error boxes the code under test showed (title, text), instead of blocking."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        MessageDialog, "show_error", classmethod(lambda cls, p, t, x: shown.append((t, x)))
    )
    return shown


def open_window(qtbot, path=None) -> MainWindow:
    window = app.build_window(path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, sample_path) -> MainWindow:
    return open_window(qtbot, sample_path)


@pytest.fixture
def conflicts_window(qtbot, conflicts_sample_path) -> MainWindow:
    return open_window(qtbot, conflicts_sample_path)


def listed_ids(window: MainWindow) -> list[str]:
    view = window.findChild(QTreeView, "unscheduledList")
    model = view.model()
    return [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]


def slot_point(window: MainWindow, room_id: str, moment: datetime):
    view = window.timeline
    geometry = view.board_geometry()
    x = geometry.column_x(0, geometry.room_index[room_id]) + geometry.column_width / 2
    return view.mapFromScene(QPointF(x, geometry.y_of(moment) + 2))


# -- landmarks ---------------------------------------------------------------------------


def test_build_window_opens_the_sample_with_the_four_landmarks(qtbot):
    window = open_window(qtbot)
    assert window.isVisible()
    assert window.document.path.name == "innovationstag-2019.agenda.json"
    assert isinstance(window.findChild(QGraphicsView, "timeline"), QGraphicsView)
    for name in ("unscheduledList", "conflictsView", "inspector"):
        assert isinstance(window.findChild(QWidget, name), QWidget), name
    assert window.centralWidget() is window.timeline


def test_board_has_one_block_per_placement(window):
    plan = window.document.plan
    ids = [
        item.data(0)
        for item in window.timeline.scene().items()
        if item.data(0) in plan.contributions_by_id
    ]
    assert sorted(ids) == sorted(p.contribution for p in plan.schedule)


def test_build_window_refuses_a_broken_plan(qtbot, tmp_path):
    bad = tmp_path / "bad.agenda.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(PlanFileError):
        app.build_window(bad)


# -- unplaced contributions ----------------------------------------------------------------


def test_unscheduled_list_shows_exactly_the_unplaced_with_their_count(window):
    plan = window.document.plan
    assert sorted(listed_ids(window)) == sorted(c.id for c in plan.unscheduled)
    assert window.unscheduled_dock.windowTitle() == "Not placed (3)"


def test_unscheduled_filters_narrow_the_list_and_the_title_says_so(window):
    panel = window.unscheduled
    panel.set_kind_filter(Kind.WORKSHOP)
    assert listed_ids(window) == ["u-opendata"]
    assert window.unscheduled_dock.windowTitle() == "Not placed (1 of 3)"
    panel.set_kind_filter(None)
    panel.text_filter.setText("reserve")
    assert sorted(listed_ids(window)) == ["i-reserve-tourismus", "u-reserve-impuls"]
    panel.text_filter.setText("")
    assert len(listed_ids(window)) == 3


def test_dragging_from_the_list_onto_the_board_places_it_and_the_list_shrinks(window):
    view = window.findChild(QTreeView, "unscheduledList")
    model = view.model()
    row = listed_ids(window).index("u-opendata")
    mime = model.mimeData([model.index(row, 0)])
    target = slot_point(window, "seminar2", at(15, 10))
    assert helpers.drag_drop(window.timeline.viewport(), mime, target)
    placement = window.document.plan.placement("u-opendata")
    assert (placement.room, placement.start) == ("seminar2", at(15, 10))
    assert window.timeline.block_item("u-opendata") is not None
    assert "u-opendata" not in listed_ids(window)
    assert window.unscheduled_dock.windowTitle() == "Not placed (2)"
    assert "Not placed: 2" in window.status_text()


def test_dropping_a_block_on_the_list_unplaces_it(window):
    view = window.findChild(QTreeView, "unscheduledList")
    mime = contribution_mime(["i-wirt-1"])
    assert helpers.drag_drop(view.viewport(), mime, view.viewport().rect().center())
    assert window.document.plan.placement("i-wirt-1") is None
    assert "i-wirt-1" in listed_ids(window)
    assert window.timeline.block_item("i-wirt-1") is None
    window.document.undo_stack.undo()
    assert window.timeline.block_item("i-wirt-1") is not None


def test_selecting_in_the_list_shows_the_contribution_in_the_inspector(window):
    assert window.unscheduled.select_contribution("u-opendata")
    assert window.inspector.contribution_id == "u-opendata"
    assert (
        window.inspector.title_edit.text() == window.document.plan.contribution("u-opendata").title
    )
    assert window.inspector.placement_label.text() == "Not placed yet"
    assert not window.inspector.pin_check.isEnabled()


# -- conflicts -----------------------------------------------------------------------------


def test_conflicts_view_lists_every_error_and_warning_not_the_unplaced_notes(conflicts_window):
    view = conflicts_window.findChild(QTreeView, "conflictsView")
    model = view.model()
    rows = [
        (model.index(r, 0).data(KindRole), model.index(r, 0).data(ContributionsRole))
        for r in range(model.rowCount())
    ]
    expected = [
        (c.kind.value, list(c.contributions))
        for c in conflicts_window.document.conflicts
        if c.severity in (Severity.ERROR, Severity.WARNING)
    ]
    assert rows == expected  # errors first, in the checker's order
    assert ConflictKind.UNSCHEDULED.value not in {kind for kind, _ in rows}
    assert conflicts_window.conflicts_dock.windowTitle() == "Conflicts (errors: 5, warnings: 5)"


def test_activating_a_conflict_selects_and_shows_its_blocks(qtbot, conflicts_window):
    view = conflicts_window.conflicts_view
    index = view.row_of("speaker-overlap", ["g-dk2", "se-dk-dialog"])
    assert index.isValid()
    conflicts_window.timeline.verticalScrollBar().setValue(0)
    view.activated.emit(index)
    timeline = conflicts_window.timeline
    assert sorted(timeline.selected_contributions()) == ["g-dk2", "se-dk-dialog"]
    shown = timeline.mapToScene(timeline.viewport().rect()).boundingRect()
    assert shown.intersects(timeline.block_item("g-dk2").sceneBoundingRect())
    assert conflicts_window.inspector.contribution_id in {"g-dk2", "se-dk-dialog"}


def test_enter_on_a_conflict_row_activates_it(qtbot, conflicts_window):
    view = conflicts_window.conflicts_view
    index = view.row_of("room-overlap", ["i-buerg-2", "i-soz-1"])
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    selected = sorted(conflicts_window.timeline.selected_contributions())
    assert selected == ["i-buerg-2", "i-soz-1"]


def test_double_click_on_a_conflict_row_selects_its_blocks(qtbot, conflicts_window):
    view = conflicts_window.conflicts_view
    index = view.row_of("room-unavailable", ["se-wirtschaft"])
    point = view.visualRect(index.siblingAtColumn(1)).center()
    # A real double-click arrives as press, release, press, double-click, release.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert conflicts_window.timeline.selected_contributions() == ["se-wirtschaft"]
    assert conflicts_window.inspector.contribution_id == "se-wirtschaft"


def test_fixing_a_conflict_updates_view_status_bar_and_blocks_and_undo_brings_it_back(
    conflicts_window,
):
    from planner.gui import commands

    document = conflicts_window.document
    assert conflicts_window.status_text() == "Errors: 5 · Warnings: 5 · Not placed: 2"
    document.undo_stack.push(commands.move(document, "i-soz-1", "seminar2", at(16)))
    kinds = {
        conflicts_window.conflicts_view.model().index(r, 0).data(KindRole)
        for r in range(conflicts_window.conflicts_view.model().rowCount())
    }
    assert "room-overlap" not in kinds
    assert conflicts_window.status_text().startswith("Errors: 4 ·")
    document.undo_stack.undo()
    assert conflicts_window.status_text() == "Errors: 5 · Warnings: 5 · Not placed: 2"


# -- inspector -----------------------------------------------------------------------------


def test_selecting_a_block_shows_it_in_the_inspector_with_its_conflicts(conflicts_window):
    conflicts_window.timeline.select_contributions(["i-tour-1"])
    inspector = conflicts_window.inspector
    assert inspector.contribution_id == "i-tour-1"
    assert "Seminarraum Kaiserstuhl" in inspector.placement_label.text()
    assert "10:40–11:05" in inspector.placement_label.text()
    assert "60" in inspector.conflicts_label.text()  # "expects 60 people, … holds 40"
    assert inspector.pin_check.isEnabled()


def test_inspector_edits_change_the_plan_one_undo_step_each(qtbot, window):
    document = window.document
    window.timeline.select_contributions(["i-wirt-1"])
    inspector = window.inspector
    original = document.plan.contribution("i-wirt-1")

    inspector.title_edit.setText("Neuer Titel")
    inspector.title_edit.editingFinished.emit()
    inspector.kind_combo.setCurrentIndex(inspector.kind_combo.findData("workshop"))
    inspector.duration_spin.setValue(original.duration + 10)
    inspector.audience_spin.setValue(77)
    inspector.plenary_check.setChecked(True)
    changed = document.plan.contribution("i-wirt-1")
    assert changed.title == "Neuer Titel"
    assert changed.kind is Kind.WORKSHOP
    assert changed.duration == original.duration + 10
    assert changed.audience == 77
    assert changed.plenary
    assert document.undo_stack.count() == 5
    assert window.timeline.block_item("i-wirt-1").title() == "Neuer Titel"

    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.plan.contribution("i-wirt-1") == original
    assert inspector.title_edit.text() == original.title
    assert inspector.duration_spin.value() == original.duration


def test_inspector_speakers_needs_and_pin(window):
    document = window.document
    window.timeline.select_contributions(["i-wirt-1"])
    inspector = window.inspector
    original = document.plan.contribution("i-wirt-1")
    first_unchecked = next(
        inspector.speakers_list.item(i)
        for i in range(inspector.speakers_list.count())
        if inspector.speakers_list.item(i).checkState() == Qt.CheckState.Unchecked
    )
    first_unchecked.setCheckState(Qt.CheckState.Checked)
    new_speaker = first_unchecked.data(Qt.ItemDataRole.UserRole)
    assert document.plan.contribution("i-wirt-1").speakers == (*original.speakers, new_speaker)

    flipchart = inspector.needs_list.findItems("flipchart", Qt.MatchFlag.MatchExactly)[0]
    flipchart.setCheckState(Qt.CheckState.Checked)
    assert "flipchart" in document.plan.contribution("i-wirt-1").needs

    inspector.pin_check.setChecked(True)
    assert document.plan.placement("i-wirt-1").pinned
    document.undo_stack.undo()
    assert not document.plan.placement("i-wirt-1").pinned
    assert not inspector.pin_check.isChecked()


def test_emptying_the_title_keeps_the_old_one(window):
    window.timeline.select_contributions(["i-wirt-1"])
    inspector = window.inspector
    title = window.document.plan.contribution("i-wirt-1").title
    inspector.title_edit.setText("   ")
    inspector.title_edit.editingFinished.emit()
    assert window.document.plan.contribution("i-wirt-1").title == title
    assert inspector.title_edit.text() == title
    assert window.document.undo_stack.count() == 0


# -- edit menu, title, status ----------------------------------------------------------------


def test_window_title_marks_unsaved_changes(window):
    assert window.windowTitle() == "innovationstag-2019.agenda.json[*] — Agenda Planner"
    assert not window.isWindowModified()
    window.timeline.select_contributions(["i-wirt-1"])
    window.delete_action.trigger()
    assert window.document.plan.placement("i-wirt-1") is None
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.document.plan.placement("i-wirt-1") is not None
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.document.plan.placement("i-wirt-1") is None


def test_undo_and_redo_have_the_standard_shortcuts(window):
    assert "Ctrl+Z" in [s.toString() for s in window.undo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    menus = {a.text().replace("&", "") for a in window.menuBar().actions()}
    assert menus == {"File", "Edit", "View", "Plan", "Help"}


def test_status_bar_counts_errors_warnings_and_unplaced(window, conflicts_window):
    assert window.status_text() == "Errors: 0 · Warnings: 0 · Not placed: 3"
    assert conflicts_window.status_text() == "Errors: 5 · Warnings: 5 · Not placed: 2"


# -- files ---------------------------------------------------------------------------------


def test_save_of_the_bundled_sample_asks_where_and_writes_a_loadable_file(
    window, tmp_path, monkeypatch, sample_path
):
    target = tmp_path / "mein-plan.agenda.json"
    monkeypatch.setattr(PlanFileDialog, "ask_save", classmethod(lambda cls, p, s: target))
    window.timeline.select_contributions(["i-wirt-1"])
    window.delete_action.trigger()
    sample_bytes = sample_path.read_bytes()
    assert window.save()
    assert sample_path.read_bytes() == sample_bytes  # the bundled sample is never overwritten
    assert load_plan(target).placement("i-wirt-1") is None
    assert window.windowTitle().startswith("mein-plan.agenda.json[*]")
    assert not window.isWindowModified()


def test_save_errors_end_in_a_message_box(window, tmp_path, errors):
    target = tmp_path / "missing-folder" / "plan.agenda.json"
    assert not window.save_to(target)
    assert len(errors) == 1
    assert "missing-folder" in errors[0][1]
    assert not target.exists()


def test_opening_a_broken_file_shows_one_message_and_keeps_the_plan(window, tmp_path, errors):
    bad = tmp_path / "bad.agenda.json"
    bad.write_text(json.dumps({"format": "agenda-planner", "version": 99}), encoding="utf-8")
    plan = window.document.plan
    assert not window.open_path(bad)
    assert len(errors) == 1
    assert "bad.agenda.json" in errors[0][1]
    assert window.document.plan is plan


def test_open_replaces_the_plan_and_clears_undo(window, conflicts_sample_path):
    window.timeline.select_contributions(["i-wirt-1"])
    window.delete_action.trigger()
    assert window.open_path(conflicts_sample_path)
    assert window.document.undo_stack.count() == 0
    assert window.status_text() == "Errors: 5 · Warnings: 5 · Not placed: 2"
    assert sorted(listed_ids(window)) == ["u-opendata", "u-reserve-impuls"]


# -- settings and start-up -------------------------------------------------------------------


def test_geometry_and_docks_are_restored_on_the_next_start(qtbot):
    first = open_window(qtbot)
    first.resize(761, 523)  # the offscreen screen is 800×600; restoring keeps it inside
    first.inspector_dock.hide()
    first.close()
    second = open_window(qtbot)
    assert (second.width(), second.height()) == (761, 523)
    assert not second.inspector_dock.isVisible()
    assert second.unscheduled_dock.isVisible()


def test_zoom_is_restored_on_the_next_start(qtbot):
    first = open_window(qtbot)
    first.timeline.set_zoom(1.7)
    first.close()
    second = open_window(qtbot)
    assert second.timeline.zoom() == pytest.approx(1.7)


def test_cli_with_a_bad_plan_exits_2_with_one_message_and_no_traceback(
    qapp, tmp_path, errors, capsys
):
    missing = tmp_path / "nowhere.agenda.json"
    assert cli.main([str(missing)]) == 2
    assert len(errors) == 1
    assert "nowhere.agenda.json" in errors[0][1]
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "nowhere.agenda.json" in err
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_settings_live_in_the_test_folder(tmp_path_factory):
    from planner.settings import Settings

    assert Path(Settings().file_name).is_relative_to(tmp_path_factory.getbasetemp())
