"""File ▸ Export and ▸ Import from the window: the command line's files, one undo step."""

from __future__ import annotations

import shutil
import threading
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from benchmarks.generate import Size, generate
from planner import app, cli
from planner.export.excel import export_xlsx
from planner.export.ical import calendars, export_state_plan
from planner.gui import workers
from planner.gui.dialogs.export_dialogs import (
    ExchangeFileDialog,
    ExportResultDialog,
    IcsExportDialog,
    IcsExportOptions,
    ImportPreviewDialog,
    NoticeDialog,
)
from planner.gui.dialogs.messages import MessageDialog
from planner.gui.main_window import MainWindow
from planner.imports import ImportResult
from planner.settings import Settings
from planner.storage import load_plan, save_plan


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def without_stamps(data: bytes) -> list[bytes]:
    return [line for line in data.splitlines() if not line.startswith(b"DTSTAMP")]


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        MessageDialog, "show_error", classmethod(lambda cls, p, t, x: shown.append((t, x)))
    )
    return shown


@pytest.fixture
def results(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Result messages (text, details); the user closes them without opening the folder."""
    shown: list[tuple[str, str]] = []

    def show(cls, parent, title: str, text: str, details: str) -> bool:
        shown.append((text, details))
        return False

    monkeypatch.setattr(ExportResultDialog, "show", classmethod(show))
    return shown


@pytest.fixture
def ics_choice(monkeypatch: pytest.MonkeyPatch) -> dict:
    """What the iCalendar dialog answers (``options``) and what it was offered."""
    state: dict = {"options": None, "offered": []}

    def ask(cls, parent, plan, default_folder):
        state["offered"].append(default_folder)
        return state["options"]

    monkeypatch.setattr(IcsExportDialog, "ask", classmethod(ask))
    return state


def save_target(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    suggested: list[str] = []

    def ask_save(cls, parent, title, suggestion, filters, suffix):
        suggested.append(suggestion)
        return path

    monkeypatch.setattr(ExchangeFileDialog, "ask_save", classmethod(ask_save))
    return suggested


def open_window(qtbot, path: Path) -> MainWindow:
    window = app.build_window(path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def exported_plan(tmp_path: Path, sample_path: Path) -> Path:
    """A copy of the sample that was exported once already (it carries its UIDs)."""
    path = tmp_path / "plan.agenda.json"
    shutil.copy(sample_path, path)
    assert cli.main(["export", str(path), "--ics", str(tmp_path / "first")]) == 0
    return path


# -- iCalendar ------------------------------------------------------------------------
def test_ics_export_from_the_menu_writes_the_files_the_command_line_writes(
    qtbot, tmp_path, exported_plan, ics_choice, results, errors
) -> None:
    window = open_window(qtbot, exported_plan)
    ics_choice["options"] = IcsExportOptions(tmp_path / "gui")
    window.exchange.export_ics_action.trigger()
    assert cli.main(["export", str(exported_plan), "--ics", str(tmp_path / "cli")]) == 0

    gui, command_line = tree(tmp_path / "gui"), tree(tmp_path / "cli")
    assert errors == []
    assert set(gui) == set(command_line)
    assert "agenda.ics" in gui
    assert any(name.startswith("speakers/") for name in gui)
    for name in gui:
        assert without_stamps(gui[name]) == without_stamps(command_line[name]), name
    text, details = results[0]
    assert text.startswith(f"{len(gui)} iCalendar file(s) written to")
    assert sorted(details.splitlines()) == sorted(gui)
    # The plan already carried its export state: nothing to record, nothing modified.
    assert window.document.undo_stack.count() == 0


def test_excel_export_from_the_menu_writes_the_workbook_the_command_line_writes(
    qtbot, monkeypatch, tmp_path, exported_plan, results, errors
) -> None:
    window = open_window(qtbot, exported_plan)
    save_target(monkeypatch, tmp_path / "gui.xlsx")
    window.exchange.export_xlsx_action.trigger()
    assert cli.main(["export", str(exported_plan), "--xlsx", str(tmp_path / "cli.xlsx")]) == 0

    def parts(path: Path) -> dict[str, bytes]:
        with zipfile.ZipFile(path) as book:
            # docProps/core.xml holds the time of writing
            return {n: book.read(n) for n in book.namelist() if n != "docProps/core.xml"}

    assert errors == []
    assert parts(tmp_path / "gui.xlsx") == parts(tmp_path / "cli.xlsx")
    assert results[0][0] == f"Excel workbook written to {tmp_path / 'gui.xlsx'}"
    assert Settings().export_folder() == str(tmp_path)


def test_first_export_records_the_export_state_as_one_undo_step(
    qtbot, tmp_path, sample_path, ics_choice, results
) -> None:
    path = tmp_path / "fresh.agenda.json"
    shutil.copy(sample_path, path)
    window = open_window(qtbot, path)
    document = window.document
    before = document.plan
    assert "ical" not in before.extra
    ics_choice["options"] = IcsExportOptions(tmp_path / "out")
    window.exchange.export_ics_action.trigger()

    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Record iCalendar export"
    assert document.is_modified
    state = document.plan.extra["ical"]
    uid = f"-{state['calendar']}@agenda-planner".encode()
    assert uid in (tmp_path / "out" / "agenda.ics").read_bytes()
    # Saved, the plan keeps its UIDs: the command line's next export writes the same ones.
    assert window.save()
    assert load_plan(path).extra["ical"] == state
    assert cli.main(["export", str(path), "--ics", str(tmp_path / "again")]) == 0
    assert uid in (tmp_path / "again" / "agenda.ics").read_bytes()
    document.undo_stack.undo()
    assert document.plan == before


def test_the_dialog_offers_the_last_export_folder(
    qtbot, tmp_path, exported_plan, ics_choice, results
):
    window = open_window(qtbot, exported_plan)
    window.exchange.export_ics_action.trigger()  # cancelled: nothing remembered
    ics_choice["options"] = IcsExportOptions(tmp_path / "calendars")
    window.exchange.export_ics_action.trigger()
    window.exchange.export_ics_action.trigger()
    first, _, third = ics_choice["offered"]
    assert first == str(tmp_path / "plan iCalendar")
    assert third == str(tmp_path / "calendars")


def test_the_dialog_exports_only_the_ticked_speakers(
    qtbot, monkeypatch, tmp_path, exported_plan, results
) -> None:
    window = open_window(qtbot, exported_plan)
    plan = window.document.plan
    chosen = [plan.speakers[0].id, plan.speakers[2].id]

    def ask(cls, parent, plan, default_folder):
        dialog = cls(plan, default_folder, parent)
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.folder_edit.setText(str(tmp_path / "part"))
        qtbot.mouseClick(dialog.speakers_button, Qt.MouseButton.LeftButton)
        assert not ok.isEnabled()  # nothing ticked yet
        assert dialog.list.count() == len(plan.speakers)
        for row in (0, 2):
            dialog.list.setCurrentRow(row)
            qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
        assert ok.isEnabled()
        assert dialog.summary.text() == "2 file(s) will be written."
        return dialog.options()

    monkeypatch.setattr(IcsExportDialog, "ask", classmethod(ask))
    window.exchange.export_ics_action.trigger()

    stems = {s: f"speakers/{s}.ics" for s in chosen}
    assert set(tree(tmp_path / "part")) == set(stems.values())
    whole = calendars(window.document.plan)
    for name in stems.values():
        assert without_stamps((tmp_path / "part" / name).read_bytes()) == without_stamps(
            whole[name]
        )
    assert results[0][0].startswith("2 iCalendar file(s) written")


def test_the_dialog_can_tick_every_room_at_once(qtbot, sample_path) -> None:
    plan = load_plan(sample_path)
    dialog = IcsExportDialog(plan, "/tmp/out")
    qtbot.addWidget(dialog)
    assert dialog.options() == IcsExportOptions(Path("/tmp/out"))
    assert not dialog.list.isEnabled()
    assert (
        dialog.summary.text()
        == f"{1 + len(plan.speakers) + len(plan.rooms)} file(s) will be written."
    )
    qtbot.mouseClick(dialog.rooms_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.select_all_button, Qt.MouseButton.LeftButton)
    rooms = tuple(r.id for r in plan.rooms)
    assert dialog.options() == IcsExportOptions(
        Path("/tmp/out"), speakers=(), rooms=rooms, agenda=False
    )
    qtbot.mouseClick(dialog.select_none_button, Qt.MouseButton.LeftButton)
    assert dialog.options() is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.summary.text() == "Tick at least one entry."


def test_an_export_that_cannot_write_shows_one_message_and_leaves_nothing(
    qtbot, monkeypatch, tmp_path, exported_plan, ics_choice, results, errors
) -> None:
    window = open_window(qtbot, exported_plan)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    before = sorted(p.name for p in tmp_path.iterdir())
    ics_choice["options"] = IcsExportOptions(blocker)
    window.exchange.export_ics_action.trigger()
    save_target(monkeypatch, tmp_path / "missing" / "agenda.xlsx")
    window.exchange.export_xlsx_action.trigger()

    assert [title for title, _ in errors] == [
        "The iCalendar export failed",
        "The Excel export failed",
    ]
    assert "is a file, not a folder" in errors[0][1]
    assert "does not exist" in errors[1][1]
    assert results == []
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert blocker.read_text() == "x"
    assert window.document.undo_stack.count() == 0


def test_open_folder_opens_the_export_folder(
    qtbot, monkeypatch, tmp_path, exported_plan, ics_choice
) -> None:
    window = open_window(qtbot, exported_plan)
    opened: list[QUrl] = []
    monkeypatch.setattr(ExportResultDialog, "show", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    ics_choice["options"] = IcsExportOptions(tmp_path / "out")
    window.exchange.export_ics_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "out")]


# -- progress ---------------------------------------------------------------------------
@pytest.fixture
def big_plan(tmp_path: Path) -> Path:
    plan = export_state_plan(generate(Size(days=1, rooms=8, contributions=120, speakers=100)))
    path = tmp_path / "big.agenda.json"
    save_plan(plan, path)
    return path


def test_a_long_export_shows_its_progress(qtbot, tmp_path, big_plan, ics_choice, results):
    window = open_window(qtbot, big_plan)
    ics_choice["options"] = IcsExportOptions(tmp_path / "out")
    window.exchange.export_ics_action.trigger()

    dialog = window.exchange.last_progress
    total = 1 + 100 + 8
    assert dialog.was_shown
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.steps[0] == (0, total)
    assert dialog.steps[-1] == (total, total)
    assert len(tree(tmp_path / "out")) == total
    assert not dialog.isVisible()


def test_cancel_stops_the_export_before_anything_is_written(
    qtbot, monkeypatch, tmp_path, big_plan, ics_choice, results, errors
) -> None:
    window = open_window(qtbot, big_plan)
    monkeypatch.setattr(workers, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(workers, "REPORT_EVERY", 0.0)
    # The export waits after its first calendar until the user has pressed Cancel, so
    # the test does not depend on how fast the machine builds calendars.
    pressed = threading.Event()
    report = workers.Task.report

    def held_report(self, done: int, total: int) -> None:
        report(self, done, total)
        if done == 1:
            pressed.wait(10)

    set_progress = workers.ProgressDialog.set_progress

    def press_cancel(self, done: int, total: int) -> None:
        set_progress(self, done, total)
        if done == 1:
            assert self.isVisible()
            assert self.cancel_button.isEnabled()
            qtbot.mouseClick(self.cancel_button, Qt.MouseButton.LeftButton)
            pressed.set()

    monkeypatch.setattr(workers.Task, "report", held_report)
    monkeypatch.setattr(workers.ProgressDialog, "set_progress", press_cancel)
    ics_choice["options"] = IcsExportOptions(tmp_path / "out")
    window.exchange.export_ics_action.trigger()

    assert not (tmp_path / "out").exists()
    assert results == []
    assert errors == []
    assert window.document.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == "Cancelled; nothing was written."
    done, total = window.exchange.last_progress.steps[-1]
    assert done < total  # stopped while building, long before writing


@pytest.mark.parametrize(("step", "cancelled"), [((0, 2), True), ((2, 2), False)])
def test_escape_cancels_while_building_but_not_once_writing(
    qtbot, monkeypatch, step, cancelled
) -> None:
    """(0, 2): building, Escape cancels; (2, 2): writing has begun, Escape is ignored."""
    monkeypatch.setattr(workers, "SHOW_AFTER_MS", 0)
    pressed = threading.Event()
    set_progress = workers.ProgressDialog.set_progress
    visible: list[bool] = []
    labels: list[str] = []

    def press_escape(self, done: int, total: int) -> None:
        set_progress(self, done, total)

        def press() -> None:  # as the user would: from the event loop, not inside this slot
            qtbot.keyClick(self, Qt.Key.Key_Escape)
            visible.append(self.isVisible())
            labels.append(self.labelText())
            pressed.set()

        QTimer.singleShot(0, press)

    shown = threading.Event()
    show_event = workers.ProgressDialog.showEvent

    def showing(self, event) -> None:
        show_event(self, event)
        shown.set()

    def work(report):
        shown.wait(10)  # the user sees the dialog before pressing Escape
        report(*step)
        pressed.wait(10)
        report(1, 2) if step[0] < step[1] else None
        return "written"

    monkeypatch.setattr(workers.ProgressDialog, "set_progress", press_escape)
    monkeypatch.setattr(workers.ProgressDialog, "showEvent", showing)
    outcome = workers.run_with_progress(None, "Export", "Building…", work, writing="Writing…")
    assert outcome.cancelled is cancelled
    assert outcome.value == (None if cancelled else "written")
    assert visible == [True]  # cancelling, the dialog stays until the work has stopped
    assert labels == ["Cancelling…" if cancelled else "Writing…"]


# -- imports ----------------------------------------------------------------------------
@pytest.fixture
def empty_plan(tmp_path: Path, sample_path: Path) -> Path:
    """The sample's event and rooms, without speakers and contributions."""
    plan = load_plan(sample_path)
    path = tmp_path / "empty.agenda.json"
    save_plan(replace(plan, speakers=(), contributions=(), schedule=()), path)
    return path


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> dict:
    state: dict = {"answer": True, "shown": []}

    def ask(cls, parent, title: str, source: str, result: ImportResult) -> bool:
        state["shown"].append((source, result))
        return state["answer"]

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(ask))
    return state


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(ExchangeFileDialog, "ask_open", classmethod(lambda cls, *a: path))


def test_import_from_excel_is_one_undo_step(
    qtbot, monkeypatch, tmp_path, sample_path, empty_plan, previews, errors
) -> None:
    sample = load_plan(sample_path)
    book = tmp_path / "programme.xlsx"
    export_xlsx(sample, book)
    window = open_window(qtbot, empty_plan)
    document = window.document
    before = document.plan
    choose_file(monkeypatch, book)
    window.exchange.import_xlsx_action.trigger()

    assert errors == []
    ((source, result),) = previews["shown"]
    assert source == "programme.xlsx"
    assert len(result.added) == len(sample.schedule)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Import “programme.xlsx”"
    after = document.plan
    assert after == result.plan
    titles = {c.title for c in after.contributions}
    assert titles == {sample.contribution(p.contribution).title for p in sample.schedule}
    assert len(after.schedule) == len(sample.schedule)
    document.undo_stack.undo()
    assert document.plan == before
    document.undo_stack.redo()
    assert document.plan == after


def test_import_of_a_calendar_is_one_undo_step(
    qtbot, monkeypatch, tmp_path, sample_path, empty_plan, previews, errors
) -> None:
    sample = export_state_plan(load_plan(sample_path))
    calendar = tmp_path / "agenda.ics"
    calendar.write_bytes(calendars(sample)["agenda.ics"])
    window = open_window(qtbot, empty_plan)
    before = window.document.plan
    choose_file(monkeypatch, calendar)
    window.exchange.import_ics_action.trigger()

    assert errors == []
    assert len(window.document.plan.contributions) == len(sample.schedule)
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.plan == before


def test_declining_the_preview_imports_nothing(
    qtbot, monkeypatch, tmp_path, sample_path, empty_plan, previews
) -> None:
    book = tmp_path / "programme.xlsx"
    export_xlsx(load_plan(sample_path), book)
    window = open_window(qtbot, empty_plan)
    before = window.document.plan
    previews["answer"] = False
    choose_file(monkeypatch, book)
    window.exchange.import_xlsx_action.trigger()
    assert len(previews["shown"]) == 1
    assert window.document.plan is before
    assert window.document.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.xlsx", b"this is not a workbook", "Cannot import broken.xlsx"),
        ("broken.ics", b"BEGIN:VCALENDAR\r\nnothing", "Cannot import broken.ics"),
        ("notes.ics", b"just some notes", "Cannot import notes.ics"),
    ],
)
def test_a_broken_file_is_refused_with_one_message(
    qtbot, monkeypatch, tmp_path, empty_plan, previews, errors, name, content, expected
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    window = open_window(qtbot, empty_plan)
    before = window.document.plan
    choose_file(monkeypatch, path)
    action = (
        window.exchange.import_xlsx_action
        if name.endswith("xlsx")
        else window.exchange.import_ics_action
    )
    action.trigger()
    assert [title for title, _ in errors] == [expected]
    assert errors[0][1]
    assert previews["shown"] == []
    assert window.document.plan is before
    assert window.document.undo_stack.count() == 0


def test_an_import_that_adds_nothing_says_so(
    qtbot, monkeypatch, tmp_path, sample_path, previews
) -> None:
    book = tmp_path / "programme.xlsx"
    export_xlsx(load_plan(sample_path), book)
    window = open_window(qtbot, sample_path)
    notices: list[str] = []
    monkeypatch.setattr(
        NoticeDialog, "show", classmethod(lambda cls, p, t, text: notices.append(text))
    )
    choose_file(monkeypatch, book)
    window.exchange.import_xlsx_action.trigger()
    assert len(notices) == 1
    assert notices[0].startswith("programme.xlsx adds nothing new to the plan.")
    assert previews["shown"] == []
    assert window.document.undo_stack.count() == 0
