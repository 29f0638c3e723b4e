"""The board's scene: one block per placement, kept in step with the document.

The scene is derived from the plan and nothing else. ``planChanged(ids)`` updates
just the named blocks (and re-lays out the room columns they left or entered, so
double bookings sit side by side instead of hiding under each other);
``planChanged(None)`` rebuilds. ``conflictsChanged`` refreshes outlines and badges.
The grid, hour lines and room unavailability are painted in ``drawBackground``
from values computed once per layout.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene, QWidget

from planner.conflicts import Severity, message
from planner.gui.document import PlanDocument
from planner.gui.i18n import format_date, format_time_range, ui_language
from planner.gui.palette import severity_colour
from planner.gui.timeline.geometry import PADDING, BoardGeometry
from planner.gui.timeline.grid import Grid
from planner.gui.timeline.items import BlockItem
from planner.model import Plan, kind_label, topic_label

GridKey = tuple[str, int]  # (room id, day index)


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardScene", text)


class BoardScene(QGraphicsScene):
    #: The layout (zoom, column width, rooms or days) changed: headers repaint.
    layoutChanged = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.geometry = BoardGeometry(document.plan)
        self._blocks: dict[str, BlockItem] = {}
        self._cells: dict[GridKey, set[str]] = defaultdict(set)
        self._lanes: dict[str, tuple[int, int]] = {}
        self._plenary: set[str] = set()
        #: Blocks reaching outside the day's hours: (top, bottom) in scene y.
        self._outside: dict[str, tuple[float, float]] = {}
        #: Ids of the last planChanged, consumed by the conflictsChanged that follows it.
        self._pending: frozenset[str] | None = None
        self._partners: dict[str, set[str]] = {}
        self._raised: set[BlockItem] = set()
        self._language = ui_language()
        self.selectionChanged.connect(self._raise_selected)
        self._grid = Grid(self.geometry)
        self._fill = 0.0
        document.planChanged.connect(self._on_plan_changed)
        document.conflictsChanged.connect(self.refresh_conflicts)
        self.rebuild()

    # -- queries ---------------------------------------------------------------------
    def block(self, cid: str) -> BlockItem | None:
        return self._blocks.get(cid)

    def blocks(self) -> list[BlockItem]:
        return list(self._blocks.values())

    def occupied(self, room_id: str, start: datetime, end: datetime, ignore: str) -> bool:
        """Whether another block in ``room_id`` overlaps [start, end) (for the ghost)."""
        plan = self.document.plan
        key = (room_id, self.geometry.nearest_day_index(start.date()))
        for cid in self._cells.get(key, ()):
            if cid == ignore:
                continue
            interval = plan.interval(cid)
            if interval and interval[0] < end and start < interval[1]:
                return True
        return False

    def plenary_overlaps(self, start: datetime, end: datetime, ignore: str) -> bool:
        """Whether a plenary block runs during [start, end) (parallel items get a warning)."""
        plan = self.document.plan
        for cid in self._plenary:
            if cid == ignore:
                continue
            interval = plan.interval(cid)
            if interval and interval[0] < end and start < interval[1]:
                return True
        return False

    def tooltip_for(self, cid: str) -> str:
        """Full text of a block and its conflicts (built on hover, never per paint)."""
        plan = self.document.plan
        contribution = plan.contributions_by_id.get(cid)
        placement = plan.placement(cid)
        if contribution is None or placement is None:
            return ""
        language = ui_language()
        end = plan.end_of(placement)
        room = plan.rooms_by_id.get(placement.room)
        lines = [f"<b>{html.escape(contribution.title)}</b>"]
        when = format_time_range(placement.start, end)
        if len(plan.event.days) > 1:
            when = f"{format_date(placement.start)} {when}"
        lines.append(html.escape(f"{when} · {room.name if room else placement.room}"))
        kind = kind_label(contribution.kind, language)
        if contribution.topic is not None:
            kind += f" · {topic_label(contribution.topic, language)}"
        lines.append(html.escape(kind))
        names = self._speaker_names(plan, contribution.speakers)
        if names:
            lines.append(f"<i>{html.escape(names)}</i>")
        if placement.pinned:
            lines.append(html.escape(tr("Pinned: auto-arrange leaves it in place")))
        for conflict in self.document.conflicts_of(cid):
            if conflict.severity is Severity.INFO:
                continue
            colour = severity_colour(conflict.severity).name()
            text = html.escape(message(conflict, language))
            lines.append(f'<span style="color:{colour}">●</span> {text}')
        return "<br>".join(lines)

    # -- building ----------------------------------------------------------------------
    def set_geometry(self, geometry: BoardGeometry) -> None:
        """Lay everything out again (zoom or column width changed)."""
        self.geometry = geometry
        self._grid = Grid(self.geometry)
        for cid in self._blocks:
            self._place(cid)
        self._update_scene_rect()
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)
        self.layoutChanged.emit()

    def rebuild(self) -> None:
        plan = self.document.plan
        selected = {item.data(0) for item in self.selectedItems()}
        for item in self._blocks.values():
            self.removeItem(item)
        self._blocks.clear()
        self._cells.clear()
        self._lanes.clear()
        self._plenary.clear()
        self._outside.clear()
        self._raised.clear()
        self._language = ui_language()
        self.geometry = BoardGeometry(plan, self.geometry.zoom, self._fill_width())
        self._grid = Grid(self.geometry)
        for placement in plan.schedule:
            item = BlockItem(placement.contribution)
            self._blocks[placement.contribution] = item
            self.addItem(item)
            self._update_content(item)
            if placement.contribution in selected:
                item.setSelected(True)
        for key in list(self._cells):
            self._compute_lanes(key)
        for cid in self._blocks:
            self._place(cid)
        self.refresh_conflicts()
        self._update_scene_rect()
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)
        self.layoutChanged.emit()

    def _fill_width(self) -> float:
        return self._fill

    def set_fill_width(self, width: float) -> None:
        """The width the columns may stretch to fill (the view's viewport width)."""
        self._fill = width

    def _on_plan_changed(self, changed: Iterable[str] | None) -> None:
        self._pending = None if changed is None else frozenset(changed)
        if changed is None or self._layout_inputs_changed():
            self.rebuild()
            return
        plan = self.document.plan
        touched: set[GridKey] = set()
        for cid in changed:
            item = self._blocks.get(cid)
            if item is not None and item.placement_key is not None:
                touched.add(item.placement_key)
                self._cells[item.placement_key].discard(cid)
                item.placement_key = None
            if plan.placement(cid) is None or cid not in plan.contributions_by_id:
                if item is not None:
                    self.removeItem(item)
                    del self._blocks[cid]
                    self._lanes.pop(cid, None)
                    self._plenary.discard(cid)
                    self._outside.pop(cid, None)
                    self._raised.discard(item)
                continue
            if item is None:
                item = BlockItem(cid)
                self._blocks[cid] = item
                self.addItem(item)
            self._update_content(item)
            touched.add(item.placement_key)  # type: ignore[arg-type]
        placed: set[str] = set()
        for key in touched:
            self._compute_lanes(key)
            placed.update(self._cells.get(key, ()))
        placed.update(cid for cid in changed if cid in self._blocks)
        for cid in placed:
            self._place(cid)
        self._update_scene_rect()

    def _layout_inputs_changed(self) -> bool:
        plan = self.document.plan
        geometry = self.geometry
        return (
            tuple(plan.event.days) != geometry.days
            or plan.rooms != geometry.rooms
            or geometry.start_minute != plan.event.day_start.hour * 60 + plan.event.day_start.minute
        )

    def _update_content(self, item: BlockItem) -> None:
        plan = self.document.plan
        cid = item.cid
        contribution = plan.contribution(cid)
        placement = plan.placement(cid)
        assert placement is not None
        end = placement.start + timedelta(minutes=contribution.duration)
        when = format_time_range(placement.start, end)
        if contribution.is_plenary:
            room = plan.rooms_by_id.get(placement.room)
            when += f" · {room.name if room else placement.room}"
        item.set_content(
            contribution.kind,
            contribution.is_plenary,
            when,
            kind_label(contribution.kind, self._language),
            contribution.title,
            self._speaker_names(plan, contribution.speakers),
        )
        item.set_pinned(placement.pinned)
        if contribution.is_plenary:
            self._plenary.add(cid)
        else:
            self._plenary.discard(cid)
        key = (placement.room, self.geometry.nearest_day_index(placement.start.date()))
        item.placement_key = key
        self._cells[key].add(cid)

    @staticmethod
    def _speaker_names(plan: Plan, speakers: Iterable[str]) -> str:
        by_id = plan.speakers_by_id
        return ", ".join(by_id[s].name if s in by_id else s for s in speakers)

    def _compute_lanes(self, key: GridKey) -> None:
        """Side-by-side lanes for overlapping blocks of one room on one day."""
        plan = self.document.plan
        spans = []
        for cid in self._cells.get(key, ()):
            if plan.contribution(cid).is_plenary:
                self._lanes[cid] = (0, 1)
                continue
            interval = plan.interval(cid)
            if interval is not None:
                spans.append((interval[0], interval[1], cid))
        spans.sort()
        cluster: list[tuple[str, int]] = []
        lane_ends: list[datetime] = []
        cluster_end = datetime.min

        def close() -> None:
            for member, lane in cluster:
                self._lanes[member] = (lane, len(lane_ends))

        for start, end, cid in spans:
            if cluster and start >= cluster_end:
                close()
                cluster, lane_ends = [], []
            for lane, lane_end in enumerate(lane_ends):
                if lane_end <= start:
                    lane_ends[lane] = end
                    break
            else:
                lane = len(lane_ends)
                lane_ends.append(end)
            cluster.append((cid, lane))
            cluster_end = end if len(cluster) == 1 else max(cluster_end, end)
        close()

    def _place(self, cid: str) -> None:
        plan = self.document.plan
        placement = plan.placement(cid)
        item = self._blocks[cid]
        if placement is None:
            return
        contribution = plan.contribution(cid)
        x, y, width, height = self.geometry.block_rect(
            placement.room, placement.start, contribution.duration, contribution.is_plenary
        )
        lane, lanes = self._lanes.get(cid, (0, 1))
        if lanes > 1:
            width /= lanes
            x += lane * width
        item.set_rect(x, y, width, height)
        if y < 0 or y + height > self.geometry.height:
            self._outside[cid] = (y, y + height)
        else:
            self._outside.pop(cid, None)

    def _update_scene_rect(self) -> None:
        """The grid, grown to show blocks that lie (partly) outside the day's hours."""
        x, y, width, height = self.geometry.scene_rect()
        rect = QRectF(x, y, width, height)
        for top, bottom in self._outside.values():
            rect = rect.united(QRectF(0, top - PADDING, width, bottom - top + 2 * PADDING))
        if rect != self.sceneRect():
            self.setSceneRect(rect)

    def refresh_conflicts(self) -> None:
        """Outlines and badges for the blocks whose conflicts may have changed.

        After a change to some contributions the incremental check only touches
        conflicts that involve them, so only they and their partners (before and
        after the change) need a new look; a full check refreshes every block.
        """
        worst = self.document.worst_severity
        changed, self._pending = self._pending, None
        if changed is None:
            self._partners = {cid: self._partners_now(cid) for cid in self._blocks}
            for cid, item in self._blocks.items():
                item.set_severity(worst(cid))
            return
        affected = set(changed)
        for cid in changed:
            affected.update(self._partners.get(cid, ()))
            affected.update(self._partners_now(cid))
        for cid in affected:
            item = self._blocks.get(cid)
            if item is not None:
                item.set_severity(worst(cid))
            self._partners[cid] = self._partners_now(cid)

    def _partners_now(self, cid: str) -> set[str]:
        return {other for c in self.document.conflicts_of(cid) for other in c.contributions}

    def _raise_selected(self) -> None:
        selected = {item for item in self.selectedItems() if isinstance(item, BlockItem)}
        for item in self._raised - selected:
            item.raise_for_selection(False)
        for item in selected - self._raised:
            item.raise_for_selection(True)
        self._raised = selected

    def selected_ids(self) -> list[str]:
        """Selected contribution ids in board order (day, time, room)."""
        plan = self.document.plan
        rooms = self.geometry.room_index

        def order(cid: str) -> tuple[object, ...]:
            placement = plan.placement(cid)
            if placement is None:
                return (datetime.max, 0, cid)
            return (placement.start, rooms.get(placement.room, 0), cid)

        ids = [item.data(0) for item in self.selectedItems() if isinstance(item, BlockItem)]
        return sorted(ids, key=order)

    # -- background ------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        self._grid.paint(painter, rect)
