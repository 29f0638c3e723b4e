"""What the iCalendar export remembers in the plan file: UID namespace and SEQUENCE.

Calendar clients recognise an event they already have by its ``UID`` and accept the
new version only when its ``SEQUENCE`` is higher. So the plan keeps, under the
top-level key ``"ical"`` (which the plan file loader preserves as an unknown key in
``Plan.extra``)::

    "ical": {
      "calendar": "5f0c…-uuid",
      "contributions": {"c7": {"sequence": 2, "fingerprint": "3a9f…"}}
    }

``calendar`` is a random UUID made at the first export; every UID of the plan ends in
it, so two plans never share UIDs while one plan's UIDs never change. A contribution's
``fingerprint`` hashes everything its event shows (time, room, title, speakers, …); when
it differs from the one stored at the previous export, ``sequence`` grows by one.

The state is read defensively: anything malformed (hand edits, another program) is
dropped and rebuilt instead of failing the export. See docs/file-format.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote, unquote

from planner.model import Plan

KEY = "ical"
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
UID_DOMAIN = "agenda-planner"


@dataclass(frozen=True)
class Revision:
    sequence: int
    fingerprint: str


@dataclass(frozen=True)
class ExportState:
    calendar: str
    contributions: Mapping[str, Revision] = field(default_factory=dict)
    #: Keys inside ``"ical"`` this version does not know; written back unchanged.
    extra: Mapping[str, Any] = field(default_factory=dict)

    def sequence(self, contribution_id: str) -> int:
        revision = self.contributions.get(contribution_id)
        return revision.sequence if revision else 0

    def uid(self, contribution_id: str) -> str:
        return contribution_uid(contribution_id, self.calendar)


def contribution_uid(contribution_id: str, calendar: str) -> str:
    """``<id, percent-encoded>-<calendar uuid>@agenda-planner``: stable and reversible."""
    return f"{quote(contribution_id, safe='')}-{calendar}@{UID_DOMAIN}"


def parse_uid(uid: str) -> tuple[str, str] | None:
    """``(contribution id, calendar uuid)`` of a UID we wrote, else ``None``."""
    suffix = f"@{UID_DOMAIN}"
    if not uid.endswith(suffix) or len(uid) < len(suffix) + 38:
        return None
    body = uid[: -len(suffix)]
    encoded, calendar = body[:-37], body[-36:]
    if body[-37] != "-" or _valid_uuid(calendar) is None or not encoded:
        return None
    try:
        return unquote(encoded, errors="strict"), calendar
    except UnicodeDecodeError:
        return None


def _valid_uuid(value: Any) -> str | None:
    if isinstance(value, str) and _UUID_RE.fullmatch(value):
        return value
    return None


def read_state(plan: Plan) -> ExportState | None:
    """The stored state, or ``None`` when there is none or its calendar id is unusable."""
    raw = plan.extra.get(KEY)
    if not isinstance(raw, dict):
        return None
    calendar = _valid_uuid(raw.get("calendar"))
    if calendar is None:
        return None  # without the old UIDs, old sequence numbers mean nothing
    revisions: dict[str, Revision] = {}
    entries = raw.get("contributions")
    if isinstance(entries, dict):
        for cid, entry in entries.items():
            if not isinstance(entry, dict):
                continue
            seq, fingerprint = entry.get("sequence"), entry.get("fingerprint")
            if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
                continue
            if not isinstance(fingerprint, str):
                continue
            revisions[cid] = Revision(seq, fingerprint)
    extra = {k: v for k, v in raw.items() if k not in ("calendar", "contributions")}
    return ExportState(calendar, revisions, extra)


def state_data(state: ExportState) -> dict[str, Any]:
    contributions = {
        cid: {"sequence": r.sequence, "fingerprint": r.fingerprint}
        for cid, r in state.contributions.items()
    }
    return {"calendar": state.calendar, "contributions": contributions, **state.extra}


def fingerprint(plan: Plan, contribution_id: str) -> str | None:
    """A hash of everything the contribution's event shows; ``None`` when it is not placed."""
    placement = plan.placement(contribution_id)
    if placement is None:
        return None
    c = plan.contribution(contribution_id)
    room = plan.rooms_by_id.get(placement.room)
    speakers = [plan.speakers_by_id.get(s) for s in c.speakers]
    facts = [
        placement.start.isoformat(),
        plan.end_of(placement).isoformat(),
        plan.event.timezone,
        placement.room,
        room.name if room else None,
        plan.event.venue,
        plan.event.title,
        c.title,
        c.kind.value,
        c.topic.value if c.topic else None,
        c.language,
        c.description,
        [[s.id, s.name, s.email, s.organisation] for s in speakers if s is not None],
    ]
    blob = json.dumps(facts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def updated_state(plan: Plan, *, new_calendar: str | None = None) -> ExportState:
    """The state after exporting ``plan`` now: new calendar id if needed, sequences bumped.

    Entries of contributions that are unplaced or gone are kept, so a contribution
    that comes back continues its sequence instead of restarting below what clients
    already have.
    """
    old = read_state(plan)
    if old is None:
        old = ExportState(new_calendar or str(uuid.uuid4()))
    revisions = dict(old.contributions)
    for c in plan.contributions:
        current = fingerprint(plan, c.id)
        if current is None:
            continue
        previous = revisions.get(c.id)
        if previous is None:
            revisions[c.id] = Revision(0, current)
        elif previous.fingerprint != current:
            revisions[c.id] = Revision(previous.sequence + 1, current)
    return replace(old, contributions=revisions)


def with_state(plan: Plan, state: ExportState) -> Plan:
    """``plan`` carrying ``state``; the very same plan object when nothing changed."""
    data = state_data(state)
    if plan.extra.get(KEY) == data:
        return plan
    return replace(plan, extra={**plan.extra, KEY: data})
