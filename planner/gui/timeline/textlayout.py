"""Fitting a block's text into its rectangle: time, title and speakers, elided.

Layout is measured once per block size and content and cached by the item, so
painting a board of thousands of blocks only draws ready strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

PAD_X = 8.0
PAD_Y = 3.0
#: Room kept free at the top right for the conflict badge.
BADGE_ROOM = 20.0


@cache
def fonts() -> tuple[QFont, QFont, QFont]:
    """(detail, title, speakers) fonts; pixel sizes because the scene is in pixels."""
    detail = QFont()
    detail.setPixelSize(11)
    title = QFont()
    title.setPixelSize(12)
    title.setBold(True)
    speakers = QFont()
    speakers.setPixelSize(11)
    speakers.setItalic(True)
    return detail, title, speakers


@cache
def metrics(index: int) -> QFontMetricsF:
    return QFontMetricsF(fonts()[index])


@dataclass(frozen=True)
class Line:
    font: int  # index into fonts()
    x: float
    baseline: float
    text: str


def wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last one elided if needed."""
    if max_lines <= 0 or width <= 4:
        return []
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if not current or fm.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if len(lines) == max_lines - 1:
            current = " ".join([current, *words[i:]])
            break
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    elide = Qt.TextElideMode.ElideRight
    return [fm.elidedText(line, elide, width) for line in lines[:max_lines]]


def layout_block(
    width: float, height: float, when: str, kind: str, title: str, speakers: str, badge: bool
) -> list[Line]:
    """The lines of a block of the given size.

    One line: start time and title. Two: time and speakers, then the title (the
    colour already tells the kind). More: time and kind, the title wrapped, then
    the speakers.
    """
    detail_fm, title_fm, speaker_fm = metrics(0), metrics(1), metrics(2)
    inner = width - PAD_X - 4
    first_width = inner - (BADGE_ROOM if badge else 0)
    if inner < 12 or height < detail_fm.height():
        return []
    line_height = max(title_fm.height(), detail_fm.height())
    count = max(1, int((height - 2 * PAD_Y) // line_height))
    elide = Qt.TextElideMode.ElideRight
    lines: list[Line] = []
    y = PAD_Y
    if count == 1:
        start = when.split("–")[0].split(" ")[0]
        time_w = detail_fm.horizontalAdvance(start + " ")
        y_base = max(PAD_Y, (height - title_fm.height()) / 2) + title_fm.ascent()
        lines.append(Line(0, PAD_X, y_base, start))
        rest = title_fm.elidedText(title, elide, max(0.0, first_width - time_w))
        if rest:
            lines.append(Line(1, PAD_X + time_w, y_base, rest))
        return lines
    extra = (speakers or kind) if count == 2 else kind
    details = f"{when} · {extra}" if extra else when
    lines.append(
        Line(0, PAD_X, y + detail_fm.ascent(), detail_fm.elidedText(details, elide, first_width))
    )
    y += detail_fm.height() + 1
    title_lines = count - 1 if count == 2 or not speakers else count - 2
    for text in wrap(title, title_fm, inner, title_lines):
        lines.append(Line(1, PAD_X, y + title_fm.ascent(), text))
        y += title_fm.height()
    if count >= 3 and speakers and y + speaker_fm.height() <= height - PAD_Y + 2:
        lines.append(
            Line(
                2, PAD_X, y + speaker_fm.ascent() + 1, speaker_fm.elidedText(speakers, elide, inner)
            )
        )
    return lines
