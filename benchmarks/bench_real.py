"""Time the core on real schedules: import, check, iCalendar export, Excel export.

    uv run python benchmarks/bench_real.py                 # 31C3 (4 days, 138 talks)
    uv run python benchmarks/bench_real.py --all           # and LSWT 2019, PyConFR 2025
    uv run python benchmarks/bench_real.py --repeat 9

The schedules live in ``shared/data/real`` beside the checkout (see its README). The
generated plans of ``bench_core.py`` measure scale; these measure what an organiser
who starts from a frab or pretalx export waits for. Each figure is the median of
``--repeat`` runs: import and check in CPU time of the process (the machine is
shared), the two exports on the wall clock because they write files (fsync).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.conflicts import check
from planner.export.excel import export_xlsx
from planner.export.ical import export_ics
from planner.imports.schedule import import_schedule

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"
FILES = ("31c3-schedule.xml", "lswt2019-schedule.xml", "pyconfr2025-schedule.json")

cpu = time.process_time
wall = time.perf_counter


def timed(func: Callable[[], Any], repeat: int, clock: Callable[[], float]) -> tuple[float, Any]:
    """Median seconds over ``repeat`` runs, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        start = clock()
        result = func()
        times.append(clock() - start)
    return statistics.median(times), result


def bench(path: Path, repeat: int) -> None:
    data = path.read_bytes()
    t_import, result = timed(lambda: import_schedule(data, source_name=path.name), repeat, cpu)
    plan = result.plan
    t_check, conflicts = timed(lambda: check(plan), repeat, cpu)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t_ics, (_, written) = timed(lambda: export_ics(plan, folder / "ics"), repeat, wall)
        t_xlsx, _ = timed(lambda: export_xlsx(plan, folder / "agenda.xlsx"), repeat, wall)
    print(
        f"{path.name:<28} {len(plan.event.days)} days {len(plan.rooms):>2} rooms "
        f"{len(plan.schedule):>4} placed {len(plan.speakers):>4} speakers "
        f"{len(conflicts):>3} conflicts"
    )
    print(
        f"  import {t_import * 1000:7.1f} ms   check {t_check * 1000:7.1f} ms   "
        f"ics ({len(written)} files) {t_ics * 1000:7.1f} ms   xlsx {t_xlsx * 1000:7.1f} ms   "
        f"total {(t_import + t_check + t_ics + t_xlsx) * 1000:7.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="all three real schedules")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    args = parser.parse_args(argv)
    names = FILES if args.all else FILES[:1]
    missing = [n for n in names if not (REAL / n).is_file()]
    if missing:
        print(f"real schedules not found in {REAL}: {', '.join(missing)}", file=sys.stderr)
        return 2
    print(f"median of {args.repeat} runs; import/check CPU time, exports wall time")
    for name in names:
        bench(REAL / name, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
