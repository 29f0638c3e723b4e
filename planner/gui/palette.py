"""Colours and small icons the side panels use for kinds and severities.

Kept beside the board's own colours so a contribution looks the same in the list,
the inspector and on the board; severity colours match the board's outlines.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

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


def kind_colour(kind: Kind) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#999999"))


def severity_colour(severity: Severity) -> QColor:
    return QColor(SEVERITY_COLOURS[severity])


@cache
def kind_icon(kind: Kind) -> QIcon:
    """A rounded swatch of the kind's colour (cached: models ask for it on every paint)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = kind_colour(kind)
    painter.setPen(QPen(colour.darker(130), 1))
    painter.setBrush(QBrush(colour))
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3)
    painter.end()
    return QIcon(pixmap)


@cache
def severity_icon(severity: Severity) -> QIcon:
    """A filled dot with '!' (error), '!' on amber (warning) or 'i' (info)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = severity_colour(severity)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(QRectF(1, 1, 14, 14))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(11)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    mark = "i" if severity is Severity.INFO else "!"
    painter.drawText(QRectF(1, 1, 14, 14), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)
