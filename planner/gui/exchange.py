"""File ▸ Export, File ▸ Import and File ▸ Print: the plan leaving and entering the window.

Every export and import goes through the same core functions as the command line
(:func:`planner.export.ical.export_ics`, :func:`planner.export.excel.export_xlsx`,
:func:`planner.imports.excel.import_xlsx`, :func:`planner.imports.ical.import_ics`),
so the window writes the very files ``agenda-planner export`` writes. Exports and
imports run in a worker thread (:mod:`planner.gui.workers`) with a progress dialog.

The iCalendar export updates the plan's export state (UIDs, SEQUENCE). That is
bookkeeping, but it must reach the plan file, or the next export would not know
what calendar clients already have; so it is applied as an undoable command,
"Record iCalendar export", which marks the plan modified. Undoing it is harmless:
the next export just numbers from the older state, and SEQUENCE still only grows.

An import is previewed (what will be added, warnings) and applied as one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from planner.export import ExportError
from planner.export.excel import export_xlsx
from planner.export.ical import export_ics
from planner.export.ical_state import KEY as ICAL_STATE_KEY
from planner.gui import commands
from planner.gui.dialogs.export_dialogs import (
    ExchangeFileDialog,
    ExportResultDialog,
    IcsExportDialog,
    IcsExportOptions,
    ImportPreviewDialog,
    NoticeDialog,
)
from planner.gui.dialogs.messages import MessageDialog
from planner.gui.printing import export_pdf, paint_agenda, setup_printer
from planner.gui.workers import Outcome, ProgressDialog, Report, run_with_progress
from planner.imports import ImportResult
from planner.imports.excel import import_xlsx
from planner.imports.ical import import_ics
from planner.model import Plan
from planner.resources import resources_dir
from planner.settings import Settings
from planner.storage import SUFFIX

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in this module's context; ``n`` picks the plural form of ``%n``."""
    return QCoreApplication.translate("Exchange", text, disambiguation or None, n)


def open_folder(folder: Path) -> None:
    """Show ``folder`` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class PrintDialogs:
    """The print and preview dialogs (patched in tests; they are modal)."""

    @classmethod
    def ask_print(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    @classmethod
    def make_preview(
        cls, parent: QWidget | None, printer: QPrinter, paint: Any
    ) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(tr("Print Preview"))
        dialog.paintRequested.connect(paint)
        return dialog

    @classmethod
    def preview(cls, parent: QWidget | None, printer: QPrinter, paint: Any) -> None:
        dialog = cls.make_preview(parent, printer, paint)
        dialog.resize(1100, 800)
        dialog.exec()
        dialog.deleteLater()


class ExchangeController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        #: The progress dialog of the last long job (tests look at what it showed).
        self.last_progress: ProgressDialog | None = None

        keys = QKeySequence.StandardKey
        self.export_ics_action = self._action(tr("&iCalendar…"), self.export_ics)
        self.export_ics_action.setStatusTip(
            tr("Calendar files for everyone: the agenda, each speaker, each room")
        )
        self.export_xlsx_action = self._action(tr("&Excel Workbook…"), self.export_xlsx)
        self.export_pdf_action = self._action(tr("&PDF…"), self.export_pdf)
        self.import_xlsx_action = self._action(tr("Contributions from &Excel…"), self.import_xlsx)
        self.import_ics_action = self._action(tr("&Calendar (.ics)…"), self.import_ics)
        self.print_preview_action = self._action(tr("Print Previe&w…"), self.print_preview)
        self.print_action = self._action(tr("&Print…"), self.print_agenda)
        self.print_action.setShortcuts(QKeySequence.keyBindings(keys.Print))

        export_menu, import_menu = window.export_menu, window.import_menu
        export_menu.addActions([self.export_ics_action, self.export_xlsx_action])
        export_menu.addSeparator()
        export_menu.addAction(self.export_pdf_action)
        import_menu.addActions([self.import_xlsx_action, self.import_ics_action])
        before = window.file_settings_section
        window.file_menu.insertAction(before, self.print_preview_action)
        window.file_menu.insertAction(before, self.print_action)

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- folders -------------------------------------------------------------------
    def _stem(self) -> str:
        path = self.document.path
        if path is None:
            return "agenda"
        name = path.name
        for suffix in (SUFFIX, ".json"):
            name = name.removesuffix(suffix)
        return name or "agenda"

    def default_folder(self) -> Path:
        """The last export folder; else the plan's folder; else the user's documents."""
        remembered = Settings().export_folder()
        if remembered:
            return Path(remembered)
        path = self.document.path
        if path is not None:
            try:
                bundled = path.resolve().is_relative_to(resources_dir().resolve())
            except OSError:
                bundled = True
            if not bundled:
                return path.parent
        location = QStandardPaths.StandardLocation.DocumentsLocation
        return Path(QStandardPaths.writableLocation(location) or Path.home())

    def _default_ics_folder(self) -> Path:
        if Settings().export_folder():
            return self.default_folder()
        return self.default_folder() / f"{self._stem()} iCalendar"

    # -- running -------------------------------------------------------------------
    def _run(self, title: str, label: str, work: Any, writing: str | None = None) -> Outcome:
        def keep(dialog: ProgressDialog) -> None:
            self.last_progress = dialog

        return run_with_progress(self.window, title, label, work, writing=writing, on_dialog=keep)

    def _failed(self, outcome: Outcome, title: str) -> bool:
        """Show why the job failed (False when it did not); unknown errors propagate."""
        if outcome.cancelled:
            self.window.statusBar().showMessage(tr("Cancelled; nothing was written."), 5000)
            return True
        error = outcome.error
        if error is None:
            return False
        if isinstance(error, ExportError):
            text = str(error)
        elif isinstance(error, OSError):
            text = error.strerror or str(error)
        else:
            raise error
        MessageDialog.show_error(self.window, title, text)
        return True

    def _written(self, title: str, text: str, details: str, folder: Path) -> None:
        self.window.statusBar().showMessage(text, 8000)
        if ExportResultDialog.show(self.window, title, text, details):
            open_folder(folder)

    # -- exports -------------------------------------------------------------------
    def export_ics(self) -> None:
        plan = self.document.plan
        options = IcsExportDialog.ask(self.window, plan, str(self._default_ics_folder()))
        if options is not None:
            self.export_ics_to(options)

    def export_ics_to(self, options: IcsExportOptions) -> bool:
        plan = self.document.plan

        def work(report: Report) -> tuple[Plan, list[Path]]:
            return export_ics(
                plan,
                options.folder,
                speakers=options.speakers,
                rooms=options.rooms,
                agenda=options.agenda,
                progress=report,
            )

        title = tr("Export iCalendar")
        outcome = self._run(
            title, tr("Building the calendars…"), work, tr("Writing the calendar files…")
        )
        if self._failed(outcome, tr("The iCalendar export failed")):
            return False
        updated, written = outcome.value
        self.record_export_state(updated)
        Settings().set_export_folder(options.folder)
        names = "\n".join(p.relative_to(options.folder).as_posix() for p in written)
        text = tr("%n iCalendar file(s) written to %1", "", len(written)).replace(
            "%1", str(options.folder)
        )
        self._written(title, text, names, options.folder)
        return True

    def record_export_state(self, exported: Plan) -> None:
        """Keep the export state (UIDs, SEQUENCE) of ``exported`` in the open plan."""
        state = exported.extra.get(ICAL_STATE_KEY)
        current = self.document.plan
        if state is None or current.extra.get(ICAL_STATE_KEY) == state:
            return
        after = replace(current, extra={**current.extra, ICAL_STATE_KEY: state})
        self.document.undo_stack.push(
            commands.replace_plan(self.document, tr("Record iCalendar export"), after, ())
        )

    def export_xlsx(self) -> None:
        suggested = self.default_folder() / f"{self._stem()}.xlsx"
        path = ExchangeFileDialog.ask_save(
            self.window,
            tr("Export Excel workbook"),
            str(suggested),
            tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        if path is not None:
            self.export_xlsx_to(path)

    def export_xlsx_to(self, path: Path) -> bool:
        plan = self.document.plan
        title = tr("Export Excel workbook")
        outcome = self._run(
            title,
            tr("Building the workbook…"),
            lambda report: export_xlsx(plan, path, progress=report),
            tr("Writing the workbook…"),
        )
        if self._failed(outcome, tr("The Excel export failed")):
            return False
        Settings().set_export_folder(path.parent)
        self._written(
            title, tr("Excel workbook written to %1").replace("%1", str(path)), "", path.parent
        )
        return True

    def export_pdf(self) -> None:
        suggested = self.default_folder() / f"{self._stem()}.pdf"
        path = ExchangeFileDialog.ask_save(
            self.window, tr("Export PDF"), str(suggested), tr("PDF files (*.pdf)"), ".pdf"
        )
        if path is not None:
            self.export_pdf_to(path)

    def export_pdf_to(self, path: Path) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = export_pdf(self.document.plan, path)
        except ExportError as exc:
            QGuiApplication.restoreOverrideCursor()
            MessageDialog.show_error(self.window, tr("The PDF export failed"), str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        Settings().set_export_folder(path.parent)
        text = tr("The agenda (%n page(s)) was written to %1", "", pages).replace("%1", str(path))
        self._written(tr("Export PDF"), text, "", path.parent)
        return True

    # -- printing ------------------------------------------------------------------
    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, self.document.plan)
        return printer

    def paint(self, printer: QPrinter) -> int:
        return paint_agenda(printer, self.document.plan)

    def print_agenda(self) -> None:
        printer = self._printer()
        if not PrintDialogs.ask_print(self.window, printer):
            return
        try:
            pages = self.paint(printer)
        except OSError as exc:
            MessageDialog.show_error(self.window, tr("Printing failed"), str(exc))
            return
        self.window.statusBar().showMessage(tr("%n page(s) sent to the printer", "", pages), 5000)

    def print_preview(self) -> None:
        PrintDialogs.preview(self.window, self._printer(), self.paint)

    # -- imports -------------------------------------------------------------------
    def import_xlsx(self) -> None:
        path = ExchangeFileDialog.ask_open(
            self.window,
            tr("Import contributions from Excel"),
            Settings().last_folder(),
            tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        if path is not None:
            self.import_from(path)

    def import_ics(self) -> None:
        path = ExchangeFileDialog.ask_open(
            self.window,
            tr("Import a calendar"),
            Settings().last_folder(),
            tr("Calendars (*.ics *.ical *.ifb);;All files (*)"),
        )
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> bool:
        """Import ``path`` (a workbook, or else a calendar) after the user saw what it adds."""
        plan = self.document.plan
        workbook = path.suffix.lower() in (".xlsx", ".xlsm")

        def work(report: Report) -> ImportResult:
            result = import_xlsx(plan, path) if workbook else import_ics(plan, path.read_bytes())
            report(0, 0)  # a late Cancel still discards the result
            return result

        title = tr("Import from Excel") if workbook else tr("Import a calendar")
        outcome = self._run(title, tr("Reading %1…").replace("%1", path.name), work)
        if self._failed(outcome, tr("Cannot import %1").replace("%1", path.name)):
            return False
        result: ImportResult = outcome.value
        if result.plan == plan:
            text = tr("%1 adds nothing new to the plan.").replace("%1", path.name)
            if result.warnings:
                text += "\n\n" + "\n".join(result.warnings)
            NoticeDialog.show(self.window, title, text)
            return False
        if not ImportPreviewDialog.ask(self.window, title, path.name, result):
            return False
        self.document.undo_stack.push(
            commands.replace_plan(
                self.document, tr("Import “%1”").replace("%1", path.name), result.plan
            )
        )
        self.window.statusBar().showMessage(
            tr("Imported %1: %n contribution(s) added", "", len(result.added)).replace(
                "%1", path.name
            ),
            8000,
        )
        return True


def install(window: MainWindow) -> ExchangeController:
    """Create the export, import and print actions of ``window`` and put them in its menus."""
    return ExchangeController(window)
