"""Words, colours and the safe-text rule shared by the Excel exporter and importer.

The workbook is written in German unless the event is English: an optional event key
``"language": "en"`` in the plan file (kept in ``Event.extra``) or an explicit
``language=`` argument switches sheet names, headers and labels to English. The
importer reads both vocabularies, so a workbook written in either language imports
again.

Every text cell goes through :func:`put_text`, which refuses to let untrusted text
(titles, names, organisations from a call for participation) become a formula.
"""

from __future__ import annotations

import re
from copy import copy
from datetime import date
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from planner.model import Kind, Plan

LANGUAGES = ("de", "en")

#: A cell whose text starts with one of these would be read as a formula (or DDE
#: payload) by Excel or LibreOffice; such text is written as a plain string cell.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

SHEETS: dict[str, dict[str, str]] = {
    "de": {
        "agenda": "Agenda",
        "programme": "Programm",
        "speakers": "Referierende",
        "rooms": "Räume",
    },
    "en": {"agenda": "Agenda", "programme": "Programme", "speakers": "Speakers", "rooms": "Rooms"},
}

PROGRAMME_HEADERS: dict[str, tuple[str, ...]] = {
    "de": ("Datum", "Beginn", "Ende", "Raum", "Titel", "Art", "Thema", "Referierende", "Sprache"),
    "en": ("Date", "Start", "End", "Room", "Title", "Kind", "Topic", "Speakers", "Language"),
}

SPEAKER_HEADERS: dict[str, tuple[str, ...]] = {
    "de": ("Name", "Organisation", "E-Mail", "Land", "Sprache", "Termine"),
    "en": ("Name", "Organisation", "Email", "Country", "Language", "Slots"),
}

ROOM_SLOT_HEADERS: dict[str, tuple[str, ...]] = {
    "de": ("Datum", "Beginn", "Ende", "Titel", "Art", "Referierende"),
    "en": ("Date", "Start", "End", "Title", "Kind", "Speakers"),
}

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "time": "Zeit",
        "seats": "{n} Plätze",
        "legend": "Legende",
        "unavailable": "Raum nicht verfügbar",
        "page": "Seite &P von &N",
        "capacity": "Kapazität",
        "features": "Ausstattung",
        "blocked": "nicht verfügbar",
        "no_slots": "keine Termine",
        "date_format": "DD.MM.YYYY",
    },
    "en": {
        "time": "Time",
        "seats": "{n} seats",
        "legend": "Legend",
        "unavailable": "Room not available",
        "page": "Page &P of &N",
        "capacity": "Capacity",
        "features": "Features",
        "blocked": "not available",
        "no_slots": "no slots",
        "date_format": "YYYY-MM-DD",
    },
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

#: Month names of our own: ``%B`` would follow whatever C locale Qt has set.
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

#: Light fills that keep black text readable on screen and in greyscale print.
KIND_FILLS: dict[Kind, str] = {
    Kind.IMPULSE: "DDEBF7",
    Kind.SESSION: "E2EFDA",
    Kind.WORKSHOP: "FCE4D6",
    Kind.PANEL: "E4DFEC",
    Kind.GUEST: "FFF2CC",
    Kind.KEYNOTE: "F8D7E3",
    Kind.WELCOME: "D0F0EF",
    Kind.BREAK: "EDEDED",
    Kind.NETWORKING: "EFE3D3",
}
UNAVAILABLE_FILL = "BFBFBF"
HEADER_FILL = "DCE6F1"


def workbook_language(plan: Plan, language: str | None = None) -> str:
    """The explicit choice, else the event's optional ``language`` key, else German."""
    if language is not None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported workbook language {language!r} (de or en)")
        return language
    event_language = plan.event.extra.get("language")
    return event_language if event_language in LANGUAGES else "de"


def event_language(plan: Plan) -> str:
    """The language a contribution without its own ``language`` is given in."""
    value = plan.event.extra.get("language")
    return value if isinstance(value, str) and value else "de"


def long_date(day: date, language: str) -> str:
    weekday = WEEKDAYS[language][day.weekday()]
    if language == "de":
        return f"{weekday}, {day:%d.%m.%Y}"
    return f"{weekday}, {day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def clean_text(text: str) -> str:
    """Text as a cell can hold it: no XML-illegal control characters, line feeds only.

    A bare carriage return cannot survive the XML of a cell (readers turn it into a
    line feed), so it is written as one.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def put_text(cell: Any, text: str | None) -> None:
    """Write ``text`` so that it is shown as the same text, never evaluated.

    openpyxl turns any string starting with ``=`` into a formula; forcing the data
    type to ``s`` writes a string cell instead, and the quote prefix makes Excel and
    LibreOffice keep treating it as text when the user edits the cell.
    """
    if text is None or text == "":
        cell.value = None
        return
    raw = text
    text = clean_text(text)
    cell.value = text
    if is_formula_like(raw) or is_formula_like(text):
        cell.data_type = "s"
        cell.quotePrefix = True


def header_escape(text: str) -> str:
    """Page header/footer text is a small markup language where ``&`` starts a code."""
    return clean_text(text).replace("&", "&&").replace("\n", " ")


_TABLE_NAME_RE = re.compile(r"[^A-Za-z0-9_]")


def table_name(text: str) -> str:
    """An Excel table name (letters, digits, underscores) derived from a sheet name."""
    name = _TABLE_NAME_RE.sub("", text.replace("ä", "ae").replace("Ä", "Ae"))
    return name if name and name[0].isalpha() else f"T_{name}"


class StyleCache:
    """Apply a cell style once per distinct look, then copy it.

    Setting ``cell.font``/``border``/``fill`` makes openpyxl look the style up in the
    workbook's style lists, which dominates the export time of a big grid; copying a
    style array already registered is a plain copy.
    """

    def __init__(self) -> None:
        self._styles: dict[Any, Any] = {}

    def apply(self, cell: Any, key: Any, **attrs: Any) -> None:
        style = self._styles.get(key)
        if style is not None:
            cell._style = copy(style)
            return
        for name, value in attrs.items():
            setattr(cell, name, value)
        self._styles[key] = copy(cell._style)
