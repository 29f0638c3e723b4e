"""Time the core on generated conference-scale plans: check, recheck, load, save.

    uv run python benchmarks/bench_core.py            # the sizes of issue 2 and 10x
    uv run python benchmarks/bench_core.py --quick    # the base size only

Sizes: the issue's conference (3 days, 40 rooms, 2,000 contributions, 1,500 speakers)
and ten times that in two shapes, because they stress different things: 30 days of the
same conference (same density, ten times as long: tests that the checker scales
linearly) and 3 days with 400 rooms (ten times as many parallel items at every moment:
tests the sweeps where most pairs overlap). Each figure is the median of several runs
on one core, in CPU time of the process (see ``cpu`` below); the incremental figure
is the median (and 95th percentile) over many single moves, each judged with
``recheck`` against the conflicts before the move, as the board does while dragging.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import Size, generate
from planner.conflicts import check, counts, recheck
from planner.model import Plan
from planner.storage import dumps_plan, load_plan, save_plan

SIZES = {
    "base": Size(days=3, rooms=40, contributions=2000, speakers=1500),
    "10x-days": Size(days=30, rooms=40, contributions=20000, speakers=15000),
    "10x-rooms": Size(days=3, rooms=400, contributions=20000, speakers=15000),
}


def timed(func: Callable[[], Any], repeat: int, clock: Callable[[], float]) -> tuple[float, Any]:
    """Median time in seconds over ``repeat`` runs, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        start = clock()
        result = func()
        times.append(clock() - start)
    return statistics.median(times), result


# The benchmark machine is shared: CPU time of this process is the stable measure of
# the pure-Python work; saving waits for the disk (fsync), so it is timed on the wall.
cpu = time.process_time
wall = time.perf_counter


def random_moves(plan: Plan, n: int, seed: int) -> list[tuple[str, str, Any]]:
    """``n`` moves of placed contributions to another room and a time up to an hour away."""
    rnd = random.Random(seed)
    rooms = [r.id for r in plan.rooms]
    moves = []
    for p in rnd.sample(plan.schedule, min(n, len(plan.schedule))):
        shift = timedelta(minutes=5 * rnd.randint(-12, 12))
        moves.append((p.contribution, rnd.choice(rooms), p.start + shift))
    return moves


def bench(name: str, size: Size, moves: int, repeat: int) -> dict[str, float]:
    plan = generate(size)
    result: dict[str, float] = {}
    result["check"], conflicts = timed(lambda: check(plan), repeat, cpu)

    incremental = []
    edit_and_recheck = []
    for cid, room, start in random_moves(plan, moves, seed=7):
        t0 = cpu()
        moved = plan.with_placement(cid, room, start)
        t1 = cpu()
        recheck(moved, conflicts, {cid})
        t2 = cpu()
        incremental.append(t2 - t1)
        edit_and_recheck.append(t2 - t0)
    result["recheck"] = statistics.median(incremental)
    result["recheck_p95"] = statistics.quantiles(incremental, n=20)[-1]
    result["edit_recheck"] = statistics.median(edit_and_recheck)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.agenda.json"
        result["save"], _ = timed(lambda: save_plan(plan, path), repeat, wall)
        result["load"], loaded = timed(lambda: load_plan(path), repeat, cpu)
        assert loaded == plan
        result["mib"] = path.stat().st_size / 2**20
    result["dumps"], _ = timed(lambda: dumps_plan(plan), repeat, cpu)

    n = counts(conflicts)
    print(
        f"\n{name}: {size.describe()}\n"
        f"  {len(plan.schedule)} placed; {len(conflicts)} findings "
        f"({n['error']} errors, {n['warning']} warnings, {n['info']} infos)\n"
        f"  full check            {result['check'] * 1000:9.1f} ms CPU\n"
        f"  recheck after a move  {result['recheck'] * 1000:9.2f} ms CPU median, "
        f"{result['recheck_p95'] * 1000:.2f} ms p95 over {len(incremental)} moves "
        f"({result['edit_recheck'] * 1000:.2f} ms with the edit)\n"
        f"  load                  {result['load'] * 1000:9.1f} ms CPU "
        f"({result['mib']:.1f} MiB)\n"
        f"  save                  {result['save'] * 1000:9.1f} ms wall "
        f"(serialising alone {result['dumps'] * 1000:.1f} ms CPU)",
        flush=True,
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the core on generated plans.")
    parser.add_argument("--quick", action="store_true", help="only the base size")
    parser.add_argument("--moves", type=int, default=300, help="moves for the recheck median")
    parser.add_argument("--repeat", type=int, default=5, help="runs per median")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPU(s)")
    for name, size in SIZES.items():
        if args.quick and name != "base":
            continue
        repeat = args.repeat if name == "base" else max(1, args.repeat // 2)
        bench(name, size, args.moves, repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
