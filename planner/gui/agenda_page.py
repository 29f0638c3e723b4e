"""The printed agenda page: rooms side by side, time running down, blocks in words.

A painter-based renderer rather than a snapshot of the board: the board shows
selection, conflict outlines and zoom, and its fonts are screen pixels, while a page
needs point sizes, a header with the event and the day, a footer with page numbers,
and contrast that survives a black-and-white printer. So every block carries its
time and kind in words (the colour only repeats it), lines are dark, fills light
(whatever the screen's theme), and unavailable room times are hatched and labelled.

Days with more rooms than fit legibly (:data:`ROOMS_PER_PAGE`) continue on further
pages of that day, each repeating the time axis and naming its rooms in the header.
:mod:`planner.gui.printing` drives it for printers, the preview and PDF files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from planner.gui.i18n import format_date, format_time, format_time_range, ui_language
from planner.gui.palette import kind_colour, mix
from planner.gui.timeline.textlayout import wrap
from planner.model import Kind, Placement, Plan, Room, kind_label


def tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


#: More rooms than this on one page make the columns too narrow to read.
ROOMS_PER_PAGE = 8
INK = QColor("#111111")
GRID = QColor("#8a8a8a")
FAINT = QColor("#c8c8c8")


@dataclass(frozen=True)
class AgendaPage:
    """One printed page: a day and the rooms on it (``part`` of ``parts`` for that day)."""

    day: date
    rooms: tuple[Room, ...]
    part: int = 1
    parts: int = 1
    first_room: int = 1


def agenda_pages(plan: Plan, rooms_per_page: int = ROOMS_PER_PAGE) -> list[AgendaPage]:
    """The pages of the printed agenda, day by day, in room order."""
    rooms = plan.rooms
    chunks = [rooms[i : i + rooms_per_page] for i in range(0, len(rooms), rooms_per_page)] or [()]
    return [
        AgendaPage(day, chunk, n + 1, len(chunks), n * rooms_per_page + 1)
        for day in plan.event.days
        for n, chunk in enumerate(chunks)
    ]


def paper_colours(kind: Kind) -> tuple[QColor, QColor]:
    """(fill, accent bar) of a block on paper: the board's light colours whatever the
    screen's theme, light enough that black text stays readable when printed in grey."""
    accent = kind_colour(kind)
    return mix(accent, QColor("white"), 0.72), accent


def _font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _lanes(spans: list[tuple[datetime, datetime, str]]) -> dict[str, tuple[int, int]]:
    """(lane, lanes) per contribution: overlapping blocks of a room side by side."""
    result: dict[str, tuple[int, int]] = {}
    cluster: list[tuple[str, int]] = []
    ends: list[datetime] = []
    cluster_end = datetime.min
    for start, end, cid in sorted(spans):
        if cluster and start >= cluster_end:
            result.update({m: (lane, len(ends)) for m, lane in cluster})
            cluster, ends = [], []
        for lane, lane_end in enumerate(ends):
            if lane_end <= start:
                ends[lane] = end
                break
        else:
            lane = len(ends)
            ends.append(end)
        cluster.append((cid, lane))
        cluster_end = end if len(cluster) == 1 else max(cluster_end, end)
    result.update({m: (lane, len(ends)) for m, lane in cluster})
    return result


class AgendaPainter:
    """Draws :class:`AgendaPage` s of one plan onto a paint device (printer, PDF, preview)."""

    def __init__(self, plan: Plan, device: QPaintDevice, language: str | None = None) -> None:
        self.plan = plan
        self.device = device
        self.language = language or ui_language()
        self.dpi = device.logicalDpiY()
        self.fonts = {
            "title": _font(13, bold=True),
            "sub": _font(9),
            "day": _font(12, bold=True),
            "room": _font(8.5, bold=True),
            "small": _font(7),
            "when": _font(6.5),
            "block": _font(7.5, bold=True),
            "speakers": _font(6.5, italic=True),
        }

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def metrics(self, name: str) -> QFontMetricsF:
        return QFontMetricsF(self.fonts[name], self.device)

    def _text(self, p: QPainter, name: str, rect: QRectF, flags: Qt.AlignmentFlag, text: str):
        p.setFont(self.fonts[name])
        elided = self.metrics(name).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        p.drawText(rect, int(flags), elided)

    # -- page frame ----------------------------------------------------------------

    def paint_page(self, p: QPainter, page: AgendaPage, number: int, count: int) -> None:
        area = QRectF(0, 0, self.device.width(), self.device.height())
        event = self.plan.event
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        top = Qt.AlignmentFlag.AlignTop
        head = QRectF(area.left(), area.top(), area.width(), self.mm(14))
        half = QRectF(head.left(), head.top(), head.width() * 0.62, head.height())
        p.setPen(INK)
        self._text(p, "title", half, left | top, event.title)
        sub = QRectF(
            half.left(), half.top() + self.metrics("title").height(), half.width(), half.height()
        )
        self._text(p, "sub", sub, left | top, event.venue or "")
        day_rect = QRectF(half.right(), head.top(), head.width() - half.width(), head.height())
        self._text(p, "day", day_rect, right | top, format_date(page.day, long=True))
        if page.parts > 1:
            last = page.first_room + len(page.rooms) - 1
            rooms_text = (
                tr("Rooms %1–%2 of %3")
                .replace("%1", str(page.first_room))
                .replace("%2", str(last))
                .replace("%3", str(len(self.plan.rooms)))
            )
            below = day_rect.translated(0, self.metrics("day").height())
            self._text(p, "sub", below, right | top, rooms_text)
        p.setPen(QPen(INK, self.mm(0.3)))
        p.drawLine(QPointF(area.left(), head.bottom()), QPointF(area.right(), head.bottom()))

        foot = QRectF(area.left(), area.bottom() - self.mm(5), area.width(), self.mm(5))
        p.setPen(INK)
        page_text = tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(count))
        self._text(p, "small", foot, right | Qt.AlignmentFlag.AlignBottom, page_text)
        self._text(p, "small", foot, left | Qt.AlignmentFlag.AlignBottom, "Agenda Planner")
        grid = QRectF(
            area.left(),
            head.bottom() + self.mm(3),
            area.width(),
            foot.top() - self.mm(2) - head.bottom() - self.mm(3),
        )
        self.paint_grid(p, page, grid)

    # -- grid -----------------------------------------------------------------------
    def _hours(self, day: date, placements: list[Placement]) -> tuple[datetime, datetime]:
        """The day's hours, widened to whole hours around blocks that lie outside them."""
        start, end = self.plan.event.day_bounds(day)
        for pl in placements:
            start = min(start, pl.start.replace(minute=0))
            pl_end = self.plan.end_of(pl)
            if pl_end > end:
                end = max(end, pl_end.replace(minute=0) + timedelta(hours=pl_end.minute > 0))
        return start, max(end, start + timedelta(hours=1))

    def paint_grid(self, p: QPainter, page: AgendaPage, rect: QRectF) -> None:
        plan = self.plan
        placements = [pl for pl in plan.schedule if pl.start.date() == page.day]
        start, end = self._hours(page.day, placements)
        minutes = (end - start).total_seconds() / 60
        axis = self.mm(12)
        header = self.mm(9)
        body = QRectF(
            rect.left() + axis, rect.top() + header, rect.width() - axis, rect.height() - header
        )
        columns = max(1, len(page.rooms))
        col_w = body.width() / columns

        def y_of(moment: datetime) -> float:
            return body.top() + (moment - start).total_seconds() / 60 / minutes * body.height()

        # room headers
        p.fillRect(QRectF(body.left(), rect.top(), body.width(), header), QColor("#f1f1f1"))
        for i, room in enumerate(page.rooms):
            cell = QRectF(body.left() + i * col_w, rect.top(), col_w, header)
            inner = cell.adjusted(self.mm(1), 0, -self.mm(1), 0)
            p.setPen(INK)
            self._text(
                p, "room", inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, room.name
            )
            if room.capacity:
                seats = tr("%1 seats").replace("%1", str(room.capacity))
                below = inner.translated(0, self.metrics("room").height())
                self._text(
                    p, "small", below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, seats
                )
            for window in room.unavailable:
                top, bottom = max(window.start, start), min(window.end, end)
                if top < bottom:
                    shade = QRectF(cell.left(), y_of(top), col_w, y_of(bottom) - y_of(top))
                    self.paint_unavailable(p, shade)
        # time lines and labels
        moment = start
        while moment <= end:
            y = y_of(moment)
            if moment.minute == 0:
                p.setPen(QPen(GRID, self.mm(0.2)))
                label = QRectF(rect.left(), y - self.mm(2), axis - self.mm(1.5), self.mm(4))
                p.drawLine(QPointF(body.left() - self.mm(1), y), QPointF(body.right(), y))
                p.setPen(INK)
                self._text(
                    p,
                    "small",
                    label,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    format_time(moment),
                )
            else:
                p.setPen(QPen(FAINT, self.mm(0.15), Qt.PenStyle.DotLine))
                p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))
            moment += timedelta(minutes=30)
        p.setPen(QPen(GRID, self.mm(0.2)))
        for i in range(columns + 1):
            x = body.left() + i * col_w
            p.drawLine(QPointF(x, rect.top()), QPointF(x, body.bottom()))
        p.drawLine(QPointF(body.left(), body.top()), QPointF(body.right(), body.top()))
        # blocks: plenary ones across the page first, the rest on top in their lanes
        index = {room.id: i for i, room in enumerate(page.rooms)}
        plenary = [pl for pl in placements if plan.contribution(pl.contribution).is_plenary]
        for pl in plenary:
            top, bottom = y_of(pl.start), y_of(plan.end_of(pl))
            self.paint_block(p, pl, QRectF(body.left(), top, body.width(), bottom - top), True)
        by_room: dict[str, list[tuple[datetime, datetime, str]]] = {}
        for pl in placements:
            if pl.room in index and pl not in plenary:
                by_room.setdefault(pl.room, []).append((pl.start, plan.end_of(pl), pl.contribution))
        for room_id, spans in by_room.items():
            lanes = _lanes(spans)
            for s, e, cid in spans:
                lane, count = lanes[cid]
                width = col_w / count
                x = body.left() + index[room_id] * col_w + lane * width
                placement = plan.placement(cid)
                assert placement is not None
                self.paint_block(p, placement, QRectF(x, y_of(s), width, y_of(e) - y_of(s)), False)

    def paint_unavailable(self, p: QPainter, rect: QRectF) -> None:
        """Hatched in millimetres (Qt's pattern brushes are device pixels: a grey haze at
        1200 dpi), and labelled, so the blocked time reads without colour."""
        p.save()
        p.setClipRect(rect)
        p.fillRect(rect, QColor("#f3f3f3"))
        p.setPen(QPen(FAINT.darker(120), self.mm(0.2)))
        step = self.mm(2.5)
        x = rect.left() - rect.height()
        while x < rect.right():
            p.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()))
            x += step
        label = tr("not available")
        fm = self.metrics("when")
        if rect.height() > fm.height() * 1.5:
            middle = rect.center().y() - fm.height() / 2
            box = QRectF(rect.left() + self.mm(1.5), middle, 0, fm.height())
            box.setWidth(min(fm.horizontalAdvance(label) + self.mm(1.5), rect.width() - self.mm(3)))
            p.fillRect(box, QColor("white"))
            p.setPen(INK)
            self._text(p, "when", box, Qt.AlignmentFlag.AlignCenter, label)
        p.restore()

    def paint_block(self, p: QPainter, placement: Placement, rect: QRectF, plenary: bool) -> None:
        plan = self.plan
        c = plan.contribution(placement.contribution)
        box = rect.adjusted(self.mm(0.4), self.mm(0.2), -self.mm(0.4), -self.mm(0.2))
        fill, accent = paper_colours(c.kind)
        p.save()
        p.setClipRect(box.adjusted(-1, -1, 1, 1))
        p.fillRect(box, fill)
        p.fillRect(QRectF(box.left(), box.top(), self.mm(1.2), box.height()), accent)
        p.setPen(QPen(INK, self.mm(0.25)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(box)
        end = plan.end_of(placement)
        when = f"{format_time_range(placement.start, end)} · {kind_label(c.kind, self.language)}"
        if plenary:
            room = plan.rooms_by_id.get(placement.room)
            when += f" · {room.name if room else placement.room}"
        names = [plan.speakers_by_id[s].name for s in c.speakers if s in plan.speakers_by_id]
        inner = box.adjusted(self.mm(2), self.mm(0.5), -self.mm(0.8), 0)
        short = f"{format_time(placement.start)} {c.title}"
        self._block_text(p, inner, when, short, c.title, ", ".join(names))
        p.restore()

    def _block_text(
        self, p: QPainter, rect: QRectF, when: str, short: str, title: str, speakers: str
    ) -> None:
        """Time and kind, the title wrapped, the speakers; or one line for short blocks."""
        when_fm, title_fm, sp_fm = (
            self.metrics("when"),
            self.metrics("block"),
            self.metrics("speakers"),
        )
        y = rect.top()
        bottom = rect.bottom()
        p.setPen(INK)
        if y + title_fm.height() > bottom + self.mm(0.4):
            return  # shorter than a line of text: the box alone shows it
        if y + when_fm.height() + title_fm.height() > bottom:  # one line: start and title
            p.setFont(self.fonts["block"])
            line = title_fm.elidedText(short, Qt.TextElideMode.ElideRight, rect.width())
            p.drawText(QPointF(rect.left(), y + title_fm.ascent()), line)
            return
        p.setFont(self.fonts["when"])
        p.drawText(
            QPointF(rect.left(), y + when_fm.ascent()),
            when_fm.elidedText(when, Qt.TextElideMode.ElideRight, rect.width()),
        )
        y += when_fm.height()
        room_for_speakers = sp_fm.height() if speakers else 0.0
        lines = int((bottom - y - room_for_speakers) // title_fm.height())
        if lines < 1:
            lines, room_for_speakers = int((bottom - y) // title_fm.height()), 0.0
        p.setFont(self.fonts["block"])
        for text in wrap(title, title_fm, rect.width(), lines):
            p.drawText(QPointF(rect.left(), y + title_fm.ascent()), text)
            y += title_fm.height()
        if room_for_speakers and y + sp_fm.height() <= bottom:
            p.setFont(self.fonts["speakers"])
            p.drawText(
                QPointF(rect.left(), y + sp_fm.ascent()),
                sp_fm.elidedText(speakers, Qt.TextElideMode.ElideRight, rect.width()),
            )
