"""An arrange result as plain text lines, for ``agenda-planner arrange`` and logs."""

from __future__ import annotations

from planner.arrange.types import ArrangeResult
from planner.conflicts import message
from planner.model import Placement, Plan

_WORDS = {
    "en": {
        "moves": "Moves:",
        "none": "  (nothing to change)",
        "placed": "placed",
        "removed": "no longer placed",
        "unplaced": "Could not be placed:",
        "compromises": "Placed with a warning no room could avoid:",
        "warnings": "Warnings left:",
        "summary": "{placed} placed, {moved} moved, {removed} unplaced, {unplaced} could not "
        "be placed, {warnings} warning(s) left; solver: {status}, {seconds:.1f} s",
    },
    "de": {
        "moves": "Änderungen:",
        "none": "  (nichts zu ändern)",
        "placed": "eingeplant",
        "removed": "nicht mehr eingeplant",
        "unplaced": "Nicht einplanbar:",
        "compromises": "Mit einer Warnung eingeplant, die kein Raum vermeiden konnte:",
        "warnings": "Verbleibende Warnungen:",
        "summary": "{placed} eingeplant, {moved} verschoben, {removed} ausgeplant, {unplaced} "
        "nicht einplanbar, {warnings} Warnung(en) übrig; Solver: {status}, {seconds:.1f} s",
    },
}


def _where(plan: Plan, p: Placement) -> str:
    end = plan.end_of(p)
    day = f"{p.start:%Y-%m-%d} " if len(plan.event.days) > 1 else ""
    return f"{plan.room(p.room).name} {day}{p.start:%H:%M}–{end:%H:%M}"


def result_lines(original: Plan, result: ArrangeResult, language: str = "en") -> list[str]:
    """The moves, what could not be placed (with reasons), compromises and a summary."""
    words = _WORDS.get(language[:2], _WORDS["en"])
    plan = result.plan
    lines = [words["moves"]]
    placed = moved = removed = 0
    for move in result.moves:
        title = plan.contribution(move.cid).title
        if move.old is None and move.new is not None:
            placed += 1
            lines.append(f"  + {move.cid}  {_where(plan, move.new)}  {title}")
        elif move.new is None and move.old is not None:
            removed += 1
            lines.append(f"  - {move.cid}  {words['removed']}  {title}")
        elif move.old is not None and move.new is not None:
            moved += 1
            lines.append(
                f"  ~ {move.cid}  {_where(original, move.old)} → {_where(plan, move.new)}  {title}"
            )
    if not result.moves:
        lines.append(words["none"])
    if result.unplaced:
        lines.append(words["unplaced"])
        for item in result.unplaced:
            lines.append(f"  {item.cid}  {plan.contribution(item.cid).title}")
            lines.extend(f"    - {text}" for text in item.reasons_in(language))
    if result.compromises:
        lines.append(words["compromises"])
        for compromise in result.compromises:
            lines.append(f"  {compromise.cid}  {plan.contribution(compromise.cid).title}")
            lines.extend(f"    - {text}" for text in compromise.reasons_in(language))
    if result.warnings_left:
        lines.append(words["warnings"])
        lines.extend(f"  {c.kind.value}: {message(c, language)}" for c in result.warnings_left)
    lines.append(
        words["summary"].format(
            placed=placed,
            moved=moved,
            removed=removed,
            unplaced=len(result.unplaced),
            warnings=len(result.warnings_left),
            status=result.status.value,
            seconds=result.solve_seconds,
        )
    )
    return lines
