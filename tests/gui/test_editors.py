"""The Plan menu's editors: each change applied, visible, undone and redone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from planner import app
from planner.gui.editors.confirm import ConfirmDialog
from planner.gui.editors.contributions import ContributionDialog
from planner.gui.editors.event_dialog import EventDialog
from planner.gui.editors.models import ROOMS_MIME, IdRole, RoomListModel, SpeakerListModel
from planner.gui.main_window import MainWindow
from planner.model import Contribution, Kind, Plan, TimeWindow
from tests.gui import helpers

DAY = date(2019, 10, 7)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


@pytest.fixture
def window(qtbot, sample_path) -> MainWindow:
    window = app.build_window(sample_path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


class Asked:
    """ConfirmDialog.ask replaced: records each question, answers from ``answers``."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.answer = False

    def __call__(self, cls, parent, title, text, confirm) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Every test: a question is recorded and answered, never left open."""
    recorder = Asked()
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(recorder))
    return recorder


def board_rooms(window: MainWindow) -> list[str]:
    return [room.name for room in window.timeline.board_geometry().rooms]


def undo_redo(window: MainWindow, before: Plan, after: Plan) -> None:
    """Undo brings ``before`` back, redo ``after`` (the plan asserted each time)."""
    stack = window.document.undo_stack
    assert window.document.plan == after
    stack.undo()
    assert window.document.plan == before
    stack.redo()
    assert window.document.plan == after


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.plan_menu.actions()]


def test_the_plan_menu_lists_the_editors_and_leaves_its_end_free(window):
    texts = menu_texts(window)
    assert texts[:3] == ["Event Settings…", "Rooms…", "Speakers…"]
    new = texts.index("New Contribution…")
    assert texts[new : new + 3] == [
        "New Contribution…",
        "Duplicate Contribution",
        "Delete Contribution…",
    ]
    assert window.plan_menu.actions()[new + 3] is window.editors.plan_tools_section


# -- event settings --------------------------------------------------------------------


@pytest.fixture
def event_dialog(qtbot, window) -> EventDialog:
    plan = window.document.plan
    dialog = EventDialog(plan.event, plan, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ok_enabled(dialog: EventDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_event_dialog_returns_the_edited_event(qtbot, event_dialog, window):
    event_dialog.title_edit.clear()
    qtbot.keyClicks(event_dialog.title_edit, "3. Innovationstag")
    event_dialog.end_edit.setTime(event_dialog.end_edit.time().addSecs(3600))
    event_dialog.changeover_spin.setValue(15)
    event_dialog.timezone_combo.setCurrentText("Europe/Copenhagen")
    event = event_dialog.edited_event()
    assert ok_enabled(event_dialog)
    assert (event.title, event.day_end, event.changeover_minutes, event.timezone) == (
        "3. Innovationstag",
        time(18),
        15,
        "Europe/Copenhagen",
    )
    assert event.venue == window.document.plan.event.venue
    assert event.organizer == window.document.plan.event.organizer


def test_event_dialog_refuses_an_end_before_the_start(qtbot, event_dialog, window):
    event_dialog.end_edit.setTime(event_dialog.start_edit.time().addSecs(-3600))
    assert not ok_enabled(event_dialog)
    assert "end after it starts" in event_dialog.message.text()
    event_dialog.accept()
    assert event_dialog.isVisible()  # refused: still open


def test_event_dialog_refuses_no_days_and_unknown_timezones(qtbot, event_dialog):
    event_dialog.days_list.setCurrentRow(0)
    qtbot.mouseClick(event_dialog.remove_day_button, Qt.MouseButton.LeftButton)
    assert event_dialog.days() == []
    assert "at least one day" in event_dialog.message.text()
    event_dialog.add_day(date(2020, 10, 5))
    assert ok_enabled(event_dialog)
    event_dialog.timezone_combo.setCurrentText("Mars/Olympus_Mons")
    assert not ok_enabled(event_dialog)
    assert "timezone" in event_dialog.message.text()


def test_event_dialog_counts_placements_left_outside_before_applying(qtbot, event_dialog):
    placed = len(event_dialog._plan.schedule)
    event_dialog.calendar.setSelectedDate(event_dialog.calendar.selectedDate().addDays(1))
    qtbot.mouseClick(event_dialog.add_day_button, Qt.MouseButton.LeftButton)
    assert event_dialog.days() == [DAY, date(2019, 10, 8)]
    assert event_dialog.message.text() == ""
    event_dialog.days_list.setCurrentRow(0)
    qtbot.keyClick(event_dialog.days_list, Qt.Key.Key_Delete)
    assert event_dialog.days() == [date(2019, 10, 8)]
    assert f"{placed} placements will lie outside" in event_dialog.message.text()
    assert ok_enabled(event_dialog)  # a warning, not a refusal


def test_event_settings_from_the_menu_are_one_undo_step(window, monkeypatch):
    before = window.document.plan
    new_event = replace(before.event, day_end=time(18), title="Längerer Tag")
    monkeypatch.setattr(EventDialog, "ask", classmethod(lambda cls, p, e, plan=None: new_event))
    window.editors.event_action.trigger()
    after = window.document.plan
    assert after.event == new_event
    assert window.timeline.board_geometry().day_minutes == 9 * 60
    undo_redo(window, before, after)
    window.document.undo_stack.undo()
    assert window.timeline.board_geometry().day_minutes == 8 * 60


def test_cancelled_event_settings_change_nothing(window, monkeypatch):
    monkeypatch.setattr(EventDialog, "ask", classmethod(lambda cls, p, e, plan=None: None))
    window.editors.event_action.trigger()
    assert window.document.undo_stack.count() == 0


# -- rooms -----------------------------------------------------------------------------


@pytest.fixture
def rooms(window):
    window.editors.rooms_action.trigger()
    return window.editors.show_rooms()


def test_rooms_editor_lists_the_board_columns(rooms, window):
    assert rooms.isVisible()
    assert rooms.model.ids() == ["plenum", "seminar1", "seminar2", "werkstatt"]
    assert rooms.name_edit.text() == "Plenarsaal"


def test_add_room_adds_a_board_column(qtbot, rooms, window):
    before = window.document.plan
    qtbot.mouseClick(rooms.add_button, Qt.MouseButton.LeftButton)
    after = window.document.plan
    assert [r.id for r in after.rooms][-1] == "room1"
    assert board_rooms(window)[-1] == "Room 5"
    assert rooms.current_id() == "room1"
    undo_redo(window, before, after)


def test_renaming_a_room_renames_its_column(qtbot, rooms, window):
    before = window.document.plan
    rooms.select("seminar2")
    rooms.name_edit.selectAll()
    qtbot.keyClicks(rooms.name_edit, "Tuniberg-Saal")
    qtbot.keyClick(rooms.name_edit, Qt.Key.Key_Return)
    after = window.document.plan
    assert after.room("seminar2").name == "Tuniberg-Saal"
    assert board_rooms(window)[2] == "Tuniberg-Saal"
    assert rooms.view.model().index(2, 0).data() == "Tuniberg-Saal"
    undo_redo(window, before, after)
    window.document.undo_stack.undo()
    assert board_rooms(window)[2] == "Seminarraum Tuniberg"
    assert rooms.name_edit.text() == "Seminarraum Tuniberg"


def test_a_room_name_cannot_be_emptied(qtbot, rooms, window):
    rooms.name_edit.clear()
    qtbot.keyClick(rooms.name_edit, Qt.Key.Key_Return)
    assert window.document.plan.room("plenum").name == "Plenarsaal"
    assert rooms.name_edit.text() == "Plenarsaal"


def test_capacity_features_and_closures_are_undoable(qtbot, rooms, window):
    start = window.document.plan
    rooms.select("werkstatt")
    rooms.capacity_spin.setValue(30)
    assert window.document.plan.room("werkstatt").capacity == 30
    qtbot.keyClicks(rooms.features_edit.entry, "beamer")
    qtbot.keyClick(rooms.features_edit.entry, Qt.Key.Key_Return)
    assert window.document.plan.room("werkstatt").features[-1] == "beamer"
    with_beamer = window.document.plan
    rooms.features_edit.list.setCurrentRow(0)
    rooms.features_edit.list.setFocus()
    qtbot.keyClick(rooms.features_edit.list, Qt.Key.Key_Delete)
    assert window.document.plan.room("werkstatt").features == (
        "moderationskoffer",
        "stellwaende",
        "beamer",
    )
    assert rooms.features_edit.list.item(0).text() == "moderationskoffer"
    undo_redo(window, with_beamer, window.document.plan)
    qtbot.mouseClick(rooms.closed_list.add_button, Qt.MouseButton.LeftButton)
    closed = window.document.plan.room("werkstatt").unavailable
    assert closed == (TimeWindow(at(9), at(10)),)
    assert rooms.closed_timeline.windows() == closed
    stack = window.document.undo_stack
    assert stack.count() == 4
    for _ in range(4):
        stack.undo()
    assert window.document.plan == start
    assert rooms.capacity_spin.value() == 25


def test_move_buttons_and_keys_reorder_the_columns(qtbot, rooms, window):
    before = window.document.plan
    rooms.select("werkstatt")
    qtbot.mouseClick(rooms.up_button, Qt.MouseButton.LeftButton)
    assert board_rooms(window)[2] == "Werkstatt Rheinblick"
    after = window.document.plan
    undo_redo(window, before, after)
    rooms.select("plenum")
    rooms.view.setFocus()
    qtbot.keyClick(rooms.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in window.document.plan.rooms] == [
        "seminar1",
        "plenum",
        "werkstatt",
        "seminar2",
    ]
    assert rooms.current_id() == "plenum"


def test_room_model_drops_reorder_in_one_undo_step(rooms, window):
    model = rooms.model
    before = window.document.plan
    data = model.mimeData([model.index(3, 0)])
    assert data.hasFormat(ROOMS_MIME)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert board_rooms(window)[0] == "Werkstatt Rheinblick"
    undo_redo(window, before, window.document.plan)


def test_dropping_a_room_on_the_list_view_moves_it(rooms, window):
    view = rooms.view
    model = rooms.model
    data = model.mimeData([model.index(0, 0)])
    target = view.visualRect(model.index(3, 0)).bottomLeft() + QPoint(4, 2)
    assert helpers.drag_drop(view.viewport(), data, target, Qt.DropAction.MoveAction)
    assert [r.id for r in window.document.plan.rooms] == [
        "seminar1",
        "seminar2",
        "werkstatt",
        "plenum",
    ]
    assert board_rooms(window)[-1] == "Plenarsaal"


def test_renaming_in_the_list_is_an_undo_step(rooms, window):
    model = rooms.model
    assert model.setData(model.index(1, 0), "Kaiserstuhl-Saal")
    assert window.document.plan.room("seminar1").name == "Kaiserstuhl-Saal"
    assert not model.setData(model.index(1, 0), "  ")
    window.document.undo_stack.undo()
    assert window.document.plan.room("seminar1").name == "Seminarraum Kaiserstuhl"


def test_deleting_a_room_in_use_asks_first_and_cancel_keeps_it(rooms, window, asked):
    before = window.document.plan
    rooms.select("seminar2")
    rooms.remove_button.click()
    assert asked.questions[0].startswith("3 placements in Seminarraum Tuniberg will be unplaced")
    assert window.document.plan == before
    assert window.document.undo_stack.count() == 0


def test_deleting_a_room_in_use_unplaces_its_blocks_in_one_step(rooms, window, asked):
    before = window.document.plan
    asked.answer = True
    rooms.select("seminar2")
    rooms.remove_button.click()
    after = window.document.plan
    assert "seminar2" not in after.rooms_by_id
    moved = {"w-ehrenamt", "se-demografie", "se-wirtschaft"}
    assert moved <= {c.id for c in after.unscheduled}
    assert moved <= set(window.unscheduled.visible_ids())
    assert "Seminarraum Tuniberg" not in board_rooms(window)
    assert window.document.undo_stack.count() == 1
    undo_redo(window, before, after)
    window.document.undo_stack.undo()
    assert window.timeline.block_item("w-ehrenamt") is not None


def test_deleting_an_empty_room_asks_nothing(qtbot, rooms, window, asked):
    qtbot.mouseClick(rooms.add_button, Qt.MouseButton.LeftButton)
    rooms.view.setFocus()
    rooms.remove_button.click()
    assert asked.questions == []
    assert "room1" not in window.document.plan.rooms_by_id
    assert rooms.current_id() == "werkstatt"


# -- item models -----------------------------------------------------------------------


def test_room_and_speaker_models_pass_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(RoomListModel(window.document))
    qtmodeltester.check(SpeakerListModel(window.document))


def test_models_follow_undo(window):
    model = SpeakerListModel(window.document)
    plan = window.document.plan
    count = model.rowCount()
    speakers = (*plan.speakers[1:], plan.speakers[0])
    from planner.gui.commands import replace_plan

    window.document.undo_stack.push(
        replace_plan(window.document, "x", replace(plan, speakers=speakers[:-1]))
    )
    assert model.rowCount() == count - 1
    window.document.undo_stack.undo()
    assert model.rowCount() == count
    assert model.index(0, 0).data(IdRole) == plan.speakers[0].id


# -- contributions ---------------------------------------------------------------------


def test_new_contribution_appears_unplaced_and_undoes(window, monkeypatch):
    before = window.document.plan
    made = Contribution("c1", "Open Data im Landkreis", Kind.IMPULSE, 20, speakers=("dk1",))
    monkeypatch.setattr(ContributionDialog, "ask", classmethod(lambda cls, p, plan: made))
    window.editors.contributions.new_action.trigger()
    after = window.document.plan
    assert after.contribution("c1") == made
    assert after.placement("c1") is None
    assert "c1" in window.unscheduled.visible_ids()
    assert window.inspector.contribution_id == "c1"
    undo_redo(window, before, after)
    window.document.undo_stack.undo()
    assert "c1" not in window.unscheduled.visible_ids()


def test_the_new_contribution_dialog_builds_a_contribution(qtbot, window):
    dialog = ContributionDialog(window.document.plan, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "title" in dialog.error_label.text()
    qtbot.keyClicks(dialog.title_edit, "Smart Village")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("workshop"))
    dialog.duration_spin.setValue(45)
    dialog.speakers_list.item(0).setCheckState(Qt.CheckState.Checked)
    contribution = dialog.contribution()
    assert contribution is not None
    assert (contribution.id, contribution.title, contribution.kind, contribution.duration) == (
        "c1",
        "Smart Village",
        Kind.WORKSHOP,
        45,
    )
    assert len(contribution.speakers) == 1


def test_duplicate_makes_an_unplaced_copy(window):
    before = window.document.plan
    window.timeline.select_contributions(["g-dk1"])
    assert window.editors.contributions.duplicate_action.isEnabled()
    window.editors.contributions.duplicate_action.trigger()
    after = window.document.plan
    copy = after.contribution("g-dk1-2")
    original = before.contribution("g-dk1")
    assert copy.title == original.title + " (copy)"
    assert replace(copy, id=original.id, title=original.title) == original
    assert after.placement("g-dk1-2") is None
    assert "g-dk1-2" in window.unscheduled.visible_ids()
    undo_redo(window, before, after)


def test_delete_of_a_placed_contribution_asks_and_undoes(window, asked):
    before = window.document.plan
    window.timeline.select_contributions(["g-dk1"])
    window.editors.contributions.delete_action.trigger()
    assert "is placed in Plenarsaal" in asked.questions[0]
    assert window.document.plan == before
    asked.answer = True
    window.editors.contributions.delete_action.trigger()
    after = window.document.plan
    assert "g-dk1" not in after.contributions_by_id
    assert window.timeline.block_item("g-dk1") is None
    undo_redo(window, before, after)
    window.document.undo_stack.undo()
    assert window.timeline.block_item("g-dk1") is not None


def test_delete_of_an_unplaced_contribution_asks_nothing(window, asked):
    window.unscheduled.select_contribution("u-opendata")
    window.editors.contributions.delete_action.trigger()
    assert asked.questions == []
    assert "u-opendata" not in window.document.plan.contributions_by_id
    assert "u-opendata" not in window.unscheduled.visible_ids()


def test_contribution_actions_need_a_selection(window):
    actions = window.editors.contributions
    window.timeline.select_contributions([])
    window.inspector.show_contribution(None)
    actions.update_enabled()
    assert not actions.duplicate_action.isEnabled()
    assert not actions.delete_action.isEnabled()
    assert actions.new_action.shortcut().toString() == "Ctrl+Shift+N"
    assert actions.duplicate_action.shortcut().toString() == "Ctrl+D"
    assert actions.delete_action.shortcut().toString() == "Shift+Del"


# -- speakers --------------------------------------------------------------------------


@pytest.fixture
def speakers(window):
    window.editors.speakers_action.trigger()
    return window.editors.show_speakers()


def inspector_speaker_names(window: MainWindow) -> list[str]:
    widget = window.inspector.speakers_list
    return [widget.item(i).text() for i in range(widget.count())]


def test_renaming_a_speaker_shows_in_the_inspector(qtbot, speakers, window):
    before = window.document.plan
    window.timeline.select_contributions(["g-dk1"])
    speakers.select("dk1")
    speakers.name_edit.selectAll()
    qtbot.keyClicks(speakers.name_edit, "Mette Jensen")
    qtbot.keyClick(speakers.name_edit, Qt.Key.Key_Return)
    after = window.document.plan
    assert after.speaker("dk1").name == "Mette Jensen"
    assert "Mette Jensen" in inspector_speaker_names(window)
    assert speakers.view.currentIndex().data() == "Mette Jensen"
    undo_redo(window, before, after)
    window.document.undo_stack.undo()
    assert "Mette Jensen" not in inspector_speaker_names(window)
    assert speakers.name_edit.text() == before.speaker("dk1").name


def test_contact_fields_are_one_undo_step_each(qtbot, speakers, window):
    start = window.document.plan
    speakers.select("s-vereine")
    qtbot.keyClicks(speakers.email_edit, "vorsitz@vereinsring.example")
    qtbot.keyClick(speakers.email_edit, Qt.Key.Key_Return)
    speakers.country_edit.selectAll()
    qtbot.keyClicks(speakers.country_edit, "fr")
    qtbot.keyClick(speakers.country_edit, Qt.Key.Key_Return)
    speakers.language_combo.setCurrentIndex(speakers.language_combo.findData("en"))
    speakers.language_combo.activated.emit(speakers.language_combo.currentIndex())
    speaker = window.document.plan.speaker("s-vereine")
    assert (speaker.email, speaker.country, speaker.language) == (
        "vorsitz@vereinsring.example",
        "FR",
        "en",
    )
    assert window.document.undo_stack.count() == 3
    for _ in range(3):
        window.document.undo_stack.undo()
    assert window.document.plan == start


def test_filter_narrows_the_speaker_list(qtbot, speakers):
    qtbot.keyClicks(speakers.filter_edit, ".DK")  # in the e-mail addresses of the guests
    shown = [speakers.view.model().index(r, 0).data(IdRole) for r in range(2)]
    assert speakers.view.model().rowCount() == 2
    assert shown == ["dk1", "dk2"]
    speakers.filter_edit.clear()
    qtbot.keyClicks(speakers.filter_edit, "Syddanmark")  # in an organisation
    assert speakers.view.model().rowCount() == 1
    speakers.select("s-iao")  # a hidden one: the filter clears
    assert speakers.filter_edit.text() == ""
    assert speakers.current_id() == "s-iao"


def test_drawing_on_the_timeline_limits_a_speaker(qtbot, speakers, window):
    before = window.document.plan
    speakers.select("s-iao")
    assert speakers.all_day_check.isChecked()
    timeline = speakers.timeline
    helpers.mouse_drag(timeline, timeline.point_at(at(9)), timeline.point_at(at(12, 30)))
    after = window.document.plan
    assert after.speaker("s-iao").available == (TimeWindow(at(9), at(12, 30)),)
    assert not speakers.all_day_check.isChecked()
    assert speakers.windows_list.list.count() == 1
    undo_redo(window, before, after)


def test_unticking_all_day_changes_nothing_until_a_window_is_drawn(qtbot, speakers, window):
    speakers.select("s-iao")
    speakers.all_day_check.click()
    assert not speakers.all_day_check.isChecked()
    assert window.document.plan.speaker("s-iao").available is None  # not ()
    assert window.document.undo_stack.count() == 0
    assert "Draw the times" in speakers.availability_note.text()
    qtbot.mouseClick(speakers.windows_list.add_button, Qt.MouseButton.LeftButton)
    assert window.document.plan.speaker("s-iao").available == (TimeWindow(at(9), at(10)),)


def test_removing_the_last_window_makes_the_speaker_available_again(qtbot, speakers, window):
    speakers.select("dk1")
    assert not speakers.all_day_check.isChecked()
    timeline = speakers.timeline
    helpers.mouse_press(timeline, timeline.point_at(at(12)))
    helpers.mouse_release(timeline, timeline.point_at(at(12)))
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert window.document.plan.speaker("dk1").available is None
    assert speakers.all_day_check.isChecked()
    assert "available all event long again" in speakers.availability_note.text()
    window.document.undo_stack.undo()
    assert window.document.plan.speaker("dk1").available == (TimeWindow(at(10, 30), at(15)),)
    assert speakers.timeline.windows() == (TimeWindow(at(10, 30), at(15)),)


def test_ticking_all_day_drops_the_windows_in_one_step(speakers, window):
    before = window.document.plan
    speakers.select("dk2")
    speakers.all_day_check.click()
    after = window.document.plan
    assert after.speaker("dk2").available is None
    undo_redo(window, before, after)


def test_add_speaker_then_delete_it_without_asking(qtbot, speakers, window, asked):
    qtbot.mouseClick(speakers.add_button, Qt.MouseButton.LeftButton)
    assert window.document.plan.speaker("s1").name == "New speaker"
    assert speakers.current_id() == "s1"
    speakers.remove_button.click()
    assert asked.questions == []
    assert "s1" not in window.document.plan.speakers_by_id


def test_deleting_a_speaker_in_use_names_the_contributions_first(speakers, window, asked):
    before = window.document.plan
    speakers.select("dk1")
    speakers.remove_button.click()
    question = asked.questions[0]
    assert question.startswith(f"{before.speaker('dk1').name} speaks in 2 contributions")
    assert "Digital by default" in question
    assert window.document.plan == before
    asked.answer = True
    speakers.remove_button.click()
    after = window.document.plan
    assert "dk1" not in after.speakers_by_id
    assert after.contribution("g-dk1").speakers == ()
    assert window.document.undo_stack.count() == 1
    undo_redo(window, before, after)


# -- keyboard and other plans ----------------------------------------------------------


def test_undo_and_delete_keys_work_inside_the_rooms_editor(qtbot, rooms, window, asked):
    before = window.document.plan
    rooms.select("werkstatt")
    qtbot.mouseClick(rooms.up_button, Qt.MouseButton.LeftButton)
    assert window.document.plan != before
    qtbot.keyClick(rooms, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.plan == before
    rooms.select("seminar2")
    rooms.view.setFocus()
    qtbot.keyClick(rooms.view, Qt.Key.Key_Delete)
    assert len(asked.questions) == 1
    assert "Seminarraum Tuniberg" in asked.questions[0]


def test_editors_follow_another_opened_plan(rooms, speakers, window, conflicts_sample_path):
    from planner.storage import load_plan

    other = load_plan(conflicts_sample_path)
    window.document.replace(other, conflicts_sample_path)
    assert rooms.model.ids() == [r.id for r in other.rooms]
    assert rooms.current_id() in other.rooms_by_id
    assert rooms.name_edit.text() == other.room(rooms.current_id()).name
    assert speakers.current_id() in other.speakers_by_id
