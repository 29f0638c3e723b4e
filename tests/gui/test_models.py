"""The side panels' item models: Qt's model contract, live updates, drag and drop, filters."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from planner.conflicts import ConflictKind, Severity
from planner.gui import commands
from planner.gui.document import PlanDocument
from planner.gui.mime import CONTRIBUTION_MIME, contribution_ids, contribution_mime
from planner.gui.models.conflicts import (
    Column as ConflictColumn,
)
from planner.gui.models.conflicts import (
    ConflictsModel,
    ConflictsSortModel,
    ContributionsRole,
    KindRole,
)
from planner.gui.models.unscheduled import (
    IdRole,
    UnscheduledFilter,
    UnscheduledModel,
)
from planner.model import Kind, Topic
from planner.storage import load_plan

DAY = datetime(2019, 10, 7)


@pytest.fixture
def document(qapp, sample_path) -> PlanDocument:
    return PlanDocument(load_plan(sample_path))


@pytest.fixture
def conflicts_document(qapp, conflicts_sample_path) -> PlanDocument:
    return PlanDocument(load_plan(conflicts_sample_path))


def ids_of(model, role=IdRole) -> list:
    return [model.index(row, 0).data(role) for row in range(model.rowCount())]


# -- Qt's contract ---------------------------------------------------------------------


def test_unscheduled_models_pass_the_model_tester(qtmodeltester, document):
    model = UnscheduledModel(document)
    qtmodeltester.check(model)


def test_unscheduled_filter_passes_the_model_tester(qtmodeltester, document):
    proxy = UnscheduledFilter()
    proxy.setSourceModel(UnscheduledModel(document, proxy))
    proxy.set_kind(Kind.IMPULSE)
    qtmodeltester.check(proxy)


def test_conflicts_models_pass_the_model_tester(qtmodeltester, conflicts_document):
    model = ConflictsModel(conflicts_document)
    qtmodeltester.check(model)


def test_conflicts_sort_model_passes_the_model_tester(qtmodeltester, conflicts_document):
    proxy = ConflictsSortModel()
    proxy.setSourceModel(ConflictsModel(conflicts_document, proxy))
    proxy.sort(ConflictColumn.TIME)
    qtmodeltester.check(proxy)


def _place_move_unplace_and_undo(document: PlanDocument) -> None:
    stack = document.undo_stack
    stack.push(commands.place(document, "u-opendata", "plenum", DAY.replace(hour=11)))
    stack.push(commands.move(document, "i-soz-1", "seminar2", DAY.replace(hour=16)))
    stack.push(commands.unplace_many(document, ["keynote", "closing"]))
    while stack.canUndo():
        stack.undo()


def test_unscheduled_model_stays_valid_while_the_plan_changes(qtmodeltester, conflicts_document):
    """The tester watches every signal while contributions are placed, moved and undone."""
    model = UnscheduledModel(conflicts_document)
    qtmodeltester.check(model, force_py=True)
    _place_move_unplace_and_undo(conflicts_document)
    assert ids_of(model) == ["u-reserve-impuls", "u-opendata"]


def test_conflicts_model_stays_valid_while_the_plan_changes(qtmodeltester, conflicts_document):
    model = ConflictsModel(conflicts_document)
    qtmodeltester.check(model, force_py=True)
    before = model.conflicts()
    _place_move_unplace_and_undo(conflicts_document)
    assert model.conflicts() == before


# -- unplaced contributions ------------------------------------------------------------


def test_unscheduled_model_lists_exactly_the_unplaced_contributions(document):
    model = UnscheduledModel(document)
    assert set(ids_of(model)) == {c.id for c in document.plan.unscheduled}
    assert model.rowCount() == 3


def test_placing_removes_one_row_without_a_reset(qtbot, document):
    model = UnscheduledModel(document)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.rowsRemoved):
        document.undo_stack.push(
            commands.place(document, "u-opendata", "seminar2", DAY.replace(hour=15, minute=10))
        )
    assert "u-opendata" not in ids_of(model)
    with qtbot.waitSignal(model.rowsInserted):
        document.undo_stack.undo()
    assert ids_of(model) == [c.id for c in document.plan.unscheduled]
    assert not resets


def test_editing_an_unplaced_contribution_updates_its_row(document):
    model = UnscheduledModel(document)
    row = ids_of(model).index("u-opendata")
    contribution = document.plan.contribution("u-opendata")
    from dataclasses import replace

    document.undo_stack.push(
        commands.edit_contribution(document, replace(contribution, title="Offene Daten"))
    )
    assert model.index(row, 0).data() == "Offene Daten"


def test_mime_data_of_rows_carries_their_ids(document):
    model = UnscheduledModel(document)
    mime = model.mimeData([model.index(0, 0), model.index(0, 1), model.index(2, 0)])
    assert mime.hasFormat(CONTRIBUTION_MIME)
    assert contribution_ids(mime) == [model.contribution_id(0), model.contribution_id(2)]
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_dropping_placed_blocks_on_the_list_unplaces_them_in_one_undo_step(document):
    model = UnscheduledModel(document)
    mime = contribution_mime(["i-wirt-1", "keynote"])
    action = Qt.DropAction.MoveAction
    assert model.canDropMimeData(mime, action, -1, -1, QModelIndex())
    assert model.dropMimeData(mime, action, -1, -1, QModelIndex())
    assert document.plan.placement("i-wirt-1") is None
    assert document.plan.placement("keynote") is None
    assert {"i-wirt-1", "keynote"} <= set(ids_of(model))
    document.undo_stack.undo()
    assert document.plan.placement("keynote") is not None
    assert "keynote" not in ids_of(model)


def test_dropping_unplaced_ids_on_the_list_is_refused(document):
    model = UnscheduledModel(document)
    mime = contribution_mime(["u-opendata"])
    action = Qt.DropAction.MoveAction
    assert not model.canDropMimeData(mime, action, -1, -1, QModelIndex())
    assert not model.dropMimeData(mime, action, -1, -1, QModelIndex())
    assert document.undo_stack.count() == 0


def test_filters_by_kind_topic_and_words(document):
    model = UnscheduledModel(document)
    proxy = UnscheduledFilter()
    proxy.setSourceModel(model)
    plan = document.plan
    proxy.set_kind(Kind.WORKSHOP)
    assert ids_of(proxy) == [c.id for c in plan.unscheduled if c.kind is Kind.WORKSHOP]
    proxy.set_kind(None)
    proxy.set_topic(Topic.TOURISMUS)
    assert ids_of(proxy) == [c.id for c in plan.unscheduled if c.topic is Topic.TOURISMUS]
    proxy.set_topic(None)
    proxy.set_text("open DATA")
    assert ids_of(proxy) == ["u-opendata"]
    proxy.set_text("")
    assert proxy.rowCount() == model.rowCount()


def test_text_filter_finds_speakers_by_name(document):
    model = UnscheduledModel(document)
    proxy = UnscheduledFilter()
    proxy.setSourceModel(model)
    contribution = document.plan.contribution("u-opendata")
    speaker = document.plan.speaker(contribution.speakers[0])
    proxy.set_text(speaker.name.split()[-1])
    assert "u-opendata" in ids_of(proxy)


# -- conflicts -------------------------------------------------------------------------


def test_conflicts_model_shows_every_error_and_warning_but_no_unscheduled_notes(
    conflicts_document,
):
    model = ConflictsModel(conflicts_document)
    shown = [c for c in conflicts_document.conflicts if c.severity is not Severity.INFO]
    assert model.conflicts() == shown
    assert model.rowCount() == 10
    kinds = {model.index(r, 0).data(KindRole) for r in range(model.rowCount())}
    assert ConflictKind.UNSCHEDULED.value not in kinds
    assert kinds == {k.value for k in ConflictKind} - {ConflictKind.UNSCHEDULED.value}


def test_conflict_rows_show_kind_time_room_titles_and_message(conflicts_document):
    model = ConflictsModel(conflicts_document)
    row = next(
        r for r in range(model.rowCount()) if model.conflict(r).kind is ConflictKind.ROOM_OVERLAP
    )
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    plan = conflicts_document.plan
    assert texts[ConflictColumn.SEVERITY] == "Error"
    assert texts[ConflictColumn.TIME] == "11:35–11:40"
    assert texts[ConflictColumn.ROOM] == plan.room("seminar1").name
    assert plan.contribution("i-buerg-2").title in texts[ConflictColumn.CONTRIBUTIONS]
    assert plan.contribution("i-soz-1").title in texts[ConflictColumn.CONTRIBUTIONS]
    assert "overlap" in texts[ConflictColumn.MESSAGE] or "überschneiden" in texts[5]
    assert model.index(row, 0).data(ContributionsRole) == ["i-buerg-2", "i-soz-1"]
    assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_conflict_rows_follow_a_fix_and_its_undo(qtbot, conflicts_document):
    model = ConflictsModel(conflicts_document)
    before = model.rowCount()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.rowsRemoved):
        conflicts_document.undo_stack.push(
            commands.move(conflicts_document, "i-soz-1", "seminar2", DAY.replace(hour=16))
        )
    kinds = {model.conflict(r).kind for r in range(model.rowCount())}
    assert ConflictKind.ROOM_OVERLAP not in kinds
    conflicts_document.undo_stack.undo()
    assert model.rowCount() == before
    assert not resets


def test_sorting_by_time_puts_the_earliest_conflict_first(conflicts_document):
    model = ConflictsModel(conflicts_document)
    proxy = ConflictsSortModel()
    proxy.setSourceModel(model)
    proxy.sort(ConflictColumn.TIME, Qt.SortOrder.AscendingOrder)
    times = [proxy.index(r, ConflictColumn.TIME).data() for r in range(proxy.rowCount())]
    assert times == sorted(times)
    proxy.sort(ConflictColumn.SEVERITY, Qt.SortOrder.AscendingOrder)
    severities = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert severities == ["Error"] * 5 + ["Warning"] * 5
