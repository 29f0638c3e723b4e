"""Partial iCalendar exports and the exporters' progress hooks (used by the window)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from planner.export.excel import export_xlsx
from planner.export.ical import calendars, export_ics, export_state_plan
from planner.storage import load_plan

NOW = datetime(2019, 9, 1, 12, 0, tzinfo=UTC)


class Stop(Exception):
    pass


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_subset_has_the_same_files_as_the_whole_export(sample_path: Path) -> None:
    plan = export_state_plan(load_plan(sample_path))
    whole = calendars(plan, now=NOW)
    speaker_ids = [s.id for s in plan.speakers[:2]]
    part = calendars(plan, now=NOW, speakers=speaker_ids, rooms=(), agenda=False)
    assert len(part) == 2
    assert all(path.startswith("speakers/") for path in part)
    assert {path: whole[path] for path in part} == part


def test_partial_export_keeps_the_other_files_of_an_earlier_export(
    sample_path: Path, tmp_path: Path
) -> None:
    plan, _ = export_ics(load_plan(sample_path), tmp_path, now=NOW)
    before = tree(tmp_path)
    first = next(p for p in plan.sorted_schedule() if plan.contribution(p.contribution).speakers)
    moved = plan.with_placement(first.contribution, first.room, first.start.replace(hour=16))
    chosen = plan.contribution(first.contribution).speakers[0]
    _, written = export_ics(moved, tmp_path, now=NOW, speakers=[chosen], rooms=(), agenda=False)
    after = tree(tmp_path)
    assert [p.relative_to(tmp_path).parent.name for p in written] == ["speakers"]
    assert set(after) == set(before)
    changed = {path for path in after if after[path] != before[path]}
    assert changed == {written[0].relative_to(tmp_path).as_posix()}


def test_progress_counts_every_file_and_can_abandon_the_export(
    sample_path: Path, tmp_path: Path
) -> None:
    plan = load_plan(sample_path)
    seen: list[tuple[int, int]] = []
    _, written = export_ics(
        plan, tmp_path / "ok", now=NOW, progress=lambda d, t: seen.append((d, t))
    )
    total = len(written)
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == list(range(total + 1))

    def stop_halfway(done: int, total: int) -> None:
        if done == total // 2:
            raise Stop

    with pytest.raises(Stop):
        export_ics(plan, tmp_path / "stopped", now=NOW, progress=stop_halfway)
    assert not (tmp_path / "stopped").exists()


def test_excel_progress_and_abandon_leave_an_existing_workbook_alone(
    sample_path: Path, tmp_path: Path
) -> None:
    plan = load_plan(sample_path)
    target = tmp_path / "agenda.xlsx"
    seen: list[tuple[int, int]] = []
    export_xlsx(plan, target, progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0
    assert seen[-1][0] == seen[-1][1] == len(plan.event.days) + 3
    original = target.read_bytes()

    def stop(done: int, total: int) -> None:
        if done == 1:
            raise Stop

    with pytest.raises(Stop):
        export_xlsx(plan, target, progress=stop)
    assert target.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.xlsx"]
