"""The planning board: blocks where the plan says, drags and keys that become commands."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from planner.conflicts import ConflictKind, Severity
from planner.gui import commands
from planner.gui.document import PlanDocument
from planner.gui.mime import contribution_ids, contribution_mime
from planner.gui.timeline import TimelineView, editing
from planner.gui.timeline.headers import RULER_WIDTH
from planner.gui.timeline.items import BlockItem
from planner.gui.timeline.preview import GhostItem, ShadeItem
from planner.storage import load_plan
from tests.gui import helpers

DAY = datetime(2019, 10, 7)


def at(hour: int, minute: int = 0) -> datetime:
    return DAY.replace(hour=hour, minute=minute)


@pytest.fixture
def document(sample_path) -> PlanDocument:
    return PlanDocument(load_plan(sample_path))


@pytest.fixture
def view(qtbot, document) -> TimelineView:
    widget = TimelineView(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.zoom_fit()
    return widget


def slot_point(view: TimelineView, room_id: str, moment: datetime, dy: float = 1.0) -> QPoint:
    """Viewport point in the middle of ``room_id``'s column, just below ``moment``."""
    geometry = view.board_geometry()
    x = geometry.column_x(0, geometry.room_index[room_id]) + geometry.column_width / 2
    return view.mapFromScene(QPointF(x, geometry.y_of(moment) + dy))


def block_point(view: TimelineView, cid: str, fy: float = 0.5) -> QPoint:
    """Viewport point inside the block of ``cid`` (``fy``: fraction of its height)."""
    rect = view.block_item(cid).sceneBoundingRect().adjusted(2, 2, -2, -2)
    return view.mapFromScene(QPointF(rect.center().x(), rect.top() + rect.height() * fy))


def kinds_of(document: PlanDocument, cid: str) -> set[ConflictKind]:
    return {c.kind for c in document.conflicts_of(cid)}


# -- layout ------------------------------------------------------------------------------


def test_one_block_per_placement_in_its_room_column_at_its_start(view, document):
    plan = document.plan
    geometry = view.board_geometry()
    blocks = [i for i in view.scene().items() if isinstance(i, BlockItem)]
    assert sorted(b.data(0) for b in blocks) == sorted(p.contribution for p in plan.schedule)
    day_start = datetime.combine(DAY.date(), plan.event.day_start)
    columns = [geometry.column_x(0, i) for i in range(len(plan.rooms))]
    for placement in plan.schedule:
        item = view.block_item(placement.contribution)
        rect = item.sceneBoundingRect().adjusted(2, 2, -2, -2)
        minutes = (placement.start - day_start).total_seconds() / 60
        assert item.y() == pytest.approx(minutes * geometry.minute_height)
        room = [r.id for r in plan.rooms].index(placement.room)
        if plan.contribution(placement.contribution).is_plenary:
            assert rect.left() < columns[0] + 5
            assert rect.right() > columns[-1] + geometry.column_width - 5
        else:
            column = columns[room]
            assert column <= rect.left() < rect.right() <= column + geometry.column_width
        assert item.flags() & item.GraphicsItemFlag.ItemIsSelectable
        assert item.flags() & item.GraphicsItemFlag.ItemIsFocusable


def test_rooms_run_left_to_right_and_time_runs_down_in_the_viewport(view, document):
    first = view.mapFromScene(view.block_item("i-wirt-1").sceneBoundingRect().topLeft())
    later = view.mapFromScene(view.block_item("i-wirt-2").sceneBoundingRect().topLeft())
    assert later.y() > first.y() + 50  # 11:20 vs 14:20, same room
    plenum = view.mapFromScene(view.block_item("g-dk1").sceneBoundingRect().topLeft())
    werkstatt = view.mapFromScene(view.block_item("w-lotsen").sceneBoundingRect().topLeft())
    assert werkstatt.x() > plenum.x() + 2 * view.board_geometry().column_width
    assert view.viewport().rect().contains(block_point(view, "closing"))  # fit shows the day


def test_block_height_follows_duration_and_tooltip_has_the_full_text(view, document):
    geometry = view.board_geometry()
    lotsen = view.block_item("w-lotsen")
    impulse = view.block_item("i-wirt-1")
    assert lotsen.rect().height() == pytest.approx(90 * geometry.minute_height, abs=2)
    assert impulse.rect().height() == pytest.approx(25 * geometry.minute_height, abs=2)
    tooltip = view.board_scene().tooltip_for("g-dk1")
    contribution = document.plan.contribution("g-dk1")
    assert contribution.title in tooltip
    speaker = document.plan.speaker(contribution.speakers[0]).name
    assert speaker in tooltip


def test_overlapping_blocks_of_one_room_sit_side_by_side(qtbot, conflicts_sample_path):
    document = PlanDocument(load_plan(conflicts_sample_path))
    view = TimelineView(document)
    qtbot.addWidget(view)
    first = view.block_item("i-soz-1").sceneBoundingRect().adjusted(2, 0, -2, 0)
    second = view.block_item("i-buerg-2").sceneBoundingRect().adjusted(2, 0, -2, 0)
    assert first.right() <= second.left() or second.right() <= first.left()


def test_conflicts_show_as_error_and_warning_states(qtbot, conflicts_sample_path):
    document = PlanDocument(load_plan(conflicts_sample_path))
    view = TimelineView(document)
    qtbot.addWidget(view)
    assert view.block_item("i-soz-1").severity() is Severity.ERROR  # room overlap
    assert view.block_item("i-tour-1").severity() is Severity.WARNING  # capacity
    assert view.block_item("reg").severity() is None
    tooltip = view.board_scene().tooltip_for("i-tour-1")
    assert "60" in tooltip
    assert "40" in tooltip


def test_moving_a_block_out_of_a_conflict_clears_its_partner_too(qtbot, conflicts_sample_path):
    document = PlanDocument(load_plan(conflicts_sample_path))
    view = TimelineView(document)
    qtbot.addWidget(view)
    assert view.block_item("i-buerg-2").severity() is Severity.ERROR  # overlaps i-soz-1
    document.undo_stack.push(commands.move(document, "i-soz-1", "seminar1", at(9, 0)))
    assert view.block_item("i-buerg-2").severity() is None
    document.undo_stack.undo()
    assert view.block_item("i-buerg-2").severity() is Severity.ERROR


# -- mouse ---------------------------------------------------------------------------------


def test_drag_block_to_another_room_and_time(view, document):
    viewport = view.viewport()
    start = block_point(view, "i-zivil-1", 0.3)
    delta = slot_point(view, "seminar2", at(14, 15)) - slot_point(view, "seminar1", at(14, 20))
    helpers.mouse_drag(viewport, start, start + delta)
    placement = document.plan.placement("i-zivil-1")
    assert (placement.room, placement.start) == ("seminar2", at(14, 15))
    item = view.block_item("i-zivil-1")
    assert item.y() == pytest.approx(view.board_geometry().y_of(at(14, 15)))
    assert not [i for i in view.scene().items() if isinstance(i, (GhostItem, ShadeItem))]
    document.undo_stack.undo()
    assert document.plan.placement("i-zivil-1").start == at(14, 20)


def test_drag_snaps_to_five_minutes(view, document):
    geometry = view.board_geometry()
    start = block_point(view, "i-zivil-1", 0.3)
    end = start + QPoint(0, round(7 * geometry.minute_height))  # 7 minutes down
    helpers.mouse_drag(view.viewport(), start, end)
    assert document.plan.placement("i-zivil-1").start == at(14, 25)


def test_drag_onto_occupied_slot_shows_room_overlap_until_undone(view, document):
    start = block_point(view, "i-zivil-1", 0.3)
    delta = slot_point(view, "seminar2", at(13, 10)) - slot_point(view, "seminar1", at(14, 20))
    helpers.mouse_drag(view.viewport(), start, start + delta)
    assert ConflictKind.ROOM_OVERLAP in kinds_of(document, "i-zivil-1")
    overlap = [c for c in document.conflicts if c.kind is ConflictKind.ROOM_OVERLAP]
    assert [c.contributions for c in overlap] == [("i-zivil-1", "se-demografie")]
    assert view.block_item("i-zivil-1").severity() is Severity.ERROR
    assert view.block_item("se-demografie").severity() is Severity.ERROR
    document.undo_stack.undo()
    assert not [c for c in document.conflicts if c.kind is ConflictKind.ROOM_OVERLAP]
    assert view.block_item("se-demografie").severity() is None
    assert view.block_item("i-zivil-1").severity() is None


def test_ghost_shows_snapped_start_and_room_while_dragging(view, document):
    viewport = view.viewport()
    start = block_point(view, "g-dk2", 0.3)
    delta = slot_point(view, "seminar2", at(15, 40)) - slot_point(view, "plenum", at(13, 10))
    helpers.mouse_press(viewport, start)
    for point in helpers.path(start, start + delta):
        helpers.mouse_move(viewport, point)
    ghost = next(i for i in view.scene().items() if isinstance(i, GhostItem))
    assert ghost.isVisible()
    assert "15:40" in ghost.label()
    assert "Seminarraum Tuniberg" in ghost.label()
    assert ghost.is_blocked()  # dk1 is only available until 15:00
    assert view.drag_target().start == at(15, 40)
    assert any(isinstance(i, ShadeItem) for i in view.scene().items())
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, escape)
    helpers.mouse_release(viewport, start + delta)
    assert document.plan.placement("g-dk2").start == at(13, 10)  # cancelled
    assert not any(isinstance(i, (GhostItem, ShadeItem)) for i in view.scene().items())


def test_resize_by_dragging_the_lower_edge(view, document):
    geometry = view.board_geometry()
    item = view.block_item("se-demografie")

    def lower_edge() -> QPoint:
        return view.mapFromScene(
            item.sceneBoundingRect().center().x(), item.sceneBoundingRect().bottom() - 4
        )

    minutes = QPoint(0, round(30 * geometry.minute_height))
    helpers.mouse_drag(view.viewport(), lower_edge(), lower_edge() + minutes)
    assert document.plan.contribution("se-demografie").duration == 90
    assert document.plan.placement("se-demografie").start == at(13, 10)  # did not move
    assert item.rect().height() == pytest.approx(90 * geometry.minute_height, abs=2)
    helpers.mouse_drag(view.viewport(), lower_edge(), lower_edge() - minutes * 7)
    assert document.plan.contribution("se-demografie").duration == 5  # the minimum
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.plan.contribution("se-demografie").duration == 60


def test_block_dragged_out_of_the_board_becomes_a_contribution_drag(view, document, monkeypatch):
    started: list[QMimeData] = []

    class FakeDrag:
        def __init__(self, source):
            self.mime = None

        def setMimeData(self, mime):
            self.mime = mime

        def setPixmap(self, pixmap):
            pass

        def exec(self, *args):
            started.append(self.mime)
            return Qt.DropAction.IgnoreAction

    monkeypatch.setattr("planner.gui.timeline.dragging.QDrag", FakeDrag)
    viewport = view.viewport()
    start = block_point(view, "i-zivil-1")
    helpers.mouse_press(viewport, start)
    helpers.mouse_move(viewport, start + QPoint(20, 0))
    helpers.mouse_move(viewport, QPoint(-20, start.y()))  # over the time ruler: still ours
    assert started == []
    assert view.drag_target() is not None
    outside = QPoint(-RULER_WIDTH - 20, start.y())
    helpers.mouse_move(viewport, outside)
    helpers.mouse_release(viewport, outside)
    assert [contribution_ids(m) for m in started] == [["i-zivil-1"]]
    assert document.plan.placement("i-zivil-1").start == at(14, 20)  # the board did not move it


# -- keyboard ------------------------------------------------------------------------------


def test_arrow_keys_move_the_selected_block_and_merge_into_one_undo_step(qtbot, view, document):
    view.select_contributions(["i-zivil-1"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert document.plan.placement("i-zivil-1").start == at(14, 30)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert document.plan.placement("i-zivil-1").start == at(14, 15)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert document.plan.placement("i-zivil-1").room == "seminar2"
    assert document.undo_stack.count() == 1
    assert view.selected_contributions() == ["i-zivil-1"]
    document.undo_stack.undo()
    placement = document.plan.placement("i-zivil-1")
    assert (placement.room, placement.start) == ("seminar1", at(14, 20))


def test_keyboard_moves_stay_inside_the_day(qtbot, view, document):
    view.select_contributions(["reg"])  # 09:00, first room
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert document.plan.placement("reg").start == at(9, 0)
    assert document.undo_stack.count() == 0


def test_delete_unplaces_the_selected_blocks(qtbot, view, document):
    view.select_contributions(["i-zivil-1", "i-wirt-2"])
    assert view.selected_contributions() == ["i-wirt-2", "i-zivil-1"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert document.plan.placement("i-zivil-1") is None
    assert document.plan.placement("i-wirt-2") is None
    assert view.block_item("i-zivil-1") is None
    assert view.selected_contributions() == []
    document.undo_stack.undo()
    assert view.block_item("i-zivil-1") is not None
    assert document.plan.placement("i-wirt-2").start == at(14, 20)


# -- drops ---------------------------------------------------------------------------------


def test_dropping_an_unscheduled_contribution_places_it(view, document):
    cid = "u-opendata"
    assert document.plan.placement(cid) is None
    accepted = helpers.drag_drop(
        view.viewport(), contribution_mime([cid]), slot_point(view, "seminar2", at(15, 10), 2)
    )
    assert accepted
    placement = document.plan.placement(cid)
    assert (placement.room, placement.start) == ("seminar2", at(15, 10))
    item = view.block_item(cid)
    assert item is not None
    assert item.data(0) == cid
    assert item.y() == pytest.approx(view.board_geometry().y_of(at(15, 10)))
    assert view.selected_contributions() == [cid]
    document.undo_stack.undo()
    assert document.plan.placement(cid) is None
    assert view.block_item(cid) is None


def test_dropping_a_placed_contribution_moves_it(view, document):
    assert helpers.drag_drop(
        view.viewport(), contribution_mime(["i-zivil-1"]), slot_point(view, "werkstatt", at(9, 40))
    )
    placement = document.plan.placement("i-zivil-1")
    assert (placement.room, placement.start) == ("werkstatt", at(9, 40))
    assert document.undo_stack.count() == 1


def test_drag_over_the_board_shows_ghost_and_speaker_shading_until_it_leaves(view, document):
    viewport = view.viewport()
    mime = contribution_mime(["se-dk-dialog"])  # dk1 is available 10:30–15:00
    assert helpers.drag_enter(viewport, mime, slot_point(view, "seminar2", at(9, 30)))
    preview = view.drags.preview
    speaker_bands = [(b.start, b.end) for b in preview.bands if b.room_id is None]
    assert speaker_bands == [(9 * 60, 10 * 60 + 30), (15 * 60, 17 * 60)]
    room_bands = [(b.room_id, b.start, b.end) for b in preview.bands if b.room_id]
    assert room_bands == [("seminar1", 15 * 60, 16 * 60)]
    ghost = preview.ghost
    assert ghost.is_blocked()
    assert "09:30" in ghost.label()
    assert helpers.drag_move(viewport, mime, slot_point(view, "seminar2", at(12, 5)))
    assert not ghost.is_blocked()
    assert "12:05" in ghost.label()
    helpers.drag_leave(viewport)
    assert not any(isinstance(i, (GhostItem, ShadeItem)) for i in view.scene().items())
    assert document.undo_stack.count() == 0


def test_drops_without_contribution_ids_are_refused(view, document):
    mime = QMimeData()
    mime.setText("i-zivil-1")
    assert not helpers.drag_drop(view.viewport(), mime, slot_point(view, "seminar2", at(11, 0)))
    assert not helpers.drag_drop(
        view.viewport(), contribution_mime(["no-such-id"]), slot_point(view, "seminar2", at(11))
    )
    assert document.undo_stack.count() == 0


# -- selection, zoom, updates ----------------------------------------------------------------


def test_select_contributions_selects_and_scrolls_to_the_first(qtbot, view):
    view.set_zoom(3.0)
    view.verticalScrollBar().setValue(0)
    with qtbot.waitSignal(view.selectionChangedIds) as signal:
        view.select_contributions(["closing", "panel"])
    assert signal.args == [["panel", "closing"]]
    assert view.selected_contributions() == ["panel", "closing"]
    shown = view.mapFromScene(view.block_item("closing").sceneBoundingRect()).boundingRect()
    assert view.viewport().rect().intersects(shown)
    view.select_contributions([])
    assert view.selected_contributions() == []


def test_zoom_changes_the_scale_of_the_board(view):
    item = view.block_item("w-lotsen")
    before = view.zoom(), item.rect().height()
    view.zoom_in()
    assert view.zoom() > before[0]
    assert item.rect().height() > before[1]
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() < before[0]
    view.set_zoom(100)
    assert view.zoom() == 4.0
    view.zoom_fit()
    assert view.zoom() == pytest.approx(before[0])
    event = QWheelEvent(
        QPointF(200, 200),
        QPointF(view.viewport().mapToGlobal(QPoint(200, 200))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > before[0]


def test_zoom_shortcuts_are_actions_on_the_view(view):
    shortcuts = {a.shortcut().toString() for a in view.actions()}
    assert {"Ctrl++", "Ctrl+-", "Ctrl+0"} <= shortcuts
    zoom = view.zoom()
    view.zoom_in_action.trigger()
    assert view.zoom() > zoom


def test_a_change_updates_only_the_changed_blocks(view, document):
    others = {cid: view.block_item(cid) for cid in ("reg", "w-lotsen", "panel")}
    positions = {cid: item.pos() for cid, item in others.items()}
    document.undo_stack.push(commands.move(document, "i-zivil-1", "seminar2", at(14, 15)))
    for cid, item in others.items():
        assert view.block_item(cid) is item
        assert item.pos() == positions[cid]


def test_a_new_plan_rebuilds_the_board(view, document, conflicts_sample_path):
    document.replace(load_plan(conflicts_sample_path), conflicts_sample_path)
    assert len([i for i in view.scene().items() if isinstance(i, BlockItem)]) == len(
        document.plan.schedule
    )
    assert view.block_item("i-soz-1").severity() is Severity.ERROR


def test_plenary_block_spans_all_rooms_but_stays_in_its_room(view, document):
    geometry = view.board_geometry()
    rect = view.block_item("lunch").sceneBoundingRect()
    assert rect.width() >= geometry.day_width - 10
    assert document.plan.placement("lunch").room == "plenum"
    assert view.block_item("lunch").is_plenary()


def test_end_of_day_clamps_drops(view, document):
    cid = "u-opendata"  # 60 minutes
    late = slot_point(view, "werkstatt", at(16, 40))
    assert helpers.drag_drop(view.viewport(), contribution_mime([cid]), late)
    assert document.plan.placement(cid).start == at(16, 0)
    assert document.plan.interval(cid)[1] == at(17)


def test_clicking_a_block_selects_it_without_changing_the_plan(qtbot, view, document):
    point = block_point(view, "w-lotsen")
    with qtbot.waitSignal(view.selectionChangedIds) as signal:
        helpers.mouse_press(view.viewport(), point)
        helpers.mouse_release(view.viewport(), point)
    assert signal.args == [["w-lotsen"]]
    assert document.undo_stack.count() == 0


def test_lower_edge_shows_a_resize_cursor(view):
    item = view.block_item("w-lotsen")
    rect = item.sceneBoundingRect()
    helpers.mouse_move(view.viewport(), block_point(view, "w-lotsen"), held=False)
    assert item.cursor().shape() == Qt.CursorShape.OpenHandCursor
    edge = view.mapFromScene(QPointF(rect.center().x(), rect.bottom() - 4))
    helpers.mouse_move(view.viewport(), edge, held=False)
    assert item.cursor().shape() == Qt.CursorShape.SizeVerCursor
    assert "Werkstatt" in item.toolTip()


def test_block_menu_unplaces_and_pins(view, document):
    menu = editing.block_menu(view, "w-lotsen")
    actions = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    pin = next(a for text, a in actions.items() if text.startswith("Pin"))
    pin.trigger()
    assert document.plan.placement("w-lotsen").pinned
    assert view.block_item("w-lotsen").is_pinned()
    actions["Unplace"].trigger()
    assert document.plan.placement("w-lotsen") is None
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert not view.block_item("w-lotsen").is_pinned()


def test_multi_day_events_get_one_column_group_per_day(qtbot, sample_path):
    plan = load_plan(sample_path)
    day2 = DAY.date() + timedelta(days=1)
    plan = plan.with_event(replace(plan.event, days=(DAY.date(), day2)))
    moved = datetime.combine(day2, at(10, 0).time())
    plan = plan.with_placement("w-lotsen", "seminar1", moved)
    document = PlanDocument(plan)
    view = TimelineView(document)
    qtbot.addWidget(view)
    geometry = view.board_geometry()
    second_day = geometry.day_x(1)
    assert second_day >= geometry.day_width  # the second group starts after the first
    item = view.block_item("w-lotsen")
    assert item.x() == pytest.approx(geometry.column_x(1, 1), abs=2)
    assert item.y() == pytest.approx(geometry.y_of(moved))
    view.select_contributions(["g-dk1"])  # plenum, day 1: leftwards stays, rightwards walks on
    for _ in range(len(plan.rooms)):
        editing.nudge(view, ["g-dk1"], Qt.Key.Key_Right, big=False)
    placement = document.plan.placement("g-dk1")
    assert (placement.room, placement.start.date()) == ("plenum", day2)
