"""Reading a plan file's JSON data into a Plan (the reading half of :mod:`planner.storage`).

Validation is complete and all-or-nothing: the first problem raises
:class:`PlanFileError` naming its JSON path, so a half-valid file never becomes a
half-loaded plan. Text-level checks (JSON syntax, duplicate keys, encodings) are done
by :func:`planner.storage.loads_plan` before the data gets here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from planner.model import (
    Contribution,
    Event,
    Kind,
    Organizer,
    Placement,
    Plan,
    Room,
    Speaker,
    TimeWindow,
    Topic,
)
from planner.plan_writer import FORMAT, VERSION

#: Upper bounds that keep every time computed from a plan inside ``datetime``'s range
#: (a duration of 10**10 minutes used to crash ``check`` with OverflowError).
MAX_DURATION = 7 * 24 * 60
MAX_CHANGEOVER = 24 * 60

# ASCII digits only, matched in full (``$`` would let a trailing newline through).
_DATETIME_RE = re.compile(
    r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.ASCII,
)
_TIME_RE = re.compile(r"(\d{2}):(\d{2})", re.ASCII)
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


class PlanFileError(Exception):
    """A plan file that cannot be read. ``path`` is the JSON path ('' for the file)."""

    def __init__(self, path: str, message: str, *, source: str | None = None) -> None:
        # Ids, values and file names come from the file; a newline in one must not turn
        # the one-line message (stderr of ``check``, a dialog) into several.
        self.path = _one_line(path)
        self.message = _one_line(message)
        self.source = None if source is None else _one_line(source)
        super().__init__(f"{self.path}: {self.message}" if self.path else self.message)

    def with_source(self, source: str) -> PlanFileError:
        return PlanFileError(self.path, self.message, source=source)

    def describe(self) -> str:
        """The message with the file name in front, for the command line and dialogs."""
        return f"{self.source}: {self}" if self.source else str(self)


def _one_line(text: str) -> str:
    """``text`` with control characters and line separators written as escapes."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp")
        else ch
        for ch in text
    )


def join_path(path: str, key: str | int) -> str:
    """``contributions`` + 3 → ``contributions[3]``; ``event`` + ``title`` → ``event.title``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _type_name(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


class _Obj:
    """A JSON object being read, tracking which keys were understood."""

    def __init__(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise PlanFileError(
                path or "(top level)", f"expected an object, found {_type_name(value)}"
            )
        self.data: dict[str, Any] = value
        self.path = path
        self.known: set[str] = set()

    def at(self, key: str) -> str:
        return join_path(self.path, key)

    def get(self, key: str, required: bool) -> Any:
        self.known.add(key)
        if key not in self.data or self.data[key] is None:
            if required:
                raise PlanFileError(self.at(key), "required key is missing")
            return None
        return self.data[key]

    def text(self, key: str, required: bool = False, *, nonempty: bool = False) -> str | None:
        value = self.get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise PlanFileError(self.at(key), f"expected a string, found {_type_name(value)}")
        if nonempty and not value.strip():
            raise PlanFileError(self.at(key), "must not be empty")
        return value

    def integer(
        self, key: str, required: bool = False, *, minimum: int = 0, maximum: int | None = None
    ) -> int | None:
        value = self.get(key, required)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            raise PlanFileError(self.at(key), f"expected a whole number, found {value}")
        if isinstance(value, bool) or not isinstance(value, int):
            raise PlanFileError(self.at(key), f"expected a whole number, found {_type_name(value)}")
        if value < minimum:
            what = "positive" if minimum == 1 else f"at least {minimum}"
            raise PlanFileError(self.at(key), f"must be {what}, found {value}")
        if maximum is not None and value > maximum:
            raise PlanFileError(self.at(key), f"must be at most {maximum}, found {value}")
        return value

    def flag(self, key: str) -> bool:
        value = self.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise PlanFileError(self.at(key), f"expected true or false, found {_type_name(value)}")
        return value

    def array(self, key: str, required: bool = False) -> list[Any] | None:
        value = self.get(key, required)
        if value is None:
            return None
        if not isinstance(value, list):
            raise PlanFileError(self.at(key), f"expected a list, found {_type_name(value)}")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        items = self.array(key) or []
        for i, item in enumerate(items):
            if not isinstance(item, str):
                raise PlanFileError(
                    join_path(self.at(key), i), f"expected a string, found {_type_name(item)}"
                )
        return tuple(items)

    def extra(self) -> dict[str, Any]:
        return {k: v for k, v in self.data.items() if k not in self.known}


def parse_datetime(value: Any, path: str) -> datetime:
    """``YYYY-MM-DDTHH:MM`` local wall-clock time, minute precision."""
    if not isinstance(value, str):
        raise PlanFileError(
            path, f"expected a date and time like '2019-10-07T09:30', found {_type_name(value)}"
        )
    match = _DATETIME_RE.fullmatch(value)
    if not match:
        raise PlanFileError(path, f"'{value}' is not a date and time like '2019-10-07T09:30'")
    day, hour, minute, second, fraction, offset = match.groups()
    if offset:
        raise PlanFileError(
            path, f"'{value}' carries a timezone offset; write local wall-clock time without one"
        )
    if (second and int(second) != 0) or fraction:
        raise PlanFileError(path, f"'{value}' is not on a whole minute")
    try:
        return datetime.combine(date.fromisoformat(day), time(int(hour), int(minute)))
    except ValueError as exc:
        raise PlanFileError(path, f"'{value}' is not a valid date and time ({exc})") from None


def _parse_time(value: Any, path: str) -> time:
    if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
        raise PlanFileError(path, f"expected a time like '09:00', found {value!r}")
    try:
        return time(int(value[:2]), int(value[3:]))
    except ValueError:
        raise PlanFileError(path, f"'{value}' is not a valid time") from None


def _parse_date(value: Any, path: str) -> date:
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        raise PlanFileError(path, f"expected a date like '2019-10-07', found {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PlanFileError(path, f"'{value}' is not a valid date") from None


def _windows(obj: _Obj, key: str) -> tuple[TimeWindow, ...] | None:
    items = obj.array(key)
    if items is None:
        return None
    windows = []
    for i, raw in enumerate(items):
        w = _Obj(raw, join_path(obj.at(key), i))
        start = parse_datetime(w.get("start", True), w.at("start"))
        end = parse_datetime(w.get("end", True), w.at("end"))
        if end <= start:
            raise PlanFileError(w.at("end"), "end is not after start")
        windows.append(TimeWindow(start, end, extra=w.extra()))
    return tuple(windows)


def _enum(enum_type: Any, value: str | None, path: str, what: str) -> Any:
    if value is None:
        return None
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_type)
        raise PlanFileError(path, f"unknown {what} '{value}' (one of: {allowed})") from None


def _read_event(raw: Any) -> Event:
    obj = _Obj(raw, "event")
    title = obj.text("title", True)
    tz = obj.text("timezone", True, nonempty=True)
    try:
        ZoneInfo(tz)  # type: ignore[arg-type]
    except Exception:
        raise PlanFileError(obj.at("timezone"), f"unknown timezone '{tz}'") from None
    raw_days = obj.array("days", True)
    if not raw_days:
        raise PlanFileError(obj.at("days"), "the event needs at least one day")
    days = tuple(_parse_date(d, join_path(obj.at("days"), i)) for i, d in enumerate(raw_days))
    for i, d in enumerate(days):
        if d in days[:i]:
            raise PlanFileError(
                join_path(obj.at("days"), i), f"day {d.isoformat()} is listed twice"
            )
    day_start = _parse_time(obj.get("day_start", True), obj.at("day_start"))
    day_end = _parse_time(obj.get("day_end", True), obj.at("day_end"))
    if day_end <= day_start:
        raise PlanFileError(obj.at("day_end"), "the day ends before it starts")
    venue = obj.text("venue")
    changeover = obj.integer("changeover_minutes", maximum=MAX_CHANGEOVER) or 0
    organizer = None
    raw_org = obj.get("organizer", False)
    if raw_org is not None:
        org = _Obj(raw_org, obj.at("organizer"))
        organizer = Organizer(
            name=org.text("name") or "", email=org.text("email"), extra=org.extra()
        )
    return Event(
        title=title or "",
        timezone=tz or "",
        days=days,
        day_start=day_start,
        day_end=day_end,
        venue=venue,
        changeover_minutes=changeover,
        organizer=organizer,
        extra=obj.extra(),
    )


def _unique_ids(items: list[Any], path: str, read: Callable[[Any, str], Any]) -> list[Any]:
    result = []
    seen: set[str] = set()
    for i, raw in enumerate(items):
        item = read(raw, join_path(path, i))
        if item.id in seen:
            raise PlanFileError(join_path(join_path(path, i), "id"), f"duplicate id '{item.id}'")
        seen.add(item.id)
        result.append(item)
    return result


def _read_room(raw: Any, path: str) -> Room:
    obj = _Obj(raw, path)
    return Room(
        id=obj.text("id", True, nonempty=True) or "",
        name=obj.text("name", True) or "",
        capacity=obj.integer("capacity"),
        features=obj.strings("features"),
        unavailable=_windows(obj, "unavailable") or (),
        extra=obj.extra(),
    )


def _read_speaker(raw: Any, path: str) -> Speaker:
    obj = _Obj(raw, path)
    return Speaker(
        id=obj.text("id", True, nonempty=True) or "",
        name=obj.text("name", True) or "",
        email=obj.text("email"),
        organisation=obj.text("organisation"),
        country=obj.text("country"),
        language=obj.text("language"),
        available=_windows(obj, "available"),
        extra=obj.extra(),
    )


def _read_contribution(raw: Any, path: str) -> Contribution:
    obj = _Obj(raw, path)
    return Contribution(
        id=obj.text("id", True, nonempty=True) or "",
        title=obj.text("title", True) or "",
        kind=_enum(Kind, obj.text("kind", True), obj.at("kind"), "kind"),
        topic=_enum(Topic, obj.text("topic"), obj.at("topic"), "topic"),
        duration=obj.integer("duration", True, minimum=1, maximum=MAX_DURATION) or 0,
        speakers=obj.strings("speakers"),
        audience=obj.integer("audience"),
        needs=obj.strings("needs"),
        language=obj.text("language"),
        plenary=obj.flag("plenary"),
        description=obj.text("description"),
        extra=obj.extra(),
    )


def _read_placement(raw: Any, path: str) -> Placement:
    obj = _Obj(raw, path)
    return Placement(
        contribution=obj.text("contribution", True, nonempty=True) or "",
        room=obj.text("room", True, nonempty=True) or "",
        start=parse_datetime(obj.get("start", True), obj.at("start")),
        pinned=obj.flag("pinned"),
        extra=obj.extra(),
    )


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file up to :data:`VERSION`. Version 1 is the first; nothing to do yet."""
    return data


def plan_from_data(data: Any) -> Plan:
    """Validate parsed JSON and build a Plan; raises :class:`PlanFileError`."""
    top = _Obj(data, "")
    fmt = top.get("format", True)
    if fmt != FORMAT:
        raise PlanFileError(
            "format", f"not an Agenda Planner plan (format is {fmt!r}, expected '{FORMAT}')"
        )
    version = top.get("version", True)
    if isinstance(version, bool) or not isinstance(version, int):
        raise PlanFileError("version", f"expected a whole number, found {_type_name(version)}")
    if version > VERSION:
        raise PlanFileError(
            "version",
            f"the file was written by a newer Agenda Planner (format version {version}); "
            f"this program reads up to version {VERSION} — please update Agenda Planner",
        )
    if version < 1:
        raise PlanFileError("version", f"unknown format version {version}")
    data = _migrate(data)
    event = _read_event(top.get("event", True))
    rooms = _unique_ids(top.array("rooms") or [], "rooms", _read_room)
    speakers = _unique_ids(top.array("speakers") or [], "speakers", _read_speaker)
    contributions = _unique_ids(
        top.array("contributions") or [], "contributions", _read_contribution
    )
    schedule = [
        _read_placement(raw, join_path("schedule", i))
        for i, raw in enumerate(top.array("schedule") or [])
    ]

    speaker_ids = {s.id for s in speakers}
    for i, c in enumerate(contributions):
        for j, sid in enumerate(c.speakers):
            if sid not in speaker_ids:
                raise PlanFileError(f"contributions[{i}].speakers[{j}]", f"unknown speaker '{sid}'")
            if sid in c.speakers[:j]:
                raise PlanFileError(
                    f"contributions[{i}].speakers[{j}]", f"speaker '{sid}' is listed twice"
                )
    room_ids = {r.id for r in rooms}
    durations = {c.id: c.duration for c in contributions}
    placed: set[str] = set()
    for i, p in enumerate(schedule):
        if p.contribution not in durations:
            raise PlanFileError(
                f"schedule[{i}].contribution", f"unknown contribution '{p.contribution}'"
            )
        if p.contribution in placed:
            raise PlanFileError(
                f"schedule[{i}].contribution", f"contribution '{p.contribution}' is placed twice"
            )
        placed.add(p.contribution)
        if p.room not in room_ids:
            raise PlanFileError(f"schedule[{i}].room", f"unknown room '{p.room}'")
        try:
            p.start + timedelta(minutes=durations[p.contribution])
        except OverflowError:
            raise PlanFileError(
                f"schedule[{i}].start", "the contribution would end after the year 9999"
            ) from None

    top.known.update({"rooms", "speakers", "contributions", "schedule"})
    return Plan(
        event=event,
        rooms=tuple(rooms),
        speakers=tuple(speakers),
        contributions=tuple(contributions),
        schedule=tuple(schedule),
        extra=top.extra(),
    )
