"""Plan ▸ New Contribution…, Duplicate Contribution, Delete Contribution….

A new contribution or a copy starts unplaced, so it appears in the "Not placed"
list (selected there, shown in the inspector) ready to be dragged onto the board.
Deleting a placed contribution asks first, naming where it sits. Each is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.gui import fields
from planner.gui.checklist import add_checkable, checked_ids
from planner.gui.editors import edit_commands, edits
from planner.gui.editors.confirm import ConfirmDialog
from planner.gui.editors.windows_edit import day_text
from planner.gui.i18n import format_time, ui_language
from planner.gui.inspector import LANGUAGES
from planner.model import (
    PLENARY_KINDS,
    Contribution,
    Kind,
    Plan,
    Topic,
    new_id,
)


def _checkable(entries: list[tuple[str, str]]) -> QListWidget:
    widget = QListWidget()
    widget.setMaximumHeight(120)
    add_checkable(widget, entries)
    return widget


class ContributionDialog(QDialog):
    """The fields of a new contribution; OK is refused while the title is empty."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contributionDialog")
        self.setWindowTitle(self.tr("New Contribution"))
        self._plan = plan
        language = ui_language()
        self.title_edit = QLineEdit()
        self.kind_combo = fields.kind_combo(language)
        self.topic_combo = fields.topic_combo(language)
        self.duration_spin = fields.duration_spin(self.tr(" min"))
        self.duration_spin.setValue(30)
        speakers = sorted(plan.speakers, key=lambda s: s.name.lower())
        self.speakers_list = _checkable([(s.id, s.name) for s in speakers])
        self.audience_spin = QSpinBox()
        self.audience_spin.setRange(0, 100_000)
        self.audience_spin.setSpecialValueText("—")
        features = sorted(
            {f for r in plan.rooms for f in r.features}
            | {n for c in plan.contributions for n in c.needs}
        )
        self.needs_list = _checkable([(f, f) for f in features])
        self.needs_list.setMaximumHeight(90)
        self.language_combo = QComboBox()
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        self.plenary_check = QCheckBox(self.tr("Plenary (for the whole audience)"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setMaximumHeight(90)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #d32f2f")

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("T&opic:"), self.topic_combo)
        form.addRow(self.tr("&Duration:"), self.duration_spin)
        form.addRow(self.tr("&Speakers:"), self.speakers_list)
        form.addRow(self.tr("&Audience:"), self.audience_spin)
        form.addRow(self.tr("&Needs:"), self.needs_list)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.plenary_check)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.error_label.setMinimumHeight(self.fontMetrics().lineSpacing() + 4)
        self.setMinimumSize(self.sizeHint())
        self.resize(max(480, self.width()), self.sizeHint().height())

    def _on_kind(self, _index: int) -> None:
        kind = Kind(self.kind_combo.currentData())
        self.plenary_check.setEnabled(kind not in PLENARY_KINDS)
        if kind in PLENARY_KINDS:
            self.plenary_check.setChecked(True)

    def contribution(self) -> Contribution | None:
        """The contribution as filled in, with a fresh id; None while the title is empty."""
        title = self.title_edit.text().strip()
        if not title:
            return None
        kind = Kind(self.kind_combo.currentData())
        topic = self.topic_combo.currentData()
        return Contribution(
            id=new_id("c", self._plan.contributions_by_id),
            title=title,
            kind=kind,
            duration=self.duration_spin.value(),
            topic=Topic(topic) if topic else None,
            speakers=checked_ids(self.speakers_list),
            audience=self.audience_spin.value() or None,
            needs=checked_ids(self.needs_list),
            language=self.language_combo.currentData() or None,
            plenary=self.plenary_check.isChecked() and kind not in PLENARY_KINDS,
            description=self.description_edit.toPlainText().strip() or None,
        )

    def accept(self) -> None:
        if self.contribution() is None:
            self.error_label.setText(self.tr("Please give the contribution a title."))
            self.title_edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan) -> Contribution | None:
        dialog = cls(plan, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.contribution()
        finally:
            dialog.deleteLater()


class ContributionActions(QObject):
    """The three contribution actions of the Plan menu, acting on the selected one."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.new_action = self._action(
            self.tr("New &Contribution…"), self.new_contribution, "Ctrl+Shift+N"
        )
        self.new_action.setStatusTip(self.tr("Add a contribution to the list of unplaced ones"))
        self.duplicate_action = self._action(
            self.tr("D&uplicate Contribution"), self.duplicate_contribution, "Ctrl+D"
        )
        self.delete_action = self._action(
            self.tr("De&lete Contribution…"), self.delete_contribution, "Shift+Del"
        )
        window.timeline.selectionChangedIds.connect(self.update_enabled)
        window.unscheduled.currentContributionChanged.connect(self.update_enabled)
        self.document.planChanged.connect(self.update_enabled)
        self.update_enabled()

    def _action(self, text: str, slot: Any, key: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def selected(self) -> str | None:
        """The contribution the organiser means: selected on the board, else in the list."""
        plan = self.document.plan
        for cid in (
            *self.window.timeline.selected_contributions(),
            *self.window.unscheduled.selected_ids(),
            self.window.inspector.contribution_id,
        ):
            if cid is not None and cid in plan.contributions_by_id:
                return cid
        return None

    def update_enabled(self, *_args: object) -> None:
        present = self.selected() is not None
        self.duplicate_action.setEnabled(present)
        self.delete_action.setEnabled(present)

    def _show(self, cid: str) -> None:
        self.window.timeline.select_contributions([])
        if not self.window.unscheduled.select_contribution(cid):
            self.window.inspector.show_contribution(cid)

    def new_contribution(self) -> None:
        contribution = ContributionDialog.ask(self.window, self.document.plan)
        if contribution is None:
            return
        self.document.undo_stack.push(edit_commands.add_contribution(self.document, contribution))
        self._show(contribution.id)

    def duplicate_contribution(self) -> None:
        cid = self.selected()
        if cid is None:
            return
        plan = self.document.plan
        title = self.tr("%1 (copy)").replace("%1", plan.contribution(cid).title)
        copy = edits.duplicate_of(plan, cid, title)
        index = plan.contributions.index(plan.contribution(cid)) + 1
        command = edit_commands.add_contribution(
            self.document,
            copy,
            text=self.tr("Duplicate “%1”").replace("%1", plan.contribution(cid).title),
            index=index,
        )
        self.document.undo_stack.push(command)
        self._show(copy.id)

    def delete_contribution(self) -> None:
        cid = self.selected()
        if cid is None:
            return
        plan = self.document.plan
        contribution = plan.contribution(cid)
        placement = plan.placement(cid)
        if placement is not None:
            room = plan.rooms_by_id.get(placement.room)
            text = (
                self.tr("“%1” is placed in %2 on %3 at %4. Delete it anyway?")
                .replace("%1", contribution.title)
                .replace("%2", room.name if room else placement.room)
                .replace("%3", day_text(placement.start.date()))
                .replace("%4", format_time(placement.start))
            )
            if not ConfirmDialog.ask(
                self.window, self.tr("Delete contribution"), text, self.tr("Delete")
            ):
                return
        self.document.undo_stack.push(edit_commands.delete_contribution(self.document, cid))
