"""Domain types of a plan: the event, its rooms, speakers, contributions and placements.

Every type is a frozen dataclass, so a Plan is a value: editing means building a new
Plan (``plan.with_placement(...)``), which is what makes undo, incremental conflict
checks and comparison in tests trivial. Times are naive wall-clock datetimes in the
event's timezone (``Event.timezone``); only the iCalendar exporter converts to UTC.

Unknown keys read from a plan file are kept in each object's ``extra`` mapping so a
newer program's data survives a round trip through this one.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo


class Kind(enum.StrEnum):
    """What a contribution is; decides colour, default wording and plenary behaviour."""

    IMPULSE = "impulse"
    SESSION = "session"
    WORKSHOP = "workshop"
    PANEL = "panel"
    GUEST = "guest"
    KEYNOTE = "keynote"
    WELCOME = "welcome"
    BREAK = "break"
    NETWORKING = "networking"


class Topic(enum.StrEnum):
    WIRTSCHAFT = "wirtschaft"
    TOURISMUS = "tourismus"
    BUERGERDIALOG = "buergerdialog"
    ZIVILGESELLSCHAFT = "zivilgesellschaft"
    DEMOGRAFIE = "demografie"
    SOZIALES = "soziales"


#: Kinds that are plenary by nature, whatever their ``plenary`` flag says.
PLENARY_KINDS = frozenset({Kind.KEYNOTE, Kind.WELCOME})

KIND_LABELS: dict[str, dict[Kind, str]] = {
    "de": {
        Kind.IMPULSE: "Impulsreferat",
        Kind.SESSION: "Session",
        Kind.WORKSHOP: "Workshop",
        Kind.PANEL: "Podium",
        Kind.GUEST: "Gastbeitrag",
        Kind.KEYNOTE: "Keynote",
        Kind.WELCOME: "Begrüßung",
        Kind.BREAK: "Pause",
        Kind.NETWORKING: "Networking",
    },
    "en": {
        Kind.IMPULSE: "Impulse talk",
        Kind.SESSION: "Session",
        Kind.WORKSHOP: "Workshop",
        Kind.PANEL: "Panel",
        Kind.GUEST: "Guest contribution",
        Kind.KEYNOTE: "Keynote",
        Kind.WELCOME: "Welcome",
        Kind.BREAK: "Break",
        Kind.NETWORKING: "Networking",
    },
}

TOPIC_LABELS: dict[str, dict[Topic, str]] = {
    "de": {
        Topic.WIRTSCHAFT: "Wirtschaft",
        Topic.TOURISMUS: "Tourismus",
        Topic.BUERGERDIALOG: "Bürgerdialog",
        Topic.ZIVILGESELLSCHAFT: "Zivilgesellschaft",
        Topic.DEMOGRAFIE: "Demografie",
        Topic.SOZIALES: "Soziale Angebote",
    },
    "en": {
        Topic.WIRTSCHAFT: "Economy",
        Topic.TOURISMUS: "Tourism",
        Topic.BUERGERDIALOG: "Citizen dialogue",
        Topic.ZIVILGESELLSCHAFT: "Civil society",
        Topic.DEMOGRAFIE: "Demography",
        Topic.SOZIALES: "Social services",
    },
}


#: Names of the languages contributions are usually held in, by ISO 639-1 code; the
#: exports show other codes as they are.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "de": {"de": "Deutsch", "en": "Englisch", "da": "Dänisch", "fr": "Französisch"},
    "en": {"de": "German", "en": "English", "da": "Danish", "fr": "French"},
}


def kind_label(kind: Kind, language: str = "de") -> str:
    return KIND_LABELS.get(language, KIND_LABELS["en"])[kind]


def topic_label(topic: Topic | None, language: str = "de") -> str:
    if topic is None:
        return ""
    return TOPIC_LABELS.get(language, TOPIC_LABELS["en"])[topic]


def language_name(code: str | None, language: str = "de") -> str:
    """``de`` → "Deutsch" (or "German"); an unknown code as written; no code → ""."""
    if not code:
        return ""
    return LANGUAGE_NAMES.get(language, LANGUAGE_NAMES["en"]).get(code.lower(), code)


def _extra() -> dict[str, Any]:
    return field(default_factory=dict, hash=False)  # type: ignore[return-value]


@dataclass(frozen=True)
class TimeWindow:
    """A half-open interval [start, end) of local wall-clock time."""

    start: datetime
    end: datetime
    extra: Mapping[str, Any] = _extra()

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end

    def contains(self, start: datetime, end: datetime) -> bool:
        return self.start <= start and end <= self.end


@dataclass(frozen=True)
class Organizer:
    name: str
    email: str | None = None
    extra: Mapping[str, Any] = _extra()


@dataclass(frozen=True)
class Event:
    title: str
    timezone: str
    days: tuple[date, ...]
    day_start: time
    day_end: time
    venue: str | None = None
    changeover_minutes: int = 0
    organizer: Organizer | None = None
    extra: Mapping[str, Any] = _extra()

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """The event's opening hours on ``day`` as naive local datetimes."""
        return datetime.combine(day, self.day_start), datetime.combine(day, self.day_end)

    @property
    def day_minutes(self) -> int:
        start, end = self.day_bounds(self.days[0])
        return int((end - start).total_seconds() // 60)

    def aware(self, local: datetime) -> datetime:
        """Attach the event's timezone to a naive wall-clock time."""
        return local.replace(tzinfo=self.tzinfo)


@dataclass(frozen=True)
class Room:
    id: str
    name: str
    capacity: int | None = None
    features: tuple[str, ...] = ()
    unavailable: tuple[TimeWindow, ...] = ()
    extra: Mapping[str, Any] = _extra()


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    email: str | None = None
    organisation: str | None = None
    country: str | None = None
    language: str | None = None
    #: ``None`` means available all event long.
    available: tuple[TimeWindow, ...] | None = None
    extra: Mapping[str, Any] = _extra()

    def is_available(self, start: datetime, end: datetime) -> bool:
        """Whether [start, end) lies inside the speaker's availability.

        Windows that touch or overlap count as one stretch: 09:00–12:00 plus
        12:00–17:00 covers a talk from 11:45 to 12:15.
        """
        if self.available is None:
            return True
        reach = start
        for window in sorted(self.available, key=lambda w: w.start):
            if window.start > reach:
                break
            if window.end > reach:
                reach = window.end
                if reach >= end:
                    return True
        return False


@dataclass(frozen=True)
class Contribution:
    id: str
    title: str
    kind: Kind
    duration: int
    topic: Topic | None = None
    speakers: tuple[str, ...] = ()
    audience: int | None = None
    needs: tuple[str, ...] = ()
    language: str | None = None
    plenary: bool = False
    description: str | None = None
    extra: Mapping[str, Any] = _extra()

    @property
    def is_plenary(self) -> bool:
        return self.plenary or self.kind in PLENARY_KINDS


@dataclass(frozen=True)
class Placement:
    contribution: str
    room: str
    start: datetime
    #: Pinned placements are never moved by auto-arrange.
    pinned: bool = False
    extra: Mapping[str, Any] = _extra()


@dataclass(frozen=True)
class Plan:
    """A whole plan. Collections keep file order; lookups by id are cached per value."""

    event: Event
    rooms: tuple[Room, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    contributions: tuple[Contribution, ...] = ()
    schedule: tuple[Placement, ...] = ()
    extra: Mapping[str, Any] = _extra()

    # -- lookups ---------------------------------------------------------------
    @cached_property
    def rooms_by_id(self) -> dict[str, Room]:
        return {r.id: r for r in self.rooms}

    @cached_property
    def speakers_by_id(self) -> dict[str, Speaker]:
        return {s.id: s for s in self.speakers}

    @cached_property
    def contributions_by_id(self) -> dict[str, Contribution]:
        return {c.id: c for c in self.contributions}

    @cached_property
    def placements_by_id(self) -> dict[str, Placement]:
        """Placements keyed by contribution id."""
        return {p.contribution: p for p in self.schedule}

    def room(self, room_id: str) -> Room:
        return self.rooms_by_id[room_id]

    def speaker(self, speaker_id: str) -> Speaker:
        return self.speakers_by_id[speaker_id]

    def contribution(self, contribution_id: str) -> Contribution:
        return self.contributions_by_id[contribution_id]

    def placement(self, contribution_id: str) -> Placement | None:
        return self.placements_by_id.get(contribution_id)

    def end_of(self, placement: Placement) -> datetime:
        duration = self.contributions_by_id[placement.contribution].duration
        return placement.start + timedelta(minutes=duration)

    def interval(self, contribution_id: str) -> tuple[datetime, datetime] | None:
        """Start and end of a placed contribution, ``None`` when it is not placed."""
        placement = self.placement(contribution_id)
        if placement is None:
            return None
        return placement.start, self.end_of(placement)

    @property
    def unscheduled(self) -> list[Contribution]:
        placed = self.placements_by_id
        return [c for c in self.contributions if c.id not in placed]

    def placements_of_speaker(self, speaker_id: str) -> list[Placement]:
        """The speaker's placements in time order (then by contribution id)."""
        return list(self._by_speaker.get(speaker_id, ()))

    def placements_in_room(self, room_id: str) -> list[Placement]:
        """The room's placements in time order (then by contribution id)."""
        return list(self._by_room.get(room_id, ()))

    # Exports and explanations ask for every speaker's and every room's placements in
    # turn; grouping once per plan keeps that linear instead of speakers × placements.
    @cached_property
    def _by_speaker(self) -> dict[str, list[Placement]]:
        result: dict[str, list[Placement]] = {}
        for p in sorted(self.schedule, key=lambda p: (p.start, p.contribution)):
            for sid in dict.fromkeys(self.contributions_by_id[p.contribution].speakers):
                result.setdefault(sid, []).append(p)
        return result

    @cached_property
    def _by_room(self) -> dict[str, list[Placement]]:
        result: dict[str, list[Placement]] = {}
        for p in sorted(self.schedule, key=lambda p: (p.start, p.contribution)):
            result.setdefault(p.room, []).append(p)
        return result

    def sorted_schedule(self) -> list[Placement]:
        """Placements by start time, then by room order, then by id."""
        order = {r.id: i for i, r in enumerate(self.rooms)}
        return sorted(self.schedule, key=lambda p: (p.start, order.get(p.room, 0), p.contribution))

    # -- edits (each returns a new Plan) --------------------------------------
    def with_placement(
        self, contribution_id: str, room_id: str, start: datetime, *, pinned: bool | None = None
    ) -> Plan:
        """Place or move a contribution; keeps its position in ``schedule`` and its extras."""
        old = self.placement(contribution_id)
        if old is None:
            new = Placement(contribution_id, room_id, start, pinned=bool(pinned))
            return replace(self, schedule=(*self.schedule, new))
        new = replace(
            old, room=room_id, start=start, pinned=old.pinned if pinned is None else pinned
        )
        return replace(self, schedule=tuple(new if p is old else p for p in self.schedule))

    def without_placement(self, contribution_id: str) -> Plan:
        return replace(
            self,
            schedule=tuple(p for p in self.schedule if p.contribution != contribution_id),
        )

    def with_schedule(self, placements: Iterable[Placement]) -> Plan:
        return replace(self, schedule=tuple(placements))

    def with_contribution(self, contribution: Contribution, index: int | None = None) -> Plan:
        """Add or replace (by id) a contribution."""
        return replace(self, contributions=_upsert(self.contributions, contribution, index))

    def without_contribution(self, contribution_id: str) -> Plan:
        return replace(
            self,
            contributions=tuple(c for c in self.contributions if c.id != contribution_id),
            schedule=tuple(p for p in self.schedule if p.contribution != contribution_id),
        )

    def with_room(self, room: Room, index: int | None = None) -> Plan:
        return replace(self, rooms=_upsert(self.rooms, room, index))

    def with_speaker(self, speaker: Speaker, index: int | None = None) -> Plan:
        return replace(self, speakers=_upsert(self.speakers, speaker, index))

    def with_event(self, event: Event) -> Plan:
        return replace(self, event=event)


def _upsert(items: tuple[Any, ...], item: Any, index: int | None) -> tuple[Any, ...]:
    """Replace the item with ``item.id`` where it stands, else insert it at ``index`` (end)."""
    result = list(items)
    for i, existing in enumerate(result):
        if existing.id == item.id:
            result[i] = item
            return tuple(result)
    result.insert(len(result) if index is None else index, item)
    return tuple(result)


def new_id(prefix: str, taken: Iterable[str]) -> str:
    """The first ``prefix<n>`` not in ``taken``: ids for things an organiser adds."""
    used = set(taken)
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"
