"""Time auto-arrange on the bundled sample and on generated plans of 50, 200 and 1,000
contributions, and count what it leaves: unplaced contributions, warnings, errors.

    uv run python benchmarks/bench_arrange.py            # everything (about 5 minutes)
    uv run python benchmarks/bench_arrange.py --quick    # the sample and 50 only

Scenarios per plan:
- ``from scratch``: every placement removed, mode "unplaced" (place everything);
- ``as generated``: the generated plan with its few unplaced contributions and its
  deliberate conflicts, mode "unplaced" (existing placements stay, errors included);
- ``repair``: the same plan in mode "all-unpinned" (may move everything to remove the
  errors, moving as little as it can).

Generated plans come from ``benchmarks/generate.py`` (one plenary hall plus smaller
rooms, 08:00-20:00, a welcome and a keynote each morning, a 10-minute changeover, 10 %
of speakers on site for one day only). Seconds include building the model, the greedy
start, solving, checking and explaining.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.arrange import ArrangeResult, arrange
from planner.conflicts import Severity, check, counts
from planner.model import Plan
from planner.resources import CONFLICTS_SAMPLE, resource_path, sample_plan_path
from planner.storage import load_plan

try:
    from benchmarks.generate import Size, generate
except ImportError:  # the generator is another helper's file; fall back to a simple one
    Size = None  # type: ignore[assignment,misc]
    generate = None  # type: ignore[assignment]

#: contributions -> (days, rooms, time limit in seconds)
GENERATED = {50: (1, 4, 10.0), 200: (1, 10, 20.0), 1000: (3, 20, 60.0)}


def _generated(n: int, days: int, rooms: int) -> Plan:
    if generate is None or Size is None:
        raise SystemExit("benchmarks/generate.py is missing")
    return generate(Size(days=days, rooms=rooms, contributions=n, speakers=max(n * 3 // 4, 1)))


def _row(name: str, plan: Plan, result: ArrangeResult, limit: float) -> str:
    n = counts(check(result.plan))
    kinds: dict[str, int] = {}
    for conflict in result.warnings_left:
        kinds[conflict.kind.value] = kinds.get(conflict.kind.value, 0) + 1
    detail = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "-"
    return (
        f"{name:<34} {len(plan.contributions):>5} {limit:>5.0f} {result.solve_seconds:>7.1f} "
        f"{result.status.value:<9} {len(result.plan.schedule):>6} {len(result.unplaced):>5} "
        f"{len(result.moves):>5} {n[Severity.ERROR]:>4} {n[Severity.WARNING]:>5} "
        f"{'yes' if result.deterministic else 'no':<5} {detail}"
    )


def _run(name: str, plan: Plan, mode: str, limit: float) -> ArrangeResult:
    result = arrange(plan, mode=mode, time_limit=limit)
    print(_row(name, plan, result, limit), flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the sample and 50 only")
    args = parser.parse_args(argv)

    print(
        f"{'plan / scenario':<34} {'contr':>5} {'limit':>5} {'seconds':>7} {'status':<9} "
        f"{'placed':>6} {'unpl.':>5} {'moves':>5} {'err':>4} {'warn':>5} {'det.':<5} warnings"
    )
    sample = load_plan(sample_plan_path())
    _run("sample from scratch", sample.with_schedule([]), "unplaced", 10.0)
    _run("sample as bundled", sample, "unplaced", 10.0)
    _run("sample all-unpinned", sample, "all-unpinned", 10.0)
    demo = load_plan(resource_path(CONFLICTS_SAMPLE))
    _run("conflicts demo repair", demo, "all-unpinned", 10.0)

    for n, (days, rooms, limit) in GENERATED.items():
        if args.quick and n > 50:
            break
        plan = _generated(n, days, rooms)
        label = f"{n} ({days}d, {rooms} rooms)"
        started = time.monotonic()
        result = _run(f"{label} from scratch", plan.with_schedule([]), "unplaced", limit)
        for item in result.unplaced[:2]:
            print(f"    unplaced {item.cid}: {item.reasons[0]}")
        _run(f"{label} as generated", plan, "unplaced", limit)
        _run(f"{label} repair", plan, "all-unpinned", limit)
        print(f"    ({time.monotonic() - started:.0f} s for the three)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
