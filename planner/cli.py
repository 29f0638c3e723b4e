"""The ``agenda-planner`` command.

``agenda-planner [PLAN]`` opens the window; ``check``, ``export`` and the other
subcommands work without Qt: this module never imports it, and the GUI is loaded
by name only when a window is wanted, so the command line stays fast and works on
machines without a display.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from planner.conflicts import Conflict, Severity, check, counts, message
from planner.model import Plan, kind_label
from planner.resources import sample_plan_path
from planner.storage import PlanFileError, load_plan

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_UNREADABLE = 2

SUBCOMMANDS = ("check", "export", "import-ics", "import-xlsx", "import-schedule", "arrange")


def version() -> str:
    try:
        return metadata.version("agenda-planner")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def default_language() -> str:
    """'de' when the environment's locale is German, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agenda-planner",
        description="Plan a one-day conference: rooms, time slots, conflicts, exports. "
        "Without a subcommand the window opens (on PLAN, or on the bundled sample).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_check = sub.add_parser("check", help="print the conflicts of a plan")
    p_check.add_argument("plan", metavar="PLAN", help="a .agenda.json plan file")
    p_check.add_argument("--json", action="store_true", help="print JSON instead of text")
    p_check.add_argument(
        "--lang", choices=("de", "en"), default=None, help="language of the messages"
    )

    p_export = sub.add_parser("export", help="write iCalendar files and/or an Excel workbook")
    p_export.add_argument("plan", metavar="PLAN", help="a .agenda.json plan file")
    p_export.add_argument("--ics", metavar="DIR", help="folder for the .ics files")
    p_export.add_argument("--xlsx", metavar="FILE", help="the Excel workbook to write")

    p_import = sub.add_parser(
        "import-ics", help="add the events of an .ics calendar to a plan as contributions"
    )
    p_import.add_argument("calendar", metavar="CALENDAR.ics", help="the calendar to import")
    p_import.add_argument(
        "--into", metavar="PLAN", required=True, help="the .agenda.json plan to add them to"
    )
    p_import.add_argument(
        "--room", metavar="ROOM", help="place every event in this room (id); default: by LOCATION"
    )

    p_xlsx = sub.add_parser(
        "import-xlsx", help="add contributions and speakers from an Excel workbook to a plan"
    )
    p_xlsx.add_argument("book", metavar="BOOK.xlsx", help="the workbook to import")
    p_xlsx.add_argument(
        "--into", metavar="PLAN", required=True, help="the .agenda.json plan to add them to"
    )
    p_xlsx.add_argument(
        "--sheet",
        metavar="NAME",
        help="the sheet to read (default: Programm, else the first "
        "sheet with a Titel/Title column)",
    )

    p_arrange = sub.add_parser(
        "arrange", help="place unplaced contributions without conflicts (auto-arrange)"
    )
    p_arrange.add_argument("plan", metavar="PLAN", help="a .agenda.json plan file")
    p_arrange.add_argument("--out", metavar="PLAN2", help="write the result here, not to PLAN")
    p_arrange.add_argument(
        "--time-limit", metavar="S", type=float, default=10.0, help="seconds (default 10)"
    )
    p_arrange.add_argument(
        "--all", action="store_true", help="re-arrange every placement that is not pinned"
    )
    p_arrange.add_argument("--seed", metavar="N", type=int, default=0, help="solver seed")
    p_arrange.add_argument(
        "--lang", choices=("de", "en"), default=None, help="language of the messages"
    )

    p_schedule = sub.add_parser(
        "import-schedule",
        help="make a new plan from a frab/pentabarf XML or pretalx JSON schedule",
    )
    p_schedule.add_argument("schedule", metavar="FILE", help="the schedule to import")
    p_schedule.add_argument(
        "--out", metavar="PLAN", required=True, help="the .agenda.json plan to create"
    )
    p_schedule.add_argument(
        "--force", action="store_true", help="replace PLAN if it exists already"
    )
    p_schedule.add_argument(
        "--timezone",
        metavar="ZONE",
        help="IANA zone (e.g. Europe/Berlin) when the file names none",
    )
    return parser


def _fail(text: str) -> int:
    print(f"agenda-planner: {text}", file=sys.stderr)
    return EXIT_UNREADABLE


def _load(path: str) -> Plan:
    return load_plan(path)


def _conflict_line(conflict: Conflict, language: str) -> str:
    where = conflict.room or conflict.speaker or "-"
    return (
        f"{conflict.severity.value:<8} {conflict.kind.value:<20} "
        f"{', '.join(conflict.contributions):<24} {where:<14} {message(conflict, language)}"
    )


def summary_line(conflicts: Sequence[Conflict]) -> str:
    n = counts(conflicts)
    return (
        f"{n[Severity.ERROR]} error(s), {n[Severity.WARNING]} warning(s), {n[Severity.INFO]} info"
    )


def cmd_check(args: argparse.Namespace) -> int:
    try:
        plan = _load(args.plan)
    except PlanFileError as exc:
        return _fail(exc.describe())
    conflicts = check(plan)
    language = args.lang or default_language()
    if args.json:
        payload = {"conflicts": [c.to_json(language) for c in conflicts]}
        # Where stdout is not UTF-8, \u escapes keep the JSON lossless.
        print(json.dumps(payload, ensure_ascii=not _stdout_is_utf8(), indent=2))
    else:
        for conflict in conflicts:
            print(_conflict_line(conflict, language))
        print(summary_line(conflicts))
    return EXIT_ERRORS if counts(conflicts)[Severity.ERROR] else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if not args.ics and not args.xlsx:
        return _fail("export needs --ics DIR and/or --xlsx FILE")
    try:
        plan = _load(args.plan)
    except PlanFileError as exc:
        return _fail(exc.describe())
    from planner.export import ExportError

    try:
        if args.ics:
            from planner.export.ical import export_ics

            updated, written = export_ics(plan, Path(args.ics))
            if updated != plan:
                # The plan remembers what was exported, so SEQUENCE grows on changes.
                from planner.storage import save_plan

                save_plan(updated, args.plan)
                plan = updated
            print(f"{len(written)} iCalendar file(s) written to {args.ics}")
        if args.xlsx:
            from planner.export.excel import export_xlsx

            export_xlsx(plan, Path(args.xlsx))
            print(f"Excel workbook written to {args.xlsx}")
    except ExportError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"cannot write: {exc}")
    return EXIT_OK


def cmd_import_ics(args: argparse.Namespace) -> int:
    from planner.imports import CalendarFileError
    from planner.imports.ical import import_ics

    try:
        plan = _load(args.into)
    except PlanFileError as exc:
        return _fail(exc.describe())
    try:
        data = Path(args.calendar).read_bytes()
    except OSError as exc:
        return _fail(f"{args.calendar}: cannot be read ({exc.strerror or exc})")
    try:
        result = import_ics(plan, data, room=args.room)
    except CalendarFileError as exc:
        return _fail(f"{args.calendar}: {exc}")
    return _finish_import(plan, result, args.into, result.summary())


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from planner.imports.excel import WorkbookImportError, import_xlsx

    try:
        plan = _load(args.into)
    except PlanFileError as exc:
        return _fail(exc.describe())
    try:
        result = import_xlsx(plan, Path(args.book), sheet=args.sheet)
    except WorkbookImportError as exc:
        return _fail(f"{args.book}: {exc}")
    summary = (
        f"{len(result.added)} contribution(s) ({len(result.placed)} placed) and "
        f"{len(result.new_speakers)} new speaker(s) added to {args.into}"
    )
    return _finish_import(plan, result, args.into, summary)


def _finish_import(plan: Plan, result: Any, into: str, summary: str) -> int:
    """Report an import's warnings and save its plan (atomically) where it changed."""
    from planner.storage import save_plan

    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.plan != plan:
        try:
            save_plan(result.plan, into)
        except OSError as exc:
            return _fail(f"{into}: cannot be written ({exc.strerror or exc})")
    print(summary)
    return EXIT_OK


def cmd_import_schedule(args: argparse.Namespace) -> int:
    """A new plan from a conference schedule; never replaces a plan unless asked to."""
    from planner.imports.schedule import ScheduleImportError, import_schedule
    from planner.storage import save_plan

    if args.timezone:
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(args.timezone)
        except Exception:  # ZoneInfoNotFoundError, ValueError for odd names
            return _fail(f"--timezone: unknown time zone '{args.timezone}'")
    out = Path(args.out)
    if out.exists() and not args.force:
        return _fail(f"{args.out} exists already; pass --force to replace it")
    try:
        data = Path(args.schedule).read_bytes()
    except OSError as exc:
        return _fail(f"{args.schedule}: cannot be read ({exc.strerror or exc})")
    try:
        result = import_schedule(data, source_name=args.schedule, timezone=args.timezone)
    except ScheduleImportError as exc:
        return _fail(f"{args.schedule}: {exc}")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    try:
        save_plan(result.plan, out, backup=args.force)
    except OSError as exc:
        return _fail(f"{args.out}: cannot be written ({exc.strerror or exc})")
    print(f"{result.format} schedule imported into {args.out}: {result.summary()}")
    return EXIT_OK


def cmd_arrange(args: argparse.Namespace) -> int:
    from planner.arrange import ArrangeError, arrange
    from planner.arrange.report import result_lines
    from planner.storage import save_plan

    if not 0 < args.time_limit < float("inf"):
        return _fail("--time-limit must be a positive number of seconds")
    try:
        plan = _load(args.plan)
    except PlanFileError as exc:
        return _fail(exc.describe())
    mode = "all-unpinned" if args.all else "unplaced"
    try:
        result = arrange(plan, mode=mode, time_limit=args.time_limit, seed=args.seed)
    except ArrangeError as exc:
        return _fail(str(exc))
    for line in result_lines(plan, result, args.lang or default_language()):
        print(line)
    target = args.out or args.plan
    if args.out or result.moves:
        try:
            save_plan(result.plan, target)
        except OSError as exc:
            return _fail(f"{target}: cannot be written ({exc.strerror or exc})")
    errors = counts(check(result.plan))[Severity.ERROR]
    return EXIT_OK if result.complete and not errors else EXIT_ERRORS


def print_agenda(plan: Plan, language: str = "de") -> None:
    """The plan as text: the fallback when no window can be opened."""
    event = plan.event
    print(event.title)
    if event.venue:
        print(event.venue)
    for day in event.days:
        print(f"\n{day:%d.%m.%Y}  {event.day_start:%H:%M}–{event.day_end:%H:%M}")
        for p in plan.sorted_schedule():
            if p.start.date() != day:
                continue
            c = plan.contribution(p.contribution)
            names = ", ".join(plan.speaker(s).name for s in c.speakers)
            end = plan.end_of(p)
            print(
                f"  {p.start:%H:%M}–{end:%H:%M}  {plan.room(p.room).name:<24} "
                f"{kind_label(c.kind, language):<14} {c.title}" + (f" ({names})" if names else "")
            )
    conflicts = check(plan)
    print()
    for conflict in conflicts:
        print(_conflict_line(conflict, language))
    print(summary_line(conflicts))


def open_window(plan_path: str | None) -> int:
    path = plan_path or str(sample_plan_path())
    try:
        app = importlib.import_module("planner.app")
    except ImportError as exc:
        # No GUI available (e.g. Qt libraries missing): show the plan as text instead.
        print(f"(the window cannot open here: {exc})", file=sys.stderr)
        try:
            print_agenda(_load(path), default_language())
        except PlanFileError as err:
            return _fail(err.describe())
        return EXIT_OK
    return int(app.main([path]))


def _stdout_is_utf8() -> bool:
    encoding = getattr(sys.stdout, "encoding", None) or ""
    return encoding.lower().replace("-", "").replace("_", "") == "utf8"


def _tolerant_stdout() -> None:
    """Output redirected on Windows (``check plan > out.txt``) uses the ANSI code page,
    which lacks characters that titles and names may contain (emoji, ő, →): print those
    as '?' rather than stop with a UnicodeEncodeError traceback."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and not _stdout_is_utf8():
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _tolerant_stdout()
    if args_list and args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-"):
        if len(args_list) > 1:
            return _fail("usage: agenda-planner [PLAN] | agenda-planner COMMAND …")
        return open_window(args_list[0])
    parser = _build_parser()
    args = parser.parse_args(args_list)
    if args.command == "check":
        return cmd_check(args)
    if args.command == "export":
        return cmd_export(args)
    if args.command == "import-ics":
        return cmd_import_ics(args)
    if args.command == "import-xlsx":
        return cmd_import_xlsx(args)
    if args.command == "import-schedule":
        return cmd_import_schedule(args)
    if args.command == "arrange":
        return cmd_arrange(args)
    return open_window(None)


if __name__ == "__main__":
    sys.exit(main())
