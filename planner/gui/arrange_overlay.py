"""The arrangement proposal drawn over the board while its preview is open.

Auto-arrange's preview must not change the plan: a proposal is only a proposal until
the organiser accepts it, and a "temporary" plan in the document could reach the undo
stack, the autosave file or an export. So the board keeps showing the plan as it is,
and this overlay adds graphics items of its own on top: a dashed outline with the
title at every proposed place, and a faded wash over every block that would move away
or be taken off. The items carry no ``data(0)`` (they are not blocks: nothing that
looks for blocks finds them), accept no mouse buttons, and are removed when the
preview closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner.arrange import Move
from planner.gui.palette import board_theme
from planner.gui.timeline.items import Z_GHOST
from planner.model import Placement, Plan

if TYPE_CHECKING:
    from planner.gui.timeline.view import TimelineView

LIGHT_ACCENT = QColor("#6a1b9a")
DARK_ACCENT = QColor("#ce93d8")


@dataclass(frozen=True)
class Mark:
    """One overlay rectangle: a proposed place (``target``) or a place being left."""

    cid: str
    placement: Placement
    target: bool


class ProposalItem(QGraphicsItem):
    """A dashed outline (proposed place) or a faded wash (place left) over the board."""

    def __init__(self, mark: Mark, title: str) -> None:
        super().__init__()
        self.mark = mark
        self.title = title
        self.setZValue(Z_GHOST + (1 if mark.target else 0))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._current = False
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        self._font = font

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = rect
        self.update()

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def set_current(self, current: bool) -> None:
        if current != self._current:
            self._current = current
            self.setZValue(Z_GHOST + (3 if current else 1 if self.mark.target else 0))
            self.update()

    def is_current(self) -> bool:
        return self._current

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = board_theme()
        accent = QColor(DARK_ACCENT if theme.dark else LIGHT_ACCENT)
        rect = self._rect.adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if not self.mark.target:
            wash = QColor(theme.background)
            wash.setAlpha(170)
            painter.setPen(QPen(accent, 1.2, Qt.PenStyle.DotLine))
            painter.setBrush(wash)
            painter.drawRoundedRect(rect, 3, 3)
            return
        fill = QColor(accent)
        fill.setAlpha(95 if self._current else 55)
        painter.setPen(QPen(accent, 3.0 if self._current else 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if rect.height() < 12 or rect.width() < 24:
            return
        label = QColor(theme.label_bg)
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        text = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, rect.width() - 10)
        box = QRectF(rect.left() + 3, rect.top() + 3, metrics.horizontalAdvance(text) + 6, 0)
        box.setHeight(min(metrics.height() + 2, rect.height() - 6))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(label)
        painter.drawRoundedRect(box, 2, 2)
        painter.setPen(accent if not theme.dark else QColor(theme.header_text))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _where(placement: Placement) -> tuple[str, object]:
    return placement.room, placement.start


def marks_of(moves: list[Move]) -> list[Mark]:
    """The places left first (drawn underneath), then the proposed places."""
    left = [
        Mark(m.cid, m.old, target=False)
        for m in moves
        if m.old is not None and (m.new is None or _where(m.new) != _where(m.old))
    ]
    targets = [Mark(m.cid, m.new, target=True) for m in moves if m.new is not None]
    return [*left, *targets]


class ProposalOverlay:
    """The proposal of one arrange run on one board, until :meth:`remove`."""

    def __init__(self, view: TimelineView, plan: Plan, moves: list[Move]) -> None:
        self.view = view
        self.plan = plan
        self.items: list[ProposalItem] = []
        scene = self.scene = view.board_scene()
        for mark in marks_of(moves):
            item = ProposalItem(mark, plan.contribution(mark.cid).title)
            scene.addItem(item)
            self.items.append(item)
        self.relayout()
        scene.layoutChanged.connect(self.relayout)
        self._connected = True

    def relayout(self) -> None:
        """Follow the board's zoom and column width."""
        geometry = self.view.board_geometry()
        for item in self.items:
            placement = item.mark.placement
            contribution = self.plan.contribution(item.mark.cid)
            rect = geometry.block_rect(
                placement.room, placement.start, contribution.duration, contribution.is_plenary
            )
            item.set_rect(QRectF(*rect))

    def target(self, cid: str) -> ProposalItem | None:
        return next((i for i in self.items if i.mark.target and i.mark.cid == cid), None)

    def targets(self) -> list[ProposalItem]:
        return [item for item in self.items if item.mark.target]

    def show(self, cid: str) -> None:
        """Emphasise the proposed place of ``cid`` (or the place it leaves) and scroll to it."""
        found = self.target(cid) or next((i for i in self.items if i.mark.cid == cid), None)
        for item in self.items:
            item.set_current(item is found)
        if found is not None:
            self.view.ensureVisible(found.sceneBoundingRect(), 40, 40)

    def remove(self) -> None:
        if not self._connected:
            return
        self._connected = False
        scene = self.scene
        scene.layoutChanged.disconnect(self.relayout)
        for item in self.items:
            if item.scene() is scene:
                scene.removeItem(item)
        self.items.clear()
