"""Language of the window: the locale, the translators, and labels for the core's codes.

GUI strings are English in the source and translated through ``tr()`` with the
``.qm`` files in ``resources/i18n`` (built by ``tools/update_translations.py``).
The language follows the system locale unless Preferences ▸ Language says
otherwise; it is chosen once at start-up (:func:`install_translators`), which
also makes the chosen locale Qt's default, so every ``QLocale()`` — dates and
times on the board, in the inspector and in the conflicts table — speaks it too.
Kinds, topics and conflict messages come from the core, which speaks German and
English; :func:`ui_language` tells every view which.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from planner.conflicts import ConflictKind, Severity
from planner.resources import resources_dir

TRANSLATION_PREFIX = "agenda_planner"
TRANSLATION_FOLDER = "i18n"

#: The translators installed by the last :func:`install_translators`, and its choice.
_installed: list[QTranslator] = []
_choice = "system"


def ui_language() -> str:
    """'de' for a German UI, else 'en' (the core's two languages)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def current_choice() -> str:
    """The Preferences choice ('system', 'de', 'en') the running window was built in."""
    return _choice


def locale_for(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale for a Preferences choice: 'system', 'de' or 'en'.

    A chosen language keeps the system's region where one exists (English on a
    German system is ``en_DE``: English words, 24-hour times, European dates).
    """
    system = system if system is not None else QLocale.system()
    wanted = {"de": QLocale.Language.German, "en": QLocale.Language.English}.get(choice)
    if wanted is None or system.language() == wanted:
        return system
    return QLocale(wanted, system.territory())


def _is_qt_context(context: str) -> bool:
    """Qt's own classes (QDialogButtonBox …) are left to Qt's translation."""
    return len(context) > 1 and context[0] == "Q" and context[1].isupper()


class _Translator(QTranslator):
    """A translator that also looks in the empty context.

    ``pyside6-lupdate`` files a module-level ``tr("…")`` helper's strings (those
    outside a ``self.tr``) under the empty context, while the helper asks with its
    own context at run time; the second look-up bridges the two. Its strings
    are a few dozen short ones; where two modules use one text, one German
    wording fits both.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        text = super().translate(context, source_text, disambiguation, n)
        if not text and context and not _is_qt_context(context):
            text = super().translate("", source_text, disambiguation, n)
        # None, not "": Qt takes an empty string for "translated to nothing" and stops
        # looking (PySide's tr() then shows an empty menu title).
        return text or None  # type: ignore[return-value]


def translations_folder() -> str:
    """The folder of our ``.qm`` files ("" when the resources are missing)."""
    with contextlib.suppress(FileNotFoundError):
        return str(resources_dir() / TRANSLATION_FOLDER)
    return ""


def install_translators(
    app: QCoreApplication | None = None, choice: str | None = None
) -> list[QTranslator]:
    """Make ``choice`` (default: the stored preference) the UI language, replacing the
    translators an earlier call installed.

    Installs Qt's own (``qtbase``: standard buttons, file dialogs) and our
    translation for the locale and makes that locale the default. Returns the
    installed translators. Widgets built before keep their texts: the window
    changes language when it is built again (in practice: at the next start).
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QCoreApplication")
    if choice is None:
        from planner.settings import Settings

        choice = Settings().language()
    global _choice
    _choice = choice
    locale = locale_for(choice)
    QLocale.setDefault(locale)
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    sources = [
        (QTranslator, "qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (_Translator, TRANSLATION_PREFIX, translations_folder()),
    ]
    for kind, prefix, folder in sources:
        translator = kind(app)
        if folder and translator.load(locale, prefix, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    return list(_installed)


# -- dates and times in the locale's format -------------------------------------------
def format_date(day: date | datetime, *, long: bool = False) -> str:
    """``07.10.19`` / ``10/7/19`` (short) or ``Montag, 7. Oktober 2019`` (long)."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), kind)


def date_edit_format() -> str:
    """The locale's short date pattern with a four-digit year, for date edits:
    ``dd.MM.yyyy`` in German, ``M/d/yyyy`` in US English (never ISO in a German window)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub("y+", "yyyy", pattern)


def format_time(moment: time | datetime) -> str:
    """``09:30`` in German, ``9:30 AM`` in US English."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_time_range(start: time | datetime, end: time | datetime) -> str:
    return f"{format_time(start)}–{format_time(end)}"


# -- labels for the core's codes ------------------------------------------------------
def conflict_kind_label(kind: ConflictKind) -> str:
    """A short name for a conflict kind, as the conflicts list shows it."""
    translate = QCoreApplication.translate
    labels = {
        ConflictKind.ROOM_OVERLAP: translate("labels", "Room double-booked"),
        ConflictKind.SPEAKER_OVERLAP: translate("labels", "Speaker double-booked"),
        ConflictKind.OUTSIDE_HOURS: translate("labels", "Outside event hours"),
        ConflictKind.ROOM_UNAVAILABLE: translate("labels", "Room unavailable"),
        ConflictKind.SPEAKER_UNAVAILABLE: translate("labels", "Speaker unavailable"),
        ConflictKind.CAPACITY: translate("labels", "Room too small"),
        ConflictKind.MISSING_FEATURE: translate("labels", "Missing equipment"),
        ConflictKind.CHANGEOVER: translate("labels", "Tight room change"),
        ConflictKind.PLENARY_PARALLEL: translate("labels", "Parallel to plenary"),
        ConflictKind.TOPIC_PARALLEL: translate("labels", "Same topic in parallel"),
        ConflictKind.UNSCHEDULED: translate("labels", "Not placed"),
    }
    return labels[kind]


def severity_label(severity: Severity) -> str:
    translate = QCoreApplication.translate
    labels = {
        Severity.ERROR: translate("labels", "Error"),
        Severity.WARNING: translate("labels", "Warning"),
        Severity.INFO: translate("labels", "Note"),
    }
    return labels[severity]
