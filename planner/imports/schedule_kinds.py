"""Map a schedule's event type and track onto our contribution kinds.

frab files say ``lecture``, ``workshop``, ``podium``, ``other`` in ``<type>`` and put
breaks and keynotes in the ``<track>`` (LSWT: ``Pause``, ``Keynote``); pretalx names
submission types freely (``Short talk``, ``Plenary``, ``Atelier``). Words are looked
for in the type first, then in the track; the first rule that matches wins. A plain
talk is an Impulsreferat up to :data:`IMPULSE_MAX` minutes and a session above, as the
Innovationstag uses the words. Anything else is a session. Topics are never guessed:
our six topics are the Innovationstag's, not the imported conference's.
"""

from __future__ import annotations

from planner.model import Kind

#: The longest talk still counted as an Impulsreferat (DESIGN: typically 15–30 min).
IMPULSE_MAX = 30

#: (words, kind, plenary). Order matters: "lightning talk" before "talk",
#: "plenary" before anything a plenary's name might also contain.
_RULES: tuple[tuple[tuple[str, ...], Kind | None, bool], ...] = (
    (
        (
            "break",
            "pause",
            "lunch",
            "coffee",
            "kaffee",
            "mittag",
            "snack",
            "déjeuner",
            "dejeuner",
            "catering",
        ),
        Kind.BREAK,
        True,
    ),
    (("keynote", "plenary", "plenar"), Kind.KEYNOTE, False),
    (("lightning",), Kind.IMPULSE, False),
    (("workshop", "tutorial", "hackathon", "atelier", "sprint", "hands-on"), Kind.WORKSHOP, False),
    (("podium", "panel", "podiumsdiskussion"), Kind.PANEL, False),
    (("social", "networking", "get-together", "party"), Kind.NETWORKING, False),
    (("welcome", "opening", "begrüßung", "begruessung", "eröffnung"), Kind.WELCOME, False),
    # None: a talk; its length decides between impulse and session.
    (
        ("talk", "lecture", "vortrag", "vorträge", "presentation", "impuls", "conférence"),
        None,
        False,
    ),
)


def _match(text: str) -> tuple[Kind | None, bool] | None:
    folded = text.casefold()
    if not folded:
        return None
    for words, kind, plenary in _RULES:
        if any(word in folded for word in words):
            return kind, plenary
    return None


def map_kind(type_name: str, track: str, duration: int) -> tuple[Kind, bool]:
    """The kind and the ``plenary`` flag for an event of this type, track and length.

    Breaks are plenary: everyone has them at once, and the checker then warns when
    something else is scheduled across a break.
    """
    found = _match(type_name)
    if found is None or found[0] is None:
        # A generic type ("lecture", "other") says less than a track named "Pause".
        by_track = _match(track)
        if by_track is not None and (found is None or by_track[0] is not None):
            found = by_track
    if found is None:
        return Kind.SESSION, False
    kind, plenary = found
    if kind is None:
        return (Kind.IMPULSE if duration <= IMPULSE_MAX else Kind.SESSION), False
    return kind, plenary
