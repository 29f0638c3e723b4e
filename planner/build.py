"""Build, measure and smoke-test the installable bundle: ``python -m planner.build``.

Run it with the build dependency group, on the platform you build for::

    uv run --group build python -m planner.build [--clean] [--smoke] [--archive]

PyInstaller reads ``packaging/agenda-planner.spec`` and writes ``dist/`` (``Agenda
Planner.app`` on macOS, ``Agenda Planner/`` on Windows, ``agenda-planner/`` on Linux).
Afterwards the bundle's size is reported, ``--smoke`` runs the bundled programs (see
`planner.build_smoke`), and ``--archive`` packs the result for users: a ``.dmg`` on
macOS (``hdiutil``), a ``.zip`` on Windows (the Inno Setup installer is made by CI from the
same folder), a ``.tar.gz`` on Linux.

This module is build tooling: it is not part of the bundle, and it imports PyInstaller
only when it builds.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "agenda-planner.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_NAME = "Agenda Planner"


def project_version() -> str:
    """The one version: ``[project].version`` in pyproject.toml."""
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


@dataclass(frozen=True)
class Bundle:
    """Where the built programs are on this platform."""

    root: Path  # what users get: the .app, or the folder
    gui: Path
    cli: Path

    @classmethod
    def for_platform(cls, platform: str = sys.platform, dist: Path = DIST) -> Bundle:
        if platform == "darwin":
            app = dist / f"{APP_NAME}.app"
            macos = app / "Contents" / "MacOS"
            return cls(app, macos / APP_NAME, macos / "agenda-planner")
        if platform == "win32":
            folder = dist / APP_NAME
            return cls(folder, folder / f"{APP_NAME}.exe", folder / "agenda-planner.exe")
        folder = dist / "agenda-planner"
        return cls(folder, folder / "agenda-planner-gui", folder / "agenda-planner")


def spec_excludes(spec: Path = SPEC) -> list[str]:
    """The ``EXCLUDES`` list of the spec, read without running it."""
    tree = ast.parse(spec.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "EXCLUDES" for t in node.targets
        ):
            return [str(v) for v in ast.literal_eval(node.value)]
    raise ValueError(f"{spec} has no EXCLUDES list")


def imported_modules(package: Path) -> dict[str, set[str]]:
    """Every absolute import of every module under ``package``, by file."""
    found: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[str(path.relative_to(package.parent))] = names
    return found


def excluded_but_imported(
    excludes: Iterable[str], imports: dict[str, set[str]]
) -> list[tuple[str, str]]:
    """(file, module) pairs where planner code imports something the bundle leaves out."""
    clashes = []
    for file, names in imports.items():
        for name in sorted(names):
            if any(name == ex or name.startswith(ex + ".") for ex in excludes):
                clashes.append((file, name))
    return clashes


def run_pyinstaller(clean: bool) -> None:
    import PyInstaller.__main__

    args = [str(SPEC), "--noconfirm", "--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        args.append("--clean")
    PyInstaller.__main__.run(args)


def tree_size(path: Path) -> int:
    if path.is_symlink():
        return 0  # macOS bundles link Resources/ and Frameworks/; count each file once
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(
    root: Path, top: int = 10
) -> tuple[int, list[tuple[int, str]], list[tuple[int, str]]]:
    """Total bytes, the biggest entries of the library folder, the biggest single files."""
    inner = next(
        (p for p in (root / "_internal", root / "Contents" / "Frameworks") if p.is_dir()), root
    )
    entries = sorted(
        ((tree_size(p), str(p.relative_to(root))) for p in inner.iterdir()), reverse=True
    )
    files = sorted(
        (
            (p.stat().st_size, str(p.relative_to(root)))
            for p in root.rglob("*")
            if p.is_file() and not p.is_symlink()
        ),
        reverse=True,
    )
    return tree_size(root), entries[:top], files[:top]


def print_size_report(root: Path) -> None:
    total, entries, files = size_report(root)
    mb = 1024 * 1024
    print(f"\nBundle {root.relative_to(ROOT)}: {total / mb:.1f} MB")
    print("Biggest entries:")
    for size, name in entries:
        print(f"  {size / mb:8.1f} MB  {name}")
    print("Biggest files:")
    for size, name in files:
        print(f"  {size / mb:8.1f} MB  {name}")


def make_archive(bundle: Bundle, version: str) -> Path:
    """The file users download: .dmg (macOS), .zip (Windows), .tar.gz (Linux)."""
    if sys.platform == "darwin":
        dmg = DIST / f"Agenda-Planner-{version}-macOS-{_machine()}.dmg"
        dmg.unlink(missing_ok=True)
        staging = WORK / "dmg"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        # ditto keeps the symlinks and attributes inside the .app (code signing needs them).
        subprocess.run(["ditto", str(bundle.root), str(staging / bundle.root.name)], check=True)
        (staging / "Applications").symlink_to("/Applications")
        command = ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(staging),
                   "-ov", "-format", "UDZO", str(dmg)]  # fmt: skip
        for attempt in range(3):  # hdiutil now and then fails with "Resource busy" on CI
            if subprocess.run(command, check=False).returncode == 0:
                return dmg
            time.sleep(5 * (attempt + 1))
        raise RuntimeError(f"hdiutil could not create {dmg}")
    if sys.platform == "win32":
        base = DIST / f"Agenda-Planner-{version}-windows-{_machine()}"
        return Path(shutil.make_archive(str(base), "zip", DIST, bundle.root.name))
    archive = DIST / f"agenda-planner-{version}-linux-{_machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle.root, arcname=f"agenda-planner-{version}")
    return archive


def _machine() -> str:
    import platform

    return platform.machine().lower() or "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m planner.build", description=__doc__)
    parser.add_argument("--clean", action="store_true", help="start from an empty build cache")
    parser.add_argument("--smoke", action="store_true", help="run the built bundle's smoke test")
    parser.add_argument("--archive", action="store_true", help="pack a .dmg/.zip/.tar.gz")
    parser.add_argument(
        "--no-build", action="store_true", help="use the bundle already in dist/ (smoke, size)"
    )
    parser.add_argument(
        "--print-version", action="store_true", help="print the version and stop (for CI)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    version = project_version()
    if args.print_version:
        print(version)
        return 0
    bundled = {
        file: names
        for file, names in imported_modules(ROOT / "planner").items()
        if not Path(file).name.startswith("build")  # the build tooling stays out of the bundle
    }
    clashes = excluded_but_imported(spec_excludes(), bundled)
    if clashes:
        for file, name in clashes:
            print(f"error: {file} imports {name}, which the spec excludes", file=sys.stderr)
        return 2
    bundle = Bundle.for_platform()
    if not args.no_build:
        if args.clean:
            shutil.rmtree(bundle.root, ignore_errors=True)
        run_pyinstaller(args.clean)
    print_size_report(bundle.root)
    status = 0
    if args.smoke:
        from planner.build_smoke import run_smoke

        status = run_smoke(bundle, version)
    if args.archive and status == 0:
        archive = make_archive(bundle, version)
        print(f"\nArchive: {archive} ({archive.stat().st_size / 1024 / 1024:.1f} MB)")
    return status


if __name__ == "__main__":
    sys.exit(main())
