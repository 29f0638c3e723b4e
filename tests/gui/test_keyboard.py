"""Working without a mouse: mnemonics, standard keys, panel focus, the board's Tab, Place At."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from planner import app
from planner.gui import i18n
from planner.gui.dialogs.place import PlaceDialog, Target, first_free_start
from planner.gui.main_window import MainWindow
from planner.model import Contribution, Event, Kind, Placement, Plan, Room

DAY = date(2019, 10, 7)
Keys = QKeySequence.StandardKey


@pytest.fixture
def window(qtbot, sample_path) -> MainWindow:
    window = app.build_window(sample_path)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def place_answer(monkeypatch: pytest.MonkeyPatch) -> list:
    """Make Place At… answer with ``place_answer[0]``; the asked ids follow."""
    reply: list = [None]

    def ask(cls, parent, plan, cid):
        reply.append(cid)
        return reply[0]

    monkeypatch.setattr(PlaceDialog, "ask", classmethod(ask))
    return reply


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def key(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


# -- menus ----------------------------------------------------------------------------------
def _menus(menu: QMenu, path: str) -> Iterator[tuple[str, QMenu]]:
    yield path, menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu(), f"{path} ▸ {action.text()}")


def mnemonic_problems(window: MainWindow) -> list[str]:
    panels = {
        dock.toggleViewAction()
        for dock in (
            window.unscheduled_dock,
            window.inspector_dock,
            window.conflicts_dock,
            window.history_dock,
        )
    }
    problems = []
    bar_letters = []
    for top in window.menuBar().actions():
        bar_letters.append(QKeySequence.mnemonic(top.text()).toString())
        for path, menu in _menus(top.menu(), top.text()):
            letters: dict[str, str] = {}
            for action in menu.actions():
                # Dock toggles carry the panel's changing title ("Not placed (3)").
                if action.isSeparator() or action in panels:
                    continue
                letter = QKeySequence.mnemonic(action.text()).toString()
                if not letter:
                    problems.append(f"{path}: {action.text()!r} has no mnemonic")
                elif letter in letters:
                    problems.append(f"{path}: {action.text()!r} and {letters[letter]!r} share it")
                else:
                    letters[letter] = action.text()
    if len(set(bar_letters)) != len(bar_letters):
        problems.append(f"menu bar letters repeat: {bar_letters}")
    return problems


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_menu_entry_has_its_own_mnemonic(qtbot, qapp, sample_path, language) -> None:
    i18n.install_translators(qapp, language)
    try:
        window = app.build_window(sample_path)
        qtbot.addWidget(window)
        assert mnemonic_problems(window) == []
    finally:
        i18n.install_translators(qapp, "system")


def test_standard_actions_have_the_platforms_keys(window) -> None:
    actions = {
        Keys.Open: window.open_action,
        Keys.Save: window.save_action,
        Keys.Undo: window.undo_action,
        Keys.Redo: window.redo_action,
        Keys.Quit: window.quit_action,
        Keys.Preferences: window.desktop.preferences.action,
        Keys.HelpContents: window.desktop.help.user_guide_action,
        Keys.SaveAs: window.save_as_action,
    }
    for standard, action in actions.items():
        bindings = QKeySequence.keyBindings(standard)
        assert action.shortcuts(), action.text()
        for binding in bindings:
            assert binding in action.shortcuts(), (action.text(), binding.toString())


def test_no_two_actions_share_a_shortcut(window) -> None:
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if action.parent() is not window and action not in window.actions():
            continue
        for shortcut in action.shortcuts():
            text = shortcut.toString()
            assert text not in seen, f"{text}: {action.text()} and {seen[text]}"
            seen[text] = action.text()


# -- panels -----------------------------------------------------------------------------
def test_ctrl_numbers_go_to_the_panels(qtbot, window) -> None:
    window.timeline.setFocus()
    key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.unscheduled.view
    assert window.unscheduled.view.currentIndex().isValid()  # ready for the arrow keys
    key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.conflicts_view
    key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.timeline


def test_a_closed_panel_opens_again_for_its_key(qtbot, window) -> None:
    window.inspector_dock.close()
    window.timeline.setFocus()
    key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.inspector_dock.isVisible()
    assert window.inspector_dock.isAncestorOf(focused())


def test_f6_cycles_through_the_open_panels(qtbot, window) -> None:
    window.history_dock.raise_()
    window.conflicts_dock.close()
    window.timeline.setFocus()
    stops = []
    for _ in range(4):
        key(qtbot, Qt.Key.Key_F6)
        stops.append(window.desktop.navigation.current())
    assert stops == [1, 2, 0, 1]  # list, inspector, board (conflicts closed), list
    key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.desktop.navigation.current() == 0


# -- the board and the inspector -----------------------------------------------------------
def test_tab_walks_through_the_blocks_in_time_order(qtbot, window) -> None:
    plan = window.document.plan
    rooms = [room.id for room in plan.rooms]
    order = [
        p.contribution for p in sorted(plan.schedule, key=lambda p: (p.start, rooms.index(p.room)))
    ]
    window.timeline.setFocus()
    key(qtbot, Qt.Key.Key_Tab)
    assert window.timeline.selected_contributions() == [order[0]]
    key(qtbot, Qt.Key.Key_Tab)
    assert window.timeline.selected_contributions() == [order[1]]
    assert window.inspector.contribution_id == order[1]
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.timeline.selected_contributions() == [order[0]]
    window.timeline.select_contributions([order[-1]])
    key(qtbot, Qt.Key.Key_Tab)  # past the last block: on to the next widget
    assert focused() is not window.timeline


def test_tab_goes_through_the_inspector_from_top_to_bottom(qtbot, window) -> None:
    inspector = window.inspector
    window.show_contributions([window.document.plan.schedule[0].contribution])
    inspector.title_edit.setFocus()
    expected = [
        inspector.kind_combo,
        inspector.topic_combo,
        inspector.duration_spin,
        inspector.speakers_list,
        inspector.audience_spin,
        inspector.needs_list,
        inspector.language_combo,
        inspector.plenary_check,
        inspector.description_edit,
    ]
    reached = []
    for _ in expected:
        key(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        while widget is not None and widget not in expected:
            widget = widget.parentWidget()  # a spin box's line edit counts as the box
        reached.append(widget)
    assert reached == expected
    description = inspector.description_edit.toPlainText()
    key(qtbot, Qt.Key.Key_Tab)  # leaves the description instead of typing a tab
    assert focused() is not inspector.description_edit
    assert inspector.description_edit.toPlainText() == description


# -- Place At ---------------------------------------------------------------------------
def test_place_at_places_the_current_contribution(qtbot, window, place_answer) -> None:
    cid = window.document.plan.unscheduled[0].id
    window.unscheduled.select_contribution(cid)
    start = datetime(2019, 10, 7, 16, 0)
    place_answer[0] = Target("werkstatt", start)
    action = window.desktop.navigation.place_action
    assert action in window.edit_menu.actions()
    action.trigger()
    assert place_answer[1] == cid
    placement = window.document.plan.placement(cid)
    assert (placement.room, placement.start) == ("werkstatt", start)
    assert window.timeline.selected_contributions() == [cid]
    assert focused() is window.timeline
    window.undo_action.trigger()
    assert window.document.plan.placement(cid) is None


def test_place_at_moves_a_placed_contribution(window, place_answer) -> None:
    placement = window.document.plan.schedule[3]
    window.show_contributions([placement.contribution])
    later = placement.start + timedelta(hours=1)
    place_answer[0] = Target(placement.room, later)
    window.desktop.navigation.place_action.trigger()
    assert window.document.plan.placement(placement.contribution).start == later
    assert window.document.undo_stack.count() == 1


def test_place_at_without_a_contribution_says_what_to_do(window, place_answer) -> None:
    window.inspector.show_contribution(None)
    window.desktop.navigation.place_action.trigger()
    assert len(place_answer) == 1  # not asked
    assert "Select a contribution" in window.statusBar().currentMessage()


def test_keyboard_only_place_move_and_unplace(qtbot, window, place_answer) -> None:
    key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    cid = window.unscheduled.selected_ids()[0]
    start = datetime(2019, 10, 7, 16, 0)
    place_answer[0] = Target("werkstatt", start)
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.document.plan.placement(cid).start == start
    key(qtbot, Qt.Key.Key_Down)
    assert window.document.plan.placement(cid).start == start + timedelta(minutes=5)
    key(qtbot, Qt.Key.Key_Delete)
    assert window.document.plan.placement(cid) is None


def test_the_dialog_starts_at_the_first_free_time(qtbot) -> None:
    event = Event(
        title="T",
        timezone="Europe/Berlin",
        days=(DAY,),
        day_start=datetime(2019, 10, 7, 9).time(),
        day_end=datetime(2019, 10, 7, 12).time(),
    )
    plan = Plan(
        event=event,
        rooms=(Room(id="a", name="A"), Room(id="b", name="B")),
        contributions=(
            Contribution(id="x", title="X", kind=Kind.SESSION, duration=50),
            Contribution(id="y", title="Y", kind=Kind.SESSION, duration=30),
            Contribution(id="new", title="New", kind=Kind.IMPULSE, duration=30),
        ),
        schedule=(
            Placement(contribution="x", room="a", start=datetime(2019, 10, 7, 9, 0)),
            Placement(contribution="y", room="a", start=datetime(2019, 10, 7, 10, 23)),
        ),
    )
    # 9:50–10:23 is long enough for 30 minutes.
    assert first_free_start(plan, "new", "a", DAY) == datetime(2019, 10, 7, 9, 50)
    assert first_free_start(plan, "new", "b", DAY) == datetime(2019, 10, 7, 9, 0)
    dialog = PlaceDialog(plan, "new")
    qtbot.addWidget(dialog)
    assert dialog.target() == Target("a", datetime(2019, 10, 7, 9, 50))
    assert dialog.day_combo.isHidden()  # one day: nothing to choose
    dialog.room_combo.setCurrentIndex(1)
    dialog.start_edit.setFocus()
    dialog.start_edit.setTime(dialog.start_edit.time().addSecs(3600))
    assert dialog.target() == Target("b", datetime(2019, 10, 7, 10, 50))
    assert dialog.end_label.text() == "11:20"
