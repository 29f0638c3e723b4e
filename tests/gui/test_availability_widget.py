"""The day timeline that draws time windows, and its keyboard twin, the window list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QVBoxLayout, QWidget

from planner.gui.editors.timeline_widget import AvailabilityTimeline
from planner.gui.editors.windows_edit import WindowListEditor
from planner.model import TimeWindow
from tests.gui import helpers

DAY = date(2019, 10, 7)
DAY2 = date(2019, 10, 8)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def shown_in_window(qtbot, widget: QWidget) -> QWidget:
    """Put ``widget`` into a window of fixed minimum size, as the editors do (a window
    whose layout re-imposes its minimum size makes the offscreen platform warn)."""
    frame = QWidget()
    frame.setMinimumSize(700, 300)
    layout = QVBoxLayout(frame)
    layout.addWidget(widget)
    layout.addStretch(1)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    return frame


@pytest.fixture
def timeline(qtbot) -> Iterator[AvailabilityTimeline]:
    widget = AvailabilityTimeline()
    widget.set_context((DAY,), time(9), time(17))
    widget.set_windows(())
    frame = shown_in_window(qtbot, widget)
    yield widget
    del frame


def edited(qtbot, widget) -> list:
    """Every tuple the widget emitted (a list that fills as the test runs)."""
    seen: list = []
    widget.windowsEdited.connect(seen.append)
    return seen


def point(widget: AvailabilityTimeline, hour: int, minute: int = 0, day: date = DAY) -> QPoint:
    return widget.point_at(at(hour, minute, day))


def shift_drag(widget, start: QPoint, end: QPoint) -> None:
    shift = Qt.KeyboardModifier.ShiftModifier
    helpers.mouse_press(widget, start, shift)
    for p in helpers.path(start, end):
        global_p = widget.mapToGlobal(p)
        QApplication.sendEvent(
            widget,
            QMouseEvent(
                QMouseEvent.Type.MouseMove, p, global_p, helpers.NO_BUTTON, helpers.LEFT, shift
            ),
        )
    helpers.mouse_release(widget, end)


def test_dragging_on_free_time_draws_a_window_snapped_to_quarter_hours(qtbot, timeline):
    seen = edited(qtbot, timeline)
    helpers.mouse_drag(timeline, point(timeline, 10, 7), point(timeline, 11, 50))
    assert seen == [(TimeWindow(at(10), at(11, 45)),)]
    assert timeline.windows() == (TimeWindow(at(10), at(11, 45)),)
    assert timeline.current() == 0


def test_dragging_backwards_draws_the_same_window(qtbot, timeline):
    seen = edited(qtbot, timeline)
    helpers.mouse_drag(timeline, point(timeline, 15), point(timeline, 13, 30))
    assert seen == [(TimeWindow(at(13, 30), at(15)),)]


def test_shift_snaps_to_five_minutes(qtbot, timeline):
    seen = edited(qtbot, timeline)
    shift_drag(timeline, point(timeline, 10, 6), point(timeline, 11, 53))
    assert seen == [(TimeWindow(at(10, 5), at(11, 55)),)]


def test_a_click_without_dragging_draws_nothing(qtbot, timeline):
    seen = edited(qtbot, timeline)
    helpers.mouse_press(timeline, point(timeline, 12))
    helpers.mouse_release(timeline, point(timeline, 12))
    assert seen == []
    assert timeline.windows() == ()


def test_drawing_stops_at_the_end_of_the_day(qtbot, timeline):
    seen = edited(qtbot, timeline)
    end = point(timeline, 16)
    helpers.mouse_drag(timeline, end, QPoint(timeline.width() + 50, end.y()))
    assert seen == [(TimeWindow(at(16), at(17)),)]


def test_dragging_an_edge_resizes_the_window(qtbot, timeline):
    timeline.set_windows((TimeWindow(at(10), at(12)),))
    seen = edited(qtbot, timeline)
    helpers.mouse_drag(timeline, point(timeline, 12), point(timeline, 14, 20))
    assert seen == [(TimeWindow(at(10), at(14, 15)),)]
    helpers.mouse_drag(timeline, point(timeline, 10), point(timeline, 9, 30))
    assert seen[-1] == (TimeWindow(at(9, 30), at(14, 15)),)


def test_an_edge_cannot_pass_the_other_one(qtbot, timeline):
    timeline.set_windows((TimeWindow(at(10), at(12)),))
    seen = edited(qtbot, timeline)
    helpers.mouse_drag(timeline, point(timeline, 10), point(timeline, 15))
    assert seen == [(TimeWindow(at(11, 45), at(12)),)]


def test_dragging_the_body_moves_the_window(qtbot, timeline):
    timeline.set_windows((TimeWindow(at(10), at(11)),))
    seen = edited(qtbot, timeline)
    helpers.mouse_drag(timeline, point(timeline, 10, 30), point(timeline, 13, 30))
    assert seen == [(TimeWindow(at(13), at(14)),)]


def test_a_window_drawn_over_another_merges_with_it(qtbot, timeline):
    timeline.set_windows((TimeWindow(at(10), at(11)), TimeWindow(at(14), at(15))))
    seen = edited(qtbot, timeline)
    helpers.mouse_drag(timeline, point(timeline, 12), point(timeline, 14, 30))
    assert seen == [(TimeWindow(at(10), at(11)), TimeWindow(at(12), at(15)))]


def test_arrow_keys_walk_through_the_windows(qtbot, timeline):
    timeline.set_windows((TimeWindow(at(10), at(11)), TimeWindow(at(14), at(15))))
    timeline.set_current(-1)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current() == 0
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current() == 1
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current() == 0


def test_delete_key_removes_the_selected_window(qtbot, timeline):
    timeline.set_windows((TimeWindow(at(10), at(11)), TimeWindow(at(14), at(15))))
    seen = edited(qtbot, timeline)
    helpers.mouse_press(timeline, point(timeline, 14, 30))  # a click selects
    helpers.mouse_release(timeline, point(timeline, 14, 30))
    assert (timeline.current(), seen) == (1, [])
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert seen == [(TimeWindow(at(10), at(11)),)]
    assert timeline.current() == -1


def test_delete_without_selection_removes_nothing(qtbot, timeline):
    timeline.set_windows((TimeWindow(at(10), at(11)),))
    seen = edited(qtbot, timeline)
    timeline.set_current(-1)
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert seen == []


def test_right_click_removes_the_window_under_the_mouse(qtbot, timeline):
    timeline.set_windows((TimeWindow(at(10), at(11)), TimeWindow(at(14), at(15))))
    seen = edited(qtbot, timeline)
    qtbot.mouseClick(timeline, Qt.MouseButton.RightButton, pos=point(timeline, 14, 30))
    assert seen == [(TimeWindow(at(10), at(11)),)]


def test_drawing_on_the_second_day_row_makes_a_window_on_that_day(qtbot, timeline):
    timeline.set_context((DAY, DAY2), time(9), time(17))
    seen = edited(qtbot, timeline)
    helpers.mouse_drag(timeline, point(timeline, 9, day=DAY2), point(timeline, 12, day=DAY2))
    assert seen == [(TimeWindow(at(9, day=DAY2), at(12, day=DAY2)),)]


def test_moving_a_window_down_a_row_moves_it_a_day(qtbot, timeline):
    timeline.set_context((DAY, DAY2), time(9), time(17))
    timeline.set_windows((TimeWindow(at(10), at(11)),))
    seen = edited(qtbot, timeline)
    helpers.mouse_drag(timeline, point(timeline, 10, 30), point(timeline, 10, 30, DAY2))
    assert seen == [(TimeWindow(at(10, day=DAY2), at(11, day=DAY2)),)]


def test_drawing_when_unrestricted_starts_a_first_window(qtbot, timeline):
    timeline.set_windows(None)
    seen = edited(qtbot, timeline)
    helpers.mouse_drag(timeline, point(timeline, 11), point(timeline, 15))
    assert seen == [(TimeWindow(at(11), at(15)),)]


# -- the window list --------------------------------------------------------------------


@pytest.fixture
def window_list(qtbot) -> Iterator[WindowListEditor]:
    widget = WindowListEditor()
    widget.set_context((DAY,), time(9), time(17))
    widget.set_windows(())
    frame = shown_in_window(qtbot, widget)
    yield widget
    del frame


def test_add_puts_an_hour_into_the_first_free_gap(qtbot, window_list):
    window_list.set_windows((TimeWindow(at(9), at(10, 30)),))
    seen = edited(qtbot, window_list)
    qtbot.mouseClick(window_list.add_button, Qt.MouseButton.LeftButton)
    assert seen == [(TimeWindow(at(9), at(11, 30)),)]  # merged: they touch
    window_list.set_windows((TimeWindow(at(9), at(10)), TimeWindow(at(10, 30), at(17))))
    qtbot.mouseClick(window_list.add_button, Qt.MouseButton.LeftButton)
    assert seen[-1] == (TimeWindow(at(9), at(17)),)


def test_typed_times_change_the_selected_window(qtbot, window_list):
    window_list.set_windows((TimeWindow(at(10), at(11)),))
    window_list.list.setCurrentRow(0)
    seen = edited(qtbot, window_list)
    window_list.start_edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(window_list.start_edit, "09:15")
    qtbot.keyClick(window_list.start_edit, Qt.Key.Key_Return)
    assert seen == [(TimeWindow(at(9, 15), at(11)),)]
    assert "9:15" in window_list.list.item(0).text()


def test_an_end_before_the_start_is_refused_with_a_message(qtbot, window_list):
    window_list.set_windows((TimeWindow(at(10), at(11)),))
    window_list.list.setCurrentRow(0)
    seen = edited(qtbot, window_list)
    window_list.end_edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(window_list.end_edit, "08:00")
    qtbot.keyClick(window_list.end_edit, Qt.Key.Key_Return)
    assert seen == []
    assert "after the start" in window_list.message.text()


def test_delete_key_in_the_list_removes_the_window(qtbot, window_list):
    window_list.set_windows((TimeWindow(at(10), at(11)), TimeWindow(at(13), at(14))))
    window_list.list.setCurrentRow(0)
    seen = edited(qtbot, window_list)
    qtbot.keyClick(window_list.list, Qt.Key.Key_Delete)
    assert seen == [(TimeWindow(at(13), at(14)),)]
