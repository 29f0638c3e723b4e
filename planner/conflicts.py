"""The conflict checker: pure functions from a Plan to a sorted list of Conflicts.

``check(plan)`` finds every conflict of the catalogue in docs/conflicts.md. It finds
candidate pairs with sweeps over placements sorted by start (per room, per speaker,
per topic, and around plenary items) instead of comparing all pairs, so a plan of
thousands of placements checks in a fraction of a second.

``recheck(plan, previous, changed)`` is what keeps the board instant while dragging:
it drops the conflicts that involve the changed contributions and judges only those
contributions again against the rest of the plan. Both paths judge a pair with the
same function, and the tests assert that they always agree.

Messages are built from a code (the kind) and parameters, in English or German
(:func:`message`), so the GUI can show them in the user's language.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from planner.model import Contribution, Placement, Plan, topic_label


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class ConflictKind(enum.StrEnum):
    ROOM_OVERLAP = "room-overlap"
    SPEAKER_OVERLAP = "speaker-overlap"
    OUTSIDE_HOURS = "outside-hours"
    ROOM_UNAVAILABLE = "room-unavailable"
    SPEAKER_UNAVAILABLE = "speaker-unavailable"
    CAPACITY = "capacity"
    MISSING_FEATURE = "missing-feature"
    CHANGEOVER = "changeover"
    PLENARY_PARALLEL = "plenary-parallel"
    TOPIC_PARALLEL = "topic-parallel"
    UNSCHEDULED = "unscheduled"

    @property
    def severity(self) -> Severity:
        return SEVERITIES[self]


SEVERITIES: dict[ConflictKind, Severity] = {
    ConflictKind.ROOM_OVERLAP: Severity.ERROR,
    ConflictKind.SPEAKER_OVERLAP: Severity.ERROR,
    ConflictKind.OUTSIDE_HOURS: Severity.ERROR,
    ConflictKind.ROOM_UNAVAILABLE: Severity.ERROR,
    ConflictKind.SPEAKER_UNAVAILABLE: Severity.ERROR,
    ConflictKind.CAPACITY: Severity.WARNING,
    ConflictKind.MISSING_FEATURE: Severity.WARNING,
    ConflictKind.CHANGEOVER: Severity.WARNING,
    ConflictKind.PLENARY_PARALLEL: Severity.WARNING,
    ConflictKind.TOPIC_PARALLEL: Severity.WARNING,
    ConflictKind.UNSCHEDULED: Severity.INFO,
}

_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_KIND_RANK = {kind: i for i, kind in enumerate(ConflictKind)}


@dataclass(frozen=True)
class Conflict:
    """One finding. ``contributions`` is sorted; ``room``/``speaker`` are ids or None."""

    kind: ConflictKind
    contributions: tuple[str, ...]
    room: str | None = None
    speaker: str | None = None
    #: Values for the message template (titles, names, times), not part of identity.
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def severity(self) -> Severity:
        return SEVERITIES[self.kind]

    @property
    def message(self) -> str:
        return message(self, "en")

    def involves(self, contribution_id: str) -> bool:
        return contribution_id in self.contributions

    def sort_key(self) -> tuple[Any, ...]:
        return (
            _SEVERITY_RANK[self.severity],
            _KIND_RANK[self.kind],
            self.contributions,
            self.speaker or "",
            self.room or "",
        )

    def to_json(self, language: str = "en") -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "contributions": list(self.contributions),
            "room": self.room,
            "speaker": self.speaker,
            "message": message(self, language),
        }


# -- messages ---------------------------------------------------------------------------

_TEMPLATES: dict[str, dict[ConflictKind, str]] = {
    "en": {
        ConflictKind.ROOM_OVERLAP: "“{a}” and “{b}” overlap in {room} ({overlap})",
        ConflictKind.SPEAKER_OVERLAP: "{speaker} is in “{a}” and “{b}” at the same time "
        "({overlap})",
        ConflictKind.OUTSIDE_HOURS: "“{title}” ({when}) lies outside the event hours ({hours})",
        ConflictKind.ROOM_UNAVAILABLE: "“{title}” ({when}) is in {room} while the room is "
        "unavailable ({windows})",
        ConflictKind.SPEAKER_UNAVAILABLE: "{speaker} is not available for “{title}” ({when}); "
        "available: {windows}",
        ConflictKind.CAPACITY: "“{title}” expects {audience} people, but {room} holds {capacity}",
        ConflictKind.MISSING_FEATURE: "“{title}” needs {features}, which {room} lacks",
        ConflictKind.CHANGEOVER: "{speaker} has only {gap} min to get from {room_a} (“{a}”) "
        "to {room_b} (“{b}”); {minimum} min are planned for a change of rooms",
        ConflictKind.PLENARY_PARALLEL: "Plenary item “{a}” runs in parallel with “{b}” ({overlap})",
        ConflictKind.TOPIC_PARALLEL: "“{a}” and “{b}” on the same topic ({topic}) run in "
        "parallel ({overlap})",
        ConflictKind.UNSCHEDULED: "“{title}” is not placed yet",
    },
    "de": {
        ConflictKind.ROOM_OVERLAP: "„{a}“ und „{b}“ überschneiden sich in {room} ({overlap})",
        ConflictKind.SPEAKER_OVERLAP: "{speaker} ist gleichzeitig in „{a}“ und „{b}“ "
        "eingeplant ({overlap})",
        ConflictKind.OUTSIDE_HOURS: "„{title}“ ({when}) liegt außerhalb der Veranstaltungszeit "
        "({hours})",
        ConflictKind.ROOM_UNAVAILABLE: "„{title}“ ({when}) liegt in {room}, während der Raum "
        "nicht verfügbar ist ({windows})",
        ConflictKind.SPEAKER_UNAVAILABLE: "{speaker} ist für „{title}“ ({when}) nicht verfügbar; "
        "verfügbar: {windows}",
        ConflictKind.CAPACITY: "„{title}“ erwartet {audience} Personen, {room} fasst {capacity}",
        ConflictKind.MISSING_FEATURE: "„{title}“ braucht {features}, das fehlt in {room}",
        ConflictKind.CHANGEOVER: "{speaker} hat nur {gap} Min. für den Wechsel von {room_a} "
        "(„{a}“) nach {room_b} („{b}“); vorgesehen sind {minimum} Min.",
        ConflictKind.PLENARY_PARALLEL: "Plenumsprogramm „{a}“ läuft parallel zu „{b}“ ({overlap})",
        ConflictKind.TOPIC_PARALLEL: "„{a}“ und „{b}“ zum selben Thema ({topic}) laufen "
        "parallel ({overlap})",
        ConflictKind.UNSCHEDULED: "„{title}“ ist noch nicht eingeplant",
    },
}

_NEVER = {"en": "never", "de": "nie"}
#: Parameters that hold spans from :func:`_span` (with ISO dates on several days).
_SPAN_PARAMS = frozenset({"when", "windows", "overlap"})
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def message(conflict: Conflict, language: str = "en") -> str:
    """The conflict as a sentence in ``language`` ('de' or 'en'; others fall back to 'en')."""
    templates = _TEMPLATES.get(language[:2], _TEMPLATES["en"])
    params = dict(conflict.params)
    if params.get("windows") == "":
        params["windows"] = _NEVER.get(language[:2], "never")
    if "topic_id" in params:
        params["topic"] = topic_label(params["topic_id"], language[:2])
    if language[:2] == "de":  # German readers expect 07.10.2019, not 2019-10-07
        for key in _SPAN_PARAMS & params.keys():
            params[key] = _ISO_DATE.sub(r"\3.\2.\1", str(params[key]))
    try:
        return templates[conflict.kind].format(**params)
    except (KeyError, IndexError):
        return f"{conflict.kind.value}: {', '.join(conflict.contributions)}"


def _hm(value: datetime) -> str:
    return value.strftime("%H:%M")


def _span(start: datetime, end: datetime, with_date: bool = False) -> str:
    """'10:00–10:30', with the date once when asked ('2019-10-07 10:00–10:30'), and
    both dates only when the span crosses midnight."""
    text = f"{_hm(start)}–{_hm(end)}"
    if end.date() != start.date():
        return f"{start:%Y-%m-%d} {_hm(start)}–{end:%Y-%m-%d} {_hm(end)}"
    return f"{start:%Y-%m-%d} {text}" if with_date else text


# -- judging ----------------------------------------------------------------------------


class _Ends(dict[str, datetime]):
    """End of each placed contribution by id, computed when first asked for: a full
    check asks for all of them, judging one moved placement only for its neighbours."""

    def __init__(self, plan: Plan) -> None:
        super().__init__()
        self._plan = plan

    def __missing__(self, cid: str) -> datetime:
        placement = self._plan.placements_by_id[cid]
        duration = self._plan.contributions_by_id[cid].duration
        end = self[cid] = placement.start + timedelta(minutes=duration)
        return end


class _Context:
    """What judging needs, computed once per check: intervals and lookups."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.contribution = plan.contributions_by_id
        self.room = plan.rooms_by_id
        self.speaker = plan.speakers_by_id
        self.multi_day = len(plan.event.days) > 1
        self.changeover = timedelta(minutes=plan.event.changeover_minutes)
        self.end = _Ends(plan)

    def title(self, cid: str) -> str:
        return self.contribution[cid].title

    def room_name(self, rid: str) -> str:
        room = self.room.get(rid)
        return room.name if room else rid

    def speaker_name(self, sid: str) -> str:
        speaker = self.speaker.get(sid)
        return speaker.name if speaker else sid

    def when(self, p: Placement) -> str:
        return _span(p.start, self.end[p.contribution], self.multi_day)


def _single_conflicts(ctx: _Context, p: Placement) -> list[Conflict]:
    """Conflicts of one placement on its own."""
    found: list[Conflict] = []
    cid = p.contribution
    c: Contribution = ctx.contribution[cid]
    start, end = p.start, ctx.end[cid]
    event = ctx.plan.event
    room = ctx.room.get(p.room)
    title = c.title

    outside = start.date() not in event.days
    if not outside:
        day_start, day_end = event.day_bounds(start.date())
        outside = start < day_start or end > day_end
    if outside:
        hours = f"{event.day_start:%H:%M}–{event.day_end:%H:%M}"
        found.append(
            Conflict(
                ConflictKind.OUTSIDE_HOURS,
                (cid,),
                room=p.room,
                params={"title": title, "when": _span(start, end, True), "hours": hours},
            )
        )
    if room is not None:
        blocked = [w for w in room.unavailable if w.overlaps(start, end)]
        if blocked:
            found.append(
                Conflict(
                    ConflictKind.ROOM_UNAVAILABLE,
                    (cid,),
                    room=p.room,
                    params={
                        "title": title,
                        "when": ctx.when(p),
                        "room": room.name,
                        "windows": ", ".join(_span(w.start, w.end, ctx.multi_day) for w in blocked),
                    },
                )
            )
        if c.audience is not None and room.capacity is not None and c.audience > room.capacity:
            found.append(
                Conflict(
                    ConflictKind.CAPACITY,
                    (cid,),
                    room=p.room,
                    params={
                        "title": title,
                        "audience": c.audience,
                        "room": room.name,
                        "capacity": room.capacity,
                    },
                )
            )
        missing = [need for need in c.needs if need not in room.features]
        if missing:
            found.append(
                Conflict(
                    ConflictKind.MISSING_FEATURE,
                    (cid,),
                    room=p.room,
                    params={"title": title, "features": ", ".join(missing), "room": room.name},
                )
            )
    for sid in c.speakers:
        speaker = ctx.speaker.get(sid)
        if speaker is None or speaker.is_available(start, end):
            continue
        windows = speaker.available or ()
        found.append(
            Conflict(
                ConflictKind.SPEAKER_UNAVAILABLE,
                (cid,),
                speaker=sid,
                params={
                    "title": title,
                    "when": ctx.when(p),
                    "speaker": speaker.name,
                    "windows": ", ".join(_span(w.start, w.end, ctx.multi_day) for w in windows),
                },
            )
        )
    return found


def _pair_conflicts(ctx: _Context, p: Placement, q: Placement) -> list[Conflict]:
    """Every conflict between two different placements (in either order)."""
    if q.contribution < p.contribution:
        p, q = q, p
    a, b = ctx.contribution[p.contribution], ctx.contribution[q.contribution]
    a_end, b_end = ctx.end[a.id], ctx.end[b.id]
    ids = (a.id, b.id)
    overlap = p.start < b_end and q.start < a_end
    found: list[Conflict] = []
    if overlap:
        shared = [sid for sid in a.speakers if sid in b.speakers]
        topic = a.topic if a.topic is not None and a.topic == b.topic else None
        if not (p.room == q.room or shared or topic or a.is_plenary or b.is_plenary):
            return found  # parallel and fine: most pairs in a big plan, so no message text
        span = _span(max(p.start, q.start), min(a_end, b_end), ctx.multi_day)
        pair = {"a": a.title, "b": b.title, "overlap": span}
        if p.room == q.room:
            found.append(
                Conflict(
                    ConflictKind.ROOM_OVERLAP,
                    ids,
                    room=p.room,
                    params={**pair, "room": ctx.room_name(p.room)},
                )
            )
        for sid in shared:
            found.append(
                Conflict(
                    ConflictKind.SPEAKER_OVERLAP,
                    ids,
                    speaker=sid,
                    params={**pair, "speaker": ctx.speaker_name(sid)},
                )
            )
        if a.is_plenary or b.is_plenary:
            first, second = (a, b) if a.is_plenary else (b, a)
            found.append(
                Conflict(
                    ConflictKind.PLENARY_PARALLEL,
                    ids,
                    params={"a": first.title, "b": second.title, "overlap": span},
                )
            )
        if topic is not None:
            found.append(
                Conflict(
                    ConflictKind.TOPIC_PARALLEL,
                    ids,
                    params={**pair, "topic_id": topic, "topic": topic.value},
                )
            )
    elif p.room != q.room and ctx.changeover:
        earlier, later = (p, q) if p.start < q.start else (q, p)
        gap = later.start - ctx.end[earlier.contribution]
        if gap < ctx.changeover:
            shared = [s for s in a.speakers if s in b.speakers]
            for sid in shared:
                found.append(
                    Conflict(
                        ConflictKind.CHANGEOVER,
                        ids,
                        speaker=sid,
                        params={
                            "speaker": ctx.speaker_name(sid),
                            "gap": int(gap.total_seconds() // 60),
                            "a": ctx.title(earlier.contribution),
                            "b": ctx.title(later.contribution),
                            "room_a": ctx.room_name(earlier.room),
                            "room_b": ctx.room_name(later.room),
                            "minimum": ctx.plan.event.changeover_minutes,
                        },
                    )
                )
    return found


def _unscheduled(c: Contribution) -> Conflict:
    return Conflict(ConflictKind.UNSCHEDULED, (c.id,), params={"title": c.title})


def _sweep_pairs(
    placements: list[Placement], ends: Mapping[str, datetime], reach: timedelta
) -> Iterable[tuple[Placement, Placement]]:
    """Pairs whose intervals overlap or lie less than ``reach`` apart, from a start-sorted list."""
    for i, p in enumerate(placements):
        end = ends[p.contribution]
        for q in placements[i + 1 :]:
            # A difference of two datetimes cannot overflow; ``end + reach`` can (year 9999).
            if q.start - end >= reach:
                break
            yield p, q


def check(plan: Plan) -> list[Conflict]:
    """Every conflict in the plan, sorted by severity, kind and contributions."""
    ctx = _Context(plan)
    by_start = sorted(plan.schedule, key=lambda p: (p.start, p.contribution))
    found: list[Conflict] = []
    for p in by_start:
        found.extend(_single_conflicts(ctx, p))

    by_room: dict[str, list[Placement]] = defaultdict(list)
    by_speaker: dict[str, list[Placement]] = defaultdict(list)
    by_topic: dict[str, list[Placement]] = defaultdict(list)
    plenary: list[Placement] = []
    for p in by_start:
        c = ctx.contribution[p.contribution]
        by_room[p.room].append(p)
        for sid in c.speakers:
            by_speaker[sid].append(p)
        if c.topic is not None:
            by_topic[c.topic].append(p)
        if c.is_plenary:
            plenary.append(p)

    candidates: dict[tuple[str, str], tuple[Placement, Placement]] = {}

    def add(pairs: Iterable[tuple[Placement, Placement]]) -> None:
        for p, q in pairs:
            key = (p.contribution, q.contribution)
            if key[1] < key[0]:
                key = (key[1], key[0])
            candidates.setdefault(key, (p, q))

    zero = timedelta(0)
    for group in by_room.values():
        add(_sweep_pairs(group, ctx.end, zero))
    for group in by_topic.values():
        add(_sweep_pairs(group, ctx.end, zero))
    for group in by_speaker.values():
        add(_sweep_pairs(group, ctx.end, max(ctx.changeover, zero)))
    if plenary:
        starts = [p.start for p in by_start]
        longest = _longest_duration(plan)
        for p in plenary:
            lo = bisect_left(starts, p.start - longest) if p.start - datetime.min > longest else 0
            hi = bisect_left(starts, ctx.end[p.contribution])
            add((p, q) for q in by_start[lo:hi] if q is not p and ctx.end[q.contribution] > p.start)
    for p, q in candidates.values():
        found.extend(_pair_conflicts(ctx, p, q))

    found.extend(_unscheduled(c) for c in plan.unscheduled)
    found.sort(key=Conflict.sort_key)
    return found


def conflicts_of(plan: Plan, contribution_id: str) -> list[Conflict]:
    """Every conflict that involves one contribution, judged against the whole plan."""
    if contribution_id not in plan.contributions_by_id:
        return []
    placement = plan.placement(contribution_id)
    if placement is None:
        return [_unscheduled(plan.contribution(contribution_id))]
    ctx = _Context(plan)
    found = _single_conflicts(ctx, placement)
    start, end = placement.start, ctx.end[contribution_id]
    # Every pair conflict needs the two to overlap or to lie less than the changeover
    # apart; judging only those keeps this cheap on big plans (differences, not sums,
    # so times near year 9999 cannot overflow).
    reach = max(ctx.changeover, timedelta(0))
    longest = _longest_duration(plan)
    for other in plan.schedule:
        if (
            other.start - end < reach
            and start - other.start < longest + reach  # else it ended long before
            and other.contribution != contribution_id
            and start - ctx.end[other.contribution] < reach
        ):
            found.extend(_pair_conflicts(ctx, placement, other))
    found.sort(key=Conflict.sort_key)
    return found


_longest_memo: tuple[tuple[Contribution, ...], timedelta] | None = None


def _longest_duration(plan: Plan) -> timedelta:
    """The longest duration in the plan. Moving placements keeps the contributions
    tuple itself, so while dragging this is computed once, not once per move."""
    global _longest_memo
    memo = _longest_memo
    if memo is not None and memo[0] is plan.contributions:
        return memo[1]
    longest = timedelta(minutes=max((c.duration for c in plan.contributions), default=0))
    _longest_memo = (plan.contributions, longest)
    return longest


def recheck(plan: Plan, previous: Iterable[Conflict], changed: Iterable[str]) -> list[Conflict]:
    """The conflicts of ``plan``, given those of the plan before and what changed since.

    ``previous`` is the list :func:`check` or :func:`recheck` returned for the plan
    before (it must be in their order). ``changed`` names the contributions whose
    placement or own fields changed (or that were added or removed). Changes to rooms,
    speakers or the event affect many contributions: call :func:`check` for those.
    """
    changed_ids = set(changed)
    result = [c for c in previous if changed_ids.isdisjoint(c.contributions)]
    fresh: dict[Conflict, None] = {}
    for cid in sorted(changed_ids):
        for conflict in conflicts_of(plan, cid):
            fresh.setdefault(conflict, None)
    # Insert the few fresh findings into the sorted rest instead of sorting thousands.
    for conflict in sorted(fresh, key=Conflict.sort_key):
        key = conflict.sort_key()
        result.insert(bisect_left(result, key, key=Conflict.sort_key), conflict)
    return result


def counts(conflicts: Iterable[Conflict]) -> dict[Severity, int]:
    result = dict.fromkeys(Severity, 0)
    for conflict in conflicts:
        result[conflict.severity] += 1
    return result
