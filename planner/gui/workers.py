"""Long work (exports, imports of big files) off the GUI thread, with a progress dialog.

An export of a conference-scale plan (2,000 contributions, 1,500 speakers) takes
10–15 seconds, almost all of it inside ``icalendar`` and ``openpyxl``; done on the GUI
thread, the window would freeze without a word. :func:`run_with_progress` runs the
work in a :class:`Task` thread and waits in a local event loop, so callers stay
simple sequential code: the window keeps painting, and after a short delay a
window-modal :class:`ProgressDialog` shows how far it got and offers Cancel.

The work is a callable that receives a ``report(done, total)`` function: the core
exporters' ``progress`` hook. ``report`` raises :class:`Cancelled` once the user
cancelled, which abandons the work at its next step; the core exporters write nothing
before their last step, so a cancelled export leaves no file behind. ``report(n, n)``
means "everything is built, now writing": the dialog turns into a busy indicator and
Cancel is disabled, because a write that has started is finished rather than torn.

Plans are immutable values, so handing one to another thread is safe; the result
comes back to the GUI thread, which alone changes the document.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

#: The dialog appears only for work that takes longer than this (no flicker for small plans).
SHOW_AFTER_MS = 400
#: Seconds between two progress updates passed to the dialog.
REPORT_EVERY = 0.05

Report = Callable[[int, int], None]
Work = Callable[[Report], Any]


def tr(text: str) -> str:
    return QCoreApplication.translate("workers", text)


class Cancelled(Exception):
    """Raised by ``report`` inside the work once the user pressed Cancel."""


@dataclass(frozen=True)
class Outcome:
    """How the work ended: ``value`` when it succeeded, ``error`` when it raised."""

    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class Task(QThread):
    """Runs ``work(report)`` once in its own thread; read :attr:`outcome` after ``wait``."""

    progressed = Signal(int, int)

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._reported = 0.0
        self.outcome = Outcome()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        # Thousands of steps would flood the GUI thread (and contend for the GIL):
        # pass on the first, the last, and at most one every REPORT_EVERY seconds.
        now = time.monotonic()
        if done in (0, total) or now - self._reported >= REPORT_EVERY:
            self._reported = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            value = self._work(self.report)
        except Cancelled:
            self.outcome = Outcome(cancelled=True)
        except Exception as exc:  # handed to the GUI thread, which shows it
            self.outcome = Outcome(error=exc)
        else:
            self.outcome = Outcome(value=value)


class ProgressDialog(QProgressDialog):
    """The progress of one :class:`Task`; remembers whether it was shown (tests, logs)."""

    def __init__(self, title: str, label: str, writing: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(title)
        self.setLabelText(label)
        self._writing = writing
        # The dialog's own button and Escape shortcut (a second setCancelButton would add
        # a second Escape shortcut, and two make Escape ambiguous: it would do nothing).
        self.setCancelButtonText(tr("Cancel"))
        self.cancel_button = self.findChild(QPushButton)
        self._escape = self.findChild(QShortcut)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.was_shown = False
        self.steps: list[tuple[int, int]] = []

    @Slot(int, int)
    def set_progress(self, done: int, total: int) -> None:
        self.steps.append((done, total))
        if self.wasCanceled():
            return
        if total > 0 and done >= total:
            self.setLabelText(self._writing)
            self.setRange(0, 0)
            self.allow_cancel(False)
            return
        if self.maximum() != total:
            self.setRange(0, total)
        self.setValue(done)

    def mark_cancelling(self) -> None:
        """QProgressDialog hides itself on Cancel; it stays (window-modal, so the plan
        cannot change) until the work has reached its next step and stopped."""
        self.setLabelText(tr("Cancelling…"))
        self.allow_cancel(False)
        if self.was_shown:
            self.show()

    def allow_cancel(self, allowed: bool) -> None:
        self.cancel_button.setEnabled(allowed)
        if self._escape is not None:
            self._escape.setEnabled(allowed)

    def reject(self) -> None:
        """Escape cancels like the button, and does nothing once Cancel is disabled
        (writing has begun): the dialog stays until the work is done."""
        if self.cancel_button.isEnabled():
            self.cancel_button.click()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the title bar's close button, too: the dialog closes with the work
        self.reject()

    def showEvent(self, event: QShowEvent) -> None:
        self.was_shown = True
        super().showEvent(event)


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Work,
    *,
    writing: str | None = None,
    cancellable: bool = True,
    on_dialog: Callable[[ProgressDialog], None] | None = None,
) -> Outcome:
    """Run ``work`` in a thread and return how it ended; the GUI stays live meanwhile.

    User input is held back until the dialog shows (so nothing can change the plan
    under a short export), then the window-modal dialog blocks the window. ``on_dialog``
    receives the dialog before the work starts (callers keep it for inspection).
    """
    dialog = ProgressDialog(title, label, writing or label, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.allow_cancel(cancellable)
    if on_dialog is not None:
        on_dialog(dialog)
    task = Task(work, parent)
    task.progressed.connect(dialog.set_progress)
    loop = QEventLoop()
    task.finished.connect(loop.quit)

    def cancel() -> None:
        task.cancel()
        dialog.mark_cancelling()

    dialog.canceled.connect(cancel)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    task.start()
    timer.start(SHOW_AFTER_MS)
    if task.isRunning():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if task.isRunning():
        dialog.show()
        loop.exec()
    timer.stop()
    task.wait()
    dialog.hide()
    dialog.deleteLater()
    task.deleteLater()
    return task.outcome
