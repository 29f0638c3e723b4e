"""The sentences of auto-arrange's explanations, in English and German.

Explanations are stored as codes with parameters (:class:`planner.arrange.types.Reason`)
so the GUI can show them in the organiser's language; this module alone knows the words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.arrange.types import Reason

#: How many blocking items a sentence names before it says "and N more".
MAX_ITEMS = 6

_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "no-rooms": "the plan has no rooms",
        "too-long": "it lasts {duration} min, longer than the event day ({hours})",
        "speaker-window": "{speaker} is available only {windows}, too short for {duration} min",
        "speaker-never": "{speaker} is never available (the availability list is empty)",
        "speakers-apart": "{speakers} are never available together for {duration} min",
        "rooms-taken": "{clause}, and every room is taken then",
        "rooms-taken-all-day": "every room is taken at every time it could take place "
        "({duration} min)",
        "plenary-needs-gap": "{clause}, and as a plenary item it needs all rooms free for "
        "{duration} min, which they never are then",
        "plenary-needs-gap-all-day": "as a plenary item it needs all rooms free for "
        "{duration} min, which they never are during the day",
        "speaker-booked": "{clause}, and the speakers are busy with other contributions then",
        "speaker-booked-all-day": "its speakers are busy with other contributions whenever "
        "it could take place",
        "speaker-busy": "{speaker} is busy then with {items}",
        "plenary-items": "plenary items keep all rooms free then: {items}",
        "parallel-items": "these run then: {items}",
        "room-detail": "{room}: {items}",
        "free-slot": "{room} is still free at {when}, but the solver reached its time limit "
        "first; a longer time limit should place it",
        "free-slot-costly": "{room} is free at {when}, but there it would cause more warnings "
        "than placing it is worth",
        "no-solution": "the solver found no arrangement within the time limit",
        "no-room-has": "no room has {features}",
        "no-room-has-all": "no room has {features} together",
        "suitable-taken": "the rooms with {features} ({rooms}) are taken whenever it could "
        "take place",
        "no-room-big-enough": "no room holds {audience} people; the largest, {room}, holds "
        "{capacity}",
        "big-rooms-taken": "the rooms that hold {audience} people ({rooms}) are taken whenever "
        "it could take place",
        # pieces
        "available": "{speaker} is available {windows}",
        "closed": "closed {when}",
        "changeover": "too close to “{title}” {when} in another room (changeover)",
        "placement": "“{title}” {when}",
        "more": "and {n} more",
        "and": " and ",
    },
    "de": {
        "no-rooms": "der Plan hat keine Räume",
        "too-long": "er dauert {duration} Min., länger als der Veranstaltungstag ({hours})",
        "speaker-window": "{speaker} ist nur {windows} verfügbar, zu kurz für {duration} Min.",
        "speaker-never": "{speaker} ist nie verfügbar (die Verfügbarkeitsliste ist leer)",
        "speakers-apart": "{speakers} sind nie gemeinsam {duration} Min. lang verfügbar",
        "rooms-taken": "{clause}, und dann sind alle Räume belegt",
        "rooms-taken-all-day": "alle Räume sind belegt, wann immer er stattfinden könnte "
        "({duration} Min.)",
        "plenary-needs-gap": "{clause}, und als Plenumsprogrammpunkt braucht er {duration} Min. "
        "lang alle Räume frei, was dann nie der Fall ist",
        "plenary-needs-gap-all-day": "als Plenumsprogrammpunkt braucht er {duration} Min. lang "
        "alle Räume frei, was im Tagesverlauf nie der Fall ist",
        "speaker-booked": "{clause}, und die Referierenden sind dann mit anderen Beiträgen "
        "eingeplant",
        "speaker-booked-all-day": "die Referierenden sind mit anderen Beiträgen eingeplant, "
        "wann immer er stattfinden könnte",
        "speaker-busy": "{speaker} ist dann schon eingeplant: {items}",
        "plenary-items": "Plenumsprogrammpunkte halten dann alle Räume frei: {items}",
        "parallel-items": "dann läuft: {items}",
        "room-detail": "{room}: {items}",
        "free-slot": "{room} ist {when} noch frei, aber der Solver hat vorher sein Zeitlimit "
        "erreicht; mit längerem Zeitlimit sollte er eingeplant werden",
        "free-slot-costly": "{room} ist {when} frei, aber dort würde er mehr Warnungen "
        "verursachen, als sein Einplanen wert ist",
        "no-solution": "der Solver hat innerhalb des Zeitlimits keine Anordnung gefunden",
        "no-room-has": "kein Raum hat {features}",
        "no-room-has-all": "kein Raum hat {features} zugleich",
        "suitable-taken": "die Räume mit {features} ({rooms}) sind belegt, wann immer er "
        "stattfinden könnte",
        "no-room-big-enough": "kein Raum fasst {audience} Personen; der größte, {room}, fasst "
        "{capacity}",
        "big-rooms-taken": "die Räume für {audience} Personen ({rooms}) sind belegt, wann immer "
        "er stattfinden könnte",
        "available": "{speaker} ist {windows} verfügbar",
        "closed": "gesperrt {when}",
        "changeover": "zu knapp für den Raumwechsel zu „{title}“ {when}",
        "placement": "„{title}“ {when}",
        "more": "und {n} weitere",
        "and": " und ",
    },
}


def _join(words: Sequence[str], lang: Mapping[str, str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + lang["and"] + words[-1]


def _items(items: Sequence[Mapping[str, str]], lang: Mapping[str, str]) -> str:
    shown = [lang[item["kind"]].format(**item) for item in items[:MAX_ITEMS]]
    if len(items) > MAX_ITEMS:
        shown.append(lang["more"].format(n=len(items) - MAX_ITEMS))
    return ", ".join(shown)


def reason_text(reason: Reason, language: str = "en") -> str:
    """The reason as a sentence in ``language`` ('de' or 'en'; others fall back to 'en')."""
    lang = _TEMPLATES.get(language[:2], _TEMPLATES["en"])
    params: dict[str, Any] = dict(reason.params)
    code = reason.code
    if "items" in params:
        params["items"] = _items(params["items"], lang)
    if "limited" in params:
        clauses = [lang["available"].format(**entry) for entry in params["limited"]]
        if not clauses:
            code += "-all-day"
        params["clause"] = _join(clauses, lang)
    if code == "speakers-apart":
        params["speakers"] = _join(
            [f"{entry['speaker']} ({entry['windows']})" for entry in params["speakers"]], lang
        )
    for key in ("features", "rooms"):
        if isinstance(params.get(key), list):
            params[key] = _join(params[key], lang)
    template = lang.get(code)
    if template is None:
        return code
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return code
