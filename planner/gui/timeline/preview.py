"""What the board shows while something is dragged: a ghost at the snapped target
and shading where the contribution may not go.

The shading is computed once when a drag starts (from the speakers' ``available``
windows and the rooms' ``unavailable`` windows), so moving the mouse only moves
the ghost. Nothing here changes the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner.conflicts import Severity
from planner.gui.i18n import format_date, format_time
from planner.gui.palette import board_theme
from planner.gui.timeline.geometry import BoardGeometry, Slot
from planner.gui.timeline.items import Z_GHOST, Z_SHADE
from planner.model import Contribution, Plan

if TYPE_CHECKING:
    from planner.gui.timeline.scene import BoardScene

OK_COLOUR = QColor("#1f4e9c")
BLOCKED_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#b26a00")


def tr(text: str) -> str:
    return QCoreApplication.translate("DragPreview", text)


@dataclass(frozen=True)
class Band:
    """A stretch of time on one day where the dragged contribution may not go."""

    day_index: int
    room_id: str | None  # None: across all rooms (a speaker is away)
    start: int  # minutes since midnight
    end: int
    label: str  # the speaker's name, or what the room band means


def unavailable_bands(
    plan: Plan, geometry: BoardGeometry, contribution: Contribution
) -> list[Band]:
    """Where ``contribution`` would clash with its speakers' or the rooms' availability."""
    bands: list[Band] = []
    for day_index, day in enumerate(geometry.days):
        day_start = datetime.combine(day, datetime.min.time()) + timedelta(
            minutes=geometry.start_minute
        )
        day_end = day_start + timedelta(minutes=geometry.day_minutes)
        for sid in contribution.speakers:
            speaker = plan.speakers_by_id.get(sid)
            if speaker is None or speaker.available is None:
                continue
            free = sorted(
                (max(w.start, day_start), min(w.end, day_end))
                for w in speaker.available
                if w.start < day_end and day_start < w.end
            )
            cursor = day_start
            label = speaker.name
            for start, end in [*free, (day_end, day_end)]:
                if start > cursor:
                    bands.append(Band(day_index, None, _minute(cursor), _minute(start), label))
                cursor = max(cursor, end)
        for room in geometry.rooms:
            for window in room.unavailable:
                start, end = max(window.start, day_start), min(window.end, day_end)
                if start < end:
                    label = tr("Room unavailable")
                    bands.append(Band(day_index, room.id, _minute(start), _minute(end), label))
    return bands


def _away(names: list[str]) -> str:
    return tr("Not available: %1").replace("%1", ", ".join(dict.fromkeys(names)))


def _minute(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


class ShadeItem(QGraphicsItem):
    """Dimmed, hatched bands with a short label saying who or what is unavailable."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_SHADE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rects: list[tuple[QRectF, str]] = []
        self._bounds = QRectF()
        self._label_width = 100.0

    def set_bands(self, geometry: BoardGeometry, bands: list[Band]) -> None:
        self.prepareGeometryChange()
        self._rects = []
        self._label_width = geometry.column_width - 12
        names: dict[tuple[int, str | None, int, int], list[str]] = {}
        for band in bands:
            names.setdefault((band.day_index, band.room_id, band.start, band.end), []).append(
                band.label
            )
        merged = [
            Band(day, room, start, end, label[0] if room else _away(label))
            for (day, room, start, end), label in names.items()
        ]
        for band in merged:
            y = geometry.y_of_minute(band.start)
            height = (band.end - band.start) * geometry.minute_height
            if band.room_id is None:
                x, width = geometry.day_x(band.day_index), geometry.day_width
            else:
                room_index = geometry.room_index[band.room_id]
                x, width = geometry.column_x(band.day_index, room_index), geometry.column_width
            self._rects.append((QRectF(x, y, width, height), band.label))
        self._bounds = QRectF()
        for rect, _ in self._rects:
            self._bounds = self._bounds.united(rect)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        theme = board_theme()
        hatch = QBrush(theme.shade_hatch, Qt.BrushStyle.BDiagPattern)
        for rect, _label in self._rects:
            painter.fillRect(rect, theme.shade)
            painter.fillRect(rect, hatch)
        for rect, label in self._rects:
            if rect.height() < metrics.height() + 6:
                continue
            width = min(rect.width(), self._label_width) - 16  # stay in the first column
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, width)
            box = QRectF(
                rect.left() + 4,
                rect.top() + 3,
                metrics.horizontalAdvance(text) + 10,
                metrics.height() + 2,
            )
            painter.fillRect(box, theme.label_bg)
            painter.setPen(theme.shade_text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class GhostItem(QGraphicsItem):
    """The outline at the snapped target and a label with the exact start and room."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_GHOST)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._label = ""
        self._severity: Severity | None = None
        font = QFont()
        font.setPixelSize(12)
        font.setBold(True)
        self._font = font
        self._metrics = QFontMetricsF(font)

    def set_target(self, rect: QRectF, label: str, severity: Severity | None) -> None:
        self.prepareGeometryChange()
        self._rect, self._label, self._severity = rect, label, severity
        self.update()

    def label(self) -> str:
        return self._label

    def is_blocked(self) -> bool:
        """Whether dropping here would make an error (red ghost)."""
        return self._severity is Severity.ERROR

    def severity(self) -> Severity | None:
        return self._severity

    def _label_rect(self) -> QRectF:
        width = self._metrics.horizontalAdvance(self._label) + 12
        height = self._metrics.height() + 6
        top = self._rect.top() - height - 2
        return QRectF(self._rect.left(), top, width, height)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3).united(self._label_rect().adjusted(-1, -1, 1, 1))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = {Severity.ERROR: BLOCKED_COLOUR, Severity.WARNING: WARNING_COLOUR}.get(
            self._severity,  # type: ignore[arg-type]
            OK_COLOUR,
        )
        fill = QColor(colour)
        fill.setAlpha(45)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect.adjusted(1, 1, -1, -1), 3, 3)
        label_rect = self._label_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(label_rect, 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(self._font)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, self._label)


class DragPreview:
    """Ghost and shading for one contribution being dragged over the board."""

    def __init__(self, scene: BoardScene, plan: Plan, geometry: BoardGeometry, cid: str) -> None:
        self.scene = scene
        self.plan = plan
        self.geometry = geometry
        self.cid = cid
        self.contribution = plan.contribution(cid)
        self.bands = unavailable_bands(plan, geometry, self.contribution)
        self.shade = ShadeItem()
        self.shade.set_bands(geometry, self.bands)
        self.ghost = GhostItem()
        self.ghost.setVisible(False)
        scene.addItem(self.shade)
        scene.addItem(self.ghost)
        self.slot: Slot | None = None
        self.duration = self.contribution.duration

    def show(self, slot: Slot, duration: int, resizing: bool = False) -> None:
        """Put the ghost on ``slot`` and say what would clash there (red: error, amber: warning)."""
        self.slot, self.duration = slot, duration
        rect = QRectF(
            *self.geometry.block_rect(
                slot.room_id, slot.start, duration, self.contribution.is_plenary
            )
        )
        end = slot.start + timedelta(minutes=duration)
        errors: list[str] = []
        if self.scene.occupied(slot.room_id, slot.start, end, self.cid):
            errors.append(tr("room occupied"))
        start_minute = _minute(slot.start)
        end_minute = start_minute + duration
        for band in self.bands:
            if band.day_index != slot.day_index or band.room_id not in (None, slot.room_id):
                continue
            if band.start < end_minute and start_minute < band.end:
                errors.append(
                    tr("speaker unavailable") if band.room_id is None else tr("room unavailable")
                )
        warnings: list[str] = []
        if not self.contribution.is_plenary and self.scene.plenary_overlaps(
            slot.start, end, self.cid
        ):
            warnings.append(tr("parallel to a plenary item"))
        label = self._label(slot, duration, resizing)
        reasons = list(dict.fromkeys(errors + warnings))
        if reasons:
            label += " — " + ", ".join(reasons)
        severity = Severity.ERROR if errors else Severity.WARNING if warnings else None
        self.ghost.set_target(rect, label, severity)
        self.ghost.setVisible(True)

    def _label(self, slot: Slot, duration: int, resizing: bool) -> str:
        end = slot.start + timedelta(minutes=duration)
        if resizing:
            text = tr("%1–%2 (%3 min)")
            return (
                text.replace("%1", format_time(slot.start))
                .replace("%2", format_time(end))
                .replace("%3", str(duration))
            )
        room = self.geometry.rooms[slot.room_index].name
        when = format_time(slot.start)
        if len(self.geometry.days) > 1:
            when = f"{format_date(slot.start)} {when}"
        return f"{when} · {room}"

    def hide_ghost(self) -> None:
        self.slot = None
        self.ghost.setVisible(False)

    def clear(self) -> None:
        for item in (self.ghost, self.shade):
            if item.scene() is self.scene:
                self.scene.removeItem(item)
