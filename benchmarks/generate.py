"""Generate conference-scale plans for the benchmarks (and for trying the GUI on big plans).

The plans look like a real multi-track conference rather than random noise: a welcome
and a keynote open each day in the plenary hall while the other rooms wait, then every
room runs contributions back to back with short gaps, a lunch break in each room,
speakers mostly available all event long. Conflicts are the exception, as in a plan
that is being worked on: speakers who got two talks at the same time by chance, a few
talks that run over, rooms that are too small or lack a beamer, a few unplaced items.

    uv run python benchmarks/generate.py --days 3 --rooms 40 --contributions 2000 \\
        --speakers 1500 -o big.agenda.json
"""

from __future__ import annotations

import argparse
import heapq
import random
import sys
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.model import (
    Contribution,
    Event,
    Kind,
    Placement,
    Plan,
    Room,
    Speaker,
    TimeWindow,
    Topic,
)

FIRST_DAY = date(2019, 10, 7)
DAY_START, DAY_END = time(8, 0), time(20, 0)
FEATURES = ("beamer", "mikrofon", "dolmetschkabine", "flipchart", "moderationskoffer")
# (kind, weight, possible durations in minutes)
KINDS: tuple[tuple[Kind, int, tuple[int, ...]], ...] = (
    (Kind.IMPULSE, 60, (15, 20, 25, 30)),
    (Kind.SESSION, 20, (45,)),
    (Kind.WORKSHOP, 5, (60,)),
    (Kind.PANEL, 5, (45,)),
    (Kind.GUEST, 5, (30,)),
    (Kind.NETWORKING, 5, (30,)),
)
GAPS = (0, 5, 5, 10)


@dataclass(frozen=True)
class Size:
    days: int = 3
    rooms: int = 40
    contributions: int = 2000
    speakers: int = 1500

    def describe(self) -> str:
        return (
            f"{self.days} days, {self.rooms} rooms, {self.contributions} contributions, "
            f"{self.speakers} speakers"
        )


def generate(size: Size, seed: int = 2019) -> Plan:
    """A plan of ``size``; the same seed gives the same plan."""
    rnd = random.Random(seed)
    days = tuple(FIRST_DAY + timedelta(days=i) for i in range(size.days))
    event = Event(
        title=f"Generated conference ({size.describe()})",
        timezone="Europe/Berlin",
        days=days,
        day_start=DAY_START,
        day_end=DAY_END,
        venue="Messe",
        changeover_minutes=10,
    )
    rooms = [_room(rnd, i, days) for i in range(size.rooms)]
    speakers = [_speaker(rnd, i, days) for i in range(size.speakers)]

    contributions: list[Contribution] = []
    opening: list[Contribution] = []
    for d in range(size.days):
        for cid, kind, title in (
            (f"welcome-{d}", Kind.WELCOME, "Begrüßung"),
            (f"keynote-{d}", Kind.KEYNOTE, "Keynote"),
        ):
            c = Contribution(
                cid, f"{title} Tag {d + 1}", kind, 30, speakers=(f"s{d % size.speakers}",)
            )
            opening.append(c)
    body_count = max(0, size.contributions - len(opening))
    for i in range(body_count):
        contributions.append(_contribution(rnd, i, size.speakers))
    contributions.sort(key=lambda c: c.id)

    schedule = _schedule(rnd, event, rooms, opening, contributions)
    speakers = _fit_availability(speakers, schedule, opening + contributions)
    return Plan(
        event=event,
        rooms=tuple(rooms),
        speakers=tuple(speakers),
        contributions=tuple(opening + contributions),
        schedule=tuple(schedule),
    )


def _room(rnd: random.Random, i: int, days: tuple[date, ...]) -> Room:
    if i == 0:
        return Room("r0", "Plenarsaal", capacity=2000, features=FEATURES)
    unavailable: tuple[TimeWindow, ...] = ()
    if rnd.random() < 0.05:  # blocked for an hour on one day (set-up, cleaning)
        start = datetime.combine(rnd.choice(days), time(rnd.randrange(9, 17)))
        unavailable = (TimeWindow(start, start + timedelta(hours=1)),)
    features = tuple(f for f in FEATURES if f == "beamer" or rnd.random() < 0.7)
    if rnd.random() < 0.05:
        features = features[1:]  # the odd room without a beamer
    return Room(
        f"r{i}",
        f"Raum {i}",
        capacity=rnd.choice((40, 60, 80, 120, 200)),
        features=features,
        unavailable=unavailable,
    )


def _speaker(rnd: random.Random, i: int, days: tuple[date, ...]) -> Speaker:
    available = None
    if rnd.random() < 0.1:  # travels in: available on one day only, from late morning
        day = rnd.choice(days)
        available = (TimeWindow(datetime.combine(day, time(10)), datetime.combine(day, time(17))),)
    return Speaker(
        f"s{i}", f"Referent:in {i}", language=rnd.choice(("de", "de", "en")), available=available
    )


def _contribution(rnd: random.Random, i: int, speaker_count: int) -> Contribution:
    kind, _, durations = rnd.choices(KINDS, weights=[k[1] for k in KINDS])[0]
    n_speakers = 0 if kind is Kind.NETWORKING else rnd.choice((1, 1, 1, 2))
    speakers = tuple(dict.fromkeys(f"s{rnd.randrange(speaker_count)}" for _ in range(n_speakers)))
    topic = rnd.choice(tuple(Topic)) if rnd.random() < 0.1 else None
    return Contribution(
        id=f"c{i:05d}",
        title=f"{kind.value.title()} {i}",
        kind=kind,
        duration=rnd.choice(durations),
        topic=topic,
        speakers=speakers,
        audience=rnd.choice((20, 25, 30, 35, 40)) if rnd.random() < 0.98 else 150,
        needs=("beamer",) if rnd.random() < 0.4 else (),
    )


def _schedule(
    rnd: random.Random,
    event: Event,
    rooms: list[Room],
    opening: list[Contribution],
    contributions: list[Contribution],
) -> list[Placement]:
    """Fill every room of every day from the morning on; what does not fit stays unplaced."""
    placements: list[Placement] = []
    free: list[tuple[datetime, int, str]] = []  # (next free minute, tie-break, room id)
    lunch = {(d, r.id): False for d in event.days for r in rooms}
    for d, day in enumerate(event.days):
        start, _ = event.day_bounds(day)
        welcome, keynote = opening[2 * d], opening[2 * d + 1]
        placements.append(Placement(welcome.id, "r0", start))
        placements.append(Placement(keynote.id, "r0", start + timedelta(minutes=30)))
        after_opening = start + timedelta(minutes=60)
        for k, room in enumerate(rooms):
            heapq.heappush(free, (after_opening, len(free) + k, room.id))
    for c in contributions:
        if rnd.random() < 0.03:
            continue  # a few contributions are not placed yet
        while free:
            at, tie, room_id = heapq.heappop(free)
            day = at.date()
            if not lunch[(day, room_id)] and at.hour >= 12:
                lunch[(day, room_id)] = True
                at += timedelta(minutes=60)
            end = at + timedelta(minutes=c.duration)
            closing = event.day_bounds(day)[1]
            if end > closing and (closing - at < timedelta(minutes=10) or rnd.random() < 0.9):
                continue  # this room is full for the day (now and then a talk runs over)
            start = at
            if rnd.random() < 0.01:  # runs over: starts before the previous one ended
                start -= timedelta(minutes=10)
            placements.append(Placement(c.id, room_id, start))
            heapq.heappush(free, (end + timedelta(minutes=rnd.choice(GAPS)), tie, room_id))
            break
    return placements


def _fit_availability(
    speakers: list[Speaker], schedule: list[Placement], contributions: list[Contribution]
) -> list[Speaker]:
    """Speakers who travel in are there on the day of their first talk (organisers plan
    around that); talks on other days then show up as speaker-unavailable."""
    by_id = {c.id: c for c in contributions}
    first_day: dict[str, date] = {}
    for p in sorted(schedule, key=lambda p: p.start):
        for sid in by_id[p.contribution].speakers:
            first_day.setdefault(sid, p.start.date())
    result = []
    for s in speakers:
        if s.available is not None and s.id in first_day:
            day = first_day[s.id]
            window = TimeWindow(datetime.combine(day, DAY_START), datetime.combine(day, DAY_END))
            s = replace(s, available=(window,))
        result.append(s)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--rooms", type=int, default=40)
    parser.add_argument("--contributions", type=int, default=2000)
    parser.add_argument("--speakers", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("-o", "--output", required=True, help="the .agenda.json file to write")
    args = parser.parse_args(argv)
    from planner.storage import save_plan

    size = Size(args.days, args.rooms, args.contributions, args.speakers)
    plan = generate(size, args.seed)
    save_plan(plan, args.output, backup=False)
    print(f"{args.output}: {size.describe()}, {len(plan.schedule)} placed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
