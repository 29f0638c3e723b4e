"""The File menu's work: new, open, recent, save, save as, revert, and keeping work safe.

:func:`install` gives the main window a :class:`FileController` that adds New, Open
Recent and Revert to the File menu (Open, Save and Save As are the window's own
actions and call in here through ``MainWindow.open_plan``/``save``/``save_as``).

What an organiser can rely on:

- Nothing unsaved is thrown away without asking (Save / Discard / Cancel) on close,
  New, Open, Open Recent and drops; Revert asks its own question.
- A file that cannot be read is reported with the loader's message; the open plan
  stays as it was.
- Saving is atomic; saving over a file that someone else changed since we loaded
  or saved it asks first (Reload / Save Elsewhere / Overwrite / Cancel), and when
  the window comes back to the front after such a change with nothing unsaved, it
  offers to reload (:mod:`planner.gui.disk_watch`).
- Unsaved work is autosaved every minute and offered back after a crash
  (:mod:`planner.gui.autosave`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from planner.gui import autosave, commands, recent
from planner.gui.autosave import AutosaveEntry, Autosaver
from planner.gui.dialogs.file_prompts import (
    ExternalChangePrompt,
    ExternalChoice,
    RecoverChoice,
    RecoverDialog,
    ReloadPrompt,
    RevertPrompt,
    SaveChangesPrompt,
    SaveChoice,
)
from planner.gui.dialogs.messages import MessageDialog, PlanFileDialog
from planner.gui.dialogs.new_plan import NewPlanDialog
from planner.gui.disk_watch import DiskWatch, Fingerprint
from planner.gui.file_open import PlanDropFilter, take_pending
from planner.resources import resources_dir
from planner.settings import Settings
from planner.storage import SUFFIX, PlanFileError, load_plan, save_plan

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

STATUS_MS = 5000
#: "As the file is on disk now" (the default of :meth:`FileController._follow`).
_NOW = object()


def is_bundled(path: Path | None) -> bool:
    """The bundled samples are read-only: saving them means "save as"."""
    if path is None:
        return True
    try:
        return path.resolve().is_relative_to(resources_dir().resolve())
    except (FileNotFoundError, OSError):
        return False


def file_name_for(title: str) -> str:
    """A file name from the event title, safe on Windows, macOS and Linux."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", title).strip(" .-")[:80].strip(" .-")
    return (name or "plan") + SUFFIX


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return a.absolute() == b.absolute()


class FileController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = document = window.document
        self.disk = DiskWatch(self)
        self.autosave = Autosaver(document, self)
        self._declined: Fingerprint | None = None  # a disk version the user chose not to load
        self._asking = False
        self._autosave_warned = False

        keys = QKeySequence.StandardKey
        self.new_action = QAction(self.tr("&New…"), window)
        self.new_action.setShortcuts(keys.New)
        self.new_action.triggered.connect(self.new_plan)
        self.revert_action = QAction(self.tr("Re&vert"), window)
        self.revert_action.setStatusTip(self.tr("Reload the plan from disk"))
        self.revert_action.triggered.connect(self.revert)
        self.recent_menu = recent.RecentMenu(self.open_file, window)
        window.addActions([self.new_action, self.revert_action])

        self.drop_filter = PlanDropFilter(self.open_file, self)
        window.setAcceptDrops(True)
        window.installEventFilter(self.drop_filter)
        window.timeline.viewport().installEventFilter(self.drop_filter)
        window.installEventFilter(self)

        document.pathChanged.connect(self._update_actions)
        self.disk.touched.connect(self._on_disk_touched)
        self.autosave.failed.connect(self._on_autosave_failed)
        self._follow(document.path)
        for path in take_pending()[-1:]:
            QTimer.singleShot(0, self, lambda p=path: self.open_file(p))

    def _insert_into(self, window: MainWindow) -> None:
        menu = window.file_menu
        menu.insertAction(window.open_action, self.new_action)
        menu.insertMenu(window.file_save_section, self.recent_menu)
        menu.insertAction(window.file_exchange_section, self.revert_action)

    # -- state ------------------------------------------------------------------------
    def display_name(self) -> str:
        path = self.document.path
        return path.name if path else self.tr("Untitled")

    def _follow(self, path: Path | None, known: Fingerprint | object | None = _NOW) -> None:
        """The document now stands for ``path`` as on disk, or as ``known`` says it was
        (None: the file did not exist)."""
        if isinstance(known, Fingerprint) or known is None:
            self.disk.track_as(path, known)
        else:
            self.disk.track(path)
        self.autosave.plan_path = path.absolute() if path else None
        self.autosave.base = self.disk.known
        self._declined = None
        if path is not None and not is_bundled(path):
            recent.remember(path)
            Settings().set_last_folder(path.absolute().parent)
        self._update_actions()

    def _update_actions(self) -> None:
        self.revert_action.setEnabled(self.document.path is not None)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- unsaved changes --------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when the caller may go on (saved or discarded)."""
        if not self.document.is_modified:
            return True
        choice = SaveChangesPrompt.ask(self.window, self.display_name())
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def close_requested(self) -> bool:
        """From the window's closeEvent: False keeps the window open."""
        if not self.maybe_save():
            return False
        self.autosave.remove()  # a clean close: nothing to recover next time
        return True

    # -- new and open -----------------------------------------------------------------
    def new_plan(self) -> bool:
        spec = NewPlanDialog.ask(self.window)
        if spec is None or not self.maybe_save():
            return False
        self.document.replace(spec.to_plan(), None)
        self._follow(None)
        return True

    def open_plan(self) -> bool:
        """File ▸ Open…: pick a file, then ask about unsaved changes, then open it."""
        path = PlanFileDialog.ask_open(self.window, Settings().last_folder())
        return path is not None and self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Open ``path`` the way a user action does: unsaved changes are asked about first."""
        return self.maybe_save() and self.load(path)

    def load(self, path: str | Path) -> bool:
        """Replace the plan with the file's, without asking; a bad file changes nothing."""
        path = Path(path)
        # Taken before reading: if the file changes meanwhile, we warn once too often
        # rather than overwrite a version we never saw.
        known = Fingerprint.of(path)
        try:
            plan = load_plan(path)
        except PlanFileError as exc:
            MessageDialog.show_error(self.window, self.tr("Cannot open the plan"), exc.describe())
            return False
        self.document.replace(plan, path)
        self._follow(path, known)
        self.autosave.remove()
        return True

    def revert(self) -> bool:
        path = self.document.path
        if path is None:
            return False
        if self.document.is_modified and not RevertPrompt.ask(self.window, path.name):
            return False
        return self.load(path)

    # -- save -------------------------------------------------------------------------
    def save(self) -> bool:
        path = self.document.path
        if path is None or is_bundled(path):
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        current = self.document.path
        if current is not None and not is_bundled(current):
            suggested = str(current)
        else:
            name = current.name if current else file_name_for(self.document.plan.event.title)
            folder = Settings().last_folder()
            suggested = str(Path(folder) / name) if folder else name
        path = PlanFileDialog.ask_save(self.window, suggested)
        return path is not None and self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        """Write the plan atomically. Saving over the open file first checks that nobody
        changed it on disk meanwhile; errors end in a message box, never half a file."""
        path = Path(path)
        current = self.document.path
        if current is not None and _same_file(path, current) and self.disk.has_changed():
            choice = ExternalChangePrompt.ask(self.window, path.name)
            if choice is ExternalChoice.RELOAD:
                self.load(current)
                return False
            if choice is ExternalChoice.SAVE_ELSEWHERE:
                return self.save_as()
            if choice is not ExternalChoice.OVERWRITE:
                return False
        try:
            save_plan(self.document.plan, path)
        except OSError as exc:
            MessageDialog.show_error(
                self.window,
                self.tr("Cannot save the plan"),
                self.tr("%1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        if current is None or path != current:
            self.document.set_path(path)
        self.document.mark_saved()
        self._follow(path)
        self.autosave.remove()
        self._status(self.tr("Saved to %1").replace("%1", str(path)))
        return True

    # -- changes on disk --------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: while the window is being torn down, its last events can reach a
        # wrapper whose attributes are already gone.
        window = getattr(self, "window", None)
        if window is not None and watched is window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self, self.check_disk)
        return False

    def _on_disk_touched(self) -> None:
        if self.window.isActiveWindow():
            QTimer.singleShot(0, self, self.check_disk)

    def check_disk(self) -> None:
        """After a change on disk: offer to reload when nothing here is unsaved."""
        if self._asking or not self.disk.has_changed():
            return
        current = self.disk.current()
        path = self.document.path
        if path is None or current is None or current == self._declined:
            return
        if self.document.is_modified:
            self._status(
                self.tr("%1 was changed on disk. Saving will ask before overwriting.").replace(
                    "%1", path.name
                )
            )
            return
        self._asking = True
        try:
            if ReloadPrompt.ask(self.window, path.name):
                self.load(path)
            else:
                self._declined = current
        finally:
            self._asking = False

    # -- autosave and recovery --------------------------------------------------------
    def _on_autosave_failed(self, message: str) -> None:
        if not self._autosave_warned:
            self._autosave_warned = True
            self._status(self.tr("Autosave failed: %1").replace("%1", message))

    def offer_recovery(self) -> bool:
        """At start-up: offer unsaved work of sessions that ended without a clean close.

        At most one is restored per start; the others stay for the next start unless
        discarded. Returns whether something was restored.
        """
        restored = False
        for claim in autosave.abandoned():
            if restored:
                claim.release()
                continue
            choice = RecoverDialog.ask(self.window, claim.entry)
            if choice is RecoverChoice.RESTORE and self.maybe_save():
                self.restore(claim.entry)
                claim.discard()
                restored = True
            elif choice is RecoverChoice.DISCARD:
                claim.discard()
            else:
                claim.release()
        return restored

    def restore(self, entry: AutosaveEntry) -> None:
        """Open autosaved work as unsaved changes to its plan file.

        When that file still loads, it becomes the saved state and the recovered work
        one undo step on top of it, so Undo shows what had not been saved.
        """
        path = entry.plan_path
        base = None
        if path is not None and path.is_file():
            try:
                base = load_plan(path)
            except PlanFileError:
                base = None
        if base is not None:
            self.document.replace(base, path)
            text = self.tr("Restore unsaved changes")
            self.document.undo_stack.push(commands.replace_plan(self.document, text, entry.plan))
        else:
            self.document.replace(entry.plan, path)
            self.document.undo_stack.resetClean()
        self._follow(path, entry.base)
        self.autosave.write_now()


def install(window: MainWindow) -> FileController:
    """Add New, Open Recent and Revert to ``window``'s File menu and take over its files."""
    controller = FileController(window)
    controller._insert_into(window)
    return controller
