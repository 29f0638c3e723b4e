"""VTIMEZONE components written the way Outlook and Google Calendar write theirs.

Outlook does not trust a VTIMEZONE's TZID; it matches the component's *rules* against
its Windows zones. Given one STANDARD and one DAYLIGHT observance with a yearly
``RRULE`` (``FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU``) it finds "W. Europe Standard Time";
given the long ``RDATE`` lists that ``icalendar``'s ``add_missing_timezones()`` writes
it is known to pick a wrong zone and shift summer-time events by an hour. So we derive
the yearly rule from the zone's real transitions (``zoneinfo``), check that the rule
reproduces them around the years the plan uses, and only fall back to explicit
``DTSTART``/``RDATE`` observances when no yearly rule fits (listing the ``DTSTART``
among the ``RDATE`` values too, which RFC 5545 allows and which readers that take
onsets from ``RDATE`` alone, like the ``ical`` package, need) (Morocco's Ramadan
switches, Israel's "Friday before the last Sunday"). A zone without daylight saving in
those years gets a single STANDARD observance.

Observance ``DTSTART`` values are local times in the offset *before* the switch, as
RFC 5545 says: for Europe/Berlin DAYLIGHT starts on the last Sunday of March at 02:00
and STANDARD on the last Sunday of October at 03:00. The first onset lies in the year
before the plan's first year, so events in January are covered too.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_STEP = timedelta(hours=6)
#: The years the rules are derived from reach a few years beyond the plan's (see
#: :func:`yearly_rules`); plan years nearer the ends of ``datetime``'s range than this
#: are taken as the nearest year that leaves room (no zone has real rules there anyway).
_MARGIN = 10


@dataclass(frozen=True)
class Transition:
    """One change of a zone's UTC offset."""

    utc: datetime
    #: Wall-clock time of the switch in the offset before it (naive).
    local: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    dst: bool


def _positive_dst(aware: datetime) -> bool:
    """Summer time in the usual sense (Dublin's and Casablanca's negative DST is not)."""
    return (aware.dst() or timedelta(0)) > timedelta(0)


def _offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    return instant.astimezone(zone).utcoffset() or timedelta(0)


@lru_cache(maxsize=256)
def transitions(zone: ZoneInfo, year: int) -> tuple[Transition, ...]:
    """The zone's offset changes whose wall-clock time (before the switch) falls in ``year``."""
    start = datetime(year, 1, 1, tzinfo=UTC) - timedelta(days=1)
    stop = datetime(year + 1, 1, 1, tzinfo=UTC) + timedelta(days=1)
    found = []
    t, before = start, _offset(zone, start)
    while t < stop:
        nxt = t + _STEP
        after = _offset(zone, nxt)
        if after != before:
            lo, hi = t, nxt  # the switch happens in (lo, hi]; narrow it down to the second
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if mid <= lo:
                    break
                if _offset(zone, mid) == before:
                    lo = mid
                else:
                    hi = mid
            local = (hi + before).replace(tzinfo=None)
            aware = hi.astimezone(zone)
            if local.year == year:
                found.append(
                    Transition(hi, local, before, after, aware.tzname() or "", _positive_dst(aware))
                )
        t, before = nxt, after
    return tuple(found)


def _tokens(day: datetime) -> list[str]:
    """BYDAY values that describe ``day`` within its month: ``-1SU`` and/or ``4SU``."""
    weekday = _WEEKDAYS[day.weekday()]
    result = []
    if day.day + 7 > calendar.monthrange(day.year, day.month)[1]:
        result.append(f"-1{weekday}")
    nth = (day.day - 1) // 7 + 1
    if nth <= 4:
        result.append(f"{nth}{weekday}")
    return result


def occurrence(year: int, month: int, token: str) -> int:
    """Day of the month that a BYDAY value like ``-1SU`` or ``2SU`` selects in ``year``."""
    nth, weekday = int(token[:-2]), _WEEKDAYS.index(token[-2:])
    days = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if calendar.weekday(year, month, d) == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


@dataclass(frozen=True)
class YearlyRule:
    """One observance as Outlook writes it: a month, a BYDAY value and a local time."""

    month: int
    byday: str
    at: timedelta  # time of day of the switch, local time before it
    offset_from: timedelta
    offset_to: timedelta
    name: str

    def onset(self, year: int) -> datetime:
        day = occurrence(year, self.month, self.byday)
        return datetime(year, self.month, day) + self.at


def _shape(t: Transition) -> tuple[int, timedelta, timedelta, timedelta]:
    at = t.local - t.local.replace(hour=0, minute=0, second=0)
    return t.local.month, at, t.offset_from, t.offset_to


def _fit(zone: ZoneInfo, years: range, index: int, shape: tuple, token: str) -> tuple[int, bool]:
    """How many of ``years`` the rule ``token`` fits; a ``-1`` rule wins ties."""
    hits = 0
    for year in years:
        ts = transitions(zone, year)
        if len(ts) == 2 and _shape(ts[index]) == shape and token in _tokens(ts[index].local):
            hits += 1
    return hits, token.startswith("-1")


def yearly_rules(zone: ZoneInfo, years: Iterable[int]) -> list[YearlyRule] | None:
    """Two yearly rules reproducing the zone's switches, or ``None`` when none fit.

    The rules must reproduce every transition of the plan's years and of the year
    before and after (so they are the zone's rules, not a coincidence of one year);
    between ``-1SU`` and ``4SU`` the one that also fits more of the surrounding
    decade wins, ``-1`` on a tie.
    """
    wanted = sorted(set(years))
    checked = range(wanted[0] - 1, wanted[-1] + 2)
    per_year = {y: transitions(zone, y) for y in checked}
    first = per_year[wanted[0]]
    if len(first) != 2 or any(len(ts) != 2 for ts in per_year.values()):
        return None
    rules = []
    for index, model in enumerate(first):
        shape = _shape(model)
        candidates = set(_tokens(model.local))
        for ts in per_year.values():
            if _shape(ts[index]) != shape:
                return None
            candidates &= set(_tokens(ts[index].local))
        if not candidates:
            return None

        token = min(candidates)
        if len(candidates) > 1:
            around = range(wanted[0] - 6, wanted[-1] + 7)
            token = max(sorted(candidates), key=lambda t: _fit(zone, around, index, shape, t))
        month, at, off_from, off_to = shape
        rules.append(YearlyRule(month, token, at, off_from, off_to, model.name))
    if rules[0].offset_to == rules[1].offset_to:
        return None
    return rules


def _offset_component(
    component: TimezoneStandard | TimezoneDaylight, frm: timedelta, to: timedelta, name: str | None
) -> None:
    component.add("tzoffsetfrom", frm)
    component.add("tzoffsetto", to)
    if name:
        component.add("tzname", name)


def vtimezone(tzid: str, years: Iterable[int]) -> Timezone:
    """The VTIMEZONE for ``tzid`` (an IANA name) valid for events in ``years``."""
    zone = ZoneInfo(tzid)
    wanted = sorted({min(max(y, MINYEAR + _MARGIN), MAXYEAR - _MARGIN) for y in years})
    result = Timezone()
    result.add("tzid", tzid)
    rules = yearly_rules(zone, wanted)
    if rules is not None:
        for rule in sorted(rules, key=lambda r: r.offset_to):
            daylight = rule.offset_to == max(r.offset_to for r in rules)
            component = TimezoneDaylight() if daylight else TimezoneStandard()
            component.add("dtstart", rule.onset(wanted[0] - 1))
            component.add("rrule", {"freq": "yearly", "bymonth": rule.month, "byday": rule.byday})
            _offset_component(component, rule.offset_from, rule.offset_to, rule.name)
            result.add_component(component)
        return result
    changes = [t for y in range(wanted[0] - 1, wanted[-1] + 1) for t in transitions(zone, y)]
    begin = datetime(wanted[0] - 1, 1, 1)
    initial = begin.replace(tzinfo=zone)
    offset = initial.utcoffset() or timedelta(0)
    first = TimezoneDaylight() if changes and _positive_dst(initial) else TimezoneStandard()
    first.add("dtstart", begin)
    if changes:
        first.add("rdate", begin)
    _offset_component(first, offset, offset, initial.tzname())
    result.add_component(first)
    groups: dict[tuple, list[Transition]] = {}
    for t in changes:
        groups.setdefault((t.offset_from, t.offset_to, t.name, t.dst), []).append(t)
    for (frm, to, name, dst), items in groups.items():
        component = TimezoneDaylight() if dst else TimezoneStandard()
        component.add("dtstart", items[0].local)
        for item in items:  # the first again: some readers take onsets from RDATE alone
            component.add("rdate", item.local)
        _offset_component(component, frm, to, name)
        result.add_component(component)
    return result
