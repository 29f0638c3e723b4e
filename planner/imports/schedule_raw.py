"""What the schedule readers (frab XML, pretalx JSON) hand to the plan builder.

The readers only parse; every decision about time zones, kinds, ids and opening
hours is taken once, in :mod:`planner.imports.schedule`, so both formats behave alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from html import unescape
from html.parser import HTMLParser

from planner.imports import CalendarFileError


class ScheduleImportError(CalendarFileError):
    """A schedule file that cannot be imported at all; the message is for the user."""


@dataclass(frozen=True)
class RawPerson:
    #: The file's own id (frab person id, pretalx speaker code), if it has one.
    id: str | None
    name: str


@dataclass(frozen=True)
class RawEvent:
    id: str
    title: str
    room: str
    #: The start as the file states it, with its UTC offset (``None`` when it has none).
    start: datetime | None
    #: The start as wall-clock time (frab ``<start>`` on the date, pretalx's minute of
    #: day); ``None`` when the file gives only ``start``.
    local: datetime | None
    #: ``None`` when the file gives no usable length.
    duration: int | None
    type: str = ""
    track: str = ""
    language: str | None = None
    description: str = ""
    persons: tuple[RawPerson, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)
    #: The programme day the file lists the event under (frab ``<day date>``).
    day: date | None = None


@dataclass
class RawSchedule:
    format: str
    title: str
    events: list[RawEvent]
    #: IANA zone named by the file itself, if any.
    zone: str | None = None
    days: list[date] = field(default_factory=list)
    #: Room names in file order with their capacity (``None`` when not given).
    rooms: dict[str, int | None] = field(default_factory=dict)
    venue: str | None = None
    warnings: list[str] = field(default_factory=list)


_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<!--")


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(text: str | None) -> str:
    """Description text without HTML markup, one blank line at most between paragraphs.

    frab and pretalx descriptions are HTML (or Markdown); our descriptions are plain
    text shown in the inspector, the calendars and the workbook, where tags are noise.
    Markdown is left as it is: it reads well as text.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TAG.search(text):
        parser = _TextOnly()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    else:
        text = unescape(text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    result = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", result).strip()


def parse_minutes(text: str | None) -> int | None:
    """``HH:MM`` (or ``HH:MM:SS``) as whole minutes; ``None`` if unusable."""
    if not text or not text.strip():
        return None
    parts = text.strip().split(":")
    if not all(p.isdigit() for p in parts) or not 2 <= len(parts) <= 3:
        return None
    numbers = [int(p) for p in parts]
    if len(parts) == 2:
        return numbers[0] * 60 + numbers[1]
    # frab writes HH:MM:SS in newer exports; seconds never matter to a programme.
    return numbers[0] * 60 + numbers[1]


def parse_iso(text: str | None) -> datetime | None:
    """An ISO 8601 date-time (``Z`` accepted), or ``None`` when absent or unreadable."""
    if not text or not text.strip():
        return None
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def slug(text: str, fallback: str) -> str:
    """A readable id: lower-case ASCII letters, digits and dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    result = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return result or fallback


def unique_id(candidate: str, taken: set[str]) -> str:
    """``candidate``, or ``candidate-2``, ``-3`` … when taken; records the result as taken."""
    result = candidate
    n = 2
    while result in taken:
        result = f"{candidate}-{n}"
        n += 1
    taken.add(result)
    return result
