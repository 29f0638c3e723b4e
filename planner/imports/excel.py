"""Import contributions and speakers from an Excel workbook (e.g. a call for participation).

``import_xlsx(plan, book)`` reads one sheet: the header row is found by name (within
the first ten rows; German or English, any order, see
:mod:`planner.imports.excel_columns`), then every row below becomes a contribution.
With ``Beginn``/``Start`` and ``Raum``/``Room`` (and ``Datum`` for events of more than
one day) the contribution is also placed — so the ``Programm`` sheet of our own
export imports back as the same programme.

Speakers are matched to the plan's speakers by e-mail (ignoring case), then by name;
unknown ones are added. A row whose title and kind equal an existing contribution is
skipped with a warning, so importing the same workbook twice adds nothing twice.

All or nothing: every bad row is collected with its row number and column, and if
there is any, :class:`WorkbookImportError` carries them all and the plan is unchanged.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from planner.export import ExportError
from planner.imports import ImportResult
from planner.imports import excel_columns as cols
from planner.imports.excel_columns import COLUMNS, FIELD_OF_HEADER, CellError, norm, norm_header
from planner.model import Contribution, Plan, Speaker, new_id

HEADER_SEARCH_ROWS = 10
#: Sheets tried first when no sheet is named: our own export's, then common names.
PREFERRED_SHEETS = ("programm", "programme", "program", "beitraege", "contributions")


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


class WorkbookImportError(ExportError):
    """Nothing was imported; ``problems`` lists every bad row (empty for a bad file)."""

    def __init__(self, message: str, problems: tuple[RowProblem, ...] = ()) -> None:
        self.problems = problems
        if problems:
            lines = "\n".join(f"  {p}" for p in problems)
            message = f"{message}: {len(problems)} problem(s), nothing was imported\n{lines}"
        super().__init__(message)


Source = bytes | str | os.PathLike[str] | IO[bytes]


def _open(source: Source) -> Any:
    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        return openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except FileNotFoundError:
        raise WorkbookImportError("file not found") from None
    except IsADirectoryError:
        raise WorkbookImportError("is a folder, not a workbook") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise WorkbookImportError(
            "not an Excel workbook (.xlsx); save an old .xls or a .csv file as .xlsx first"
        ) from None


def _header_map(row: tuple[Any, ...]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, value in enumerate(row):
        if value is None:
            continue
        field = FIELD_OF_HEADER.get(norm_header(value))
        if field and field not in found:
            found[field] = index
    return found


def _find_header(ws: Any) -> tuple[int, dict[str, int], tuple[Any, ...]] | None:
    for number, row in enumerate(ws.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True), 1):
        mapping = _header_map(row)
        if "title" in mapping:
            return number, mapping, row
    return None


def _choose_sheet(wb: Any, sheet: str | None) -> tuple[Any, int, dict[str, int], tuple[Any, ...]]:
    names = list(wb.sheetnames)
    if sheet is not None:
        matches = [n for n in names if n == sheet] or [n for n in names if norm(n) == norm(sheet)]
        if not matches:
            raise WorkbookImportError(f"no sheet '{sheet}' (sheets: {', '.join(names)})")
        candidates = matches
    else:
        preferred = [n for p in PREFERRED_SHEETS for n in names if norm(n) == p]
        candidates = preferred + [n for n in names if n not in preferred]
    for name in candidates:
        found = _find_header(wb[name])
        if found is not None:
            return wb[name], *found
    where = f"sheet '{candidates[0]}'" if sheet is not None else "any sheet"
    titles = "/".join(COLUMNS["title"][:2])
    raise WorkbookImportError(
        f"no header row with a title column ({titles}) in the first "
        f"{HEADER_SEARCH_ROWS} rows of {where}"
    )


def _slug(text: str) -> str:
    """Readable ASCII id from a title or name, cut at a word boundary."""
    plain = unicodedata.normalize("NFKD", text.casefold().translate(cols._UMLAUTS))
    words = re.findall(r"[a-z0-9]+", plain.encode("ascii", "ignore").decode())
    slug = ""
    for word in words:
        if slug and len(slug) + 1 + len(word) > 32:
            break
        slug = f"{slug}-{word}" if slug else word[:32]
    return slug


def _fresh_id(base: str, taken: set[str]) -> str:
    result = base if base not in taken else new_id(f"{base}-", taken)
    taken.add(result)
    return result


class _Rows:
    """The rows of the chosen sheet as dicts of field → raw value, with row numbers."""

    def __init__(self, ws: Any, header_row: int, mapping: dict[str, int]) -> None:
        self.ws = ws
        self.header_row = header_row
        self.mapping = mapping

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any]]]:
        rows = self.ws.iter_rows(min_row=self.header_row + 1, values_only=True)
        for number, row in enumerate(rows, self.header_row + 1):
            values = {
                field: row[index] if index < len(row) else None
                for field, index in self.mapping.items()
            }
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
                continue
            yield number, values


def import_xlsx(plan: Plan, data_or_path: Source, *, sheet: str | None = None) -> ImportResult:
    """Add the workbook's contributions (and new speakers) to ``plan``; see the module doc."""
    wb = _open(data_or_path)
    try:
        ws, header_row, mapping, header = _choose_sheet(wb, sheet)
        importer = _Importer(plan, {f: str(header[i]).strip() for f, i in mapping.items()})
        ignored = [
            str(v).strip()
            for i, v in enumerate(header)
            if v is not None and str(v).strip() and i not in mapping.values()
        ]
        if ignored:
            importer.warnings.append(f"columns not used: {', '.join(ignored)}")
        for number, values in _Rows(ws, header_row, mapping):
            importer.row(number, values)
    finally:
        wb.close()
    if importer.problems:
        raise WorkbookImportError(f"sheet '{ws.title}'", tuple(importer.problems))
    return importer.result()


class _Importer:
    def __init__(self, plan: Plan, headers: dict[str, str]) -> None:
        self.plan = plan
        self.headers = headers
        self.problems: list[RowProblem] = []
        self.warnings: list[str] = []
        self.added: list[str] = []
        self.placed: list[str] = []
        self.new_speakers: list[str] = []
        self.skipped: list[int] = []
        self.taken_contributions = set(plan.contributions_by_id)
        self.taken_speakers = set(plan.speakers_by_id)
        self.existing = {(norm(c.title), c.kind): c.id for c in plan.contributions}
        self.year = plan.event.days[0].year

    # -- cells -------------------------------------------------------------------------
    def _cell(self, number: int, values: dict[str, Any], field: str, parse: Any) -> Any:
        try:
            return parse(values.get(field))
        except CellError as exc:
            self.problems.append(RowProblem(number, self.headers.get(field), str(exc)))
            return None

    def _problem(self, number: int, field: str | None, message: str) -> None:
        column = self.headers.get(field) if field else None
        self.problems.append(RowProblem(number, column, message))

    # -- speakers ----------------------------------------------------------------------
    def _speaker_by_email(self, email: str) -> Speaker | None:
        for s in self.plan.speakers:
            if s.email and s.email.strip().casefold() == email.casefold():
                return s
        return None

    def _speaker_by_name(self, name: str) -> Speaker | None:
        key = " ".join(name.split()).casefold()
        for s in self.plan.speakers:
            if " ".join(s.name.split()).casefold() == key:
                return s
        return None

    def _split_names(self, raw: str | None, n_emails: int) -> list[str]:
        """Names separated by ';' or new lines, or by ',' unless a known name has a comma."""
        if raw is None:
            return []
        if self._speaker_by_name(raw):
            return [raw]
        names: list[str] = []
        for part in (p.strip() for p in re.split(r"[;\n]", raw)):
            if not part:
                continue
            if self._speaker_by_name(part):
                names.append(part)
                continue
            pieces = [p.strip() for p in part.split(",") if p.strip()]
            i = 0
            while i < len(pieces):
                j = next(
                    (
                        j
                        for j in range(len(pieces), i + 1, -1)
                        if self._speaker_by_name(", ".join(pieces[i:j]))
                    ),
                    i + 1,
                )
                names.append(", ".join(pieces[i:j]))
                i = j
        if n_emails == 1 and len(names) > 1 and not re.search(r"[;\n]", raw):
            return [raw.strip()]  # "Müller, Hans" with one address is one person
        return names

    def _speakers(self, number: int, values: dict[str, Any], language: str | None) -> list[str]:
        addresses = self._cell(number, values, "email", cols.emails) or []
        names = self._split_names(cols.text(values.get("speakers")), len(addresses))
        if addresses and names and len(addresses) != len(names):
            self._problem(
                number,
                "email",
                f"{len(addresses)} e-mail address(es) for {len(names)} speaker(s); "
                "give one per speaker, in the same order",
            )
            return []
        organisations = [cols.text(values.get("organisation"))] * max(len(names), len(addresses))
        raw_org = cols.text(values.get("organisation"))
        if raw_org and ";" in raw_org and raw_org.count(";") + 1 == len(organisations):
            organisations = [o.strip() or None for o in raw_org.split(";")]
        country = cols.text(values.get("country"))
        result: list[str] = []
        for i in range(max(len(names), len(addresses))):
            name = names[i] if i < len(names) else None
            email = addresses[i] if i < len(addresses) else None
            found = (self._speaker_by_email(email) if email else None) or (
                self._speaker_by_name(name) if name else None
            )
            if found is None:
                label = name or email or ""
                found = Speaker(
                    id=_fresh_id("s-" + (_slug(label) or "speaker"), self.taken_speakers),
                    name=label,
                    email=email,
                    organisation=organisations[i],
                    country=country,
                    language=language,
                )
                self.plan = self.plan.with_speaker(found)
                self.new_speakers.append(found.id)
            if found.id not in result:
                result.append(found.id)
        return result

    # -- one row -----------------------------------------------------------------------
    def row(self, number: int, values: dict[str, Any]) -> None:
        before = len(self.problems)
        title = cols.text(values.get("title"))
        if title is None:
            self._problem(number, "title", "the title is missing")
        kind = self._cell(number, values, "kind", cols.kind)
        topic = self._cell(number, values, "topic", cols.topic)
        language = self._cell(number, values, "language", cols.language)
        minutes = self._cell(number, values, "duration", cols.duration)
        audience = self._cell(number, values, "audience", cols.count)
        plenary = self._cell(number, values, "plenary", cols.flag)
        start = self._cell(number, values, "start", cols.clock)
        end = self._cell(number, values, "end", cols.clock)
        day = self._cell(number, values, "date", lambda v: cols.day(v, self.year))
        room_text = cols.text(values.get("room"))
        if minutes is None and start and end:
            minutes = (end[1].hour * 60 + end[1].minute) - (start[1].hour * 60 + start[1].minute)
            if minutes <= 0:
                self._problem(number, "end", "the end is not after the start")
        elif minutes is None and cols.text(values.get("duration")) is None:
            self._problem(
                number, "duration", "no duration (give Dauer/Duration, or Beginn and Ende)"
            )
        room = None
        if start is not None:
            room = self._room(number, room_text)
            day = day or start[0]
            if day is None and len(self.plan.event.days) == 1:
                day = self.plan.event.days[0]
            if day is None:
                self._problem(number, "date", "a start time needs a date (column Datum/Date)")
        elif room_text:
            self.warnings.append(f"row {number}: a room without a start time; left unplaced")
        if title is not None and len(self.problems) == before:
            existing = self.existing.get((norm(title), kind))
            if existing is not None:
                self.skipped.append(number)
                return
        speakers = self._speakers(number, values, language)
        if len(self.problems) > before or title is None or minutes is None:
            return
        contribution = Contribution(
            id=_fresh_id(_slug(title) or "c", self.taken_contributions),
            title=title,
            kind=kind,
            duration=minutes,
            topic=topic,
            speakers=tuple(speakers),
            audience=audience,
            needs=tuple(cols.listing(values.get("needs"))),
            language=language,
            plenary=bool(plenary),
            description=cols.text(values.get("description")),
        )
        self.plan = self.plan.with_contribution(contribution)
        self.added.append(contribution.id)
        if start is not None and room is not None and day is not None:
            self.plan = self.plan.with_placement(
                contribution.id, room, datetime.combine(day, start[1])
            )
            self.placed.append(contribution.id)

    def _room(self, number: int, raw: str | None) -> str | None:
        if raw is None:
            self._problem(number, "room", "a start time needs a room (column Raum/Room)")
            return None
        key = " ".join(raw.split()).casefold()
        for room in self.plan.rooms:
            if key in (room.id.casefold(), " ".join(room.name.split()).casefold()):
                return room.id
        names = ", ".join(r.name for r in self.plan.rooms) or "none"
        self._problem(number, "room", f"unknown room '{raw}' (rooms of the plan: {names})")
        return None

    def result(self) -> ImportResult:
        if self.skipped:
            rows = ", ".join(str(n) for n in self.skipped[:10])
            more = f" and {len(self.skipped) - 10} more" if len(self.skipped) > 10 else ""
            self.warnings.append(
                f"{len(self.skipped)} row(s) already in the plan (same title and kind), "
                f"not imported again: row{'s' if len(self.skipped) > 1 else ''} {rows}{more}"
            )
        return ImportResult(
            plan=self.plan,
            added=tuple(self.added),
            placed=tuple(self.placed),
            unplaced=tuple(c for c in self.added if c not in self.placed),
            new_speakers=tuple(self.new_speakers),
            warnings=tuple(self.warnings),
        )
