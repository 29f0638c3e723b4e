"""File ▸ Print, Print Preview and Export ▸ PDF: one landscape page per day, readable in grey."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from planner import app
from planner.gui.dialogs.export_dialogs import ExchangeFileDialog, ExportResultDialog
from planner.gui.dialogs.messages import MessageDialog
from planner.gui.exchange import PrintDialogs
from planner.gui.main_window import MainWindow
from planner.gui.printing import ROOMS_PER_PAGE, agenda_pages, export_pdf, paper_colours
from planner.model import Kind, Plan, Room
from planner.storage import load_plan, save_plan

SECOND_DAY = date(2019, 10, 8)
LANDSCAPE = QPageLayout.Orientation.Landscape


def page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))


def pdf_text(pdf: Path) -> str | None:
    if not shutil.which("pdftotext"):
        return None
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def two_days(plan: Plan) -> Plan:
    """The sample over two days: every second placement moved to the next day."""
    event = replace(plan.event, days=(plan.event.days[0], SECOND_DAY))
    schedule = tuple(
        replace(p, start=p.start + timedelta(days=1)) if i % 2 else p
        for i, p in enumerate(plan.sorted_schedule())
    )
    return replace(plan, event=event, schedule=schedule)


@pytest.fixture
def two_day_path(tmp_path: Path, sample_path: Path) -> Path:
    path = tmp_path / "two-days.agenda.json"
    save_plan(two_days(load_plan(sample_path)), path)
    return path


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        MessageDialog, "show_error", classmethod(lambda cls, p, t, x: shown.append((t, x)))
    )
    return shown


@pytest.fixture
def results(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        ExportResultDialog, "show", classmethod(lambda cls, p, t, text, d: shown.append(text))
    )
    return shown


def open_window(qtbot, path: Path) -> MainWindow:
    window = app.build_window(path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def test_pdf_export_has_one_landscape_page_per_day(
    qtbot, monkeypatch, tmp_path, two_day_path, results, errors
) -> None:
    window = open_window(qtbot, two_day_path)
    target = tmp_path / "agenda.pdf"
    monkeypatch.setattr(ExchangeFileDialog, "ask_save", classmethod(lambda cls, *a: target))
    window.exchange.export_pdf_action.trigger()

    assert errors == []
    assert page_count(target) == 2
    assert results == [f"The agenda (2 page(s)) was written to {target}"]
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
        width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
        assert width > height  # landscape
    text = pdf_text(target)
    if text is not None:
        pages = text.split("\f")
        plan = window.document.plan
        for number, day in enumerate(plan.event.days, start=1):
            page = pages[number - 1]
            assert plan.event.title in page
            assert long_date(day) in page
            assert f"Page {number} of 2" in page
        # Kind and time are written on every block: readable without colour.
        assert "Keynote" in text
        assert re.search(r"\d\d:\d\d–\d\d:\d\d", text)
        assert "Plenarsaal" in pages[0]


def test_a_day_with_many_rooms_continues_on_further_pages(tmp_path, sample_path) -> None:
    plan = two_days(load_plan(sample_path))
    extra = tuple(Room(f"r{i}", f"Raum {i}") for i in range(16))
    plan = replace(plan, rooms=plan.rooms + extra)  # 20 rooms
    pages = agenda_pages(plan)
    assert ROOMS_PER_PAGE == 8
    assert [(p.day, p.part, p.parts, len(p.rooms)) for p in pages] == [
        (day, part, 3, n) for day in plan.event.days for part, n in ((1, 8), (2, 8), (3, 4))
    ]
    target = tmp_path / "wide.pdf"
    assert export_pdf(plan, target) == 6
    assert page_count(target) == 6
    text = pdf_text(target)
    if text is not None:
        assert "Rooms 9–16 of 20" in text.split("\f")[1]


def test_pdf_export_errors_leave_no_file(
    qtbot, monkeypatch, tmp_path, two_day_path, results, errors
) -> None:
    window = open_window(qtbot, two_day_path)
    target = tmp_path / "missing" / "agenda.pdf"
    monkeypatch.setattr(ExchangeFileDialog, "ask_save", classmethod(lambda cls, *a: target))
    window.exchange.export_pdf_action.trigger()
    assert [title for title, _ in errors] == ["The PDF export failed"]
    assert "does not exist" in errors[0][1]
    assert results == []
    assert not target.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["two-days.agenda.json"]


def test_print_prints_one_page_per_day(qtbot, monkeypatch, tmp_path, two_day_path) -> None:
    window = open_window(qtbot, two_day_path)
    paper = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def ask_print(cls, parent, printer: QPrinter) -> bool:
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # no printer offscreen
        printer.setOutputFileName(str(paper))
        return True

    monkeypatch.setattr(PrintDialogs, "ask_print", classmethod(ask_print))
    window.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert len(asked) == 1
    layout = asked[0].pageLayout()
    assert layout.orientation() == LANDSCAPE
    assert page_count(paper) == 2
    assert window.statusBar().currentMessage() == "2 page(s) sent to the printer"


def test_print_uses_the_platform_print_key(qtbot, two_day_path) -> None:
    window = open_window(qtbot, two_day_path)
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Print)
    assert keys
    assert window.exchange.print_action.shortcuts() == keys
    file_actions = window.file_menu.actions()
    settings_at = file_actions.index(window.file_settings_section)
    assert window.exchange.print_action in file_actions[:settings_at]


def test_cancelled_print_dialog_prints_nothing(qtbot, monkeypatch, two_day_path) -> None:
    window = open_window(qtbot, two_day_path)
    painted: list[int] = []
    monkeypatch.setattr(PrintDialogs, "ask_print", classmethod(lambda cls, p, printer: False))
    monkeypatch.setattr(type(window.exchange), "paint", lambda self, printer: painted.append(1))
    window.exchange.print_action.trigger()
    assert painted == []


def test_print_preview_shows_every_page(qtbot, monkeypatch, two_day_path) -> None:
    window = open_window(qtbot, two_day_path)
    seen: list[int] = []

    def preview(cls, parent, printer, paint) -> None:
        dialog = cls.make_preview(parent, printer, paint)
        qtbot.addWidget(dialog)
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()  # what showing the dialog does (not shown: offscreen warns)
        seen.append(widget.pageCount())
        seen.append(int(printer.pageLayout().orientation() == LANDSCAPE))
        dialog.close()

    monkeypatch.setattr(PrintDialogs, "preview", classmethod(preview))
    window.exchange.print_preview_action.trigger()
    assert seen == [2, 1]


@pytest.mark.parametrize("kind", list(Kind))
def test_blocks_stay_light_enough_for_black_text_in_grey(kind: Kind) -> None:
    fill, _ = paper_colours(kind)
    grey = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    assert grey > 170
