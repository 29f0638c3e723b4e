"""The board's graphics items: a block per placement, the drag ghost and the shading.

Items never change the plan. A block only knows how to draw one placement and
where its resize handle is; the view turns a finished drag into a command
(orange-canvas-core's split between ``NodeItem`` and the document commands).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from planner.conflicts import Severity
from planner.gui.palette import DARK_INK, block_colours, board_theme, severity_colour
from planner.gui.timeline.textlayout import Line, fonts, layout_block
from planner.model import Kind

#: How close to the lower edge (in pixels) a press starts a resize instead of a move.
HANDLE_SIZE = 6.0
#: Gutter between neighbouring blocks.
GUTTER = 1.5

Z_PLENARY = 5.0
Z_BLOCK = 10.0
Z_SELECTED = 12.0
#: Shading sits over the blocks (dimming what lies in unavailable times), under the ghost.
Z_SHADE = 50.0
Z_GHOST = 100.0

_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)


def tr(text: str) -> str:
    return QCoreApplication.translate("BlockItem", text)


class BlockItem(QGraphicsItem):
    """One placed contribution: a rounded box sized by its duration.

    ``data(0)`` is the contribution id (the fixed automation landmark). The scene
    feeds it texts, a rectangle and a severity; the item caches its text layout
    per size, so repainting costs no measuring.
    """

    def __init__(self, cid: str) -> None:
        super().__init__()
        self.setData(0, cid)
        self.setFlags(_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_BLOCK)
        self._cid = cid
        self._width = 10.0
        self._height = 10.0
        self._kind = Kind.SESSION
        self._plenary = False
        self._when = ""
        self._kind_text = ""
        self._content: tuple[object, ...] = ()
        self._pinned = False
        self._title = ""
        self._speakers = ""
        self._severity: Severity | None = None
        self._layout: list[Line] | None = None
        self.placement_key: tuple[str, int] | None = None

    # -- content --------------------------------------------------------------------
    @property
    def cid(self) -> str:
        return self._cid

    def set_content(
        self, kind: Kind, plenary: bool, when: str, kind_text: str, title: str, speakers: str
    ) -> None:
        content = (kind, plenary, when, kind_text, title, speakers)
        if content == self._content:
            return
        self._content = content
        self._kind, self._plenary = kind, plenary
        self._when, self._kind_text, self._title, self._speakers = when, kind_text, title, speakers
        self._layout = None
        self.raise_for_selection(self.isSelected())
        self.update()

    def set_rect(self, x: float, y: float, width: float, height: float) -> None:
        width = max(width - 2 * GUTTER, 4.0)
        height = max(height - GUTTER, 3.0)
        if (width, height) != (self._width, self._height):
            self.prepareGeometryChange()
            self._width, self._height = width, height
            self._layout = None
        self.setPos(x + GUTTER, y)

    def set_severity(self, severity: Severity | None) -> bool:
        """Show an error or warning state; returns whether it changed."""
        if severity == self._severity:
            return False
        if (severity is None) != (self._severity is None):
            self._layout = None  # the badge takes room from the first line
        self._severity = severity
        self.update()
        return True

    def severity(self) -> Severity | None:
        """The worst error or warning the block shows (None: no outline, no badge)."""
        return self._severity

    def set_pinned(self, pinned: bool) -> None:
        if pinned != self._pinned:
            self._pinned = pinned
            self.update()

    def is_pinned(self) -> bool:
        return self._pinned

    def is_plenary(self) -> bool:
        return self._plenary

    def title(self) -> str:
        return self._title

    def rect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def on_resize_handle(self, local: QPointF) -> bool:
        """Whether a press at ``local`` grabs the lower edge (only on blocks tall enough)."""
        return self._height >= 3 * HANDLE_SIZE and local.y() >= self._height - HANDLE_SIZE

    def raise_for_selection(self, selected: bool) -> None:
        """Selected blocks draw above their neighbours (the scene calls this on selection)."""
        z = Z_SELECTED if selected else Z_PLENARY if self._plenary else Z_BLOCK
        if z != self.zValue():
            self.setZValue(z)

    # -- QGraphicsItem -------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self._width + 4, self._height + 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect())
        return path

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "tooltip_for"):
            self.setToolTip(scene.tooltip_for(self._cid))
        self._update_cursor(event.pos())
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._update_cursor(event.pos())
        super().hoverMoveEvent(event)

    def _update_cursor(self, local: QPointF) -> None:
        if self.on_resize_handle(local):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = board_theme()
        fill, accent, border, ink, selected_fill = block_colours(self._kind, theme)
        rect = self.rect()
        selected = self.isSelected()
        if selected:
            fill = selected_fill
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(border, 1))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.fillRect(QRectF(0.5, 0.5, 4, rect.height() - 1), accent)
        if self._severity in (Severity.ERROR, Severity.WARNING):
            colour = severity_colour(self._severity)
            painter.setPen(QPen(colour, 3 if self._severity is Severity.ERROR else 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        if selected:
            painter.setPen(QPen(theme.selection, 2, Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = 3.0 if self._severity else 1.0
            painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 2, 2)
        self._paint_text(painter, ink)
        if self._severity in (Severity.ERROR, Severity.WARNING):
            self._paint_badge(painter)
        if self._pinned:
            self._paint_pin(painter, ink)

    def _paint_text(self, painter: QPainter, ink: QColor) -> None:
        if self._layout is None:
            self._layout = layout_block(
                self._width,
                self._height,
                self._when,
                self._kind_text,
                self._title,
                self._speakers,
                self._severity is not None,
            )
        if not self._layout:
            return
        painter.save()
        painter.setClipRect(self.rect().adjusted(1, 1, -1, -1))
        painter.setPen(ink)
        font_set = fonts()
        current = -1
        for line in self._layout:
            if line.font != current:
                painter.setFont(font_set[line.font])
                current = line.font
            painter.drawText(QPointF(line.x, line.baseline), line.text)
        painter.restore()

    def _paint_badge(self, painter: QPainter) -> None:
        size = min(16.0, self._height - 4, self._width / 3)
        if size < 8:
            return
        colour = severity_colour(self._severity)  # type: ignore[arg-type]
        circle = QRectF(self._width - size - 3, min(3.0, (self._height - size) / 2), size, size)
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(colour)
        painter.drawEllipse(circle)
        font = QFont(fonts()[1])
        font.setPixelSize(max(7, round(size * 0.75)))
        painter.setFont(font)
        text_colour = QColor("white") if self._severity is Severity.ERROR else DARK_INK
        painter.setPen(text_colour)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "!")

    def _paint_pin(self, painter: QPainter, ink: QColor) -> None:
        """A small pin in the lower right corner: auto-arrange leaves this block alone."""
        if self._height < 14 or self._width < 30:
            return
        x, y = self._width - 9, self._height - 11
        painter.setPen(QPen(ink, 1.4))
        painter.drawLine(QPointF(x, y + 3), QPointF(x, y + 9))
        painter.setBrush(QColor("#c0392b"))
        painter.drawEllipse(QPointF(x, y + 2), 3, 3)
