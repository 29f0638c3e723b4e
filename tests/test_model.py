"""Plan lookups and edits: the cached groupings agree with a plain search of the schedule."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from planner.model import Plan
from tests.builders import at, event, talk
from tests.strategies import plans


def _time_order(placements: list) -> list:
    return sorted(placements, key=lambda p: (p.start, p.contribution))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans(extras=False))
def test_placements_of_speakers_and_rooms_match_a_search_of_the_schedule(plan: Plan) -> None:
    for speaker in plan.speakers:
        expected = [
            p for p in plan.schedule if speaker.id in plan.contribution(p.contribution).speakers
        ]
        assert plan.placements_of_speaker(speaker.id) == _time_order(expected)
    for room in plan.rooms:
        expected = [p for p in plan.schedule if p.room == room.id]
        assert plan.placements_in_room(room.id) == _time_order(expected)
    assert plan.placements_of_speaker("nobody") == []
    assert plan.placements_in_room("nowhere") == []


def test_an_edited_plan_answers_for_its_own_schedule() -> None:
    plan = Plan(event(), contributions=(talk("a", 30, "s1"), talk("b", 30, "s1")))
    plan = plan.with_placement("a", "r1", at("10:00")).with_placement("b", "r1", at("09:00"))
    assert [p.contribution for p in plan.placements_of_speaker("s1")] == ["b", "a"]
    moved = plan.with_placement("b", "r2", at("11:00"))
    assert [p.contribution for p in moved.placements_of_speaker("s1")] == ["a", "b"]
    assert [p.contribution for p in moved.placements_in_room("r1")] == ["a"]
    assert [p.contribution for p in plan.placements_in_room("r1")] == ["b", "a"]


def test_with_contribution_replaces_in_place_or_inserts() -> None:
    plan = Plan(event(), contributions=(talk("a"), talk("b")))
    longer = talk("a", 60)
    assert plan.with_contribution(longer).contributions == (longer, talk("b"))
    assert [c.id for c in plan.with_contribution(talk("c"), 1).contributions] == ["a", "c", "b"]
    assert [c.id for c in plan.with_contribution(talk("d")).contributions] == ["a", "b", "d"]
