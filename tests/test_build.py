"""The installer configuration, checked without running PyInstaller.

The spec is executed with stand-ins for PyInstaller's build classes, once per platform, so
the tests see exactly what PyInstaller would be asked to build: executables, icons, the
macOS document type, the Windows version resource. Icon files are read by hand (Pillow
is only in the build group).
"""

from __future__ import annotations

import struct
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from planner import build, cli

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class _Recorded:
    """Stand-in for a PyInstaller build target: keeps its arguments."""

    calls: list[_Recorded]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.calls.append(self)


def run_spec(platform: str, workpath: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Execute the spec as PyInstaller would on ``platform``; return its namespace."""
    calls: list[_Recorded] = []

    class Analysis(_Recorded):
        def __init__(self, scripts: list[str], **kwargs: Any) -> None:
            super().__init__(scripts, **kwargs)
            names = [Path(s).stem for s in scripts]
            self.scripts = [("pyiboot01_bootstrap", "", "PYSOURCE")] + [
                (n, s, "PYSOURCE") for n, s in zip(names, scripts, strict=True)
            ]
            self.datas = [
                (str(Path(dest) / Path(src).name), src, "DATA") for src, dest in kwargs["datas"]
            ] + [
                (f"PySide6/Qt/translations/qtbase_{lang}.qm", "", "DATA")
                for lang in ("de", "en", "fr", "pt_BR")
            ]
            self.pure: list[Any] = []
            self.binaries: list[Any] = []

    namespace: dict[str, Any] = {"SPECPATH": str(ROOT / "packaging"), "workpath": str(workpath)}
    for name in ("PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = type(name, (_Recorded,), {})
    namespace["Analysis"] = Analysis
    for cls in (Analysis, *(namespace[n] for n in ("PYZ", "EXE", "COLLECT", "BUNDLE"))):
        cls.calls = calls
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: [package]  # type: ignore[attr-defined]
    dist_info = "agenda_planner-0.1.0.dist-info"
    hooks.copy_metadata = lambda dist: [  # type: ignore[attr-defined]
        (f"/site/{dist_info}/{f}", dist_info) for f in ("METADATA", "RECORD", "direct_url.json")
    ]
    spec = build.SPEC
    with monkeypatch.context() as patch:
        for name in ("PyInstaller", "PyInstaller.utils"):
            patch.setitem(sys.modules, name, types.ModuleType(name))
        patch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
        patch.setattr(sys, "platform", platform)
        exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    namespace["calls"] = calls
    return namespace


def _of(calls: list[_Recorded], kind: str) -> list[_Recorded]:
    return [c for c in calls if type(c).__name__ == kind]


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


@pytest.mark.parametrize("platform", ["darwin", "win32", "linux"])
def test_spec_builds_a_windowed_and_a_console_program_in_one_folder(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ns = run_spec(platform, tmp_path, monkeypatch)
    gui, cli_exe = _of(ns["calls"], "EXE")
    (collect,) = _of(ns["calls"], "COLLECT")
    expected = build.Bundle.for_platform(platform, Path("dist"))
    folder = expected.root if platform != "darwin" else Path("dist") / "Agenda Planner"

    assert collect.args[:2] == (gui, cli_exe)  # a macOS bundle starts the first one
    assert collect.kwargs["name"] == folder.name
    assert (gui.kwargs["name"], gui.kwargs["console"]) == (expected.gui.stem, False)
    assert (cli_exe.kwargs["name"], cli_exe.kwargs["console"]) == (expected.cli.stem, True)
    assert [s[0] for s in gui.args[1]] == ["pyiboot01_bootstrap", "agenda_planner_gui"]
    assert [s[0] for s in cli_exe.args[1]] == ["pyiboot01_bootstrap", "agenda_planner_cli"]
    assert Path(gui.kwargs["icon"]).is_file()


def test_spec_bundles_resources_version_metadata_and_only_our_qt_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ns = run_spec("linux", tmp_path, monkeypatch)
    (analysis,) = _of(ns["calls"], "Analysis")
    dests = {Path(d[0]).as_posix() for d in analysis.datas}

    assert "resources/samples/innovationstag-2019.agenda.json" in dests
    assert "resources/icons/agenda-planner.png" in dests
    assert not any(d.endswith(".ts") for d in dests)
    assert "agenda_planner-0.1.0.dist-info/METADATA" in dests
    assert "agenda_planner-0.1.0.dist-info/direct_url.json" not in dests
    qt = sorted(Path(d).name for d in dests if "translations" in d)
    assert qt == ["qtbase_de.qm", "qtbase_en.qm"]
    assert "PySide6.QtQuick" in analysis.kwargs["excludes"]
    assert "tzdata" in analysis.kwargs["hiddenimports"]


def test_macos_app_registers_the_plan_document_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ns = run_spec("darwin", tmp_path, monkeypatch)
    (bundle,) = _of(ns["calls"], "BUNDLE")
    plist = bundle.kwargs["info_plist"]

    assert bundle.kwargs["name"] == "Agenda Planner.app"
    assert bundle.kwargs["icon"].endswith("agenda-planner.icns")
    assert bundle.kwargs["version"] == plist["CFBundleShortVersionString"] == pyproject_version()
    assert plist["LSBackgroundOnly"] is False  # else no Dock icon: the CLI exe is console
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["agenda.json"]
    assert "public.json" in declared["UTTypeConformsTo"]
    owner = plist["CFBundleDocumentTypes"][0]
    assert owner["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert (owner["CFBundleTypeRole"], owner["LSHandlerRank"]) == ("Editor", "Owner")
    gui = _of(ns["calls"], "EXE")[0]
    assert gui.kwargs["argv_emulation"] is True  # a double-clicked plan arrives as argv


def test_windows_exe_gets_the_icon_and_a_version_resource_from_pyproject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ns = run_spec("win32", tmp_path, monkeypatch)
    gui = _of(ns["calls"], "EXE")[0]
    version_file = Path(gui.kwargs["version"])
    text = version_file.read_text(encoding="utf-8")
    numbers = [int(n) for n in pyproject_version().split(".")[:3]]

    assert gui.kwargs["icon"].endswith("agenda-planner.ico")
    assert f"filevers={tuple([*numbers, 0])}" in text
    assert f"StringStruct('ProductVersion', '{pyproject_version()}')" in text
    # PyInstaller's own reader (build group only); its Windows-only imports are not needed
    # to parse and serialise the resource.
    compat = pytest.importorskip("PyInstaller.compat")
    with monkeypatch.context() as patch:
        patch.setitem(sys.modules, "pefile", sys.modules.get("pefile", types.ModuleType("pefile")))
        patch.setattr(compat, "win32api", getattr(compat, "win32api", None), raising=False)
        from PyInstaller.utils.win32 import versioninfo

        loaded = versioninfo.load_version_info_from_text_file(str(version_file))
    assert loaded.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert loaded.toRaw()[6:36].decode("utf-16-le") == "VS_VERSION_INFO"


def test_inno_setup_script_registers_the_plan_type_and_takes_the_version_from_outside() -> None:
    text = (ROOT / "packaging" / "windows" / "agenda-planner.iss").read_text(encoding="utf-8-sig")

    assert "#error" in text  # no silent default version
    assert "AppVersion={#AppVersion}" in text
    assert r'Subkey: "Software\Classes\.agenda.json"' in text
    assert r'"""{app}\{#AppExe}"" ""%1"""' in text  # opens the double-clicked file
    assert r"SetupIconFile=..\..\resources\icons\agenda-planner.ico" in text
    assert r'#define Bundle "..\..\dist\Agenda Planner"' in text


def test_version_lives_in_pyproject_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.version() == build.project_version() == pyproject_version()
    assert build.main(["--print-version"]) == 0
    assert capsys.readouterr().out.strip() == pyproject_version()


def test_planner_imports_nothing_the_bundle_leaves_out() -> None:
    imports = build.imported_modules(ROOT / "planner")
    bundled = {f: names for f, names in imports.items() if not Path(f).name.startswith("build")}

    assert build.excluded_but_imported(build.spec_excludes(), bundled) == []
    flagged = build.excluded_but_imported(
        ["PySide6.QtQuick"], {"x.py": {"PySide6.QtQuick.QQuickView", "PySide6.QtQuickWidgets"}}
    )
    assert flagged == [("x.py", "PySide6.QtQuick.QQuickView")]


# --- icon files -------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_ico_holds_every_windows_size_as_its_own_image() -> None:
    data = (ICONS / "agenda-planner.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = []
    for i in range(count):
        w, h, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        w, h = w or 256, h or 256
        assert png_size(data[offset : offset + length]) == (w, h)
        assert bits == 32
        sizes.append(w)

    assert (reserved, kind) == (0, 1)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_retina_sizes_up_to_1024() -> None:
    data = (ICONS / "agenda-planner.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = (
            data[pos : pos + 4].decode("ascii"),
            struct.unpack(">I", data[pos + 4 : pos + 8])[0],
        )
        if kind != "TOC ":
            found[kind] = png_size(data[pos + 8 : pos + length])[0]
        pos += length

    assert {k: found[k] for k in ("ic07", "ic09", "ic10", "ic11", "ic12")} == {
        "ic07": 128,
        "ic09": 512,
        "ic10": 1024,
        "ic11": 32,
        "ic12": 64,
    }


def test_png_and_svg_icons_for_the_window_and_linux_desktops() -> None:
    data = (ICONS / "agenda-planner.png").read_bytes()
    assert png_size(data) == (256, 256)
    assert data[25] == 6  # colour type RGBA: transparent corners
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert png_size((ICONS / f"agenda-planner-{size}.png").read_bytes()) == (size, size)
    svg = ET.parse(ICONS / "agenda-planner.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 64 64"
    assert len(svg.findall("{http://www.w3.org/2000/svg}path")) >= 10


def test_size_report_counts_symlinked_files_once(tmp_path: Path) -> None:
    inner = tmp_path / "_internal"
    (inner / "lib").mkdir(parents=True)
    (inner / "lib" / "big.so").write_bytes(b"x" * 3000)
    (inner / "small.txt").write_bytes(b"x" * 10)
    (inner / "link.so").symlink_to(inner / "lib" / "big.so")
    total, entries, files = build.size_report(tmp_path)

    assert total == 3010
    assert entries[0] == (3000, str(Path("_internal/lib")))
    assert files[0] == (3000, str(Path("_internal/lib/big.so")))
