"""The German and English UI: the translation files, the language preference, locale formats."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from planner import app
from planner.gui import help as help_menu
from planner.gui import i18n
from planner.gui.dialogs.place import PlaceDialog
from planner.gui.dialogs.preferences import Preferences, PreferencesDialog
from planner.gui.main_window import MainWindow
from planner.resources import resource_path
from planner.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DE_TS = resource_path("i18n/agenda_planner_de.ts")
DE_QM = resource_path("i18n/agenda_planner_de.qm")
EN_TS = resource_path("i18n/agenda_planner_en.ts")
EN_QM = resource_path("i18n/agenda_planner_en.qm")


def _tool():
    """tools/update_translations.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator:
    """Store a language preference and apply it as a start would; back to the system's after."""

    def use(choice: str) -> None:
        Settings().set_language(choice)
        i18n.install_translators(qapp)

    yield use
    i18n.install_translators(qapp, "system")


def german_window(qtbot, use_language, path: Path) -> MainWindow:
    use_language("de")
    window = app.build_window(path)
    qtbot.addWidget(window)
    return window


# -- the files ------------------------------------------------------------------------
def test_the_german_qm_loads_and_translates_the_menus() -> None:
    translator = QTranslator()
    assert translator.load(str(DE_QM))
    assert translator.translate("MainWindow", "&File") == "&Datei"
    assert translator.translate("MainWindow", "&Edit") == "&Bearbeiten"
    assert translator.translate("labels", "Room double-booked") == "Raum doppelt belegt"


def test_the_english_qm_gives_singular_and_plural() -> None:
    translator = QTranslator()
    assert translator.load(str(EN_QM))
    assert translator.translate("", "%n seats", "", 1) == "%n seat"
    assert translator.translate("", "%n seats", "", 40) == "%n seats"


@pytest.mark.parametrize("ts", [DE_TS, EN_TS], ids=["de", "en"])
def test_no_translation_is_unfinished(ts: Path) -> None:
    unfinished = [
        f"[{context}] {message.findtext('source')}"
        for context, message in _messages(ts)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == [], "run tools/update_translations.py and translate these"


@pytest.mark.parametrize(("ts", "qm"), [(DE_TS, DE_QM), (EN_TS, EN_QM)], ids=["de", "en"])
def test_the_qm_holds_every_translation_of_the_ts(ts: Path, qm: Path) -> None:
    """The committed .qm was compiled from the committed .ts (run the tool after editing)."""
    translator = QTranslator()
    assert translator.load(str(qm))
    checked = 0
    for context, message in _messages(ts):
        source = message.findtext("source")
        comment = message.findtext("comment")
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [form.text for form in translation.iter("numerusform")]
            assert translator.translate(context, source, comment, 1) == forms[0]
            assert translator.translate(context, source, comment, 5) == forms[-1]
        else:
            assert translator.translate(context, source, comment) == translation.text, source
        checked += 1
    assert checked >= (100 if ts == DE_TS else 1)


def test_every_string_in_a_tr_call_is_in_the_ts() -> None:
    """lupdate cannot see strings in f-strings or helpers it does not know; the tool can."""
    tool = _tool()
    known = {message.findtext("source") for _c, message in _messages(DE_TS)}
    assert tool.unextracted(known) == []


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None
    and not (Path(sys.executable).parent / "pyside6-lupdate").exists(),
    reason="needs pyside6-lupdate",
)
def test_the_ts_files_are_up_to_date_with_the_sources(capsys) -> None:
    assert _tool().main(["--check"]) == 0, capsys.readouterr().out


# -- choosing the language --------------------------------------------------------------
def test_a_chosen_language_keeps_the_system_region() -> None:
    german = QLocale("de_DE")
    english = i18n.locale_for("en", german)
    assert english.language() == QLocale.Language.English
    assert english.territory() == QLocale.Country.Germany
    assert i18n.locale_for("system", german) == german
    assert i18n.locale_for("de", german) == german
    assert i18n.locale_for("de", QLocale("en_US")).language() == QLocale.Language.German


def test_german_preference_gives_german_menus_and_conflicts(
    qtbot, use_language, conflicts_sample_path
) -> None:
    window = german_window(qtbot, use_language, conflicts_sample_path)
    assert i18n.ui_language() == "de"
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "&Plan", "&Hilfe"]
    assert window.undo_action.text().startswith("&Rückgängig")
    view = window.conflicts_view
    rows = [
        [view.model().index(row, column).data() for column in range(6)]
        for row in range(view.model().rowCount())
    ]
    kinds = {row[1] for row in rows}
    assert "Raum doppelt belegt" in kinds
    assert any("überschneiden sich" in row[5] for row in rows)
    assert {row[0] for row in rows} <= {"Fehler", "Warnung"}
    assert window.status_text().startswith("Fehler:")
    assert window.unscheduled_dock.windowTitle().startswith("Nicht eingeplant")


def test_english_preference_gives_english_menus_and_conflicts(
    qtbot, use_language, conflicts_sample_path
) -> None:
    use_language("en")
    window = app.build_window(conflicts_sample_path)
    qtbot.addWidget(window)
    assert i18n.ui_language() == "en"
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
    model = window.conflicts_view.model()
    messages = [model.index(row, 5).data() for row in range(model.rowCount())]
    assert any("overlap in" in text for text in messages)
    assert window.status_text().startswith("Errors:")


def test_switching_back_replaces_the_translators(qapp, use_language) -> None:
    use_language("de")
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Hilfe"
    use_language("en")
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Help"
    assert QLocale().language() != QLocale.Language.German


# -- dates and times ----------------------------------------------------------------------
def test_dates_and_times_follow_the_locale(qapp, use_language) -> None:
    moment = datetime(2019, 10, 7, 14, 5)
    use_language("de")
    assert i18n.format_date(moment, long=True) == "Montag, 7. Oktober 2019"
    assert i18n.format_time(moment) == "14:05"
    QLocale.setDefault(QLocale("en_US"))
    assert i18n.format_date(moment, long=True) == "Monday, October 7, 2019"
    assert i18n.format_time(moment).replace("\u202f", " ") == "2:05 PM"


def test_german_inspector_shows_the_german_date(qtbot, use_language, sample_path) -> None:
    window = german_window(qtbot, use_language, sample_path)
    placed = window.document.plan.schedule[0].contribution
    window.show_contributions([placed])
    assert "Montag, 7. Oktober 2019" in window.inspector.placement_label.text()
    header = window.timeline.room_header.grab()  # paints the day in German without warnings
    assert not header.isNull()


def test_the_time_ruler_fits_a_12_hour_clock(qapp, use_language) -> None:
    from planner.gui.timeline.headers import ruler_label

    use_language("de")
    assert (ruler_label(14 * 60, True), ruler_label(14 * 60 + 15, False)) == ("14:00", "14:15")
    QLocale.setDefault(QLocale("en_US"))
    assert (ruler_label(14 * 60, True), ruler_label(14 * 60 + 15, False)) == ("2 PM", "2:15")


def _shown_texts(root: QWidget) -> set[str]:
    """Every text a user can read on ``root``: actions, labels, buttons, titles, tips, lists."""
    texts: list[str] = []
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and isinstance(widget.model(), QAbstractItemModel):
            model = widget.model()
            columns = model.columnCount() if not isinstance(model, QAbstractListModel) else 1
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(columns)]
    return {text for text in texts if text}


def test_nothing_in_the_german_window_is_left_in_english(
    qtbot, use_language, conflicts_sample_path
) -> None:
    """A string whose run-time context differs from the one lupdate saw stays English."""
    window = german_window(qtbot, use_language, conflicts_sample_path)
    dialogs = [
        help_menu.AboutDialog(window),
        PreferencesDialog(Preferences(), "system", window),
        PlaceDialog(window.document.plan, window.document.plan.unscheduled[0].id, window),
    ]
    english = {
        message.findtext("source")
        for _context, message in _messages(DE_TS)
        if message.get("numerus") != "yes"
        and message.find("translation").text != message.findtext("source")
    }
    for root in [window, *dialogs]:
        assert sorted(_shown_texts(root) & english) == [], type(root).__name__
