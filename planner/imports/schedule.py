"""Import a whole conference schedule (frab/pentabarf XML, pretalx JSON) as a new plan.

Organisers start from a programme another tool exported, or test the checker and the
exports on a real event. The file's format is detected from its content (XML whose
root is ``<schedule>``: frab; JSON keyed date → minute of day → room: pretalx), the
readers in :mod:`.frab` and :mod:`.pretalx` parse it, and this module decides the
mapping once for both (see docs/importing-schedules.md):

- Time zone: the zone the file names; else the one ``timezone=`` names; else derived
  from the UTC offsets in the file — a single offset becomes a fixed zone
  (``+01:00`` → ``Etc/GMT-1``, ``Z`` → ``UTC``), a mix of offsets the first of a few
  well-known zones that reproduces every one of them — with a warning, because a
  calendar export needs the real zone (daylight saving).
- Times written in UTC (``Z``) whose frab ``<start>`` shows the same clock time are
  taken as local wall-clock times (LSWT 2019 marks its Leipzig times ``Z``): frab
  defines ``<start>`` as local time, and a programme at 09:00 is wanted at 09:00.
- Days are the file's days plus any date an event starts on (a session at 00:15 after
  the first night lies on the next date); ``day_start``/``day_end`` cover every event.
  Our opening hours cannot pass midnight, so an event that does is reported by the
  checker as outside the hours, and the import says so.
- Repeated ids (a break listed once per room) get unique ids (``997``, ``997-2``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.imports.frab import looks_like_frab, read_frab
from planner.imports.pretalx import is_pretalx, parse_json, read_pretalx
from planner.imports.schedule_kinds import map_kind
from planner.imports.schedule_raw import (
    RawEvent,
    RawSchedule,
    ScheduleImportError,
    slug,
    unique_id,
)
from planner.model import Contribution, Event, Placement, Plan, Room, Speaker
from planner.storage import MAX_DURATION, PlanFileError, plan_from_data, plan_to_data

__all__ = ["ScheduleImport", "ScheduleImportError", "import_schedule"]

#: Length given to an event whose file states none (LSWT's all-day hackathon).
DEFAULT_DURATION = 60

#: Zones tried, in order, when a file uses several UTC offsets and names no zone.
_CANDIDATE_ZONES = (
    "Europe/Berlin",
    "Europe/London",
    "Europe/Helsinki",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "Australia/Sydney",
)


@dataclass(frozen=True)
class ScheduleImport:
    """A new plan built from a schedule file, and what the organiser should know about it."""

    plan: Plan
    warnings: tuple[str, ...] = ()
    #: ``frab`` or ``pretalx``.
    format: str = ""

    def summary(self) -> str:
        plan = self.plan
        return (
            f"{len(plan.event.days)} day(s), {len(plan.rooms)} room(s), "
            f"{len(plan.contributions)} contribution(s) ({len(plan.schedule)} placed), "
            f"{len(plan.speakers)} speaker(s)"
        )


def import_schedule(
    data: bytes, *, source_name: str = "", timezone: str | None = None
) -> ScheduleImport:
    """Build a whole new plan from a frab XML or pretalx JSON schedule.

    ``timezone`` (an IANA name) is used when the file names no zone of its own; times
    with an offset are converted into it. Raises :class:`ScheduleImportError` with one
    sentence for the user when the file is empty, unreadable or of no known shape.
    """
    if timezone is not None:
        _zone(timezone)
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise ScheduleImportError("the file is empty")
    if looks_like_frab(stripped):
        raw = read_frab(data)
    elif stripped[:1] in (b"{", b"["):
        parsed = parse_json(data)
        if not is_pretalx(parsed):
            raise ScheduleImportError(
                "a JSON file of unknown shape (expected pretalx data keyed "
                "date → minute of day → room)"
            )
        raw = read_pretalx(parsed)
    else:
        raise ScheduleImportError(
            "neither a frab/pentabarf schedule XML nor a pretalx schedule JSON"
        )
    return _build(raw, source_name, timezone)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleImportError(f"unknown time zone '{name}'") from None


def _fixed_zone(offset: timedelta) -> str | None:
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    if minutes % 60:
        return None
    hours = minutes // 60
    # POSIX sign: Etc/GMT-1 is one hour *ahead* of UTC.
    return f"Etc/GMT{-hours:+d}"


def _utc_marked_local(events: list[RawEvent]) -> bool:
    """All offsets are UTC and every frab ``<start>`` shows the same clock: local times."""
    timed = [e for e in events if e.start is not None]
    return bool(timed) and all(
        e.start is not None
        and e.start.utcoffset() == timedelta(0)
        and e.local is not None
        and e.local == e.start.replace(tzinfo=None)
        for e in timed
    )


def _choose_zone(raw: RawSchedule, override: str | None, warnings: list[str]) -> tuple[str, bool]:
    """The event's zone, and whether the file's UTC marks are to be read as local time."""
    if raw.zone:
        try:
            ZoneInfo(raw.zone)
            return raw.zone, False
        except (ZoneInfoNotFoundError, ValueError):
            warnings.append(f"the file names the unknown time zone '{raw.zone}'; it was ignored")
    quirk = raw.format == "frab" and _utc_marked_local(raw.events)
    if quirk:
        zone = override or "UTC"
        warnings.append(
            "the file marks its times as UTC ('Z') but gives the same clock times as local "
            "<start> times; they were kept as wall-clock times (09:00 stays 09:00, not shifted "
            "to another zone)"
            + (
                ""
                if override
                else ". The file names no time zone, so the plan uses UTC: set the event's "
                "real zone (e.g. --timezone Europe/Berlin) before sending calendars"
            )
        )
        return zone, True
    if override:
        return override, False
    offsets = Counter(e.start.utcoffset() for e in raw.events if e.start is not None)
    offsets.pop(None, None)
    if not offsets:
        warnings.append(
            "the file gives no time zone and no UTC offsets; the plan uses UTC — set the "
            "event's real zone before sending calendars"
        )
        return "UTC", False
    if len(offsets) > 1:
        for name in _CANDIDATE_ZONES:
            candidate = ZoneInfo(name)
            if all(
                e.start is None or e.start.astimezone(candidate).utcoffset() == e.start.utcoffset()
                for e in raw.events
            ):
                warnings.append(
                    f"the file names no time zone; its UTC offsets fit {name}, which the plan "
                    "uses — change it in the event settings if the event is elsewhere"
                )
                return name, False
    offset = offsets.most_common(1)[0][0]
    assert offset is not None
    fixed = _fixed_zone(offset)
    if fixed is None:
        warnings.append(
            f"the file's UTC offset {_offset_text(offset)} is not a whole hour and no zone is "
            "named; times were converted to UTC — pass the real zone with --timezone"
        )
        return "UTC", False
    text = _offset_text(offset)
    warnings.append(
        f"the file names no time zone, only the UTC offset {text}; the plan uses the fixed "
        f"zone {fixed} ({text} all year, no daylight saving) — set the real zone "
        "(e.g. --timezone Europe/Berlin) if calendars should follow daylight saving"
        + ("; times with other offsets were converted to it" if len(offsets) > 1 else "")
    )
    return fixed, False


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _local_start(event: RawEvent, zone: ZoneInfo, quirk: bool) -> datetime | None:
    if event.start is not None and not quirk:
        return event.start.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
    if event.local is not None:
        return event.local
    if event.start is not None:
        return event.start.replace(tzinfo=None, second=0, microsecond=0)
    return None


class _Speakers:
    """Speakers met so far, matched by the file's id, else by name (case-insensitive)."""

    def __init__(self) -> None:
        self.items: list[Speaker] = []
        self._by_source: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        self._taken: set[str] = set()

    def id_for(self, source_id: str | None, name: str) -> str:
        key = name.casefold()
        if source_id and source_id in self._by_source:
            return self._by_source[source_id]
        if key in self._by_name:
            found = self._by_name[key]
        else:
            found = unique_id(source_id or slug(name, "speaker"), self._taken)
            extra = {"source_id": source_id} if source_id else {}
            self.items.append(Speaker(id=found, name=name, extra=extra))
            self._by_name[key] = found
        if source_id:
            self._by_source[source_id] = found
        return found


def _hours(starts: list[tuple[datetime, datetime]], warnings: list[str]) -> tuple[time, time]:
    """Opening hours covering every placement, on whole hours; 09:00–17:00 when none."""
    if not starts:
        return time(9), time(17)
    first = min(start.time() for start, _ in starts)
    # An end at exactly midnight crosses too: day_end cannot be 24:00.
    crossing = [(s, e) for s, e in starts if e.date() > s.date()]
    last = max((e.time() for s, e in starts if e.date() == s.date()), default=time(0))
    day_start = time(first.hour)
    if last.minute and last.hour < 23:
        day_end = time(last.hour + 1)
    elif last.minute:
        day_end = time(23, 59)
    else:
        day_end = last
    if crossing:
        day_end = time(23, 59)
        warnings.append(
            f"{len(crossing)} event(s) run past midnight; opening hours cannot, so they end "
            "after day_end and the checker reports them as outside the hours"
        )
    if day_end <= day_start:
        day_end = time(23, 59)
    return day_start, day_end


def _title(raw: RawSchedule, source_name: str) -> str:
    if raw.title:
        return raw.title
    stem = Path(source_name).name.split(".")[0] if source_name else ""
    return stem.replace("-", " ").replace("_", " ").strip() or "Imported schedule"


def _build(raw: RawSchedule, source_name: str, override: str | None) -> ScheduleImport:
    warnings = list(raw.warnings)
    zone_name, quirk = _choose_zone(raw, override, warnings)
    zone = ZoneInfo(zone_name)

    room_ids: dict[str, str] = {}
    taken_rooms: set[str] = set()
    rooms = []
    for name, capacity in raw.rooms.items():
        room_ids[name] = unique_id(slug(name, "room"), taken_rooms)
        rooms.append(Room(id=room_ids[name], name=name, capacity=capacity))

    speakers = _Speakers()
    contributions: list[Contribution] = []
    placements: list[Placement] = []
    intervals: list[tuple[datetime, datetime]] = []
    taken: set[str] = set()
    repeated: list[str] = []
    no_length: list[str] = []
    unplaced: list[str] = []
    raw_placed: list[RawEvent] = []
    for event in raw.events:
        duration = event.duration
        if duration is None:
            no_length.append(event.title or event.id)
            duration = DEFAULT_DURATION
        duration = min(duration, MAX_DURATION)
        kind, plenary = map_kind(event.type, event.track, duration)
        base = event.id or slug(event.title, "c")
        cid = unique_id(base, taken)
        if cid != base:
            repeated.append(cid)
        speaker_ids = tuple(dict.fromkeys(speakers.id_for(p.id, p.name) for p in event.persons))
        contributions.append(
            Contribution(
                id=cid,
                title=event.title,
                kind=kind,
                duration=duration,
                speakers=speaker_ids,
                language=event.language,
                plenary=plenary,
                description=event.description or None,
                extra=dict(event.extra),
            )
        )
        start = _local_start(event, zone, quirk)
        if start is None:
            unplaced.append(event.title or cid)
            continue
        placements.append(Placement(cid, room_ids[event.room], start))
        raw_placed.append(event)
        intervals.append((start, start + timedelta(minutes=duration)))

    if repeated:
        warnings.append(
            f"{len(repeated)} event(s) repeat an id used before (e.g. a break listed once per "
            f"room); they got unique ids: {', '.join(repeated[:6])}"
            + (" …" if len(repeated) > 6 else "")
        )
    if no_length:
        warnings.append(
            f"{len(no_length)} event(s) have no length and were given {DEFAULT_DURATION} "
            f"minutes: {', '.join(no_length[:3])}" + (" …" if len(no_length) > 3 else "")
        )
    if unplaced:
        warnings.append(f"{len(unplaced)} event(s) have no start time and were left unplaced")

    days = set(raw.days)
    after_midnight = [s for s, _ in intervals if raw.days and s.date() not in raw.days]
    early = [
        p.start
        for p, e in zip(placements, raw_placed, strict=True)
        if e.day is not None and p.start.date() > e.day
    ]
    days.update(s.date() for s, _ in intervals)
    if early:
        warnings.append(
            f"{len(early)} event(s) start after midnight (the file's day runs into the next "
            "morning); they lie on the next date, and opening hours start early to cover them"
        )
    if after_midnight:
        added = sorted({s.date().isoformat() for s in after_midnight})
        warnings.append(f"dates added as days because events start on them: {', '.join(added)}")
    if not days:
        raise ScheduleImportError("the schedule has no days and no dated events")
    day_start, day_end = _hours(intervals, warnings)
    new_event = Event(
        title=_title(raw, source_name),
        timezone=zone_name,
        days=tuple(sorted(days)),
        day_start=day_start,
        day_end=day_end,
        venue=raw.venue,
        extra={"imported_from": Path(source_name).name, "source_format": raw.format}
        if source_name
        else {"source_format": raw.format},
    )
    plan = Plan(
        event=new_event,
        rooms=tuple(rooms),
        speakers=tuple(speakers.items),
        contributions=tuple(contributions),
        schedule=tuple(placements),
    )
    try:
        plan_from_data(plan_to_data(plan))  # the plan must save and load as it is
    except PlanFileError as exc:
        raise ScheduleImportError(f"the schedule cannot become a plan: {exc.describe()}") from None
    return ScheduleImport(plan=plan, warnings=tuple(warnings), format=raw.format)
