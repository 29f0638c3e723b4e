"""A German-speaking organiser's walk through the window: what they would trip over.

Each test here pins a problem found by using the German window at its default size
(1500×950, the fresh dock layout), so it does not come back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea, QSplitter

from planner import app
from planner.export.excel import export_xlsx
from planner.gui import commands, i18n
from planner.gui.autosave import AutosaveEntry
from planner.gui.dialogs.export_dialogs import (
    ExchangeFileDialog,
    ExportResultDialog,
    IcsExportDialog,
    IcsExportOptions,
    ImportPreviewDialog,
)
from planner.gui.dialogs.file_prompts import RecoverDialog
from planner.gui.dialogs.new_plan import NewPlanDialog
from planner.gui.editors.confirm import ConfirmDialog
from planner.gui.editors.timeline_widget import AvailabilityTimeline
from planner.gui.main_window import MainWindow
from planner.gui.models.conflicts import Column
from planner.gui.palette import contrast
from planner.gui.unscheduled_panel import secondary_text_colour
from planner.settings import Settings
from planner.storage import load_plan, save_plan

DK1 = "Digital by default: citizen services in a Danish municipality"  # g-dk1's title


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The German preference, applied as a start would; back to the system's after."""
    Settings().set_language("de")
    i18n.install_translators(qapp)
    yield
    i18n.install_translators(qapp, "system")


def german_window(qtbot, path: Path) -> MainWindow:
    window = app.build_window(path)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    QApplication.processEvents()
    return window


def test_the_german_inspector_fits_its_dock(qtbot, german, sample_path) -> None:
    """The long German pin label made the form wider than the dock: the right half of
    every field and the 'select a contribution' hint were cut off."""
    window = german_window(qtbot, sample_path)
    scroll = window.inspector_dock.widget()
    assert isinstance(scroll, QScrollArea)
    window.show_contributions([window.document.plan.schedule[0].contribution])
    QApplication.processEvents()
    assert window.inspector.minimumSizeHint().width() <= scroll.viewport().width()
    assert window.inspector.pin_check.text().startswith("Fixiert")


def test_the_german_conflicts_table_shows_severity_and_kind_in_full(
    qtbot, german, conflicts_sample_path
) -> None:
    """'Warnung' was cut to 'Warnu…' and 'Referierende doppelt eingeplant' to
    'Referierende doppelt …': the columns were sized for the English words."""
    window = german_window(qtbot, conflicts_sample_path)
    view = window.conflicts_view
    shown = {view.model().index(r, Column.SEVERITY).data() for r in range(view.model().rowCount())}
    assert shown == {"Fehler", "Warnung"}
    header = view.header()
    assert view.model().headerData(Column.SEVERITY, Qt.Orientation.Horizontal) == "Schweregrad"
    for column in (Column.SEVERITY, Column.KIND):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column


def test_german_conflict_messages_write_dates_the_german_way(
    qtbot, german, conflicts_sample_path
) -> None:
    window = german_window(qtbot, conflicts_sample_path)
    model = window.conflicts_view.model()
    details = [model.index(r, Column.MESSAGE).data() for r in range(model.rowCount())]
    outside = [text for text in details if "außerhalb der Veranstaltungszeit" in text]
    assert outside == [
        "„Schlusswort und Ausblick“ (07.10.2019 16:50–17:05) liegt außerhalb der "
        "Veranstaltungszeit (09:00–17:00)"
    ]
    assert not any("2019-10-07" in text for text in details)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen, a shown dialog
def test_the_german_new_plan_dialog_writes_the_first_day_as_07_10_2019(
    qtbot, german, sample_path
) -> None:
    """It showed ``2019-10-07``; a German organiser types ``07.10.2019``."""
    window = german_window(qtbot, sample_path)
    dialog = NewPlanDialog(window)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Bürgerforum")
    dialog.first_day_edit.setDate(QDate(2019, 10, 7))
    assert dialog.first_day_edit.text() == "07.10.2019"
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.title_edit.setFocus()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)  # as a user moves on from the title
    assert dialog.focusWidget() is dialog.first_day_edit
    qtbot.keyClicks(dialog.first_day_edit, "24122020")
    spec = dialog.spec()
    assert spec is not None
    assert spec.days == (date(2020, 12, 24),)


def test_the_german_availability_timeline_names_its_days_like_mo_7_okt(qtbot, german) -> None:
    """The rooms and speakers editors labelled a day 'Mo. 7 Okt.': German needs the
    ordinal dot after the day."""
    timeline = AvailabilityTimeline()
    qtbot.addWidget(timeline)
    assert timeline._day_label(date(2019, 10, 7)) == "Mo. 7. Okt."
    assert timeline._label_width() >= timeline.fontMetrics().horizontalAdvance("Mo. 7. Okt.")


def test_german_undo_texts_count_in_proper_german(qtbot, german, sample_path) -> None:
    """Edit ▸ Undo read 'Auswahl aus dem Plan nehmen (2)': the count was pasted into the
    text instead of choosing the German plural."""
    window = german_window(qtbot, sample_path)
    stack = window.document.undo_stack
    window.timeline.select_contributions(["g-dk1", "i-wirt-1"])
    window.unplace_selected()
    assert stack.undoText() == "2 Blöcke aus dem Plan nehmen"
    stack.undo()
    window.timeline.select_contributions(["g-dk1"])
    window.unplace_selected()
    assert stack.undoText() == f"„{DK1}“ aus dem Plan nehmen"  # one block: by its title


def test_the_german_edit_menu_says_rueckgaengig_colon_what(qtbot, german, sample_path) -> None:
    """Qt glued prefix and command with a space: '&Rückgängig „…“ aus dem Plan nehmen'."""
    window = german_window(qtbot, sample_path)
    assert window.undo_action.text() == "&Rückgängig"
    window.timeline.select_contributions(["g-dk1"])
    window.unplace_selected()
    assert window.undo_action.text() == f"&Rückgängig: „{DK1}“ aus dem Plan nehmen"
    assert window.redo_action.text() == "&Wiederherstellen"
    window.undo_action.trigger()
    assert window.document.plan.placement("g-dk1") is not None
    assert window.undo_action.text() == "&Rückgängig"
    assert window.redo_action.text() == f"&Wiederherstellen: „{DK1}“ aus dem Plan nehmen"


def test_the_german_unplaced_list_tooltip_says_min_punkt(qtbot, german, sample_path) -> None:
    """The 'Nicht eingeplant' tooltip read 'Impulsreferat · 20 min' (English unit)."""
    window = german_window(qtbot, sample_path)
    model = window.unscheduled.view.model()
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines()[1] == "Impulsreferat · 20 Min."


def test_german_export_messages_count_files_in_german(
    qtbot, german, sample_path, tmp_path, monkeypatch
) -> None:
    """Exporting from the File menu said 'iCalendar-Dateien geschrieben: 27, in …'."""
    window = german_window(qtbot, sample_path)
    shown: list[str] = []
    monkeypatch.setattr(
        ExportResultDialog,
        "show",
        classmethod(lambda cls, parent, title, text, details: shown.append(text) or False),
    )
    options = IcsExportOptions(tmp_path, speakers=(), rooms=())  # the agenda only
    monkeypatch.setattr(IcsExportDialog, "ask", classmethod(lambda cls, *args: options))
    window.exchange.export_ics_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [f"1 iCalendar-Datei in {tmp_path} geschrieben"]
    assert window.statusBar().currentMessage() == shown[0]
    assert (tmp_path / "agenda.ics").exists()


def test_the_german_rooms_editor_leaves_the_room_fields_room(qtbot, german, sample_path) -> None:
    """Four German buttons in one row held the room list at half the window and cut the
    equipment hint to 'Neue Ausstattung, z. B. Bea…'."""
    window = german_window(qtbot, sample_path)
    rooms = window.editors.show_rooms()
    QApplication.processEvents()
    splitter = rooms.findChild(QSplitter)
    assert splitter is not None
    list_width, fields_width = splitter.sizes()
    assert list_width <= 300 < 2 * list_width < fields_width
    assert (rooms.up_button.text(), rooms.down_button.text()) == ("Nach &oben", "Nach &unten")
    rooms.close()


def test_the_german_import_message_counts_in_german(
    qtbot, german, sample_path, tmp_path, monkeypatch
) -> None:
    """The status bar said 'programme.xlsx importiert: neue Beiträge: 26'."""
    sample = load_plan(sample_path)
    book = tmp_path / "programme.xlsx"
    export_xlsx(sample, book)
    empty = tmp_path / "empty.agenda.json"
    save_plan(replace(sample, speakers=(), contributions=(), schedule=()), empty)
    window = german_window(qtbot, empty)
    monkeypatch.setattr(ExchangeFileDialog, "ask_open", classmethod(lambda cls, *a: book))
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, *a: True))
    window.exchange.import_xlsx_action.trigger()
    added = len(sample.schedule)
    assert window.statusBar().currentMessage() == (
        f"programme.xlsx importiert: {added} Beiträge hinzugefügt"
    )


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_unplaced_list_second_line_is_readable(qapp, dark) -> None:
    """Kind · topic · speakers under each title were drawn in the disabled-text grey,
    #bebebe on white: hard to read for anyone, unreadable on a projector."""
    palette = QPalette(qapp.palette())
    if dark:
        for role, colour in (
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
            (QPalette.ColorRole.Text, "#f0f0f0"),
        ):
            palette.setColor(QPalette.ColorGroup.Normal, role, QColor(colour))
    ink = secondary_text_colour(palette)
    title = palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.Text)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        background = palette.color(QPalette.ColorGroup.Normal, role)
        assert contrast(ink, background) >= 4.5, role
        assert contrast(ink, background) < contrast(title, background)  # still quieter


def test_the_empty_unplaced_list_says_why_and_what_to_do(
    qtbot, german, sample_path, tmp_path
) -> None:
    """On a new plan, and once everything was placed, the list was a blank white box."""
    sample = load_plan(sample_path)
    empty = tmp_path / "neu.agenda.json"
    save_plan(replace(sample, speakers=(), contributions=(), schedule=()), empty)
    window = german_window(qtbot, empty)
    view = window.unscheduled.view
    assert view.empty_text().startswith("Noch keine Beiträge.")
    assert "Plan ▸ Neuer Beitrag…" in view.empty_text()
    assert not view.grab().isNull()  # paints the hint without warnings

    window.open_path(sample_path)
    assert view.empty_text() == ""
    qtbot.keyClicks(window.unscheduled.text_filter, "gibt es nicht")
    assert view.model().rowCount() == 0
    assert view.empty_text() == "Kein Beitrag passt zum Filter."
    window.unscheduled.text_filter.clear()
    placed = tuple(c for c in sample.contributions if sample.placement(c.id))
    all_placed = replace(sample, contributions=placed)
    window.document.undo_stack.push(commands.replace_plan(window.document, "x", all_placed))
    assert view.empty_text().startswith("Alle Beiträge sind eingeplant.")


def test_the_german_recovery_question_dates_the_kept_changes_the_german_way(
    german, sample_path
) -> None:
    """'… vom 2026-11-29 18:14 …': the time of the kept changes was ISO, not German."""
    saved = datetime(2026, 11, 29, 18, 14).timestamp()
    entry = AutosaveEntry(Path("a.json"), load_plan(sample_path), sample_path, saved, None)
    text = RecoverDialog.text(entry)
    assert "29.11.2026 18:14" in text
    assert sample_path.name in text


def test_deleting_a_room_of_a_two_day_plan_lists_its_blocks_with_their_day(
    qtbot, german, sample_path, tmp_path, monkeypatch
) -> None:
    """The list of blocks that would be unplaced gave only '• 10:40 …', on either day."""
    sample = load_plan(sample_path)
    second = date(2019, 10, 8)
    moved = tuple(
        replace(p, start=p.start + timedelta(days=1)) if p.contribution == "w-lotsen" else p
        for p in sample.schedule
    )
    two_days = replace(sample, event=replace(sample.event, days=(*sample.event.days, second)))
    path = tmp_path / "zwei-tage.agenda.json"
    save_plan(replace(two_days, schedule=moved), path)
    window = german_window(qtbot, path)
    asked: list[str] = []
    monkeypatch.setattr(
        ConfirmDialog, "ask", classmethod(lambda cls, parent, title, text, ok: asked.append(text))
    )
    room = window.document.plan.placement("w-lotsen").room
    rooms = window.editors.show_rooms()
    rooms.view.setCurrentIndex(rooms.view.model().index(rooms.model.row_of(room), 0))
    rooms.delete_current()
    title = sample.contribution("w-lotsen").title
    assert len(asked) == 1
    assert f"• 08.10.19 10:40 {title}" in asked[0].splitlines()
    assert window.document.plan.placement("w-lotsen") is not None  # declined: nothing deleted
    rooms.close()
