"""The inspector: edit the selected contribution, see where it is and what is wrong with it.

Every finished edit becomes one undoable command (``commands.edit_contribution``;
duration steps go through ``commands.resize`` so a run of spin-box clicks merges
into one undo step, as a resize on the board does). The fields are reloaded from
the plan whenever the contribution changes — by undo, by the board, by anything —
so the inspector never holds state of its own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.conflicts import Severity
from planner.gui import commands, fields
from planner.gui.checklist import add_checkable, checked_ids
from planner.gui.document import PlanDocument
from planner.gui.i18n import format_date, format_time_range, ui_language
from planner.gui.palette import SEVERITY_COLOURS, board_theme
from planner.model import PLENARY_KINDS, Contribution, Kind, Topic

LANGUAGES = (("", "—"), ("de", "Deutsch (de)"), ("en", "English (en)"))


class _TextEdit(QPlainTextEdit):
    """A plain text edit that, like QLineEdit, says when editing is finished."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class Inspector(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self._document = document
        self._cid: str | None = None
        self._loading = False
        self._filled_for: str | None = None
        language = ui_language()

        self.placeholder = QLabel(self.tr("Select a contribution on the board or in the list."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)

        self.title_edit = QLineEdit()
        self.kind_combo = fields.kind_combo(language)
        self.topic_combo = fields.topic_combo(language)
        self.duration_spin = fields.duration_spin(self.tr(" min"))
        self.duration_spin.setKeyboardTracking(False)
        self.speakers_list = QListWidget()
        self.speakers_list.setMaximumHeight(130)
        self.speakers_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.speakers_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.audience_spin = QSpinBox()
        self.audience_spin.setRange(0, 100_000)
        self.audience_spin.setSpecialValueText("—")
        self.audience_spin.setKeyboardTracking(False)
        self.needs_list = QListWidget()
        self.needs_list.setMaximumHeight(90)
        self.language_combo = QComboBox()
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        self.plenary_check = QCheckBox(self.tr("Plenary (for the whole audience)"))
        self.description_edit = _TextEdit()
        self.description_edit.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.description_edit.setMaximumHeight(110)

        self.placement_label = QLabel()
        self.placement_label.setWordWrap(True)
        self.placement_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin_check = QCheckBox(self.tr("Pinned (auto-arrange keeps it here)"))
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("inspectorConflicts")
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Placed:"), self.placement_label)
        form.addRow("", self.pin_check)
        form.addRow(self.tr("Conflicts:"), self.conflicts_label)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Topic:"), self.topic_combo)
        form.addRow(self.tr("Duration:"), self.duration_spin)
        form.addRow(self.tr("Speakers:"), self.speakers_list)
        form.addRow(self.tr("Audience:"), self.audience_spin)
        form.addRow(self.tr("Needs:"), self.needs_list)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow("", self.plenary_check)
        form.addRow(self.tr("Description:"), self.description_edit)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

        self.title_edit.editingFinished.connect(self._on_title)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.topic_combo.currentIndexChanged.connect(self._on_topic)
        self.duration_spin.valueChanged.connect(self._on_duration)
        self.speakers_list.itemChanged.connect(self._on_speakers)
        self.audience_spin.valueChanged.connect(self._on_audience)
        self.needs_list.itemChanged.connect(self._on_needs)
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.plenary_check.toggled.connect(self._on_plenary)
        self.description_edit.editingFinished.connect(self._on_description)
        self.pin_check.toggled.connect(self._on_pin)
        document.planChanged.connect(self._on_plan_changed)
        document.conflictsChanged.connect(self._show_status)
        self.show_contribution(None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_status()  # the "None" colour follows a light or dark theme

    # -- which contribution -----------------------------------------------------------
    @property
    def contribution_id(self) -> str | None:
        return self._cid

    def show_contribution(self, cid: str | None) -> None:
        """Show ``cid`` (None or an unknown id: the placeholder)."""
        if cid is not None and cid not in self._document.plan.contributions_by_id:
            cid = None
        self._cid = cid
        self._load()

    def _contribution(self) -> Contribution | None:
        if self._cid is None:
            return None
        return self._document.plan.contributions_by_id.get(self._cid)

    def _on_plan_changed(self, changed: frozenset[str] | None) -> None:
        if self._cid is None:
            return
        if self._cid not in self._document.plan.contributions_by_id:
            self.show_contribution(None)
        elif changed is None or self._cid in changed:
            self._load()

    # -- loading ----------------------------------------------------------------------
    def _load(self) -> None:
        c = self._contribution()
        self.stack.setCurrentWidget(self.editor if c else self.placeholder)
        if c is None:
            return
        plan = self._document.plan
        self._loading = True
        try:
            if self.title_edit.text() != c.title:
                self.title_edit.setText(c.title)
                self.title_edit.setCursorPosition(0)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(c.kind.value))
            self.topic_combo.setCurrentIndex(
                self.topic_combo.findData(c.topic.value if c.topic else "")
            )
            self.duration_spin.setValue(c.duration)
            self.audience_spin.setValue(c.audience or 0)
            language = c.language or ""
            if self.language_combo.findData(language) < 0:
                self.language_combo.addItem(language, language)
            self.language_combo.setCurrentIndex(self.language_combo.findData(language))
            self.plenary_check.setChecked(c.is_plenary)
            self.plenary_check.setEnabled(c.kind not in PLENARY_KINDS)
            self.plenary_check.setToolTip(
                self.tr("Keynotes and welcomes are always plenary.")
                if c.kind in PLENARY_KINDS
                else ""
            )
            if self.description_edit.toPlainText() != (c.description or ""):
                self.description_edit.setPlainText(c.description or "")
            # The contribution's own speakers first, but only when another one is shown:
            # re-sorting after each tick would move the item under the mouse.
            speakers = sorted(plan.speakers, key=lambda s: (s.id not in c.speakers, s.name))
            features = sorted(
                {f for r in plan.rooms for f in r.features}
                | {n for x in plan.contributions for n in x.needs}
            )
            same = self._filled_for == c.id
            self._fill(
                self.speakers_list,
                [(s.id, s.name) for s in speakers],
                set(c.speakers),
                keep_order=same,
                tips={s.id: s.organisation or "" for s in speakers},
            )
            self._fill(self.needs_list, [(f, f) for f in features], set(c.needs), keep_order=same)
            self._filled_for = c.id
        finally:
            self._loading = False
        self._show_status()

    @staticmethod
    def _fill(
        widget: QListWidget,
        entries: list[tuple[str, str]],
        checked: set[str],
        *,
        keep_order: bool = False,
        tips: dict[str, str] | None = None,
    ) -> None:
        """Check the right boxes; refill unless the same entries can keep their order."""
        keys = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]
        if keep_order and sorted(keys) == sorted(k for k, _ in entries):
            texts = dict(entries)
            for i, key in enumerate(keys):
                item = widget.item(i)
                item.setText(texts[key])
                item.setToolTip((tips or {}).get(key, ""))
                state = Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked
                item.setCheckState(state)
            return
        widget.clear()
        add_checkable(widget, entries, checked, tips)

    def _show_status(self) -> None:
        """Placement and conflicts: they change when *other* contributions move, too."""
        c = self._contribution()
        if c is None:
            return
        plan = self._document.plan
        placement = plan.placement(c.id)
        self._loading = True
        try:
            if placement is None:
                self.placement_label.setText(self.tr("Not placed yet"))
                self.pin_check.setChecked(False)
                self.pin_check.setEnabled(False)
            else:
                room = plan.rooms_by_id.get(placement.room)
                end = plan.end_of(placement)
                self.placement_label.setText(
                    f"{room.name if room else placement.room}\n"
                    f"{format_date(placement.start, long=True)}, "
                    f"{format_time_range(placement.start, end)}"
                )
                self.pin_check.setEnabled(True)
                self.pin_check.setChecked(placement.pinned)
        finally:
            self._loading = False
        self.conflicts_label.setText(self._conflicts_html(c.id))

    def _conflicts_html(self, cid: str) -> str:
        from planner.conflicts import message

        found = [x for x in self._document.conflicts_of(cid) if x.severity != Severity.INFO]
        if not found:
            none = self.tr("None")
            return f"<span style='color:{board_theme().ok_text.name()}'>{none}</span>"
        language = ui_language()
        lines = []
        for conflict in found:
            colour = SEVERITY_COLOURS[conflict.severity]
            text = message(conflict, language).replace("&", "&amp;").replace("<", "&lt;")
            lines.append(f"<span style='color:{colour}'>●</span>&nbsp;{text}")
        return "<br>".join(lines)

    # -- edits ------------------------------------------------------------------------
    def _commit(self, **changes: Any) -> None:
        c = self._contribution()
        if self._loading or c is None:
            return
        new = replace(c, **changes)
        if new != c:
            self._document.undo_stack.push(commands.edit_contribution(self._document, new))

    def _on_title(self) -> None:
        title = self.title_edit.text().strip()
        c = self._contribution()
        if c is not None and not title:
            self.title_edit.setText(c.title)  # a contribution always has a title
            return
        self._commit(title=title)

    def _on_kind(self, index: int) -> None:
        value = self.kind_combo.itemData(index)
        if value:
            self._commit(kind=Kind(value))

    def _on_topic(self, index: int) -> None:
        value = self.topic_combo.itemData(index)
        self._commit(topic=Topic(value) if value else None)

    def _on_duration(self, value: int) -> None:
        c = self._contribution()
        if self._loading or c is None or value == c.duration:
            return
        self._document.undo_stack.push(commands.resize(self._document, c.id, value, merge=True))

    def _on_speakers(self, _item: QListWidgetItem) -> None:
        c = self._contribution()
        if self._loading or c is None:
            return
        checked = list(checked_ids(self.speakers_list))
        kept = [s for s in c.speakers if s in checked]
        self._commit(speakers=tuple(kept + [s for s in checked if s not in kept]))

    def _on_audience(self, value: int) -> None:
        self._commit(audience=value or None)

    def _on_needs(self, _item: QListWidgetItem) -> None:
        c = self._contribution()
        if self._loading or c is None:
            return
        checked = list(checked_ids(self.needs_list))
        kept = [n for n in c.needs if n in checked]
        self._commit(needs=tuple(kept + [n for n in checked if n not in kept]))

    def _on_language(self, index: int) -> None:
        self._commit(language=self.language_combo.itemData(index) or None)

    def _on_plenary(self, checked: bool) -> None:
        c = self._contribution()
        if c is not None and c.kind not in PLENARY_KINDS:
            self._commit(plenary=checked)

    def _on_description(self) -> None:
        self._commit(description=self.description_edit.toPlainText().strip() or None)

    def _on_pin(self, checked: bool) -> None:
        c = self._contribution()
        if self._loading or c is None:
            return
        placement = self._document.plan.placement(c.id)
        if placement is not None and placement.pinned != checked:
            self._document.undo_stack.push(commands.set_pinned(self._document, c.id, checked))
