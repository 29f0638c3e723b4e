"""Language of the window: translators, and labels for the core's codes.

GUI strings are English in the source and translated through ``tr()`` with ``.qm``
files from ``resources/translations`` (added by the translation work; until then
the window is English). Kinds, topics and conflict messages come from the core,
which already speaks German and English; :func:`ui_language` picks which.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.conflicts import ConflictKind, Severity
from planner.resources import resources_dir

TRANSLATION_PREFIX = "agenda_planner"


def ui_language() -> str:
    """'de' for a German locale, else 'en' (the core's two languages)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Load Qt's own and the program's translation for the system locale, if present.

    Returns the installed translators; the caller keeps them alive.
    """
    locale = QLocale()
    installed: list[QTranslator] = []
    sources = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    with contextlib.suppress(FileNotFoundError):
        sources.append((TRANSLATION_PREFIX, str(resources_dir() / "translations")))
    for prefix, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, prefix, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def conflict_kind_label(kind: ConflictKind) -> str:
    """A short name for a conflict kind, as the conflicts list shows it."""
    labels = {
        ConflictKind.ROOM_OVERLAP: _t("Room double-booked"),
        ConflictKind.SPEAKER_OVERLAP: _t("Speaker double-booked"),
        ConflictKind.OUTSIDE_HOURS: _t("Outside event hours"),
        ConflictKind.ROOM_UNAVAILABLE: _t("Room unavailable"),
        ConflictKind.SPEAKER_UNAVAILABLE: _t("Speaker unavailable"),
        ConflictKind.CAPACITY: _t("Room too small"),
        ConflictKind.MISSING_FEATURE: _t("Missing equipment"),
        ConflictKind.CHANGEOVER: _t("Tight room change"),
        ConflictKind.PLENARY_PARALLEL: _t("Parallel to plenary"),
        ConflictKind.TOPIC_PARALLEL: _t("Same topic in parallel"),
        ConflictKind.UNSCHEDULED: _t("Not placed"),
    }
    return labels[kind]


def severity_label(severity: Severity) -> str:
    labels = {
        Severity.ERROR: _t("Error"),
        Severity.WARNING: _t("Warning"),
        Severity.INFO: _t("Note"),
    }
    return labels[severity]
