"""Plan ▸ Arrange… and Plan ▸ Pin Selected from the window: ask, solve, preview, one undo step."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence

from planner import app
from planner.arrange import ArrangeMode, ArrangeResult, ArrangeStatus, Reason, Unplaceable
from planner.conflicts import Severity, check
from planner.gui import arranging, i18n, workers
from planner.gui.arrange_overlay import ProposalItem
from planner.gui.dialogs.arrange_dialogs import (
    ArrangeDialog,
    ArrangeOptions,
    ArrangePreviewDialog,
)
from planner.gui.dialogs.messages import MessageDialog
from planner.gui.i18n import ui_language
from planner.gui.main_window import MainWindow
from planner.model import Plan
from planner.storage import load_plan, save_plan

#: Placements taken off the sample; auto-arrange can put all of them back.
REMOVED = ("i-zivil-2", "se-wirtschaft", "n-speed", "closing")
#: The sample's unplaced contributions: one fits in, two cannot be placed.
FITS = "i-reserve-tourismus"
UNPLACEABLE = {"u-reserve-impuls", "u-opendata"}
PLACED = {*REMOVED, FITS}
LIMIT = 2.0


@pytest.fixture(autouse=True)
def _english(qapp) -> Iterator[None]:
    """English words with their plural forms, whatever the machine's locale (C in CI)."""
    i18n.install_translators(qapp, "en")
    yield
    i18n.install_translators(qapp, "system")


@dataclass
class Answers:
    """What the patched dialogs answer, and what they were shown."""

    options: ArrangeOptions | None = field(default_factory=lambda: ArrangeOptions(time_limit=LIMIT))
    accept: bool = True
    asked_options: int = 0
    previews: list[ArrangePreviewDialog] = field(default_factory=list)
    #: Called with the preview while it is shown (before the answer).
    inspect: object = None


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()

    def ask_options(cls, parent, plan, previous=None):
        answers.asked_options += 1
        return answers.options

    def ask_preview(cls, parent, plan, result, errors_left=0, board=None):
        dialog = cls(plan, result, errors_left, board, parent)
        answers.previews.append(dialog)
        dialog.show()  # not exec(): a modal loop would block the offscreen test
        try:
            if callable(answers.inspect):
                answers.inspect(dialog)
            return answers.accept
        finally:
            dialog.close()

    monkeypatch.setattr(ArrangeDialog, "ask", classmethod(ask_options))
    monkeypatch.setattr(ArrangePreviewDialog, "ask", classmethod(ask_preview))
    return answers


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        MessageDialog, "show_error", classmethod(lambda cls, p, t, x: shown.append((t, x)))
    )
    return shown


def open_window(qtbot, tmp_path, plan: Plan) -> MainWindow:
    path = tmp_path / "plan.agenda.json"
    save_plan(plan, path)
    window = app.build_window(path)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def sample(sample_path) -> Plan:
    return load_plan(sample_path)


@pytest.fixture
def window(qtbot, tmp_path, sample) -> MainWindow:
    """The sample with four placements taken off (and its three unplaced items)."""
    plan = sample.with_schedule(p for p in sample.schedule if p.contribution not in REMOVED)
    return open_window(qtbot, tmp_path, plan)


def placed(plan: Plan) -> set[str]:
    return {p.contribution for p in plan.schedule}


# -- the menu ---------------------------------------------------------------------------
def test_arrange_and_pin_are_at_the_end_of_the_plan_menu(window) -> None:
    actions = window.plan_menu.actions()
    controller = window.arranging
    assert actions[-2:] == [controller.arrange_action, controller.pin_action]
    assert actions[-3].isSeparator()
    assert controller.arrange_action.shortcut() == QKeySequence("Ctrl+Shift+A")
    assert controller.pin_action.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert not controller.pin_action.isEnabled()  # nothing selected


# -- accept, undo, redo, discard ------------------------------------------------------
def test_accepting_places_the_contributions_in_one_undo_step(qtbot, window, answers) -> None:
    document = window.document
    before = document.plan
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.timeline,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert answers.asked_options == 1
    assert len(answers.previews) == 1
    after = document.plan
    assert placed(after) - placed(before) == PLACED
    for conflict in check(after):
        if conflict.severity is Severity.ERROR:
            assert not PLACED & set(conflict.contributions), conflict
    # the board shows the new blocks, and the status bar says what happened
    for cid in PLACED:
        assert window.timeline.block_item(cid) is not None
    assert window.statusBar().currentMessage() == "Arranged: 5 changes applied."

    stack = document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Arrange"
    stack.undo()
    assert document.plan == before
    assert window.timeline.block_item("closing") is None
    stack.redo()
    assert document.plan == after
    assert document.is_modified


def test_discard_leaves_the_plan_unchanged(window, answers) -> None:
    answers.accept = False
    before = window.document.plan
    assert window.arranging.arrange() is False
    assert len(answers.previews) == 1
    assert answers.previews[0].result.moves  # there was something to accept
    assert window.document.plan is before
    assert window.document.undo_stack.count() == 0
    assert not window.document.is_modified


def test_cancelling_the_options_runs_nothing(window, answers, monkeypatch) -> None:
    answers.options = None
    monkeypatch.setattr(arranging, "arrange", lambda *a, **k: pytest.fail("arrange ran"))
    window.arranging.arrange_action.trigger()
    assert answers.previews == []
    assert window.document.undo_stack.count() == 0


# -- progress and cancel ---------------------------------------------------------------
def slow_arrange(seen: dict):
    """A stand-in for the solver that reports progress until it is cancelled."""

    def fake(plan, *, mode, time_limit, seed, progress, cancel, **_):
        seen["cancel"] = cancel
        started = time.monotonic()
        solution = 0
        progress(0.0, "building the model")
        while not cancel.is_set() and time.monotonic() - started < 10:
            solution += 1
            progress(0.1, f"{solution} of 8 placed (solution {solution})")
            time.sleep(0.02)
        seen["seconds"] = time.monotonic() - started
        status = ArrangeStatus.CANCELLED if cancel.is_set() else ArrangeStatus.FEASIBLE
        return ArrangeResult(plan, [], [], [], status, seen["seconds"])

    return fake


def test_cancel_while_solving_leaves_the_plan_unchanged(
    qtbot, window, answers, errors, monkeypatch
) -> None:
    seen: dict = {}
    monkeypatch.setattr(arranging, "arrange", slow_arrange(seen))
    monkeypatch.setattr(workers, "SHOW_AFTER_MS", 0)
    set_progress = workers.ProgressDialog.set_progress

    def press_cancel(self, done: int, total: int) -> None:
        set_progress(self, done, total)
        if self.isVisible() and self.cancel_button.isEnabled() and len(self.steps) > 3:
            qtbot.mouseClick(self.cancel_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(workers.ProgressDialog, "set_progress", press_cancel)
    before = window.document.plan
    assert window.arranging.arrange() is False

    assert seen["cancel"].is_set()
    assert seen["seconds"] < 5
    assert window.document.plan is before
    assert window.document.undo_stack.count() == 0
    assert answers.previews == []
    assert errors == []
    assert "cancelled" in window.statusBar().currentMessage()
    progress = window.arranging.last_progress
    assert progress.was_shown
    # the solver's text was shown, in the window's words
    assert "1 of 8 contributions placed (solution 1)" in window.arranging.progress_texts


def test_cancel_stops_the_real_solver(qtbot, tmp_path, answers, errors, monkeypatch) -> None:
    from benchmarks.generate import Size, generate

    big = generate(Size(days=1, rooms=10, contributions=200, speakers=150))
    big = big.with_schedule(())
    window = open_window(qtbot, tmp_path, big)
    answers.options = ArrangeOptions(ArrangeMode.UNPLACED, time_limit=60)
    monkeypatch.setattr(workers, "SHOW_AFTER_MS", 0)
    set_progress = workers.ProgressDialog.set_progress

    def press_cancel(self, done: int, total: int) -> None:
        set_progress(self, done, total)
        if self.isVisible() and self.cancel_button.isEnabled() and done > 0:
            self.cancel_button.click()

    monkeypatch.setattr(workers.ProgressDialog, "set_progress", press_cancel)
    started = time.monotonic()
    window.arranging.arrange()
    assert time.monotonic() - started < 20
    assert window.document.plan == big
    assert window.document.undo_stack.count() == 0
    assert answers.previews == []
    assert errors == []
    assert window.arranging.last_result.status is ArrangeStatus.CANCELLED


def test_a_failing_solver_is_reported_and_changes_nothing(window, answers, errors, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("solver exploded")

    monkeypatch.setattr(arranging, "arrange", broken)
    before = window.document.plan
    assert window.arranging.arrange() is False
    assert len(errors) == 1
    assert "solver exploded" in errors[0][1]
    assert window.document.plan is before


def test_progress_texts_are_put_into_words() -> None:
    assert arranging.progress_label("12 of 30 placed (solution 4)") == (
        "12 of 30 contributions placed (solution 4)"
    )
    assert arranging.progress_label("solving") == "Searching for an arrangement…"
    assert arranging.progress_label("something new") == "something new"


# -- the preview ------------------------------------------------------------------------
def test_the_preview_lists_moves_and_what_could_not_be_placed(window, answers, sample) -> None:
    window.arranging.arrange()
    dialog = answers.previews[0]
    result = dialog.result
    plan = window.document.plan
    titles = {c.id: c.title for c in plan.contributions}

    rows = dialog.move_rows()
    assert sorted(row[0] for row in rows) == sorted(titles[cid] for cid in PLACED)
    assert all(row[1] == "not placed" for row in rows)
    closing = next(row for row in rows if row[0] == titles["closing"])
    room = plan.room(plan.placement("closing").room).name
    assert closing[2].endswith(f" · {room}")
    assert closing[2].startswith(i18n.format_time(plan.placement("closing").start))

    # what could not be placed, each with its reasons in the UI language
    assert {u.cid for u in result.unplaced} == UNPLACEABLE
    text = dialog.notes_text()
    assert f"Could not be placed ({len(result.unplaced)})" in text
    for item in result.unplaced:
        assert titles[item.cid] in text
        reasons = item.reasons_in(ui_language())
        assert reasons
        for reason in reasons:
            assert reason in text
    summary = dialog.summary_label.text()
    assert "5 contributions placed" in summary
    assert "2 could not be placed" in summary
    assert "best arrangement" in summary


def test_reasons_follow_the_ui_language(qtbot, sample) -> None:
    reason = Reason("no-solution")
    result = ArrangeResult(
        sample, [], [Unplaceable("closing", (reason,))], [], ArrangeStatus.INFEASIBLE, 1.0
    )
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = ArrangePreviewDialog(sample, result)
        qtbot.addWidget(dialog)
        assert reason.text("de") in dialog.notes_text()
        assert reason.text("en") not in dialog.notes_text()
    finally:
        QLocale.setDefault(old)
    assert not dialog.accept_button.isEnabled()  # nothing to accept


def test_the_proposal_is_drawn_over_the_board_while_the_preview_is_open(window, answers):
    scene = window.timeline.board_scene()
    seen: dict = {}

    def inspect(dialog: ArrangePreviewDialog) -> None:
        ghosts = [item for item in scene.items() if isinstance(item, ProposalItem)]
        seen["ghosts"] = {item.mark.cid for item in ghosts if item.mark.target}
        seen["blocks"] = [window.timeline.block_item(cid) for cid in PLACED]
        dialog.moves_view.setCurrentIndex(dialog.moves_model.index(2, 0))
        seen["current"] = [item.mark.cid for item in ghosts if item.is_current()]
        seen["row"] = dialog.moves_model.index(2, 0).data(arranging_cid_role())

    answers.inspect = inspect
    answers.accept = False
    window.arranging.arrange()
    assert seen["ghosts"] == PLACED
    assert seen["blocks"] == [None] * len(PLACED)  # the board itself is unchanged
    assert seen["current"] == [seen["row"]]
    assert not [item for item in scene.items() if isinstance(item, ProposalItem)]


def arranging_cid_role() -> int:
    from planner.gui.dialogs.arrange_dialogs import CID_ROLE

    return CID_ROLE


# -- modes and pins ---------------------------------------------------------------------
def test_rearranging_everything_keeps_pinned_blocks(tmp_path, qtbot, sample, answers) -> None:
    pinned_ids = [p.contribution for p in sample.schedule[::3]]
    plan = sample
    for cid in pinned_ids:
        p = plan.placement(cid)
        plan = plan.with_placement(cid, p.room, p.start, pinned=True)
    window = open_window(qtbot, tmp_path, plan)
    answers.options = ArrangeOptions(ArrangeMode.ALL_UNPINNED, time_limit=LIMIT)
    window.arranging.arrange()
    result = answers.previews[0].result
    assert result.moves  # something did move ...
    after = window.document.plan
    for cid in pinned_ids:  # ... but no pinned block
        assert after.placement(cid) == plan.placement(cid)
    assert not {m.cid for m in result.moves} & set(pinned_ids)
    window.document.undo_stack.undo()
    assert window.document.plan == plan


def test_pin_selected_by_keyboard_is_undoable(qtbot, window) -> None:
    document = window.document
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.timeline.select_contributions(["g-dk1"])
    window.timeline.setFocus()
    action = window.arranging.pin_action
    assert action.isEnabled()
    assert action.text() == "&Pin Selected"
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    qtbot.keyClick(window.timeline, Qt.Key.Key_P, ctrl_shift)
    assert document.plan.placement("g-dk1").pinned
    assert action.text() == "Un&pin Selected"
    assert window.timeline.block_item("g-dk1").is_pinned()
    title = document.plan.contribution("g-dk1").title
    assert document.undo_stack.undoText() == f"Pin “{title}”"
    document.undo_stack.undo()
    assert not document.plan.placement("g-dk1").pinned
    assert not window.timeline.block_item("g-dk1").is_pinned()
    document.undo_stack.redo()
    assert document.plan.placement("g-dk1").pinned

    # several blocks, some pinned: pin all in one step; again: unpin all in one step
    ids = ["g-dk1", "keynote", "closing"]
    ids = [cid for cid in ids if document.plan.placement(cid) is not None]
    window.timeline.select_contributions(ids)
    count = document.undo_stack.count()
    qtbot.keyClick(window.timeline, Qt.Key.Key_P, ctrl_shift)
    assert all(document.plan.placement(cid).pinned for cid in ids)
    assert document.undo_stack.count() == count + 1
    qtbot.keyClick(window.timeline, Qt.Key.Key_P, ctrl_shift)
    assert not any(document.plan.placement(cid).pinned for cid in ids)
    document.undo_stack.undo()
    assert all(document.plan.placement(cid).pinned for cid in ids)


# -- the options dialog -----------------------------------------------------------------
def test_the_options_dialog_offers_the_modes_and_a_time_limit(qtbot, sample) -> None:
    dialog = ArrangeDialog(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.unplaced_radio.isChecked()  # the sample has unplaced contributions
    assert dialog.options() == ArrangeOptions(ArrangeMode.UNPLACED, 10.0)
    qtbot.mouseClick(dialog.all_radio, Qt.MouseButton.LeftButton)
    dialog.time_spin.selectAll()
    qtbot.keyClicks(dialog.time_spin, "3")
    assert dialog.options() == ArrangeOptions(ArrangeMode.ALL_UNPINNED, 3.0)

    complete = sample.with_schedule(sample.schedule)
    complete = Plan(
        complete.event,
        complete.rooms,
        complete.speakers,
        tuple(c for c in complete.contributions if complete.placement(c.id) is not None),
        complete.schedule,
    )
    dialog = ArrangeDialog(complete, previous=None)
    qtbot.addWidget(dialog)
    assert dialog.all_radio.isChecked()  # nothing unplaced: re-arranging is what is left
    again = ArrangeDialog(sample, previous=ArrangeOptions(ArrangeMode.ALL_UNPINNED, 4))
    qtbot.addWidget(again)
    assert again.options() == ArrangeOptions(ArrangeMode.ALL_UNPINNED, 4.0)
