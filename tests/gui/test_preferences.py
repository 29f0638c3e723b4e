"""File ▸ Preferences and the Help menu: what is stored, what is shown."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from planner import app, cli
from planner.gui import help as help_menu
from planner.gui import i18n
from planner.gui.dialogs.messages import MessageDialog
from planner.gui.dialogs.preferences import Preferences, PreferencesDialog
from planner.gui.main_window import MainWindow
from planner.gui.preferences import load_preferences
from planner.settings import DEFAULT_AUTOSAVE_MINUTES, Settings


@pytest.fixture
def window(qtbot, sample_path) -> MainWindow:
    window = app.build_window(sample_path)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> list:
    """Make the Preferences dialog answer with ``answer[0]``; records what it was shown."""
    shown: list = []
    reply: list = [None]

    def ask(cls, parent, preferences, running_language):
        shown.append((preferences, running_language))
        return reply[0]

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(ask))
    reply.append(shown)
    return reply


# -- Preferences ----------------------------------------------------------------------
def test_preferences_sit_in_the_file_menu_with_the_platform_role_and_key(window) -> None:
    action = window.desktop.preferences.action
    actions = window.file_menu.actions()
    assert actions.index(action) > actions.index(window.file_settings_section)
    assert actions.index(action) < actions.index(window.quit_action)
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcuts() == (expected or [QKeySequence("Ctrl+,")])


def test_confirmed_preferences_are_stored_and_survive_a_restart(window, answer, tmp_path) -> None:
    changed: list = []
    window.desktop.preferences.changed.connect(changed.append)
    answer[0] = Preferences(language="de", export_folder=str(tmp_path), autosave_minutes=5)
    window.desktop.preferences.action.trigger()
    shown, running = answer[1][0]
    assert shown == Preferences(autosave_minutes=DEFAULT_AUTOSAVE_MINUTES)
    assert running == "system"
    settings = Settings()  # a fresh reader, as the next start has
    assert settings.language() == "de"
    assert settings.export_folder() == str(tmp_path)
    assert settings.autosave_minutes() == 5
    assert changed == [answer[0]]
    assert "next time" in window.statusBar().currentMessage()
    assert window.files.autosave._timer.interval() == 5 * 60_000


def test_the_autosave_interval_applies_from_the_start(qtbot, sample_path) -> None:
    Settings().set_autosave_minutes(3)
    window = app.build_window(sample_path)
    qtbot.addWidget(window)
    assert window.files.autosave._timer.interval() == 3 * 60_000


def test_cancelled_preferences_change_nothing(window, answer) -> None:
    answer[0] = None
    window.desktop.preferences.action.trigger()
    assert load_preferences() == Preferences(autosave_minutes=DEFAULT_AUTOSAVE_MINUTES)
    assert window.statusBar().currentMessage() == ""


def test_bad_stored_values_fall_back_to_defaults() -> None:
    settings = Settings()
    settings._qs.setValue("ui/language", "klingon")
    settings._qs.setValue("autosave/minutes", "often")
    assert settings.language() == "system"
    assert settings.autosave_minutes() == DEFAULT_AUTOSAVE_MINUTES
    settings.set_autosave_minutes(500)
    assert settings.autosave_minutes() == 60
    settings.set_autosave_minutes(0)
    assert settings.autosave_minutes() == 1
    with pytest.raises(ValueError, match="unknown language"):
        settings.set_language("fr")


def test_the_dialog_edits_every_preference(qtbot, monkeypatch, tmp_path) -> None:
    dialog = PreferencesDialog(Preferences(language="system", autosave_minutes=1), "system")
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "system"
    assert dialog.language_note.isHidden()  # the running language: nothing to restart for
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    assert not dialog.language_note.isHidden()
    assert "next time" in dialog.language_note.text()

    monkeypatch.setattr(PreferencesDialog, "ask_folder", classmethod(lambda cls, p, s: tmp_path))
    dialog.browse_button.click()
    dialog.autosave_spin.selectAll()
    qtbot.keyClicks(dialog.autosave_spin, "10")
    assert dialog.preferences() == Preferences("de", str(tmp_path), 10)

    dialog.autosave_spin.setValue(0)  # autosave cannot be switched off
    assert dialog.preferences().autosave_minutes == 1


def test_the_language_names_are_in_their_own_language(qtbot) -> None:
    dialog = PreferencesDialog(Preferences(), "system")
    qtbot.addWidget(dialog)
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert names[1:] == ["Deutsch", "English"]
    assert names[0].startswith("System language")


# -- Help -----------------------------------------------------------------------------
def test_about_shows_the_version_and_the_libraries(qtbot) -> None:
    dialog = help_menu.AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.plain_text()
    assert f"Agenda Planner {cli.version()}" in text
    for name in ("Qt", "PySide6", "Python", "icalendar", "openpyxl", "OR-Tools"):
        assert name in text
    assert qVersion() in text
    assert platform.python_version() in text
    assert "LGPL-3.0" in text
    assert "MIT" in text
    assert "Apache" in text


def test_the_about_actions_open_their_dialogs(window, monkeypatch) -> None:
    opened: list[str] = []
    dialogs = help_menu.HelpDialogs
    monkeypatch.setattr(dialogs, "about", classmethod(lambda c, p: opened.append("a")))
    monkeypatch.setattr(
        help_menu.HelpDialogs, "about_qt", classmethod(lambda c, p: opened.append("qt"))
    )
    window.about_action.trigger()
    window.desktop.help.about_qt_action.trigger()
    assert opened == ["a", "qt"]
    assert window.about_action.menuRole() == QAction.MenuRole.AboutRole
    assert window.desktop.help.about_qt_action.menuRole() == QAction.MenuRole.AboutQtRole
    assert window.help_menu.actions()[0] is window.desktop.help.user_guide_action


# offscreen has no window stacking, and a new top-level window gets no size hints there
@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_f1_opens_the_user_guide_with_its_pictures(window, qtbot) -> None:
    action = window.desktop.help.user_guide_action
    assert QKeySequence("F1") in action.shortcuts()
    action.trigger()
    guide = window.findChild(help_menu.UserGuideWindow)
    assert guide is not None
    assert guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Language and preferences" in text
    assert guide.browser.document().resource(3, "images/window-sample.png") is not None
    widths = [
        fragment.charFormat().toImageFormat().width()
        for block in _blocks(guide.browser.document())
        for fragment in help_menu._fragments(block)
        if fragment.charFormat().isImageFormat()
    ]
    assert len(widths) >= 3
    assert 0 < max(widths) < guide.browser.viewport().width()  # screenshots fit the window
    action.trigger()  # again: the same window comes to the front, no second one
    assert len(window.findChildren(help_menu.UserGuideWindow)) == 1
    guide.close()


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_without_the_docs_the_user_guide_says_so(window, monkeypatch) -> None:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(help_menu, "user_guide_path", lambda: None)
    monkeypatch.setattr(
        MessageDialog, "show_error", classmethod(lambda c, p, t, x: errors.append((t, x)))
    )
    window.desktop.help.user_guide_action.trigger()
    assert len(errors) == 1
    assert "docs/user-guide.md" in errors[0][1]
    assert window.findChild(help_menu.UserGuideWindow) is None


def test_the_user_guides_are_found_in_the_checkout() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs"
    assert help_menu.user_guide_path("en") == docs / "user-guide.md"
    assert help_menu.user_guide_path("de") == docs / "benutzerhandbuch.md"


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
@pytest.mark.parametrize(
    ("language", "guide", "heading"),
    [
        ("de", "benutzerhandbuch.md", "Sprache und Einstellungen"),
        ("en", "user-guide.md", "Language and preferences"),
    ],
)
def test_f1_opens_the_guide_in_the_language_of_the_window(
    window, qapp, language, guide, heading
) -> None:
    i18n.install_translators(qapp, language)
    try:
        window.desktop.help.user_guide_action.trigger()
        shown = window.findChild(help_menu.UserGuideWindow)
        assert shown is not None
        assert Path(shown.browser.source().toLocalFile()).name == guide
        assert heading in shown.browser.toPlainText()
        shown.close()
    finally:
        i18n.install_translators(QApplication.instance(), "system")


@pytest.mark.parametrize(
    ("language", "present"), [("de", "user-guide.md"), ("en", "benutzerhandbuch.md")]
)
def test_a_missing_guide_falls_back_to_the_other_language(
    tmp_path, monkeypatch, language, present
) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / present).write_text("# Guide\n", encoding="utf-8")
    monkeypatch.setattr(help_menu, "resources_dir", lambda: tmp_path / "resources")
    assert help_menu.user_guide_path(language) == tmp_path / "docs" / present
    (tmp_path / "docs" / present).unlink()
    assert help_menu.user_guide_path(language) is None


def test_preferences_know_the_language_the_window_runs_in(window, answer, qapp) -> None:
    i18n.install_translators(qapp, "en")
    try:
        answer[0] = None
        window.desktop.preferences.action.trigger()
        assert answer[1][0][1] == "en"
    finally:
        i18n.install_translators(QApplication.instance(), "system")
