"""Smoke test of a built bundle: run its programs the way a user or a script would.

Part of the build tooling (``python -m planner.build --smoke``), not of the bundle. Every
program runs from a temporary folder with a clean environment, so nothing from the
checkout or the virtual environment can stand in for what is missing from the bundle.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.build import Bundle

SAMPLE_NAME = "innovationstag-2019.agenda.json"
CONFLICTS_NAME = "innovationstag-conflicts.agenda.json"
TIMEOUT = 120


@dataclass(frozen=True)
class Step:
    name: str
    status: str  # "ok", "FAILED" or "skipped"
    detail: str = ""


def _clean_env(**extra: str) -> dict[str, str]:
    """The caller's environment without Python/venv variables, offscreen Qt, English."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "UV_", "QT_")) and k != "PYTEST_CURRENT_TEST"
    }
    env.update(QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    env.update(extra)
    return env


def _run(args: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_clean_env(**env),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _tail(proc: subprocess.CompletedProcess[str]) -> str:
    lines = (proc.stdout + proc.stderr).strip().splitlines()
    return lines[-1][:160] if lines else ""


def find_in_bundle(root: Path, name: str) -> Path | None:
    """A bundled file by name (the resources sit in ``_internal`` or ``Contents/Resources``)."""
    return next((p for p in sorted(root.rglob(name)) if p.is_file()), None)


def has_module(name: str) -> bool:
    """Whether the checkout the bundle was built from has ``name`` (so the bundle has it)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def cli_steps(bundle: Bundle, version: str, tmp: Path) -> list[Step]:
    steps = []
    proc = _run([bundle.cli, "--version"], tmp)
    expected = f"agenda-planner {version}"
    ok = proc.returncode == 0 and proc.stdout.strip() == expected
    steps.append(Step("--version", "ok" if ok else "FAILED", proc.stdout.strip() or _tail(proc)))

    sample = find_in_bundle(bundle.root, SAMPLE_NAME)
    if sample is None:
        return [*steps, Step("bundled sample", "FAILED", f"{SAMPLE_NAME} not in the bundle")]
    steps.append(Step("bundled sample", "ok", str(sample.relative_to(bundle.root))))
    proc = _run([bundle.cli, "check", sample], tmp)
    steps.append(Step("check sample", "ok" if proc.returncode == 0 else "FAILED", _tail(proc)))
    conflicts = find_in_bundle(bundle.root, CONFLICTS_NAME)
    if conflicts is not None:
        proc = _run([bundle.cli, "check", conflicts, "--json"], tmp)
        try:
            kinds = {c["kind"] for c in json.loads(proc.stdout)["conflicts"]}
            ok, detail = proc.returncode == 1, f"exit {proc.returncode}, {len(kinds)} kinds"
        except (ValueError, KeyError):
            ok, detail = False, _tail(proc)
        steps.append(Step("check conflicts sample --json", "ok" if ok else "FAILED", detail))

    plan = tmp / "plan.agenda.json"
    shutil.copyfile(sample, plan)  # export --ics records SEQUENCE state in the plan
    steps += _export_steps(bundle, plan, tmp)
    return steps


def _export_steps(bundle: Bundle, plan: Path, tmp: Path) -> list[Step]:
    formats = {
        "ical": has_module("planner.export.ical"),
        "excel": has_module("planner.export.excel"),
    }
    args: list[str | Path] = [bundle.cli, "export", plan]
    steps = [
        Step(f"export {name}", "skipped", f"planner.export.{name} did not exist at build time")
        for name, present in formats.items()
        if not present
    ]
    if formats["ical"]:
        args += ["--ics", tmp / "ics"]
    if formats["excel"]:
        args += ["--xlsx", tmp / "agenda.xlsx"]
    if len(args) == 3:
        return steps
    proc = _run(args, tmp)
    if proc.returncode != 0:
        return [*steps, Step("export", "FAILED", f"exit {proc.returncode}: {_tail(proc)}")]
    if formats["ical"]:
        files = sorted((tmp / "ics").rglob("*.ics"))
        ok = bool(files) and all(f.read_bytes().startswith(b"BEGIN:VCALENDAR") for f in files)
        steps.append(Step("export ical", "ok" if ok else "FAILED", f"{len(files)} .ics files"))
    if formats["excel"]:
        book = tmp / "agenda.xlsx"
        ok = book.is_file() and zipfile.is_zipfile(book)
        if ok:
            with zipfile.ZipFile(book) as zf:
                ok = "xl/workbook.xml" in zf.namelist()
        size = book.stat().st_size if book.is_file() else 0
        steps.append(Step("export excel", "ok" if ok else "FAILED", f"{size} bytes"))
    return steps


def gui_step(bundle: Bundle, version: str, tmp: Path) -> Step:
    """Start the windowed program offscreen on the bundled sample, with its smoke hook, in a
    German locale so the app's translators for German are looked up inside the bundle."""
    report = tmp / "gui-smoke.json"
    german = {"LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
    proc = _run([bundle.gui], tmp, AGENDA_PLANNER_SMOKE=str(report), **german)
    if not report.is_file():
        return Step("gui offscreen", "FAILED", f"no report, exit {proc.returncode}: {_tail(proc)}")
    data = json.loads(report.read_text(encoding="utf-8"))
    detail = json.dumps(data, ensure_ascii=False)
    if str(data.get("gui", "")).startswith("skipped"):
        return Step("gui offscreen", "skipped", detail)
    ok = (
        proc.returncode == 0
        and data.get("inside_bundle")
        and data.get("qt_translation_de")
        and data.get("version") == version
    )
    return Step("gui offscreen", "ok" if ok else "FAILED", detail)


def run_smoke(bundle: Bundle, version: str) -> int:
    """Run every step, print one line each; exit status 1 if any failed."""
    print(f"\nSmoke test of {bundle.root} ({sys.platform})")
    with tempfile.TemporaryDirectory(prefix="agenda-smoke-") as name:
        tmp = Path(name)
        steps = [*cli_steps(bundle, version, tmp), gui_step(bundle, version, tmp)]
    for step in steps:
        print(f"  {step.status:<8} {step.name:<30} {step.detail}")
    failed = sum(s.status == "FAILED" for s in steps)
    skipped = sum(s.status == "skipped" for s in steps)
    print(f"smoke: {len(steps) - failed - skipped} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0
