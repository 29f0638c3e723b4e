"""Refresh the UI translations: extract the strings, compile the ``.qm`` files, report gaps.

Run after changing any user-visible string in the GUI::

    uv run python tools/update_translations.py           # update .ts, build .qm, report
    uv run python tools/update_translations.py --check   # change nothing; exit 1 if stale

``pyside6-lupdate`` reads ``planner/app.py`` and every module under ``planner/gui`` and
merges new strings into ``resources/i18n/agenda_planner_de.ts`` (all strings) and
``agenda_planner_en.ts`` (only plural forms: English needs "1 seat" / "2 seats",
everything else is the source text). Strings that are gone are dropped. Then translate
what is new — in Qt Linguist (``uv run pyside6-linguist resources/i18n/agenda_planner_de.ts``)
or in any editor — and run this script again: ``pyside6-lrelease`` compiles the ``.qm``
files the program loads (both ``.ts`` and ``.qm`` are committed, so a checkout runs
without the tools). The report lists unfinished translations, and string literals in
``tr``-like calls that lupdate cannot see (inside an f-string, or through a variable:
write ``self.tr("text")`` on a line of its own, or ``QCoreApplication.translate("Context",
"text")``). Plural forms need ``self.tr("%n seats", "", n)`` or a module ``tr(text, "", n)``:
lupdate misses the count in ``QCoreApplication.translate(context, text, "", n)``.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PREFIX = "agenda_planner"
#: language -> extra lupdate options
LANGUAGES = {"de": [], "en": ["-pluralonly"]}
#: Module-level helpers ``_tr(text)``/``_t(text)`` count as ``tr``; their strings land in the
#: empty context, where the program's translator looks them up (planner/gui/i18n.py).
ALIASES = "tr+=_tr,tr+=_t"
#: Call names whose first string literal (or second, after a context) is a UI string.
TR_NAMES = {"tr", "_tr", "_t", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def sources() -> list[Path]:
    files = [ROOT / "planner" / "app.py", *sorted((ROOT / "planner" / "gui").rglob("*.py"))]
    return [f for f in files if "__pycache__" not in f.parts]


def tool(name: str) -> str:
    """A Qt tool from the environment's PySide6 (``pyside6-lupdate`` …)."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: run this with `uv run`")
    return found


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{PREFIX}_{language}.ts"


def lupdate(folder: Path) -> None:
    files = [str(f.relative_to(ROOT)) for f in sources()]
    for language, options in LANGUAGES.items():
        target = ts_path(language, folder)
        command = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative"]
        command += ["-tr-function-alias", ALIASES]
        command += [*options, "-target-language", language, *files, "-ts", str(target)]
        subprocess.run(command, cwd=ROOT, check=True)


def lrelease(folder: Path) -> None:
    for language in LANGUAGES:
        ts = ts_path(language, folder)
        command = [tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(command, cwd=ROOT, check=True)


def messages(ts: Path) -> list[tuple[str, str, bool]]:
    """(context, source, finished) for every message of a ``.ts`` file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            found.append((name, message.findtext("source") or "", finished))
    return found


def unextracted(known: set[str]) -> list[str]:
    """``file:line: text`` for literals in tr-like calls that are not in the ``.ts``, and
    for every one inside an f-string (lupdate skips those even when the same text is
    extracted elsewhere, under another context)."""
    missing = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        in_fstring = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TR_NAMES:
                continue
            literals = [
                a.value
                for a in node.args[:2]
                if isinstance(a, ast.Constant) and type(a.value) is str
            ]
            if name in ("translate", "QT_TRANSLATE_NOOP"):
                literals = literals[1:2]
            for text in literals[:1]:
                if text not in known or id(node) in in_fstring:
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    missing.append(f"{where}: {text!r}")
    return missing


def report(folder: Path) -> int:
    """Print what needs a translator; the number of problems."""
    problems = 0
    de = messages(ts_path("de", folder))
    unfinished = [(c, s) for c, s, done in de if not done]
    print(
        f"German: {len(de)} strings, {len(de) - len(unfinished)} translated, "
        f"{len(unfinished)} unfinished"
    )
    for context, source in unfinished:
        print(f"  unfinished [{context or '-'}] {source!r}")
    en = messages(ts_path("en", folder))
    en_open = [(c, s) for c, s, done in en if not done]
    print(f"English plural forms: {len(en)}, {len(en_open)} unfinished")
    for context, source in en_open:
        print(f"  unfinished [{context or '-'}] {source!r}")
    missing = unextracted({s for _c, s, _d in de})
    for line in missing:
        print(f"  not extracted (lupdate cannot see this call): {line}")
    problems += len(unfinished) + len(en_open) + len(missing)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 when the .ts files miss strings or translations",
    )
    args = parser.parse_args(argv)
    if not args.check:
        I18N.mkdir(parents=True, exist_ok=True)
        lupdate(I18N)
        lrelease(I18N)
        problems = report(I18N)
        print("Wrote", ", ".join(p.name for p in sorted(I18N.glob(f"{PREFIX}_*.*"))))
        return 0 if problems == 0 else 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(ts_path(language), ts_path(language, folder))
        lupdate(folder)
        stale = [
            language
            for language in LANGUAGES
            if {(c, s) for c, s, _ in messages(ts_path(language, folder))}
            != {(c, s) for c, s, _ in messages(ts_path(language))}
        ]
        for language in stale:
            print(f"{ts_path(language).name} is out of date: run tools/update_translations.py")
        problems = report(folder) + len(stale)
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
