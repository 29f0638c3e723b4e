"""Printing the agenda: File ▸ Print…, Print Preview… and Export ▸ PDF….

One landscape A4 page per day (more when a day has many rooms), drawn by
:class:`planner.gui.agenda_page.AgendaPainter` onto a :class:`QPrinter` — the same
drawing for a printer, the preview and a PDF file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from planner.export import ExportError
from planner.gui.agenda_page import (
    ROOMS_PER_PAGE,
    AgendaPage,
    AgendaPainter,
    agenda_pages,
    paper_colours,
)
from planner.model import Plan

__all__ = [
    "ROOMS_PER_PAGE",
    "AgendaPage",
    "agenda_pages",
    "export_pdf",
    "paint_agenda",
    "paper_colours",
    "setup_printer",
]

MARGIN_MM = 10.0


def tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def setup_printer(printer: QPrinter, plan: Plan) -> None:
    """A4 landscape with narrow margins, the event as document name."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)
    printer.setDocName(plan.event.title)
    printer.setCreator("Agenda Planner")


def paint_agenda(printer: QPrinter, plan: Plan, pages: Iterable[AgendaPage] | None = None) -> int:
    """Draw the agenda onto ``printer``, one page per :class:`AgendaPage`; the page count.

    Raises :class:`OSError` when the printer cannot be opened (e.g. an unwritable PDF).
    """
    chosen = list(pages) if pages is not None else agenda_pages(plan)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("the printer or file could not be opened"))
    try:
        artist = AgendaPainter(plan, printer)
        for number, page in enumerate(chosen, start=1):
            if number > 1:
                printer.newPage()
            artist.paint_page(painter, page, number, len(chosen))
    finally:
        painter.end()
    return len(chosen)


def export_pdf(plan: Plan, path: Path) -> int:
    """Write the agenda as a PDF to ``path`` (replaced whole, or left alone); the page count."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(
            tr("%1 is a folder; give the name of the PDF file to write").replace("%1", str(path))
        )
    if not folder.is_dir():
        raise ExportError(
            tr("cannot write %1: the folder %2 does not exist")
            .replace("%1", str(path))
            .replace("%2", str(folder))
        )
    try:
        handle, temp = tempfile.mkstemp(prefix=".agenda-", suffix=".pdf", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise ExportError(
            tr("cannot write %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc))
        ) from None
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(temp)
        setup_printer(printer, plan)
        pages = paint_agenda(printer, plan)
        del printer  # closes the file
        with contextlib.suppress(OSError):
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except OSError as exc:
        raise ExportError(
            tr("cannot write %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc))
        ) from None
    finally:
        with contextlib.suppress(OSError):
            os.remove(temp)
    return pages


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
