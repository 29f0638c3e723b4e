"""How fast the planning board opens a big plan and follows a move.

Run: ``uv run python benchmarks/bench_board.py [--placements 2000] [--moves 60]``

Prints: the time to check the plan, to build the board (view, scene, one item per
placement) and paint it the first time; per move of one block (command pushed on
the undo stack, incremental conflict check, board update and repaint); per mouse
move while dragging (ghost update); and a zoom step (full relayout). Runs offscreen.

Uses ``benchmarks/generate.py`` when it provides ``generate_plan``; otherwise a
small generator of its own: five days, twenty rooms, impulse talks of 15–30 min
with speakers who give a few talks each, some of them only there part of the day.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

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


def own_plan(placements: int, seed: int = 7) -> Plan:
    """A plan with ``placements`` placed contributions over 5 days × 20 rooms."""
    rng = random.Random(seed)
    days = tuple(date(2019, 10, 7) + timedelta(days=i) for i in range(5))
    rooms = tuple(
        Room(f"r{i}", f"Raum {i + 1}", capacity=rng.choice((30, 60, 120))) for i in range(20)
    )
    speakers = []
    for i in range(max(placements // 3, 1)):
        available = None
        if rng.random() < 0.15:
            day = rng.choice(days)
            available = (
                TimeWindow(
                    datetime.combine(day, datetime.min.time()) + timedelta(hours=10),
                    datetime.combine(day, datetime.min.time()) + timedelta(hours=15),
                ),
            )
        speakers.append(Speaker(f"s{i}", f"Referent:in {i}", available=available))
    kinds = [Kind.IMPULSE, Kind.IMPULSE, Kind.SESSION, Kind.WORKSHOP, Kind.PANEL, Kind.GUEST]
    topics = [*Topic, None]
    contributions, schedule = [], []
    slots = [(d, r) for d in days for r in rooms]
    per_cell = -(-placements // len(slots))
    n = 0
    for day, room in slots:
        minute = 9 * 60
        for _ in range(per_cell):
            if n >= placements:
                break
            duration = rng.choice((15, 20, 20, 25))
            cid = f"c{n}"
            contributions.append(
                Contribution(
                    cid,
                    f"Beitrag {n}: Digitale Verwaltung im ländlichen Raum, Teil {n % 7 + 1}",
                    rng.choice(kinds),
                    duration,
                    topic=rng.choice(topics),
                    speakers=(f"s{rng.randrange(len(speakers))}",),
                    audience=rng.choice((20, 40, 80)),
                )
            )
            start = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute)
            schedule.append(Placement(cid, room.id, start))
            minute += duration + rng.choice((0, 0, 5))
            n += 1
    event = Event(
        "Benchmark",
        "Europe/Berlin",
        days,
        datetime.strptime("09:00", "%H:%M").time(),
        datetime.strptime("17:00", "%H:%M").time(),
        changeover_minutes=10,
    )
    return Plan(event, rooms, tuple(speakers), tuple(contributions), tuple(schedule))


def make_plan(placements: int) -> Plan:
    try:
        from benchmarks.generate import generate_plan  # type: ignore[import-not-found]
    except ImportError:
        return own_plan(placements)
    try:
        return generate_plan(placements)
    except TypeError:
        return own_plan(placements)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--placements", type=int, default=2000)
    parser.add_argument("--moves", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    from planner.gui import commands
    from planner.gui.document import PlanDocument
    from planner.gui.timeline import TimelineView

    plan = make_plan(args.placements)
    print(
        f"plan: {len(plan.schedule)} placements, {len(plan.rooms)} rooms, "
        f"{len(plan.event.days)} days, {len(plan.speakers)} speakers"
    )

    t0 = time.perf_counter()
    document = PlanDocument(plan)
    t1 = time.perf_counter()
    view = TimelineView(document)
    view.resize(1400, 900)
    t2 = time.perf_counter()
    view.show()
    app.processEvents()
    t3 = time.perf_counter()
    print(f"full conflict check ({len(document.conflicts)} conflicts): {ms(t1 - t0)}")
    print(f"build board (view + scene + items):        {ms(t2 - t1)}")
    print(f"show and first paint:                       {ms(t3 - t2)}")
    print(f"open total:                                 {ms(t3 - t0)}")

    view.set_zoom(1.0)
    app.processEvents()
    rng = random.Random(1)
    placed = [p.contribution for p in plan.schedule]
    geometry = view.board_geometry()
    push_times, total_times = [], []
    for _ in range(args.moves):
        cid = rng.choice(placed)
        placement = document.plan.placement(cid)
        room = rng.choice(document.plan.rooms).id
        start = placement.start.replace(hour=rng.randrange(9, 16), minute=rng.randrange(0, 60, 5))
        view.select_contributions([cid])  # scrolls there, as a user would be looking at it
        app.processEvents()
        a = time.perf_counter()
        document.undo_stack.push(commands.move(document, cid, room, start))
        b = time.perf_counter()
        app.processEvents()
        c = time.perf_counter()
        push_times.append(b - a)
        total_times.append(c - a)
    print(
        f"move one block: command + recheck + items   median {ms(statistics.median(push_times))}"
        f", max {ms(max(push_times))}"
    )
    print(
        f"move one block incl. repaint                median {ms(statistics.median(total_times))}"
        f", max {ms(max(total_times))}"
    )

    cid = placed[len(placed) // 2]
    view.select_contributions([cid])
    app.processEvents()
    item = view.block_item(cid)
    rect = item.sceneBoundingRect()
    start_point = view.mapFromScene(QPointF(rect.center().x(), rect.top() + 5))
    from tests.gui import helpers

    viewport = view.viewport()
    helpers.mouse_press(viewport, start_point)
    drag_times = []
    for step in range(1, 41):
        point = start_point + type(start_point)(step * 3, step * 4)
        a = time.perf_counter()
        helpers.mouse_move(viewport, point)
        app.processEvents()
        drag_times.append(time.perf_counter() - a)
    helpers.mouse_release(viewport, point)
    app.processEvents()
    print(
        f"drag: one mouse move (ghost + repaint)      median {ms(statistics.median(drag_times))}"
        f", max {ms(max(drag_times))}"
    )

    a = time.perf_counter()
    view.zoom_in()
    app.processEvents()
    print(f"zoom step (relayout of every block):        {ms(time.perf_counter() - a)}")
    del geometry


if __name__ == "__main__":
    main()
