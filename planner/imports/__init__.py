"""Importers: bring outside data (a partner's programme as a calendar) into a plan.

An importer never edits a plan in place; it returns an :class:`ImportResult` with the
new plan and what happened, so the GUI can show a summary and push one undoable
command, and the command line can print it.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.export import ExportError
from planner.model import Plan


class CalendarFileError(ExportError):
    """A calendar file that cannot be imported at all; the message is for the user."""


@dataclass(frozen=True)
class ImportResult:
    plan: Plan
    #: Contributions created, and existing ones updated (matched by UID), by id.
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    #: Of those, the ones placed in a room and the ones left unplaced.
    placed: tuple[str, ...] = ()
    unplaced: tuple[str, ...] = ()
    new_speakers: tuple[str, ...] = ()
    #: One sentence per event skipped or imported with a caveat.
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        return (
            f"{len(self.added)} contribution(s) added, {len(self.updated)} updated, "
            f"{len(self.placed)} placed, {len(self.unplaced)} left unplaced, "
            f"{len(self.new_speakers)} new speaker(s)"
        )
