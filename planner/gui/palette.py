"""Colours and small icons for kinds and severities, and the board's theme.

Kept in one place so a contribution looks the same in the list, the inspector and
on the board; severity colours match the board's outlines. The board's greys come
from the application palette (:class:`BoardTheme`), so a dark system palette gives
a dark board whose block texts stay readable. Icons are drawn for every device
pixel ratio a screen may have, so they stay crisp on high-DPI screens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

from planner.conflicts import Severity
from planner.model import Kind

KIND_COLOURS: dict[Kind, str] = {
    Kind.IMPULSE: "#4e79a7",
    Kind.SESSION: "#59a14f",
    Kind.WORKSHOP: "#f28e2b",
    Kind.PANEL: "#b07aa1",
    Kind.GUEST: "#76b7b2",
    Kind.KEYNOTE: "#e15759",
    Kind.WELCOME: "#9c755f",
    Kind.BREAK: "#bab0ac",
    Kind.NETWORKING: "#edc948",
}

SEVERITY_COLOURS: dict[Severity, str] = {
    Severity.ERROR: "#d32f2f",
    Severity.WARNING: "#f0a000",
    Severity.INFO: "#1976d2",
}

#: Device pixel ratios icons are drawn for (100 %, 125 %, 150 %, 200 %, 300 % screens).
ICON_RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0)

#: WCAG AA for body text: block texts keep at least this contrast in light and dark.
MIN_CONTRAST = 4.5
DARK_INK = QColor("#1b1f24")
LIGHT_INK = QColor("#f1f3f6")


def kind_colour(kind: Kind) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#999999"))


def severity_colour(severity: Severity) -> QColor:
    return QColor(SEVERITY_COLOURS[severity])


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved the fraction ``t`` towards ``b`` (opaque)."""
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 … 21; body text wants at least 4.5."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(fill: QColor) -> QColor:
    """The ink (near black or near white) that reads best on ``fill``."""
    return max((DARK_INK, LIGHT_INK), key=lambda ink: contrast(ink, fill))


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette draws light text on dark windows (a dark system theme)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


@dataclass(frozen=True)
class BoardTheme:
    """The board's colours for one palette: greys from its roles, accents fixed."""

    dark: bool
    background: QColor
    column: QColor
    column_alt: QColor
    hour_line: QColor
    half_line: QColor
    quarter_line: QColor
    unavailable: QColor
    unavailable_hatch: QColor
    header_bg: QColor
    header_line: QColor
    header_text: QColor
    muted_text: QColor
    target_bg: QColor
    target_text: QColor
    selection: QColor
    shade: QColor
    shade_hatch: QColor
    shade_text: QColor
    label_bg: QColor
    ok_text: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> BoardTheme:
        role = QPalette.ColorRole
        dark = is_dark(palette)
        base = palette.color(role.Base)
        window = palette.color(role.Window)
        # A blue-grey "ink" the lines are mixed from, so greys match light and dark.
        ink = QColor("#dfe6f0") if dark else QColor("#1b2433")
        accent = QColor("#8ab4f8") if dark else QColor("#1f4e9c")
        hatch = QColor(ink)
        hatch.setAlpha(70 if dark else 90)
        shade_hatch = QColor(220, 220, 240, 50) if dark else QColor(40, 40, 60, 60)
        label_bg = QColor(40, 42, 48, 230) if dark else QColor(255, 255, 255, 225)
        return cls(
            dark=dark,
            background=mix(base, ink, 0.05),
            column=base,
            column_alt=mix(base, ink, 0.02),
            hour_line=mix(base, ink, 0.28),
            half_line=mix(base, ink, 0.17),
            quarter_line=mix(base, ink, 0.09),
            unavailable=mix(base, ink, 0.12),
            unavailable_hatch=hatch,
            header_bg=mix(window, ink, 0.05),
            header_line=mix(window, ink, 0.25),
            header_text=palette.color(role.WindowText),
            muted_text=mix(palette.color(role.WindowText), window, 0.38),
            target_bg=mix(base, accent, 0.22),
            target_text=accent if dark else QColor("#1f4e9c"),
            selection=accent,
            shade=QColor(0, 0, 0, 90) if dark else QColor(60, 60, 80, 64),
            shade_hatch=shade_hatch,
            shade_text=LIGHT_INK if dark else QColor("#2b2b38"),
            label_bg=label_bg,
            ok_text=QColor("#81c784") if dark else QColor("#2e7d32"),
        )


_themes: dict[int, BoardTheme] = {}


def board_theme(palette: QPalette | None = None) -> BoardTheme:
    """The theme for ``palette`` (default: the application's), cached per palette."""
    palette = palette if palette is not None else QGuiApplication.palette()
    key = palette.cacheKey()
    theme = _themes.get(key)
    if theme is None:
        if len(_themes) > 8:
            _themes.clear()
        theme = _themes[key] = BoardTheme.from_palette(palette)
    return theme


@cache
def _block_colours(kind: Kind, dark: bool, base: int) -> tuple[QColor, ...]:
    accent = kind_colour(kind)
    background = QColor.fromRgb(base)
    ink = LIGHT_INK if dark else DARK_INK
    # Soften the accent towards the column colour until the text reads well on the block,
    # also when it is selected (lighter on a dark board, darker on a light one).
    start = 0.62 if dark or kind in (Kind.BREAK, Kind.NETWORKING) else 0.70
    for step in range(12):
        fill = mix(accent, background, min(start + 0.03 * step, 0.95))
        selected = fill.lighter(118) if dark else fill.darker(108)
        if min(contrast(ink, fill), contrast(ink, selected)) >= MIN_CONTRAST:
            break
    border = accent.darker(140 if dark else 125)
    return fill, accent, border, ink, selected


def block_colours(kind: Kind, theme: BoardTheme | None = None) -> tuple[QColor, ...]:
    """(fill, accent bar, border, text, selected fill) for a block of ``kind``: the list's
    swatch colour softened towards the board's column colour until its text reads well."""
    theme = theme or board_theme()
    return _block_colours(kind, theme.dark, theme.column.rgb())


def hidpi_icon(size: int, draw: Callable[[QPainter], None]) -> QIcon:
    """An icon of ``size`` logical pixels drawn by ``draw`` (in logical coordinates) at
    every ratio of :data:`ICON_RATIOS`, so Qt never scales a small bitmap up."""
    icon = QIcon()
    for ratio in ICON_RATIOS:
        pixels = round(size * ratio)
        pixmap = QPixmap(pixels, pixels)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def kind_icon(kind: Kind) -> QIcon:
    """A rounded swatch of the kind's colour (cached: models ask for it on every paint)."""
    colour = kind_colour(kind)

    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(QBrush(colour))
        painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3)

    return hidpi_icon(14, draw)


@cache
def severity_icon(severity: Severity) -> QIcon:
    """A filled dot with '!' (error), '!' on amber (warning) or 'i' (info)."""
    colour = severity_colour(severity)
    mark = "i" if severity is Severity.INFO else "!"

    def draw(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QRectF(1, 1, 14, 14))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(1, 1, 14, 14), Qt.AlignmentFlag.AlignCenter, mark)

    return hidpi_icon(16, draw)
