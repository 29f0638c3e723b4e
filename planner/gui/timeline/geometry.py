"""Where things sit on the board: time ↔ y and (day, room) ↔ x.

The board is laid out in scene coordinates that already include the zoom: zooming
changes the minute height and the column width here and the items are laid out
again, so text keeps its size (a calendar's day view, not a magnifying glass).
Everything else — items, the background grid, the headers, hit tests while
dragging — asks one :class:`BoardGeometry` so they can never disagree.

y = 0 is ``day_start``; each day of the event is a group of room columns, left to
right in the plan's room order, separated by a small gap.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from planner.model import Plan, Room

#: Snap step for drags and keyboard moves, in minutes.
SNAP_MINUTES = 5
#: Shortest duration a resize may produce.
MIN_DURATION = 5

BASE_COLUMN_WIDTH = 170.0
BASE_MINUTE_HEIGHT = 2.0
MAX_COLUMN_WIDTH = 420.0
DAY_GAP = 14.0
#: Space above day_start and below day_end so the first and last labels are not cut.
PADDING = 12.0

MIN_ZOOM = 0.25
MAX_ZOOM = 4.0


def minutes_of(value: time) -> int:
    return value.hour * 60 + value.minute


def snap_minutes(minutes: float, step: int = SNAP_MINUTES) -> int:
    """Round to the nearest step (halves round up, so the snap feels symmetric)."""
    return int((minutes + step / 2) // step * step)


@dataclass(frozen=True)
class Slot:
    """A place on the board a drag can point at: a day column of one room, and a start."""

    day_index: int
    room_index: int
    room_id: str
    start: datetime


class BoardGeometry:
    """The board's layout for one plan at one zoom and column width."""

    def __init__(self, plan: Plan, zoom: float = 1.0, fill_width: float = 0.0) -> None:
        event = plan.event
        self.days: tuple[date, ...] = tuple(event.days)
        self.rooms: tuple[Room, ...] = tuple(plan.rooms)
        self.room_index = {room.id: i for i, room in enumerate(self.rooms)}
        self.day_index = {day: i for i, day in enumerate(self.days)}
        self.zoom = zoom
        self.start_minute = minutes_of(event.day_start)
        self.end_minute = max(minutes_of(event.day_end), self.start_minute + SNAP_MINUTES)
        self.minute_height = BASE_MINUTE_HEIGHT * zoom
        columns = max(1, len(self.days) * len(self.rooms))
        gaps = DAY_GAP * max(0, len(self.days) - 1)
        stretched = (fill_width - gaps) / columns if fill_width > 0 else 0.0
        self.column_width = max(BASE_COLUMN_WIDTH * zoom, min(stretched, MAX_COLUMN_WIDTH))

    # -- sizes -----------------------------------------------------------------------
    @property
    def day_minutes(self) -> int:
        return self.end_minute - self.start_minute

    @property
    def day_width(self) -> float:
        return self.column_width * max(1, len(self.rooms))

    @property
    def width(self) -> float:
        return self.day_width * max(1, len(self.days)) + DAY_GAP * max(0, len(self.days) - 1)

    @property
    def height(self) -> float:
        return self.day_minutes * self.minute_height

    # -- x -----------------------------------------------------------------------------
    def day_x(self, day_index: int) -> float:
        return day_index * (self.day_width + DAY_GAP)

    def column_x(self, day_index: int, room_index: int) -> float:
        return self.day_x(day_index) + room_index * self.column_width

    def nearest_day_index(self, day: date) -> int:
        """The column group of ``day``; a date outside the event goes to the nearest day."""
        if day in self.day_index:
            return self.day_index[day]
        if not self.days:
            return 0
        return min(range(len(self.days)), key=lambda i: abs((self.days[i] - day).days))

    def column_at(self, x: float) -> tuple[int, int] | None:
        """(day index, room index) of the column under scene x, None in a gap or outside."""
        if not self.days or not self.rooms or x < 0:
            return None
        day_index = int(x // (self.day_width + DAY_GAP))
        if day_index >= len(self.days):
            return None
        offset = x - self.day_x(day_index)
        if offset >= self.day_width:
            return None
        return day_index, min(int(offset // self.column_width), len(self.rooms) - 1)

    def nearest_column(self, x: float) -> tuple[int, int]:
        """Like :meth:`column_at` but a gap or the outside counts as the closest column."""
        if not self.days or not self.rooms:
            return 0, 0
        span = self.day_width + DAY_GAP
        day_index = max(0, min(len(self.days) - 1, int(x // span)))
        offset = x - self.day_x(day_index)
        room_index = max(0, min(len(self.rooms) - 1, int(offset // self.column_width)))
        return day_index, room_index

    # -- y -----------------------------------------------------------------------------
    def y_of_minute(self, minute_of_day: float) -> float:
        return (minute_of_day - self.start_minute) * self.minute_height

    def y_of(self, moment: datetime) -> float:
        return self.y_of_minute(moment.hour * 60 + moment.minute + moment.second / 60)

    def minute_at(self, y: float) -> float:
        """Minute of the day (since midnight) at scene y, unsnapped."""
        return self.start_minute + y / self.minute_height

    def datetime_at(self, day_index: int, minute_of_day: int) -> datetime:
        return datetime.combine(self.days[day_index], time()) + timedelta(minutes=minute_of_day)

    # -- blocks and slots ------------------------------------------------------------
    def block_rect(
        self, room_id: str, start: datetime, duration: int, plenary: bool
    ) -> tuple[float, float, float, float]:
        """x, y, width, height of a block (plenary blocks span their day's columns)."""
        day_index = self.nearest_day_index(start.date())
        y = self.y_of(start)
        height = max(duration, 1) * self.minute_height
        if plenary:
            return self.day_x(day_index), y, self.day_width, height
        room_index = self.room_index.get(room_id, 0)
        return self.column_x(day_index, room_index), y, self.column_width, height

    def slot_at(self, x: float, top_y: float, duration: int) -> Slot | None:
        """The snapped slot for a block whose top edge is at ``top_y`` in the column at x.

        The start is kept inside the day's hours so a drop never lands half outside.
        """
        if not self.rooms or not self.days:
            return None
        day_index, room_index = self.nearest_column(x)
        minute = snap_minutes(self.minute_at(top_y))
        latest = self.end_minute - min(duration, self.day_minutes)
        latest -= latest % SNAP_MINUTES
        minute = max(self.start_minute, min(minute, latest))
        start = self.datetime_at(day_index, minute)
        return Slot(day_index, room_index, self.rooms[room_index].id, start)

    def shifted_column(self, start: datetime, room_id: str, step: int) -> tuple[str, datetime]:
        """The room and start one column to the left (-1) or right (+1), across days."""
        day_index = self.nearest_day_index(start.date())
        room_index = self.room_index.get(room_id, 0)
        column = day_index * len(self.rooms) + room_index + step
        column = max(0, min(len(self.days) * len(self.rooms) - 1, column))
        new_day, new_room = divmod(column, len(self.rooms))
        new_start = datetime.combine(self.days[new_day], start.time())
        return self.rooms[new_room].id, new_start

    def scene_rect(self) -> tuple[float, float, float, float]:
        return 0.0, -PADDING, self.width, self.height + 2 * PADDING
