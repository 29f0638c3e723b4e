"""The conflict checker: every kind of the DESIGN.md table, its edges, and two oracles.

The brute-force oracle below is written from the table in DESIGN.md alone (all pairs,
half-open intervals) and never calls the checker's internals; hypothesis compares it
with ``check()`` on random plans, and ``recheck()`` with ``check()`` after random edits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.conflicts import (
    Conflict,
    ConflictKind,
    Severity,
    check,
    conflicts_of,
    message,
    recheck,
)
from planner.model import (
    Contribution,
    Kind,
    Placement,
    Plan,
    Room,
    Speaker,
    Topic,
)
from planner.storage import load_plan
from tests.builders import DAY, NEXT_DAY, at, event, talk, window
from tests.strategies import edits, plans


def make_plan(
    contributions: Iterable[Contribution],
    schedule: Iterable[tuple[str, str, datetime]] = (),
    *,
    rooms: Iterable[Room] = (),
    speakers: Iterable[Speaker] = (),
    days: tuple[date, ...] = (DAY,),
    changeover: int = 10,
) -> Plan:
    """A small plan; rooms 'a' and 'b' and speakers 's1'..'s3' exist unless given."""
    return Plan(
        event=event(days=days, changeover=changeover),
        rooms=tuple(rooms) or (Room("a", "Raum A"), Room("b", "Raum B")),
        speakers=tuple(speakers) or tuple(Speaker(f"s{i}", f"Person {i}") for i in (1, 2, 3)),
        contributions=tuple(contributions),
        schedule=tuple(Placement(cid, room, start) for cid, room, start in schedule),
    )


def found(plan: Plan, kind: ConflictKind | None = None) -> list[tuple[object, ...]]:
    """The checker's findings as (kind, contributions, room, speaker)."""
    return [
        (c.kind.value, c.contributions, c.room, c.speaker)
        for c in check(plan)
        if kind is None or c.kind == kind
    ]


# -- severities -----------------------------------------------------------------------------

DESIGN_SEVERITIES = {
    "room-overlap": "error",
    "speaker-overlap": "error",
    "outside-hours": "error",
    "room-unavailable": "error",
    "speaker-unavailable": "error",
    "capacity": "warning",
    "missing-feature": "warning",
    "changeover": "warning",
    "plenary-parallel": "warning",
    "topic-parallel": "warning",
    "unscheduled": "info",
}


def test_kinds_and_severities_are_those_of_the_design() -> None:
    assert {k.value: k.severity.value for k in ConflictKind} == DESIGN_SEVERITIES


def test_findings_are_sorted_errors_first() -> None:
    plan = make_plan(
        [talk("c1", audience=99), talk("c2"), talk("c3")],
        [("c1", "a", at("10:00")), ("c2", "a", at("10:15"))],
        rooms=[Room("a", "Raum A", capacity=10)],
    )
    assert [c.severity for c in check(plan)] == [Severity.ERROR, Severity.WARNING, Severity.INFO]


# -- room-overlap, touching intervals, multi-day ------------------------------------------


def test_room_overlap() -> None:
    plan = make_plan([talk("c1"), talk("c2")], [("c1", "a", at("10:00")), ("c2", "a", at("10:15"))])
    assert found(plan) == [("room-overlap", ("c1", "c2"), "a", None)]
    assert check(plan)[0].severity == Severity.ERROR


def test_touching_intervals_do_not_overlap() -> None:
    plan = make_plan(
        [talk("c1", topic=Topic.TOURISMUS, speakers=("s1",)), talk("c2", topic=Topic.TOURISMUS)],
        [("c1", "a", at("10:00")), ("c2", "a", at("10:30"))],
    )
    assert found(plan) == []


def test_same_time_on_different_days_does_not_overlap() -> None:
    plan = make_plan(
        [talk("c1", speakers=("s1",), topic=Topic.DEMOGRAFIE), talk("c2", speakers=("s1",))],
        [("c1", "a", at("10:00")), ("c2", "a", at("10:00", NEXT_DAY))],
        days=(DAY, NEXT_DAY),
    )
    assert found(plan) == []


def test_overlap_across_midnight_of_a_multi_day_event() -> None:
    plan = make_plan(
        [talk("c1", duration=120), talk("c2")],
        [("c1", "a", at("23:30")), ("c2", "a", at("00:30", NEXT_DAY))],
        days=(DAY, NEXT_DAY),
    )
    assert ("room-overlap", ("c1", "c2"), "a", None) in found(plan)


def test_one_report_per_pair_with_ids_sorted() -> None:
    plan = make_plan(
        [talk("z9"), talk("m5"), talk("a1")],
        [("z9", "a", at("10:00")), ("m5", "a", at("10:10")), ("a1", "a", at("10:20"))],
    )
    assert found(plan) == [
        ("room-overlap", ("a1", "m5"), "a", None),
        ("room-overlap", ("a1", "z9"), "a", None),
        ("room-overlap", ("m5", "z9"), "a", None),
    ]


# -- speaker-overlap ------------------------------------------------------------------------


def test_speaker_overlap_once_per_shared_speaker() -> None:
    plan = make_plan(
        [talk("c2", speakers=("s1", "s2", "s3")), talk("c1", speakers=("s2", "s1"))],
        [("c1", "a", at("10:00")), ("c2", "b", at("10:29"))],
    )
    assert found(plan) == [
        ("speaker-overlap", ("c1", "c2"), None, "s1"),
        ("speaker-overlap", ("c1", "c2"), None, "s2"),
    ]


def test_speaker_in_back_to_back_talks_in_one_room_is_fine() -> None:
    plan = make_plan(
        [talk("c1", speakers=("s1",)), talk("c2", speakers=("s1",))],
        [("c1", "a", at("10:00")), ("c2", "a", at("10:30"))],
    )
    assert found(plan) == []


# -- outside-hours --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "duration", "outside"),
    [
        pytest.param(at("09:00"), 30, False, id="starts-at-day-start"),
        pytest.param(at("16:30"), 30, False, id="ends-at-day-end"),
        pytest.param(at("08:55"), 30, True, id="starts-before-day-start"),
        pytest.param(at("16:45"), 30, True, id="ends-after-day-end"),
        pytest.param(at("17:00"), 15, True, id="starts-at-day-end"),
        pytest.param(at("10:00", NEXT_DAY), 30, True, id="date-not-in-days"),
    ],
)
def test_outside_hours(start: datetime, duration: int, outside: bool) -> None:
    plan = make_plan([talk("c1", duration)], [("c1", "b", start)])
    expected = [("outside-hours", ("c1",), "b", None)] if outside else []
    assert found(plan) == expected


def test_outside_hours_on_the_second_day_is_judged_by_that_day() -> None:
    plan = make_plan(
        [talk("c1"), talk("c2")],
        [("c1", "a", at("10:00", NEXT_DAY)), ("c2", "a", at("16:45", NEXT_DAY))],
        days=(DAY, NEXT_DAY),
    )
    assert found(plan) == [("outside-hours", ("c2",), "a", None)]


# -- room-unavailable -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "blocked"),
    [
        pytest.param("11:30", False, id="ends-when-window-starts"),
        pytest.param("13:00", False, id="starts-when-window-ends"),
        pytest.param("11:31", True, id="ends-inside-window"),
        pytest.param("12:59", True, id="starts-inside-window"),
        pytest.param("12:10", True, id="inside-window"),
    ],
)
def test_room_unavailable(start: str, blocked: bool) -> None:
    room = Room("a", "Raum A", unavailable=(window("12:00", "13:00"),))
    plan = make_plan([talk("c1")], [("c1", "a", at(start))], rooms=[room])
    assert found(plan) == ([("room-unavailable", ("c1",), "a", None)] if blocked else [])


def test_room_window_on_another_day_does_not_block() -> None:
    room = Room("a", "Raum A", unavailable=(window("12:00", "13:00", NEXT_DAY),))
    plan = make_plan([talk("c1")], [("c1", "a", at("12:00"))], rooms=[room], days=(DAY, NEXT_DAY))
    assert found(plan) == []


# -- speaker-unavailable --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "unavailable"),
    [
        pytest.param("10:30", False, id="starts-at-window-start"),
        pytest.param("14:30", False, id="ends-at-window-end"),
        pytest.param("10:25", True, id="starts-before-window"),
        pytest.param("14:35", True, id="ends-after-window"),
        pytest.param("15:00", True, id="after-window"),
        pytest.param("15:40", False, id="inside-second-window"),
    ],
)
def test_speaker_unavailable_at_window_edges(start: str, unavailable: bool) -> None:
    speaker = Speaker("dk1", "Gast", available=(window("10:30", "15:00"), window("15:30", "16:30")))
    plan = make_plan([talk("c1", speakers=("dk1",))], [("c1", "a", at(start))], speakers=[speaker])
    expected = [("speaker-unavailable", ("c1",), None, "dk1")] if unavailable else []
    assert found(plan) == expected


def test_speaker_without_windows_is_always_available_and_empty_list_never() -> None:
    speakers = [Speaker("s1", "Immer"), Speaker("s2", "Nie", available=())]
    plan = make_plan(
        [talk("c1", speakers=("s1", "s2"))], [("c1", "a", at("10:00"))], speakers=speakers
    )
    assert found(plan) == [("speaker-unavailable", ("c1",), None, "s2")]


def test_speaker_unavailable_once_per_speaker() -> None:
    speakers = [Speaker(f"s{i}", "x", available=(window("09:00", "10:00"),)) for i in (1, 2)]
    plan = make_plan(
        [talk("c1", speakers=("s1", "s2"))], [("c1", "a", at("11:00"))], speakers=speakers
    )
    assert found(plan) == [
        ("speaker-unavailable", ("c1",), None, "s1"),
        ("speaker-unavailable", ("c1",), None, "s2"),
    ]


# -- capacity and missing-feature -----------------------------------------------------------


@pytest.mark.parametrize(
    ("audience", "capacity", "warned"),
    [(41, 40, True), (40, 40, False), (None, 40, False), (500, None, False), (1, 0, True)],
)
def test_capacity(audience: int | None, capacity: int | None, warned: bool) -> None:
    plan = make_plan(
        [talk("c1", audience=audience)],
        [("c1", "a", at("10:00"))],
        rooms=[Room("a", "Raum A", capacity=capacity)],
    )
    assert found(plan) == ([("capacity", ("c1",), "a", None)] if warned else [])
    if warned:
        assert check(plan)[0].severity == Severity.WARNING


def test_missing_feature() -> None:
    rooms = [Room("a", "Raum A", features=("beamer",)), Room("b", "Raum B", features=("beamer",))]
    plan = make_plan(
        [talk("c1", needs=("beamer", "dolmetschkabine")), talk("c2", needs=("beamer",))],
        [("c1", "a", at("10:00")), ("c2", "b", at("10:00"))],
        rooms=rooms,
    )
    assert found(plan) == [("missing-feature", ("c1",), "a", None)]
    assert "dolmetschkabine" in check(plan)[0].message


# -- changeover -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("second_room", "second_start", "changeover", "warned"),
    [
        pytest.param("b", "10:35", 10, True, id="gap-5-different-rooms"),
        pytest.param("b", "10:30", 10, True, id="gap-0-different-rooms"),
        pytest.param("b", "10:39", 10, True, id="gap-9-different-rooms"),
        pytest.param("b", "10:40", 10, False, id="gap-equals-changeover"),
        pytest.param("a", "10:35", 10, False, id="same-room"),
        pytest.param("b", "10:30", 0, False, id="no-changeover-planned"),
    ],
)
def test_changeover(second_room: str, second_start: str, changeover: int, warned: bool) -> None:
    plan = make_plan(
        [talk("c1", speakers=("s1",)), talk("c2", speakers=("s1",))],
        [("c2", second_room, at(second_start)), ("c1", "a", at("10:00"))],
        changeover=changeover,
    )
    assert found(plan) == ([("changeover", ("c1", "c2"), None, "s1")] if warned else [])


def test_changeover_only_for_shared_speakers_once_each() -> None:
    plan = make_plan(
        [talk("c1", speakers=("s1", "s2", "s3")), talk("c2", speakers=("s3", "s1"))],
        [("c1", "b", at("10:00")), ("c2", "a", at("10:31"))],
    )
    assert found(plan) == [
        ("changeover", ("c1", "c2"), None, "s1"),
        ("changeover", ("c1", "c2"), None, "s3"),
    ]


def test_changeover_message_names_the_rooms_in_time_order() -> None:
    plan = make_plan(
        [talk("c1", speakers=("s1",)), talk("c2", speakers=("s1",))],
        [("c1", "b", at("10:35")), ("c2", "a", at("10:00"))],
    )
    (conflict,) = check(plan)
    assert conflict.contributions == ("c1", "c2")
    assert message(conflict, "en") == (
        "Person 1 has only 5 min to get from Raum A (“Titel c2”) to Raum B (“Titel c1”); "
        "10 min are planned for a change of rooms"
    )


# -- plenary-parallel and topic-parallel -----------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "plenary", "warned"),
    [
        (Kind.SESSION, True, True),
        (Kind.KEYNOTE, False, True),
        (Kind.WELCOME, False, True),
        (Kind.BREAK, False, False),
        (Kind.IMPULSE, False, False),
    ],
)
def test_plenary_parallel(kind: Kind, plenary: bool, warned: bool) -> None:
    plan = make_plan(
        [talk("p", 60, kind=kind, plenary=plenary), talk("c1")],
        [("p", "a", at("10:00")), ("c1", "b", at("10:45"))],
    )
    assert found(plan) == ([("plenary-parallel", ("c1", "p"), None, None)] if warned else [])


def test_plenary_touching_other_items_is_fine() -> None:
    plan = make_plan(
        [talk("k", 60, kind=Kind.KEYNOTE), talk("c1"), talk("c2")],
        [("k", "a", at("10:00")), ("c1", "b", at("09:30")), ("c2", "b", at("11:00"))],
    )
    assert found(plan) == []


def test_plenary_overlapping_a_long_item_that_started_earlier() -> None:
    plan = make_plan(
        [talk("long", 240), talk("k", 30, kind=Kind.KEYNOTE)],
        [("long", "b", at("09:00")), ("k", "a", at("12:00"))],
    )
    assert found(plan) == [("plenary-parallel", ("k", "long"), None, None)]


@pytest.mark.parametrize(
    ("topic_a", "topic_b", "warned"),
    [
        (Topic.TOURISMUS, Topic.TOURISMUS, True),
        (Topic.TOURISMUS, Topic.WIRTSCHAFT, False),
        (None, None, False),
    ],
)
def test_topic_parallel(topic_a: Topic | None, topic_b: Topic | None, warned: bool) -> None:
    plan = make_plan(
        [talk("c1", topic=topic_a), talk("c2", topic=topic_b)],
        [("c1", "a", at("10:00")), ("c2", "b", at("10:20"))],
    )
    assert found(plan) == ([("topic-parallel", ("c1", "c2"), None, None)] if warned else [])


def test_unscheduled_is_info_per_unplaced_contribution() -> None:
    plan = make_plan([talk("c1"), talk("c2"), talk("c3")], [("c2", "a", at("10:00"))])
    assert found(plan) == [
        ("unscheduled", ("c1",), None, None),
        ("unscheduled", ("c3",), None, None),
    ]
    assert {c.severity for c in check(plan)} == {Severity.INFO}


# -- messages -------------------------------------------------------------------------------


def test_messages_in_german_and_english_for_every_kind(conflicts_sample_path: Path) -> None:
    if not conflicts_sample_path.exists():
        pytest.skip("the conflicts sample is not there yet")
    by_kind = {c.kind: c for c in check(load_plan(conflicts_sample_path))}
    assert set(by_kind) == set(ConflictKind)
    for kind, conflict in by_kind.items():
        de, en = message(conflict, "de"), message(conflict, "en")
        fallback = f"{kind.value}: "
        assert de != en, kind
        for text in (de, en):
            assert not text.startswith(fallback), (kind, text)
            assert "{" not in text, (kind, text)
        assert conflict.to_json("de")["message"] == de


def test_german_message_reads_german() -> None:
    plan = make_plan(
        [talk("c1", topic=Topic.SOZIALES), talk("c2", topic=Topic.SOZIALES)],
        [("c1", "a", at("10:00")), ("c2", "b", at("10:20"))],
    )
    (conflict,) = check(plan)
    assert message(conflict, "de") == (
        "„Titel c1“ und „Titel c2“ zum selben Thema (Soziale Angebote) laufen parallel "
        "(10:20–10:30)"
    )
    assert message(conflict, "en") == (
        "“Titel c1” and “Titel c2” on the same topic (Social services) run in parallel "
        "(10:20–10:30)"
    )


# -- the samples ----------------------------------------------------------------------------


def test_shipped_sample_has_only_unscheduled_infos(sample_path: Path) -> None:
    if not sample_path.exists():
        pytest.skip("the bundled sample is not there yet")
    kinds = {c.kind for c in check(load_plan(sample_path))}
    assert kinds <= {ConflictKind.UNSCHEDULED}


def test_conflicts_sample_has_every_kind(conflicts_sample_path: Path) -> None:
    if not conflicts_sample_path.exists():
        pytest.skip("the conflicts sample is not there yet")
    plan = load_plan(conflicts_sample_path)
    assert set(Counter(c.kind for c in check(plan))) == set(ConflictKind)
    assert sorted(oracle(plan)) == sorted(found(plan))


# -- the brute-force oracle -----------------------------------------------------------------


def oracle(plan: Plan) -> list[tuple[object, ...]]:
    """Every conflict by the DESIGN.md table, over all pairs, as (kind, ids, room, speaker)."""
    event = plan.event
    gap_needed = timedelta(minutes=event.changeover_minutes)
    contribution = {c.id: c for c in plan.contributions}
    room = {r.id: r for r in plan.rooms}
    speaker = {s.id: s for s in plan.speakers}
    placed = [
        (
            p,
            contribution[p.contribution],
            p.start + timedelta(minutes=contribution[p.contribution].duration),
        )
        for p in plan.schedule
    ]
    result: list[tuple[object, ...]] = []

    for p, c, end in placed:
        r = room[p.room]
        day = p.start.date()
        opens = datetime.combine(day, event.day_start)
        closes = datetime.combine(day, event.day_end)
        if day not in event.days or p.start < opens or end > closes:
            result.append(("outside-hours", (c.id,), p.room, None))
        if any(w.start < end and p.start < w.end for w in r.unavailable):
            result.append(("room-unavailable", (c.id,), p.room, None))
        for sid in c.speakers:
            windows = speaker[sid].available
            minutes = int((end - p.start).total_seconds() // 60)
            if windows is not None and not all(
                any(w.start <= p.start + timedelta(minutes=m) < w.end for w in windows)
                for m in range(minutes)
            ):
                result.append(("speaker-unavailable", (c.id,), None, sid))
        if c.audience is not None and r.capacity is not None and c.audience > r.capacity:
            result.append(("capacity", (c.id,), p.room, None))
        if any(need not in r.features for need in c.needs):
            result.append(("missing-feature", (c.id,), p.room, None))

    for i, (p, a, a_end) in enumerate(placed):
        for q, b, b_end in placed[i + 1 :]:
            ids = tuple(sorted((a.id, b.id)))
            shared = [s for s in a.speakers if s in b.speakers]
            if p.start < b_end and q.start < a_end:
                if p.room == q.room:
                    result.append(("room-overlap", ids, p.room, None))
                result.extend(("speaker-overlap", ids, None, s) for s in shared)
                plenary_kinds = (Kind.KEYNOTE, Kind.WELCOME)
                if a.plenary or b.plenary or a.kind in plenary_kinds or b.kind in plenary_kinds:
                    result.append(("plenary-parallel", ids, None, None))
                if a.topic is not None and a.topic == b.topic:
                    result.append(("topic-parallel", ids, None, None))
            elif p.room != q.room:
                gap = max(q.start - a_end, p.start - b_end)
                if gap < gap_needed:
                    result.extend(("changeover", ids, None, s) for s in shared)

    placed_ids = {p.contribution for p in plan.schedule}
    result.extend(
        ("unscheduled", (c.id,), None, None) for c in plan.contributions if c.id not in placed_ids
    )
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans(extras=False))
def test_check_agrees_with_all_pairs_oracle(plan: Plan) -> None:
    assert sorted(found(plan)) == sorted(oracle(plan))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans(extras=False, max_rooms=12, max_speakers=10, max_contributions=40, max_days=3))
def test_check_agrees_with_oracle_on_larger_plans(plan: Plan) -> None:
    assert sorted(found(plan)) == sorted(oracle(plan))


def test_check_reports_each_conflict_once() -> None:
    plan = make_plan(
        [
            talk("k", 60, kind=Kind.KEYNOTE, topic=Topic.WIRTSCHAFT, speakers=("s1", "s2")),
            talk("c1", 30, topic=Topic.WIRTSCHAFT, speakers=("s1", "s2")),
        ],
        [("k", "a", at("10:00")), ("c1", "a", at("10:30"))],
    )
    assert Counter(found(plan)) == Counter(
        {
            ("room-overlap", ("c1", "k"), "a", None): 1,
            ("speaker-overlap", ("c1", "k"), None, "s1"): 1,
            ("speaker-overlap", ("c1", "k"), None, "s2"): 1,
            ("plenary-parallel", ("c1", "k"), None, None): 1,
            ("topic-parallel", ("c1", "k"), None, None): 1,
        }
    )


# -- incremental re-checks ------------------------------------------------------------------


def as_json(conflicts: Iterable[Conflict], language: str) -> list[dict[str, object]]:
    return [c.to_json(language) for c in conflicts]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), plan=plans(extras=False))
def test_recheck_after_one_edit_equals_full_check(data: st.DataObject, plan: Plan) -> None:
    what, new_plan, changed = data.draw(edits(plan), label="edit")
    incremental = recheck(new_plan, check(plan), changed)
    full = check(new_plan)
    assert incremental == full, what
    for language in ("en", "de"):
        assert as_json(incremental, language) == as_json(full, language), what


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), plan=plans(extras=False))
def test_recheck_after_a_series_of_edits(data: st.DataObject, plan: Plan) -> None:
    conflicts = check(plan)
    for _ in range(data.draw(st.integers(1, 5), label="edits")):
        _, plan, changed = data.draw(edits(plan), label="edit")
        conflicts = recheck(plan, conflicts, changed)
    assert as_json(conflicts, "en") == as_json(check(plan), "en")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans(extras=False))
def test_conflicts_of_one_contribution_is_its_share_of_check(plan: Plan) -> None:
    full = check(plan)
    for c in plan.contributions:
        assert conflicts_of(plan, c.id) == [x for x in full if x.involves(c.id)]


def test_recheck_of_a_move_that_resolves_a_conflict() -> None:
    plan = make_plan(
        [talk("c1", speakers=("s1",)), talk("c2", speakers=("s1",))],
        [("c1", "a", at("10:00")), ("c2", "b", at("10:00"))],
    )
    assert {c.kind for c in check(plan)} == {ConflictKind.SPEAKER_OVERLAP}
    moved = plan.with_placement("c2", "b", at("10:40"))
    assert recheck(moved, check(plan), {"c2"}) == []


def test_recheck_after_deleting_a_contribution() -> None:
    plan = make_plan(
        [talk("c1"), talk("c2"), talk("c3")],
        [("c1", "a", at("10:00")), ("c2", "a", at("10:10"))],
    )
    smaller = plan.without_contribution("c3").without_contribution("c2")
    assert recheck(smaller, check(plan), {"c2", "c3"}) == []


def test_plans_are_values_so_editing_keeps_the_old_plan() -> None:
    plan = make_plan([talk("c1")], [("c1", "a", at("10:00"))])
    longer = plan.with_contribution(replace(plan.contribution("c1"), duration=600))
    assert found(plan) == []
    assert found(longer) == [("outside-hours", ("c1",), "a", None)]


def test_check_survives_the_ends_of_the_calendar() -> None:
    first, last = date(1, 1, 1), date(9999, 12, 31)
    plan = make_plan(
        [
            talk("k", 30, kind=Kind.KEYNOTE, speakers=("s1",)),
            talk("long", 24 * 60, speakers=("s1",)),
            talk("c1", 20, speakers=("s1",)),
            talk("c2", 15, speakers=("s1",)),
        ],
        [
            ("k", "a", datetime.combine(first, time(0, 0))),
            ("c1", "a", datetime.combine(last, time(23, 0))),
            ("c2", "b", datetime.combine(last, time(23, 25))),
        ],
        days=(first, last),
    )
    assert sorted(found(plan)) == sorted(oracle(plan))
    assert ("changeover", ("c1", "c2"), None, "s1") in found(plan)
    for cid in ("k", "c1", "c2"):
        assert recheck(plan, check(plan), {cid}) == check(plan)


def test_outside_hours_message_gives_the_date_once() -> None:
    plan = make_plan([talk("c1")], [("c1", "a", at("16:45"))])
    (conflict,) = check(plan)
    assert message(conflict, "en") == (
        "“Titel c1” (2019-10-07 16:45–17:15) lies outside the event hours (09:00–17:00)"
    )
    assert message(conflict, "de") == (
        "„Titel c1“ (07.10.2019 16:45–17:15) liegt außerhalb der Veranstaltungszeit (09:00–17:00)"
    )


def test_room_window_in_a_multi_day_message_names_its_day() -> None:
    room = Room("a", "Raum A", unavailable=(window("12:00", "13:00", NEXT_DAY),))
    plan = make_plan(
        [talk("c1")], [("c1", "a", at("12:30", NEXT_DAY))], rooms=[room], days=(DAY, NEXT_DAY)
    )
    (conflict,) = check(plan)
    assert message(conflict, "en") == (
        "“Titel c1” (2019-10-08 12:30–13:00) is in Raum A while the room is unavailable "
        "(2019-10-08 12:00–13:00)"
    )


def test_touching_availability_windows_join_into_one_stretch() -> None:
    speaker = Speaker(
        "s1", "Referentin", available=(window("12:00", "17:00"), window("09:00", "12:00"))
    )
    assert speaker.is_available(at("11:45"), at("12:15"))
    gap = Speaker("s2", "Referent", available=(window("09:00", "11:55"), window("12:00", "17:00")))
    assert not gap.is_available(at("11:45"), at("12:15"))
