"""The plan file v1: refusals name their JSON path, round trips keep all, saves are atomic."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.conflicts import check, message
from planner.resources import CONFLICTS_SAMPLE, resource_path, sample_plan_path
from planner.storage import PlanFileError, dumps_plan, load_plan, loads_plan, save_plan
from tests.strategies import plans


def base_document() -> dict[str, Any]:
    """A small valid plan file as JSON data; every refusal test breaks one thing in it."""
    return {
        "format": "agenda-planner",
        "version": 1,
        "event": {
            "title": "Innovationstag",
            "timezone": "Europe/Berlin",
            "days": ["2019-10-07"],
            "day_start": "09:00",
            "day_end": "17:00",
            "changeover_minutes": 10,
        },
        "rooms": [
            {
                "id": "plenum",
                "name": "Plenarsaal",
                "capacity": 200,
                "features": ["beamer"],
                "unavailable": [{"start": "2019-10-07T12:00", "end": "2019-10-07T13:00"}],
            },
            {"id": "seminar", "name": "Seminarraum"},
        ],
        "speakers": [
            {"id": "de1", "name": "Bürgermeisterin"},
            {
                "id": "dk1",
                "name": "Digitalisierungsbeauftragter",
                "available": [{"start": "2019-10-07T10:30", "end": "2019-10-07T15:00"}],
            },
        ],
        "contributions": [
            {"id": "c1", "title": "Begrüßung", "kind": "welcome", "duration": 15},
            {"id": "c2", "title": "Impuls", "kind": "impulse", "duration": 20, "speakers": ["de1"]},
            {"id": "c3", "title": "Gast", "kind": "guest", "duration": 30, "speakers": ["dk1"]},
            {"id": "c4", "title": "Workshop", "kind": "workshop", "duration": 60},
        ],
        "schedule": [
            {"contribution": "c1", "room": "plenum", "start": "2019-10-07T09:00"},
            {"contribution": "c2", "room": "seminar", "start": "2019-10-07T09:30"},
        ],
    }


def refuse(doc: Any) -> PlanFileError:
    text = doc if isinstance(doc, (str, bytes)) else json.dumps(doc, ensure_ascii=False)
    with pytest.raises(PlanFileError) as info:
        loads_plan(text)
    return info.value


def edit(change: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    doc = copy.deepcopy(base_document())
    change(doc)
    return doc


def test_base_document_is_valid() -> None:
    plan = loads_plan(json.dumps(base_document()))
    assert [c.id for c in plan.contributions] == ["c1", "c2", "c3", "c4"]


# -- refusals -------------------------------------------------------------------------------

# (what is broken, the edit, the exact message: "path: what is wrong")
REFUSALS: list[tuple[str, Callable[[dict[str, Any]], Any], str]] = [
    (
        "wrong format",
        lambda d: d.update(format="calendar"),
        "format: not an Agenda Planner plan (format is 'calendar', expected 'agenda-planner')",
    ),
    (
        "missing format",
        lambda d: d.pop("format"),
        "format: required key is missing",
    ),
    (
        "newer version",
        lambda d: d.update(version=2),
        "version: the file was written by a newer Agenda Planner (format version 2); "
        "this program reads up to version 1 — please update Agenda Planner",
    ),
    (
        "version of the wrong type",
        lambda d: d.update(version="1"),
        "version: expected a whole number, found a string",
    ),
    (
        "wrong type: capacity as text",
        lambda d: d["rooms"][0].update(capacity="groß"),
        "rooms[0].capacity: expected a whole number, found a string",
    ),
    (
        "wrong type: days not a list",
        lambda d: d["event"].update(days="2019-10-07"),
        "event.days: expected a list, found a string",
    ),
    (
        "wrong type: plenary flag as text",
        lambda d: d["contributions"][1].update(plenary="yes"),
        "contributions[1].plenary: expected true or false, found a string",
    ),
    (
        "wrong type: duration as a fraction",
        lambda d: d["contributions"][2].update(duration=30.5),
        "contributions[2].duration: expected a whole number, found a number",
    ),
    (
        "wrong type: speaker id a number",
        lambda d: d["contributions"][1].update(speakers=["de1", 7]),
        "contributions[1].speakers[1]: expected a string, found a number",
    ),
    (
        "wrong type: room not an object",
        lambda d: d["rooms"].append("annex"),
        "rooms[2]: expected an object, found a string",
    ),
    (
        "wrong type: unknown kind",
        lambda d: d["contributions"][0].update(kind="lecture"),
        "contributions[0].kind: unknown kind 'lecture' (one of: impulse, session, workshop, "
        "panel, guest, keynote, welcome, break, networking)",
    ),
    (
        "missing required key: title",
        lambda d: d["contributions"][3].pop("title"),
        "contributions[3].title: required key is missing",
    ),
    (
        "missing required key: event",
        lambda d: d.pop("event"),
        "event: required key is missing",
    ),
    (
        "missing required key: placement start",
        lambda d: d["schedule"][1].pop("start"),
        "schedule[1].start: required key is missing",
    ),
    (
        "missing required key: window end",
        lambda d: d["speakers"][1]["available"][0].pop("end"),
        "speakers[1].available[0].end: required key is missing",
    ),
    (
        "duplicate room id",
        lambda d: d["rooms"][1].update(id="plenum"),
        "rooms[1].id: duplicate id 'plenum'",
    ),
    (
        "duplicate speaker id",
        lambda d: d["speakers"].append({"id": "dk1", "name": "Zweite"}),
        "speakers[2].id: duplicate id 'dk1'",
    ),
    (
        "duplicate contribution id",
        lambda d: d["contributions"][3].update(id="c2"),
        "contributions[3].id: duplicate id 'c2'",
    ),
    (
        "dangling speaker reference",
        lambda d: d["contributions"][3].update(speakers=["dk9"]),
        "contributions[3].speakers[0]: unknown speaker 'dk9'",
    ),
    (
        "dangling room reference",
        lambda d: d["schedule"][1].update(room="aula"),
        "schedule[1].room: unknown room 'aula'",
    ),
    (
        "dangling contribution reference",
        lambda d: d["schedule"].append(
            {"contribution": "c99", "room": "plenum", "start": "2019-10-07T14:00"}
        ),
        "schedule[2].contribution: unknown contribution 'c99'",
    ),
    (
        "contribution placed twice",
        lambda d: d["schedule"].append(
            {"contribution": "c1", "room": "seminar", "start": "2019-10-07T14:00"}
        ),
        "schedule[2].contribution: contribution 'c1' is placed twice",
    ),
    (
        "unknown timezone",
        lambda d: d["event"].update(timezone="Europe/Freiburg"),
        "event.timezone: unknown timezone 'Europe/Freiburg'",
    ),
    (
        "room window ends before it starts",
        lambda d: d["rooms"][0]["unavailable"][0].update(end="2019-10-07T11:00"),
        "rooms[0].unavailable[0].end: end is not after start",
    ),
    (
        "speaker window ends before it starts",
        lambda d: d["speakers"][1]["available"][0].update(end="2019-10-07T10:00"),
        "speakers[1].available[0].end: end is not after start",
    ),
    (
        "empty window (end equals start)",
        lambda d: d["speakers"][1]["available"][0].update(end="2019-10-07T10:30"),
        "speakers[1].available[0].end: end is not after start",
    ),
    (
        "day ends before it starts",
        lambda d: d["event"].update(day_end="08:00"),
        "event.day_end: the day ends before it starts",
    ),
    (
        "day ends when it starts",
        lambda d: d["event"].update(day_end="09:00"),
        "event.day_end: the day ends before it starts",
    ),
    (
        "negative duration",
        lambda d: d["contributions"][2].update(duration=-30),
        "contributions[2].duration: must be positive, found -30",
    ),
    (
        "zero duration",
        lambda d: d["contributions"][2].update(duration=0),
        "contributions[2].duration: must be positive, found 0",
    ),
    (
        "negative changeover",
        lambda d: d["event"].update(changeover_minutes=-5),
        "event.changeover_minutes: must be at least 0, found -5",
    ),
    (
        "time with seconds",
        lambda d: d["schedule"][0].update(start="2019-10-07T09:00:30"),
        "schedule[0].start: '2019-10-07T09:00:30' is not on a whole minute",
    ),
    (
        "time with a fraction of a second",
        lambda d: d["rooms"][0]["unavailable"][0].update(start="2019-10-07T12:00:00.5"),
        "rooms[0].unavailable[0].start: '2019-10-07T12:00:00.5' is not on a whole minute",
    ),
    (
        "time with an offset",
        lambda d: d["schedule"][1].update(start="2019-10-07T09:30+02:00"),
        "schedule[1].start: '2019-10-07T09:30+02:00' carries a timezone offset; "
        "write local wall-clock time without one",
    ),
    (
        "time in UTC",
        lambda d: d["speakers"][1]["available"][0].update(start="2019-10-07T08:30Z"),
        "speakers[1].available[0].start: '2019-10-07T08:30Z' carries a timezone offset; "
        "write local wall-clock time without one",
    ),
    (
        "time with trailing text",
        lambda d: d["schedule"][0].update(start="2019-10-07T09:00 Uhr"),
        "schedule[0].start: '2019-10-07T09:00 Uhr' is not a date and time like '2019-10-07T09:30'",
    ),
    (
        "time with a trailing newline",
        lambda d: d["schedule"][0].update(start="2019-10-07T09:00\n"),
        "schedule[0].start: '2019-10-07T09:00\\n' is not a date and time like '2019-10-07T09:30'",
    ),
    (
        "time in non-ASCII digits",
        lambda d: d["schedule"][0].update(start="2019-10-07T٠٩:٣٠"),
        "schedule[0].start: '2019-10-07T٠٩:٣٠' is not a date and time like '2019-10-07T09:30'",
    ),
    (
        "day start with a trailing newline",
        lambda d: d["event"].update(day_start="09:00\n"),
        "event.day_start: expected a time like '09:00', found '09:00\\n'",
    ),
    (
        "impossible date",
        lambda d: d["schedule"][0].update(start="2019-02-30T09:00"),
        "schedule[0].start: '2019-02-30T09:00' is not a valid date and time "
        "(day is out of range for month)",
    ),
    (
        "duration beyond a week",
        lambda d: d["contributions"][3].update(duration=10**10),
        "contributions[3].duration: must be at most 10080, found 10000000000",
    ),
    (
        "changeover beyond a day",
        lambda d: d["event"].update(changeover_minutes=10**13),
        "event.changeover_minutes: must be at most 1440, found 10000000000000",
    ),
    (
        "placement ending after the year 9999",
        lambda d: d["schedule"][1].update(start="9999-12-31T23:50"),
        "schedule[1].start: the contribution would end after the year 9999",
    ),
    (
        "lone surrogate in a title",
        lambda d: d["contributions"][1].update(title="Impuls \ud800"),
        "contributions[1].title: contains an invalid character (a lone surrogate)",
    ),
    (
        "lone surrogate deep in an unknown key",
        lambda d: d["rooms"][1].update({"x-notes": {"list": ["ok", "\udc00"]}}),
        "rooms[1].x-notes.list[1]: contains an invalid character (a lone surrogate)",
    ),
    (
        "id with a newline stays one line",
        lambda d: d["contributions"][3].update(speakers=["dk\n9"]),
        "contributions[3].speakers[0]: unknown speaker 'dk\\n9'",
    ),
    (
        "day hours with seconds",
        lambda d: d["event"].update(day_start="09:00:00"),
        "event.day_start: expected a time like '09:00', found '09:00:00'",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, expected, id=what) for what, change, expected in REFUSALS],
)
def test_refusal_names_the_json_path(
    change: Callable[[dict[str, Any]], Any], expected: str
) -> None:
    error = refuse(edit(change))
    assert str(error) == expected
    assert "\n" not in str(error)
    assert error.path == expected.split(": ", 1)[0]


def test_refuses_text_that_is_not_json() -> None:
    error = refuse('{"format": "agenda-planner", "version": 1,')
    assert str(error).startswith("not valid JSON: ")
    assert "line 1" in str(error)


def test_refuses_a_key_given_twice_with_its_path() -> None:
    text = json.dumps(base_document()).replace(
        '"id": "c3",', '"id": "c3", "duration": 45,'
    )  # c3 has "duration" twice now
    assert str(refuse(text)) == "contributions[2]: the key 'duration' appears twice"
    top = json.dumps(base_document()).replace('"version": 1,', '"version": 1, "version": 1,')
    assert str(refuse(top)) == "(top level): the key 'version' appears twice"


def test_refuses_nan_literals() -> None:
    doc = json.dumps(base_document()).replace('"capacity": 200', '"capacity": NaN')
    assert "NaN is not allowed" in str(refuse(doc))


def test_refuses_bytes_that_are_not_utf8() -> None:
    latin1 = json.dumps(base_document(), ensure_ascii=False).encode("latin-1")
    error = refuse(latin1)
    assert str(error).startswith("the file is not UTF-8 text (invalid byte at position ")


def test_accepts_a_utf8_byte_order_mark() -> None:
    text = json.dumps(base_document(), ensure_ascii=False)
    plan = loads_plan(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert plan.speakers[0].name == "Bürgermeisterin"


def test_refuses_a_top_level_that_is_not_an_object() -> None:
    assert str(refuse("[1, 2]")) == "(top level): expected an object, found a list"


def test_load_plan_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.agenda.json"
    path.write_text(json.dumps(edit(lambda d: d["schedule"][1].update(room="aula"))))
    with pytest.raises(PlanFileError) as info:
        load_plan(path)
    assert info.value.describe() == f"{path}: schedule[1].room: unknown room 'aula'"


def test_load_plan_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="file not found"):
        load_plan(tmp_path / "nowhere.agenda.json")


def test_load_plan_of_a_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="folder"):
        load_plan(tmp_path)


# -- round trips ----------------------------------------------------------------------------


def test_unknown_keys_survive_at_every_level() -> None:
    def add_unknown(d: dict[str, Any]) -> None:
        d["x-top"] = {"nested": [1, 2.5, None]}
        d["event"]["x-event"] = "Abendessen 19 Uhr"
        d["event"]["organizer"] = {"name": "Digitalakademie", "x-org": True}
        d["rooms"][0]["x-room"] = 3
        d["rooms"][0]["unavailable"][0]["x-reason"] = "Aufbau"
        d["speakers"][1]["x-speaker"] = ["Flug", "SAS"]
        d["speakers"][1]["available"][0]["x-window"] = "Anreise"
        d["contributions"][2]["x-contribution"] = {"slides": "dk.pdf"}
        d["schedule"][1]["x-placement"] = "gesetzt"

    doc = edit(add_unknown)
    saved = json.loads(dumps_plan(loads_plan(json.dumps(doc))))
    assert saved["x-top"] == {"nested": [1, 2.5, None]}
    assert saved["event"]["x-event"] == "Abendessen 19 Uhr"
    assert saved["event"]["organizer"]["x-org"] is True
    assert saved["rooms"][0]["x-room"] == 3
    assert saved["rooms"][0]["unavailable"][0]["x-reason"] == "Aufbau"
    assert saved["speakers"][1]["x-speaker"] == ["Flug", "SAS"]
    assert saved["speakers"][1]["available"][0]["x-window"] == "Anreise"
    assert saved["contributions"][2]["x-contribution"] == {"slides": "dk.pdf"}
    assert saved["schedule"][1]["x-placement"] == "gesetzt"


def test_saving_a_loaded_sample_reproduces_it_byte_for_byte(
    sample_path: Path, conflicts_sample_path: Path
) -> None:
    for path in (sample_path, conflicts_sample_path):
        if not path.exists():
            pytest.skip(f"{path.name} is not there yet")
        raw = path.read_bytes()
        assert dumps_plan(loads_plan(raw)).encode("utf-8") == raw, path.name


def test_canonical_form_is_stable_and_readable() -> None:
    text = dumps_plan(loads_plan(json.dumps(base_document())))
    assert text.endswith("}\n")
    assert '\n  "event": {\n    "title": "Innovationstag",' in text
    assert "Bürgermeisterin" in text  # no \u00fc escapes
    assert dumps_plan(loads_plan(text)) == text


def test_speaker_with_no_availability_differs_from_one_never_available() -> None:
    doc = edit(lambda d: d["speakers"][0].update(available=[]))
    plan = loads_plan(json.dumps(doc))
    assert plan.speakers[0].available == ()
    assert plan.speakers[1].available is not None
    assert loads_plan(dumps_plan(plan)) == plan
    assert '"available": []' in dumps_plan(plan)


def test_escaped_surrogate_pairs_are_fine() -> None:
    doc = edit(lambda d: d["contributions"][0].update(title="Willkommen \U0001f44b"))
    text = json.dumps(doc)  # ensure_ascii writes the emoji as "\\ud83d\\udc4b"
    assert "\\ud83d" in text
    plan = loads_plan(text)
    assert plan.contributions[0].title == "Willkommen \U0001f44b"
    assert "Willkommen \U0001f44b" in dumps_plan(plan)


def test_seconds_of_zero_are_a_whole_minute() -> None:
    doc = edit(lambda d: d["schedule"][0].update(start="2019-10-07T09:00:00"))
    assert loads_plan(json.dumps(doc)).schedule[0].start.minute == 0


def test_a_plan_in_year_one_saves_in_a_form_it_loads_again() -> None:
    # strftime("%Y") writes year 1 as "1" on Linux: the saved file was refused on load.
    doc = edit(lambda d: d["event"].update(days=["0001-01-01"]))
    doc["schedule"] = [{"contribution": "c1", "room": "plenum", "start": "0001-01-01T09:00"}]
    plan = loads_plan(json.dumps(doc))
    text = dumps_plan(plan)
    assert '"start": "0001-01-01T09:00"' in text
    assert loads_plan(text) == plan


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans())
def test_random_plans_round_trip(plan: Any) -> None:
    text = dumps_plan(plan)
    assert loads_plan(text) == plan
    assert dumps_plan(loads_plan(text)) == text


# -- saving ---------------------------------------------------------------------------------


@pytest.fixture
def plan() -> Any:
    return loads_plan(json.dumps(base_document()))


def test_save_keeps_the_previous_file_as_backup(tmp_path: Path, plan: Any) -> None:
    target = tmp_path / "tag.agenda.json"
    save_plan(plan, target)
    assert not (tmp_path / "tag.agenda.json.bak").exists()
    first = target.read_bytes()
    moved = plan.with_placement("c4", "seminar", plan.schedule[1].start.replace(hour=14))
    save_plan(moved, target)
    assert (tmp_path / "tag.agenda.json.bak").read_bytes() == first
    assert load_plan(target) == moved
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tag.agenda.json", "tag.agenda.json.bak"]


def test_failed_replace_leaves_target_untouched_and_no_temp_file(
    tmp_path: Path, plan: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "tag.agenda.json"
    save_plan(plan, target)
    before = target.read_bytes()

    def broken_replace(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        save_plan(plan.without_placement("c1"), target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tag.agenda.json", "tag.agenda.json.bak"]


def test_failed_write_leaves_no_temp_file(
    tmp_path: Path, plan: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "new.agenda.json"

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="Input/output"):
        save_plan(plan, target)
    assert list(tmp_path.iterdir()) == []


def test_save_into_a_missing_folder_raises_oserror(tmp_path: Path, plan: Any) -> None:
    with pytest.raises(FileNotFoundError):
        save_plan(plan, tmp_path / "missing" / "tag.agenda.json")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_new_file_gets_ordinary_permissions_and_saves_keep_them(tmp_path: Path, plan: Any) -> None:
    target = tmp_path / "team.agenda.json"
    old_mask = os.umask(0o022)
    try:
        save_plan(plan, target)
    finally:
        os.umask(old_mask)
    assert target.stat().st_mode & 0o777 == 0o644  # colleagues can read a shared plan
    target.chmod(0o640)
    save_plan(plan, target)
    assert target.stat().st_mode & 0o777 == 0o640


# -- never a traceback ----------------------------------------------------------------------

_any_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=25)
    | st.sampled_from(["2019-10-07T09:30", "09:00", "2019-10-07", "c0", "r0", "s0", ""]),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["id", "start", "end", "x"]), children, max_size=3)
    ),
    max_leaves=5,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*prefix, i))
    return found


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), plan=plans(extras=False, max_contributions=5))
def test_a_damaged_file_is_refused_or_loads_and_checks(data: st.DataObject, plan: Any) -> None:
    """Replace or delete one value anywhere: PlanFileError or a plan that works, nothing else."""
    doc = json.loads(dumps_plan(plan))
    path = data.draw(st.sampled_from(_paths(doc)[1:]), label="path")
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    how = data.draw(st.sampled_from(["replace", "delete", "duplicate"]), label="how")
    if how == "delete" and isinstance(parent, dict):
        del parent[path[-1]]
    elif how == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[path[-1]]))
    else:
        parent[path[-1]] = data.draw(_any_json, label="value")
    text = json.dumps(doc, ensure_ascii=False)
    message = ""
    try:
        loaded = loads_plan(text)
    except PlanFileError as error:
        message = str(error)
    if message:
        assert "\n" not in message
        return
    check(loaded)
    assert loads_plan(dumps_plan(loaded)) == loaded


def _load_or_refuse(raw: str | bytes) -> None:
    """What the CLI's ``check`` does: a PlanFileError with one line, or a plan that checks."""
    refusal = ""
    try:
        loaded = loads_plan(raw)
    except PlanFileError as error:
        refusal = str(error)
    if refusal:
        assert "\n" not in refusal
        return
    for conflict in check(loaded):
        message(conflict, "de")
        message(conflict, "en")


_SAMPLE_TEXTS = [
    path.read_text("utf-8") for path in (sample_plan_path(), resource_path(CONFLICTS_SAMPLE))
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), which=st.sampled_from(range(len(_SAMPLE_TEXTS))))
def test_randomly_damaged_samples_are_refused_or_load(data: st.DataObject, which: int) -> None:
    """Up to three edits anywhere in a real plan: delete a key or item, put any JSON value
    (or a copy of another part of the file) in its place, or duplicate a list item."""
    doc = json.loads(_SAMPLE_TEXTS[which])
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        path = data.draw(st.sampled_from(_paths(doc)[1:]), label="path")
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        how = data.draw(st.sampled_from(["delete", "replace", "copy", "duplicate"]), label="how")
        if how == "delete":
            del parent[path[-1]]
        elif how == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        elif how == "copy":
            source: Any = doc
            for key in data.draw(st.sampled_from(_paths(doc)), label="from"):
                source = source[key]
            parent[path[-1]] = copy.deepcopy(source)
        else:
            parent[path[-1]] = data.draw(_any_json, label="value")
        if len(_paths(doc)) == 1:
            break  # everything deleted
    _load_or_refuse(json.dumps(doc, ensure_ascii=data.draw(st.booleans(), label="ascii")))


@settings(max_examples=100, deadline=None)
@given(data=st.data(), which=st.sampled_from(range(len(_SAMPLE_TEXTS))))
def test_sample_bytes_flipped_or_cut_are_refused_or_load(data: st.DataObject, which: int) -> None:
    raw = bytearray(_SAMPLE_TEXTS[which].encode("utf-8"))
    if data.draw(st.booleans(), label="cut"):
        raw = raw[: data.draw(st.integers(0, len(raw) - 1), label="length")]
    else:
        for _ in range(data.draw(st.integers(1, 5), label="flips")):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    _load_or_refuse(bytes(raw))


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_saving_through_a_symlink_updates_the_linked_file(tmp_path: Path, plan: Any) -> None:
    real = tmp_path / "shared" / "tag.agenda.json"
    real.parent.mkdir()
    save_plan(plan, real)
    link = tmp_path / "tag.agenda.json"
    link.symlink_to(real)
    changed = plan.without_placement("c2")
    save_plan(changed, link)
    assert link.is_symlink()
    assert load_plan(real) == changed
    assert load_plan(real.with_name("tag.agenda.json.bak")) == plan
