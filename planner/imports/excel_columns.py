"""Column names and cell values of a contributions workbook, as people really write them.

Headers are recognised by name in German or English, whatever their order, case,
punctuation or gender star (``Referent*in``, ``E-Mail-Adresse``, ``Dauer (Min.)``).
Cell values may be typed (numbers, dates, times, durations) or text; each parser
returns the value or raises :class:`CellError` with a sentence for the user.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from planner.model import KIND_LABELS, LANGUAGE_NAMES, TOPIC_LABELS, Kind, Topic


class CellError(ValueError):
    """A cell that cannot be read; the message says what was expected."""


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def norm(text: str) -> str:
    """Lower case, umlauts spelled out, only letters and digits: for comparing labels."""
    return "".join(ch for ch in text.casefold().translate(_UMLAUTS) if ch.isalnum())


def norm_header(text: Any) -> str:
    """A header without bracketed notes: ``Dauer (Min.)`` → ``dauer``."""
    return norm(re.sub(r"\(.*?\)|\[.*?\]", "", str(text)))


COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("titel", "title", "beitragstitel", "vortragstitel", "beitrag", "vortrag", "talk"),
    "kind": ("art", "kind", "type", "typ", "format", "beitragsart"),
    "topic": ("thema", "topic", "themenfeld", "themenbereich", "track"),
    "duration": ("dauer", "duration", "laenge", "length", "minuten", "minutes", "dauerinminuten"),
    "speakers": (
        "referentin",
        "referent",
        "referenten",
        "referentinnen",
        "referierende",
        "referierender",
        "sprecher",
        "sprecherin",
        "sprecherinnen",
        "speaker",
        "speakers",
        "presenter",
        "presenters",
        "vortragende",
        "vortragender",
        "name",
        "namen",
    ),
    "email": ("email", "mail", "emailadresse", "emailaddress", "emails"),
    "organisation": (
        "organisation",
        "organization",
        "institution",
        "kommune",
        "affiliation",
        "einrichtung",
        "firma",
        "company",
    ),
    "language": ("sprache", "language", "lang", "vortragssprache"),
    "description": ("beschreibung", "description", "abstract", "kurzbeschreibung", "inhalt"),
    "audience": (
        "publikum",
        "audience",
        "teilnehmende",
        "teilnehmer",
        "teilnehmerzahl",
        "erwarteteteilnehmende",
        "attendees",
    ),
    "start": ("beginn", "start", "startzeit", "starttime", "von", "uhrzeit", "zeit", "begin"),
    "end": ("ende", "end", "endzeit", "endtime", "bis"),
    "date": ("datum", "date", "tag", "day"),
    "room": ("raum", "room", "ort", "location", "saal"),
    "plenary": ("plenum", "plenary", "plenar"),
    "needs": ("bedarf", "needs", "technik", "technikbedarf", "ausstattung", "equipment"),
    "country": ("land", "country"),
}
FIELD_OF_HEADER = {alias: field for field, aliases in COLUMNS.items() for alias in aliases}

_KIND_WORDS = {
    **{norm(label): kind for labels in KIND_LABELS.values() for kind, label in labels.items()},
    **{norm(kind.value): kind for kind in Kind},
    "impuls": Kind.IMPULSE,
    "impulsvortrag": Kind.IMPULSE,
    "vortrag": Kind.IMPULSE,
    "talk": Kind.IMPULSE,
    "podiumsdiskussion": Kind.PANEL,
    "diskussion": Kind.PANEL,
    "gastvortrag": Kind.GUEST,
    "guest": Kind.GUEST,
    "grusswort": Kind.WELCOME,
    "eroeffnung": Kind.WELCOME,
    "mittagspause": Kind.BREAK,
    "kaffeepause": Kind.BREAK,
}
_TOPIC_WORDS = {
    **{norm(label): topic for labels in TOPIC_LABELS.values() for topic, label in labels.items()},
    **{norm(topic.value): topic for topic in Topic},
    "soziales": Topic.SOZIALES,
}
# The names the workbook export writes (both languages), the codes, and a few more.
_LANGUAGE_WORDS = {
    **{norm(name): code for names in LANGUAGE_NAMES.values() for code, name in names.items()},
    **{code: code for code in LANGUAGE_NAMES["de"]},
    "deu": "de", "ger": "de", "eng": "en", "dan": "da", "dansk": "da", "fra": "fr",
}  # fmt: skip
_YES = {"ja", "j", "yes", "y", "x", "true", "wahr", "1"}
_NO = {"nein", "n", "no", "false", "falsch", "0", ""}


def text(value: Any) -> str | None:
    """Any cell as stripped text; whole numbers without ``.0``; empty → None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    result = str(value).strip()
    return result or None


def kind(value: Any) -> Kind:
    """An empty cell means an Impulsreferat, the most common contribution."""
    raw = text(value)
    if raw is None:
        return Kind.IMPULSE
    found = _KIND_WORDS.get(norm(raw))
    if found is None:
        allowed = ", ".join(KIND_LABELS["de"].values())
        raise CellError(f"unknown kind '{raw}' (one of: {allowed})")
    return found


def topic(value: Any) -> Topic | None:
    raw = text(value)
    if raw is None:
        return None
    found = _TOPIC_WORDS.get(norm(raw))
    if found is None:
        allowed = ", ".join(TOPIC_LABELS["de"].values())
        raise CellError(f"unknown topic '{raw}' (one of: {allowed}, or empty)")
    return found


def language(value: Any) -> str | None:
    raw = text(value)
    if raw is None:
        return None
    found = _LANGUAGE_WORDS.get(norm(raw))
    if found is None and re.fullmatch(r"[A-Za-z]{2}", raw):
        found = raw.lower()
    if found is None:
        raise CellError(f"unknown language '{raw}' (e.g. Deutsch, Englisch, de, en)")
    return found


def _time_of_day_minutes(value: time) -> int:
    return value.hour * 60 + value.minute + (1 if value.second >= 30 else 0)


def duration(value: Any) -> int | None:
    """Whole minutes from a number, a time or duration cell, or text like ``30 min``/``1:30``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    minutes: float | None = None
    if isinstance(value, bool):
        minutes = None
    elif isinstance(value, int | float):
        minutes = value
    elif isinstance(value, timedelta):
        minutes = value.total_seconds() / 60
    elif isinstance(value, datetime):
        minutes = _time_of_day_minutes(value.time())  # a time typed into a date cell
    elif isinstance(value, time):
        minutes = _time_of_day_minutes(value)
    elif isinstance(value, str):
        raw = value.strip().casefold()
        if m := re.fullmatch(r"(\d+)\s*(?:min(?:uten|utes|\.)?|m|')?", raw):
            minutes = int(m.group(1))
        elif m := re.fullmatch(r"(\d{1,2}):(\d{2})(?::00)?\s*(?:h|std\.?)?", raw):
            minutes = int(m.group(1)) * 60 + int(m.group(2))
        elif m := re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(?:h|std\.?|stunden?|hours?)", raw):
            minutes = float(m.group(1).replace(",", ".")) * 60
    if minutes is None:
        raise CellError(f"'{value}' is not a duration (minutes, e.g. 30 or 0:30)")
    if abs(minutes - round(minutes)) > 1e-6 or round(minutes) <= 0:
        raise CellError(f"'{value}' is not a positive whole number of minutes")
    return round(minutes)


def clock(value: Any) -> tuple[date | None, time] | None:
    """A start or end: a time (or date and time) cell, or text like ``9:30`` or ``9.30 Uhr``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        day = value.date() if value.year > 1900 else None
        return day, value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return None, value.replace(second=0, microsecond=0)
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return None, time(minutes // 60 % 24, minutes % 60)
    if isinstance(value, str):
        raw = value.strip().casefold().removesuffix("uhr").strip()
        if m := re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::00)?", raw):
            hour, minute = int(m.group(1)), int(m.group(2))
            if hour < 24 and minute < 60:
                return None, time(hour, minute)
    raise CellError(f"'{value}' is not a time of day (e.g. 09:30)")


def day(value: Any, year: int) -> date | None:
    """A date cell, or ``07.10.2019``, ``7.10.`` (the event's year) or ``2019-10-07``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        raw = value.strip()
        try:
            if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})?", raw):
                return date(int(m.group(3) or year), int(m.group(2)), int(m.group(1)))
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                return date.fromisoformat(raw)
        except ValueError:
            pass
    raise CellError(f"'{value}' is not a date (e.g. 07.10.2019)")


def count(value: Any) -> int | None:
    raw = text(value)
    if raw is None:
        return None
    if re.fullmatch(r"\d+", raw):
        return int(raw)
    raise CellError(f"'{raw}' is not a whole number")


def flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raw = norm(text(value) or "")
    if raw in _YES:
        return True
    if raw in _NO:
        return False
    raise CellError(f"'{value}' is neither yes nor no (ja/nein, x or empty)")


def emails(value: Any) -> list[str]:
    raw = text(value)
    if raw is None:
        return []
    result = [part for part in re.split(r"[;,\s]+", raw) if part]
    for address in result:
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address):
            raise CellError(f"'{address}' is not an e-mail address")
    return result


def listing(value: Any) -> list[str]:
    """Comma, semicolon or line separated items (features a contribution needs)."""
    raw = text(value)
    if raw is None:
        return []
    return [part.strip().casefold() for part in re.split(r"[,;\n]", raw) if part.strip()]
