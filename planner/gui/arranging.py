"""Plan ▸ Arrange… and Plan ▸ Pin Selected: auto-arrange from the window.

Arranging is ask → solve → preview → apply. The options come from
:class:`~planner.gui.dialogs.arrange_dialogs.ArrangeDialog`; the core's
:func:`planner.arrange.arrange` runs in a worker thread
(:func:`planner.gui.workers.run_with_progress`) with the solver's progress in the
dialog and Cancel wired to the core's ``cancel`` event; the proposal is shown by
:class:`~planner.gui.dialogs.arrange_dialogs.ArrangePreviewDialog`, and only an
accepted proposal touches the plan — as ONE undoable command, so Undo brings back
exactly the plan from before. Cancel, Discard, a failed search or an error leave the
plan as it was.

Pinning is what tells auto-arrange "leave this block alone", so it has a key of its
own (Ctrl+Shift+P acts on the blocks selected on the board), besides the inspector's
check box and the block's context menu.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from planner.arrange import ArrangeResult, ArrangeStatus, arrange
from planner.conflicts import Severity, check
from planner.gui import commands
from planner.gui.dialogs.arrange_dialogs import (
    ArrangeDialog,
    ArrangeOptions,
    ArrangePreviewDialog,
)
from planner.gui.dialogs.messages import MessageDialog
from planner.gui.workers import Cancelled, Outcome, ProgressDialog, Report, run_with_progress

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

ARRANGE_KEY = "Ctrl+Shift+A"
PIN_KEY = "Ctrl+Shift+P"
#: The progress bar's resolution; the last step is never reported (it means "writing").
STEPS = 1000
STATUS_MS = 8000
_PLACED = re.compile(r"^(\d+) of (\d+) placed \(solution (\d+)\)$")


class _Relay(QObject):
    """Carries the solver's progress text from the worker thread to the GUI thread."""

    text = Signal(str)


class ArrangeController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        #: The options of the last run, offered again next time (per session).
        self.options: ArrangeOptions | None = None
        #: The last proposal and progress dialog (tests and tools look at them).
        self.last_result: ArrangeResult | None = None
        self.last_progress: ProgressDialog | None = None
        #: Every progress text shown in the last run, as shown.
        self.progress_texts: list[str] = []

        self.arrange_action = QAction(self.tr("&Arrange…"), window)
        self.arrange_action.setShortcut(QKeySequence(ARRANGE_KEY))
        self.arrange_action.setStatusTip(
            self.tr("Propose rooms and times without conflicts, and preview them")
        )
        self.arrange_action.triggered.connect(self.arrange)
        self.pin_action = QAction(self.tr("&Pin Selected"), window)
        self.pin_action.setShortcut(QKeySequence(PIN_KEY))
        self.pin_action.setStatusTip(self.tr("Pinned blocks stay where they are when arranging"))
        self.pin_action.triggered.connect(self.toggle_pin)
        window.addActions([self.arrange_action, self.pin_action])

        menu = window.plan_menu
        actions = menu.actions()
        if actions and not actions[-1].isSeparator():
            menu.addSeparator()
        menu.addActions([self.arrange_action, self.pin_action])

        window.timeline.selectionChangedIds.connect(self.update_pin_action)
        self.document.planChanged.connect(self.update_pin_action)
        self.update_pin_action()

    # -- pinning -----------------------------------------------------------------------
    def selected_placed(self) -> list[str]:
        plan = self.document.plan
        return [
            cid
            for cid in self.window.timeline.selected_contributions()
            if plan.placement(cid) is not None
        ]

    def update_pin_action(self, *_args: object) -> None:
        ids = self.selected_placed()
        plan = self.document.plan
        all_pinned = bool(ids) and all(plan.placement(cid).pinned for cid in ids)  # type: ignore[union-attr]
        self.pin_action.setEnabled(bool(ids))
        if all_pinned:
            self.pin_action.setText(self.tr("Un&pin Selected"))
        else:
            self.pin_action.setText(self.tr("&Pin Selected"))

    def toggle_pin(self) -> None:
        """Pin the selected blocks (unpin them when all are pinned already): one undo step."""
        ids = self.selected_placed()
        if not ids:
            return
        document = self.document
        plan = document.plan
        pin = not all(plan.placement(cid).pinned for cid in ids)  # type: ignore[union-attr]
        targets = [cid for cid in ids if plan.placement(cid).pinned != pin]  # type: ignore[union-attr]
        if len(targets) == 1:
            document.undo_stack.push(commands.set_pinned(document, targets[0], pin))
            return
        after = plan
        for cid in targets:
            placement = after.placement(cid)
            assert placement is not None
            after = after.with_placement(cid, placement.room, placement.start, pinned=pin)
        if pin:
            text = self.tr("Pin %n block(s)", "", len(targets))
        else:
            text = self.tr("Unpin %n block(s)", "", len(targets))
        document.undo_stack.push(commands.replace_plan(document, text, after, targets))

    # -- arranging ---------------------------------------------------------------------
    def arrange(self) -> bool:
        """Ask, solve, preview; True when a proposal was accepted and applied."""
        window = self.window
        plan = self.document.plan
        options = ArrangeDialog.ask(window, plan, self.options)
        if options is None:
            return False
        self.options = options
        outcome = self.solve(plan, options)
        if outcome.error is not None:
            MessageDialog.show_error(
                window,
                self.tr("Arrange"),
                self.tr("Auto-arrange failed; the plan is unchanged.\n\n%1").replace(
                    "%1", str(outcome.error)
                ),
            )
            return False
        result: ArrangeResult | None = None
        errors_left = 0
        if outcome.ok:
            result, errors_left = outcome.value
        self.last_result = result
        if result is None or result.status is ArrangeStatus.CANCELLED:
            self._status(self.tr("Arranging cancelled; the plan is unchanged."))
            return False
        if self.document.plan is not plan:  # never expected: input is blocked while solving
            self._status(self.tr("The plan changed while arranging; nothing was applied."))
            return False
        accepted = ArrangePreviewDialog.ask(window, plan, result, errors_left, window.timeline)
        if not accepted or not result.moves or self.document.plan is not plan:
            self._status(self.tr("Proposal discarded; the plan is unchanged."))
            return False
        changed = [move.cid for move in result.moves]
        self.document.undo_stack.push(
            commands.replace_plan(self.document, self.tr("Arrange"), result.plan, changed)
        )
        self._status(self.tr("Arranged: %n change(s) applied.", "", len(changed)))
        return True

    def solve(self, plan: object, options: ArrangeOptions) -> Outcome:
        """Run :func:`arrange` off the GUI thread; the value is ``(result, errors left)``."""
        cancel = threading.Event()
        relay = _Relay(self)
        relay.text.connect(self._show_progress_text)
        self.progress_texts = []

        def work(report: Report) -> tuple[ArrangeResult, int]:
            def progress(fraction: float, text: str) -> None:
                try:
                    report(max(0, min(int(fraction * STEPS), STEPS - 1)), STEPS)
                except Cancelled:
                    cancel.set()
                relay.text.emit(text)

            result = arrange(
                plan,  # type: ignore[arg-type]
                mode=options.mode.value,
                time_limit=options.time_limit,
                seed=0,
                progress=progress,
                cancel=cancel,
            )
            errors = 0
            if result.moves:
                errors = sum(1 for c in check(result.plan) if c.severity is Severity.ERROR)
            return result, errors

        def keep(dialog: ProgressDialog) -> None:
            self.last_progress = dialog
            dialog.canceled.connect(cancel.set)

        outcome = run_with_progress(
            self.window,
            self.tr("Arrange"),
            self.tr("Preparing…"),
            work,
            on_dialog=keep,
        )
        relay.text.disconnect(self._show_progress_text)
        relay.deleteLater()
        return outcome

    def _show_progress_text(self, text: str) -> None:
        label = progress_label(text)
        dialog = self.last_progress
        if dialog is None or not shiboken6.isValid(dialog) or dialog.wasCanceled():
            return
        if not self.progress_texts or self.progress_texts[-1] != label:
            self.progress_texts.append(label)
            dialog.setLabelText(label)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)


def progress_label(text: str) -> str:
    """The core's progress text (English) in the UI language; unknown texts as they are."""
    fixed = {
        "building the model": _t("Preparing…"),
        "solving": _t("Searching for an arrangement…"),
        "searching": _t("Searching for an arrangement…"),
        "checking and explaining": _t("Checking the result and explaining what does not fit…"),
        "done": _t("Done"),
    }
    if text in fixed:
        return fixed[text]
    match = _PLACED.match(text)
    if match:
        placed, total, solution = match.groups()
        return (
            _t("%1 of %2 contributions placed (solution %3)")
            .replace("%1", placed)
            .replace("%2", total)
            .replace("%3", solution)
        )
    return text


def _t(text: str) -> str:
    return QCoreApplication.translate("ArrangeController", text)


def install(window: MainWindow) -> ArrangeController:
    return ArrangeController(window)
