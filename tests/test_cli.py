"""`agenda-planner check PLAN [--json]` as DESIGN.md fixes it: exit codes, JSON shape, no Qt."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from planner.cli import main
from planner.model import Contribution, Kind, Placement, Plan, Room, Speaker
from planner.storage import save_plan
from tests.builders import at, event

ROOT = Path(__file__).resolve().parent.parent
JSON_KEYS = ["kind", "severity", "contributions", "room", "speaker", "message"]


def small_plan(*, audience: int = 10, second_start: str = "11:00") -> Plan:
    """Two talks by one speaker in one room; an audience above 40 gives a capacity warning."""
    return Plan(
        event=event(),
        rooms=(Room("plenum", "Plenarsaal", capacity=40),),
        speakers=(Speaker("s1", "Bürgermeisterin"),),
        contributions=(
            Contribution("c1", "Impuls", Kind.IMPULSE, 30, speakers=("s1",), audience=audience),
            Contribution("c2", "Session", Kind.SESSION, 60, speakers=("s1",)),
        ),
        schedule=(
            Placement("c1", "plenum", at("10:00")),
            Placement("c2", "plenum", at(second_start)),
        ),
    )


def write(tmp_path: Path, plan: Plan, name: str = "plan.agenda.json") -> str:
    path = tmp_path / name
    save_plan(plan, path)
    return str(path)


def run_check(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


# -- exit codes -----------------------------------------------------------------------------


def test_exit_0_on_the_bundled_sample(sample_path: Path, capsys: pytest.CaptureFixture[str]):
    if not sample_path.exists():
        pytest.skip("the bundled sample is not there yet")
    code, out, err = run_check([str(sample_path)], capsys)
    assert code == 0
    assert err == ""
    assert out.rstrip().splitlines()[-1].startswith("0 error(s), 0 warning(s)")


def test_exit_1_on_the_conflicts_sample(
    conflicts_sample_path: Path, capsys: pytest.CaptureFixture[str]
):
    if not conflicts_sample_path.exists():
        pytest.skip("the conflicts sample is not there yet")
    code, out, _ = run_check([str(conflicts_sample_path)], capsys)
    assert code == 1
    assert "room-overlap" in out


def test_exit_0_with_warnings_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_check([write(tmp_path, small_plan(audience=90))], capsys)
    assert code == 0
    assert "capacity" in out
    assert "0 error(s), 1 warning(s)" in out


def test_exit_1_with_one_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_check([write(tmp_path, small_plan(second_start="10:15"))], capsys)
    assert code == 1
    assert "room-overlap" in out
    assert "speaker-overlap" in out


BROKEN_FILES = {
    "not-json": b'{"format": "agenda-planner",',
    "not-utf8": '{"format": "agenda-planner", "title": "Bürger"}'.encode("latin-1"),
    "empty": b"",
    "wrong-format": b'{"format": "calendar", "version": 1}',
    "newer-version": b'{"format": "agenda-planner", "version": 99}',
    "a-list": b"[]",
    "deeply-nested": b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("content", BROKEN_FILES.values(), ids=BROKEN_FILES.keys())
def test_exit_2_on_a_broken_file_with_one_line_on_stderr(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.agenda.json"
    path.write_bytes(content)
    for extra in ([], ["--json"]):
        code, out, err = run_check([str(path), *extra], capsys)
        assert code == 2
        assert out == ""
        assert len(err.splitlines()) == 1, err
        assert err.startswith(f"agenda-planner: {path}: ")


def test_exit_2_on_a_missing_file_and_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_check([str(tmp_path / "missing.agenda.json")], capsys)
    assert (code, err.count("\n")) == (2, 1)
    assert "file not found" in err
    code, _, err = run_check([str(tmp_path)], capsys)
    assert (code, err.count("\n")) == (2, 1)


def test_exit_2_names_the_json_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(write(tmp_path, small_plan()))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["contributions"][0]["speakers"] = ["dk9"]
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run_check([str(path)], capsys)
    assert code == 2
    assert err == f"agenda-planner: {path}: contributions[0].speakers[0]: unknown speaker 'dk9'\n"


def test_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "broken.agenda.json"
    path.write_text('{"format": "agenda-planner", "version": 1, "event": []}')
    result = subprocess.run(
        [sys.executable, "-m", "planner", "check", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"agenda-planner: {path}: event: expected an object, found a list\n"


def test_output_to_a_code_page_console_does_not_crash(tmp_path: Path) -> None:
    """Windows writes redirected output in cp1252, which has no emoji and no 'ő'."""
    plan = small_plan(audience=90)
    plan = plan.with_contribution(replace(plan.contribution("c1"), title="Impuls 🚀 Győr"))
    path = write(tmp_path, plan)
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    for extra, check_output in (([], "“Impuls ? Gy?r” expects 90 people"), (["--json"], None)):
        result = subprocess.run(
            [sys.executable, "-m", "planner", "check", path, "--lang", "en", *extra],
            capture_output=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
        assert (result.returncode, result.stderr) == (0, b"")
        text = result.stdout.decode("cp1252")
        if check_output:
            assert check_output in text
        else:  # lossless: \u escapes
            message = json.loads(text)["conflicts"][0]["message"]
            assert message.startswith("“Impuls 🚀 Győr”")


# -- --json ---------------------------------------------------------------------------------


def test_json_shape(conflicts_sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not conflicts_sample_path.exists():
        pytest.skip("the conflicts sample is not there yet")
    code, out, err = run_check([str(conflicts_sample_path), "--json", "--lang", "en"], capsys)
    assert (code, err) == (1, "")
    data = json.loads(out)
    assert list(data) == ["conflicts"]
    by_kind = {}
    for item in data["conflicts"]:
        assert list(item) == JSON_KEYS
        assert isinstance(item["contributions"], list)
        assert item["contributions"] == sorted(item["contributions"])
        assert item["message"]
        by_kind.setdefault(item["kind"], item)
    assert by_kind["room-overlap"]["room"] is not None
    assert by_kind["room-overlap"]["speaker"] is None
    assert by_kind["speaker-overlap"]["room"] is None
    assert by_kind["speaker-overlap"]["speaker"] is not None
    assert by_kind["changeover"]["speaker"] is not None
    for kind in ("plenary-parallel", "topic-parallel", "unscheduled"):
        assert (by_kind[kind]["room"], by_kind[kind]["speaker"]) == (None, None), kind
    assert {i["kind"]: i["severity"] for i in data["conflicts"]}["unscheduled"] == "info"


def test_json_of_a_plan_without_conflicts(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    code, out, _ = run_check([write(tmp_path, small_plan()), "--json"], capsys)
    assert code == 0
    assert json.loads(out) == {"conflicts": []}


def test_json_values_for_one_overlap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, small_plan(second_start="10:15"))
    code, out, _ = run_check([path, "--json", "--lang", "en"], capsys)
    assert code == 1
    assert json.loads(out)["conflicts"] == [
        {
            "kind": "room-overlap",
            "severity": "error",
            "contributions": ["c1", "c2"],
            "room": "plenum",
            "speaker": None,
            "message": "“Impuls” and “Session” overlap in Plenarsaal (10:15–10:30)",
        },
        {
            "kind": "speaker-overlap",
            "severity": "error",
            "contributions": ["c1", "c2"],
            "room": None,
            "speaker": "s1",
            "message": "Bürgermeisterin is in “Impuls” and “Session” at the same time "
            "(10:15–10:30)",
        },
    ]


def test_messages_follow_lang_and_the_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, small_plan(audience=90))
    _, out, _ = run_check([path, "--json", "--lang", "de"], capsys)
    assert json.loads(out)["conflicts"][0]["message"] == (
        "„Impuls“ erwartet 90 Personen, Plenarsaal fasst 40"
    )
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    _, out, _ = run_check([path], capsys)
    assert "erwartet 90 Personen" in out
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    _, out, _ = run_check([path], capsys)
    assert "expects 90 people" in out


# -- no Qt on the check path ----------------------------------------------------------------


def test_check_never_imports_qt(sample_path: Path) -> None:
    if not sample_path.exists():
        pytest.skip("the bundled sample is not there yet")
    code = (
        "import sys\n"
        "from planner.cli import main\n"
        f"rc = main(['check', {str(sample_path)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
        "assert rc == 0, rc\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_import_contract_holds() -> None:
    """The core never imports Qt: the import-linter contract in pyproject.toml holds."""
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    linter = config["tool"]["importlinter"]
    assert any(
        "PySide6" in c["forbidden_modules"] and "planner.cli" in c["source_modules"]
        for c in linter["contracts"]
    )
    result = subprocess.run([exe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
