"""Plan ▸ Arrange…: the options asked before solving, and the preview of the proposal.

:class:`ArrangeDialog` (in :mod:`~planner.gui.dialogs.arrange_options`, re-exported here)
asks what to arrange and for how long; :class:`ArrangePreviewDialog`
shows what auto-arrange proposes — every move, what could not be placed and why, the
warnings left, how the search ended — and draws the proposal over the board, so the
organiser judges it before anything changes. Both have an ``ask`` classmethod that tests
patch. Neither changes the plan: the caller applies an accepted proposal as one command.
"""

from __future__ import annotations

import html
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.arrange import ArrangeResult, ArrangeStatus, Move
from planner.conflicts import message
from planner.gui.arrange_overlay import ProposalOverlay
from planner.gui.dialogs.arrange_options import ArrangeDialog, ArrangeOptions
from planner.gui.i18n import format_date, format_time_range, ui_language
from planner.model import Placement, Plan

if TYPE_CHECKING:
    from planner.gui.timeline.view import TimelineView

__all__ = ["CID_ROLE", "ArrangeDialog", "ArrangeOptions", "ArrangePreviewDialog"]

#: The preview lists at most this many remaining warnings (a big plan may have hundreds).
MAX_WARNINGS_LISTED = 60
CID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArrangePreviewDialog(QDialog):
    """The proposal of one arrange run; accepting it is the caller's business.

    ``board`` (the window's timeline) gets the proposal drawn over it while the dialog
    is shown (:class:`~planner.gui.arrange_overlay.ProposalOverlay`); the plan and the
    board's blocks stay untouched.
    """

    def __init__(
        self,
        plan: Plan,
        result: ArrangeResult,
        errors_left: int = 0,
        board: TimelineView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("arrangePreview")
        self.setWindowTitle(self.tr("Arrange: Preview"))
        self.plan = plan
        self.result = result
        self.errors_left = errors_left
        self.board = board
        self.overlay: ProposalOverlay | None = None
        self._language = ui_language()
        self._multi_day = len(plan.event.days) > 1

        self.summary_label = QLabel(self._summary())
        self.summary_label.setObjectName("arrangeSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.moves_model = QStandardItemModel(self)
        self.moves_model.setHorizontalHeaderLabels(
            [self.tr("Contribution"), self.tr("From"), self.tr("To")]
        )
        for move in self._ordered(result.moves):
            self.moves_model.appendRow(self._row(move))
        self.moves_view = QTreeView()
        self.moves_view.setObjectName("arrangeMoves")
        self.moves_view.setModel(self.moves_model)
        self.moves_view.setRootIsDecorated(False)
        self.moves_view.setUniformRowHeights(True)
        self.moves_view.setAlternatingRowColors(True)
        self.moves_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moves_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.moves_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.moves_view.selectionModel().currentRowChanged.connect(self._on_current)
        self.moves_view.activated.connect(lambda index: self.show_move(self._cid_at(index)))

        self.show_button = QPushButton(self.tr("&Show on Board"))
        self.show_button.setEnabled(bool(result.moves) and board is not None)
        self.show_button.clicked.connect(self._show_current)
        moves_label = QLabel(self.tr("&Changes:"))
        moves_label.setBuddy(self.moves_view)
        moves_head = QHBoxLayout()
        moves_head.addWidget(moves_label)
        moves_head.addStretch(1)
        moves_head.addWidget(self.show_button)
        moves_box = QWidget()
        moves_layout = QVBoxLayout(moves_box)
        moves_layout.setContentsMargins(0, 0, 0, 0)
        moves_layout.addLayout(moves_head)
        moves_layout.addWidget(self.moves_view)

        self.notes = QTextBrowser()
        self.notes.setObjectName("arrangeNotes")
        self.notes.setOpenLinks(False)
        self.notes.setHtml(self._notes_html())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(moves_box)
        splitter.addWidget(self.notes)
        # The list as tall as its rows (up to ten), the explanations get the rest.
        rows = min(max(self.moves_model.rowCount(), 3), 10)
        list_height = rows * self.moves_view.fontMetrics().height() * 1.4 + 70
        splitter.setSizes([round(list_height), 300])

        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("&Accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("&Discard"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.accept_button.setEnabled(bool(result.moves))
        self.accept_button.setDefault(bool(result.moves))
        self.discard_button.setDefault(not result.moves)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        # A fixed minimum: the layout would otherwise re-impose one whenever a list's
        # contents change while shown (which warns on some platforms).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(480, 420)
        self.resize(640, 560)

    # -- texts -----------------------------------------------------------------------
    def _place(self, placement: Placement | None) -> str:
        """``10:30–10:50 · Plenarsaal``: the time first, so a narrow column elides the room."""
        if placement is None:
            return self.tr("not placed")
        room = self.plan.rooms_by_id.get(placement.room)
        name = room.name if room is not None else placement.room
        duration = self.plan.contribution(placement.contribution).duration
        end = placement.start + timedelta(minutes=duration)
        when = format_time_range(placement.start, end)
        if self._multi_day:
            when = f"{format_date(placement.start)} {when}"
        return f"{when} · {name}"

    def _ordered(self, moves: list[Move]) -> list[Move]:
        """In time order of the proposal (then room order); taken-off items last."""
        rooms = {room.id: i for i, room in enumerate(self.plan.rooms)}

        def key(move: Move) -> tuple[object, ...]:
            where = move.new or move.old
            assert where is not None
            return (move.new is None, where.start, rooms.get(where.room, 0), move.cid)

        return sorted(moves, key=key)

    def _row(self, move: Move) -> list[QStandardItem]:
        title = self.plan.contribution(move.cid).title
        items = [QStandardItem(title), QStandardItem(self._place(move.old))]
        items.append(QStandardItem(self._place(move.new)))
        for item in items:
            item.setData(move.cid, CID_ROLE)
        items[0].setToolTip(title)
        for item in items[1:]:
            item.setToolTip(f"{title}\n{item.text()}")
        return items

    def move_rows(self) -> list[tuple[str, str, str]]:
        """The table as shown: (contribution, from, to) per row."""
        model = self.moves_model
        return [
            tuple(model.item(row, column).text() for column in range(3))  # type: ignore[misc]
            for row in range(model.rowCount())
        ]

    def notes_text(self) -> str:
        return self.notes.toPlainText()

    def _seconds(self) -> str:
        """One decimal; at least 0.1, so a quick search does not read "found in 0.0 s"."""
        return QLocale().toString(max(self.result.solve_seconds, 0.1), "f", 1)

    def _summary(self) -> str:
        result = self.result
        placed = sum(1 for m in result.moves if m.old is None and m.new is not None)
        moved = sum(1 for m in result.moves if m.old is not None and m.new is not None)
        removed = sum(1 for m in result.moves if m.new is None)
        parts = [self.tr("%n contribution(s) placed", "", placed)]
        if moved:
            parts.append(self.tr("%n moved", "", moved))
        if removed:
            parts.append(self.tr("%n taken off the board", "", removed))
        parts.append(self.tr("%n could not be placed", "", len(result.unplaced)))
        status = {
            ArrangeStatus.OPTIMAL: self.tr("The best arrangement by the rules was found in %1 s."),
            ArrangeStatus.FEASIBLE: self.tr(
                "An arrangement was found in %1 s; the search stopped at its limit, so a "
                "better one may exist."
            ),
            ArrangeStatus.INFEASIBLE: self.tr(
                "No arrangement was found within %1 s; the plan stays as it is."
            ),
            ArrangeStatus.CANCELLED: self.tr("Cancelled after %1 s."),
        }[result.status].replace("%1", self._seconds())
        lines = [" · ".join(parts), status]
        if result.moves:
            if self.board is not None:
                lines.append(
                    self.tr(
                        "Dashed outlines on the board show the proposed places. "
                        "Nothing changes until you accept."
                    )
                )
        else:
            lines.append(self.tr("Nothing to change."))
        return "\n".join(lines)

    def _notes_html(self) -> str:
        result, plan, lang = self.result, self.plan, self._language
        out: list[str] = []

        def heading(text: str) -> None:
            out.append(f"<h4>{html.escape(text)}</h4>")

        minutes = self.tr("%1 min")

        def bullets(lines: list[str]) -> None:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            out.append(f"<ul>{items}</ul>")

        def entry(cid: str, reasons: list[str]) -> None:
            contribution = plan.contribution(cid)
            duration = minutes.replace("%1", str(contribution.duration))
            title = html.escape(contribution.title)
            out.append(f"<p><b>{title}</b> ({html.escape(duration)})</p>")
            if reasons:
                bullets(reasons)

        if result.unplaced:
            heading(self.tr("Could not be placed (%1)").replace("%1", str(len(result.unplaced))))
            for item in result.unplaced:
                entry(item.cid, item.reasons_in(lang))
        if result.compromises:
            heading(
                self.tr("Placed with a warning no room could avoid (%1)").replace(
                    "%1", str(len(result.compromises))
                )
            )
            for item in result.compromises:
                entry(item.cid, item.reasons_in(lang))
        if self.errors_left:
            heading(self.tr("Errors left (%1)").replace("%1", str(self.errors_left)))
            out.append(
                "<p>"
                + html.escape(
                    self.tr(
                        "These errors are among blocks that were kept in place. Arrange again "
                        "with “Re-arrange everything that is not pinned” to repair them."
                    )
                )
                + "</p>"
            )
        warnings = result.warnings_left
        if warnings:
            heading(self.tr("Warnings left (%1)").replace("%1", str(len(warnings))))
            shown = warnings[:MAX_WARNINGS_LISTED]
            bullets([message(w, lang) for w in shown])
            if len(warnings) > len(shown):
                more = self.tr("… and %1 more (see the conflicts panel after accepting).")
                more = more.replace("%1", str(len(warnings) - len(shown)))
                out.append(f"<p>{html.escape(more)}</p>")
        if not out:
            fits = self.tr("Everything fits: no warnings are left.")
            out.append(f"<p>{html.escape(fits)}</p>")
        return "".join(out)

    # -- board -----------------------------------------------------------------------
    def _cid_at(self, index: QModelIndex) -> str | None:
        return index.data(CID_ROLE) if index.isValid() else None

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.show_move(self._cid_at(current))

    def _show_current(self) -> None:
        index = self.moves_view.currentIndex()
        if not index.isValid() and self.moves_model.rowCount():
            self.moves_view.setCurrentIndex(self.moves_model.index(0, 0))
            return
        self.show_move(self._cid_at(index))

    def show_move(self, cid: str | None) -> None:
        """Emphasise the proposed place of ``cid`` on the board and scroll to it."""
        if cid is not None and self.overlay is not None:
            self.overlay.show(cid)

    def fit_columns(self) -> None:
        """Room and time as wide as they need, but at most a third each: the title keeps
        at least a third (elided where needed; the full title is the tooltip)."""
        view = self.moves_view
        width = view.viewport().width()
        if width <= 0:
            return
        places = [min(view.sizeHintForColumn(c) + 12, width // 3) for c in (1, 2)]
        view.setColumnWidth(1, places[0])
        view.setColumnWidth(2, places[1])
        view.setColumnWidth(0, max(width - sum(places), 60))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_columns()
        if self.board is not None and self.overlay is None and self.result.moves:
            self.overlay = ProposalOverlay(self.board, self.result.plan, self.result.moves)

    def hideEvent(self, event: QHideEvent) -> None:
        self.remove_overlay()
        super().hideEvent(event)

    def remove_overlay(self) -> None:
        if self.overlay is not None:
            self.overlay.remove()
            self.overlay = None

    def place_beside(self, window: QWidget) -> None:
        """Stand at the window's right edge (over the inspector), leaving the board visible."""
        frame = window.frameGeometry()
        x = frame.right() - self.width() - 24
        y = frame.top() + 90
        self.move(QPoint(max(frame.left(), x), y))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        plan: Plan,
        result: ArrangeResult,
        errors_left: int = 0,
        board: TimelineView | None = None,
    ) -> bool:
        """True when the organiser accepted the proposal."""
        dialog = cls(plan, result, errors_left, board, parent)
        if parent is not None:
            dialog.place_beside(parent.window())
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.remove_overlay()
            dialog.deleteLater()
