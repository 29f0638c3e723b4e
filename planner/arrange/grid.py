"""The event's time grid as integers, and the start domains auto-arrange derives from it.

The solver sees one timeline for the whole event. Day ``d`` begins at step
``d * span`` where ``span`` steps are longer than the day plus the changeover, so
contributions on different days can never overlap or come too close, and a single
NoOverlap per room and per speaker covers all days. A start is a step index ``s``
(minute ``s * step`` of the timeline); the grid starts at ``day_start`` every day.

Everything that is fixed while solving — opening hours, speakers' availability, pinned
or kept placements, rooms' unavailable windows, the changeover to a fixed placement in
another room — becomes a *start domain* (a :class:`Domain` of allowed step indices)
instead of a constraint. That keeps the model small and means fixed placements that
already conflict with each other can never make the model infeasible.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta

from ortools.sat.python.cp_model import Domain

from planner.model import Event, TimeWindow

EMPTY = Domain.from_values([])


class Grid:
    """Conversions between wall-clock times and step indices for one event."""

    def __init__(self, event: Event, step: int) -> None:
        if step < 1:
            raise ValueError("step must be at least one minute")
        self.event = event
        self.step = step
        self.days = tuple(sorted(event.days))
        self.day_index = {d: i for i, d in enumerate(self.days)}
        self.day_minutes = event.day_minutes
        gap = max(event.changeover_minutes, 0) + 1
        self.span = math.ceil((self.day_minutes + gap) / step)
        self.changeover = max(event.changeover_minutes, 0)

    # -- conversions ------------------------------------------------------------------
    @property
    def horizon(self) -> int:
        """One past the largest step index any start can take."""
        return len(self.days) * self.span

    def to_datetime(self, s: int) -> datetime:
        day, offset = divmod(s, self.span)
        start, _ = self.event.day_bounds(self.days[day])
        return start + timedelta(minutes=offset * self.step)

    def to_step(self, when: datetime) -> int | None:
        """The step index of ``when``, or ``None`` when it is not on the grid of a day."""
        d = self.day_index.get(when.date())
        if d is None:
            return None
        start, _ = self.event.day_bounds(self.days[d])
        minutes = (when - start).total_seconds() / 60
        if minutes < 0 or minutes % self.step or minutes > self.day_minutes:
            return None
        return d * self.span + int(minutes) // self.step

    def pieces(self, start: datetime, end: datetime) -> Iterator[tuple[int, int, int]]:
        """``(day index, first minute, end minute)`` of [start, end) clipped to each day's hours."""
        for d, day in enumerate(self.days):
            day_start, day_end = self.event.day_bounds(day)
            lo, hi = max(start, day_start), min(end, day_end)
            if lo < hi:
                yield (
                    d,
                    int((lo - day_start).total_seconds() // 60),
                    math.ceil((hi - day_start).total_seconds() / 60),
                )

    # -- domains ------------------------------------------------------------------------
    def hours(self, duration: int) -> Domain:
        """Every start at which a contribution of ``duration`` minutes fits into a day."""
        last = (self.day_minutes - duration) // self.step
        if last < 0:
            return EMPTY
        starts = [d * self.span for d in range(len(self.days))]
        return Domain.from_intervals([[s, s + last] for s in starts])

    def within(self, windows: Iterable[TimeWindow], duration: int) -> Domain:
        """Starts at which [start, start + duration) lies inside ``windows`` (touching
        windows count as one stretch, as in :meth:`planner.model.Speaker.is_available`)."""
        intervals = []
        for w in merged(windows):
            for d, a, b in self.pieces(w.start, w.end):
                lo = math.ceil(a / self.step)
                hi = (b - duration) // self.step
                if lo <= hi:
                    intervals.append([d * self.span + lo, d * self.span + hi])
        return Domain.from_intervals(intervals) if intervals else EMPTY

    def blocked(self, start: datetime, end: datetime, duration: int, gap: int = 0) -> Domain:
        """Starts at which [s, s + duration) would come closer than ``gap`` to [start, end)."""
        intervals = []
        for d, a, b in self.pieces(start, end):
            lo = math.ceil((a - gap - duration + 1) / self.step)
            hi = (b + gap - 1) // self.step
            intervals.append([d * self.span + lo, d * self.span + hi])
        return Domain.from_intervals(intervals) if intervals else EMPTY

    def window_text(self, windows: Iterable[TimeWindow]) -> str:
        """'10:30–15:00' (with dates when the event has several days)."""
        multi = len(self.days) > 1
        parts = []
        for w in merged(windows):
            if w.end.date() != w.start.date():
                parts.append(f"{w.start:%Y-%m-%d %H:%M}–{w.end:%Y-%m-%d %H:%M}")
            elif multi:
                parts.append(f"{w.start:%Y-%m-%d %H:%M}–{w.end:%H:%M}")
            else:
                parts.append(f"{w.start:%H:%M}–{w.end:%H:%M}")
        return ", ".join(parts)


def merged(windows: Iterable[TimeWindow]) -> list[TimeWindow]:
    """The windows with touching or overlapping ones joined, in time order."""
    result: list[TimeWindow] = []
    for w in sorted(windows, key=lambda w: (w.start, w.end)):
        if result and w.start <= result[-1].end:
            if w.end > result[-1].end:
                result[-1] = TimeWindow(result[-1].start, w.end)
        else:
            result.append(w)
    return result


def without(domain: Domain, removed: Domain) -> Domain:
    return domain.intersection_with(removed.complement())


def values(domain: Domain) -> Iterator[int]:
    flat = domain.flattened_intervals()
    for i in range(0, len(flat), 2):
        yield from range(flat[i], flat[i + 1] + 1)
