"""Plan ▸ Speakers…: who speaks, how to reach them, and when they can be there.

Availability is drawn on a day timeline (or typed in the list below it). In the plan
``available=None`` means "all event long" and an empty tuple means "never"; this
editor never writes the empty tuple: unticking "Available all event long" waits
for the first drawn window before it changes anything, and removing the last
window makes the speaker available all event long again (and says so).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from planner.gui.editors import edit_commands, edits
from planner.gui.editors.base import CollectionEditor
from planner.gui.editors.confirm import ConfirmDialog
from planner.gui.editors.models import SpeakerListModel
from planner.gui.editors.timeline_widget import AvailabilityTimeline
from planner.gui.editors.windows_edit import WindowListEditor
from planner.model import Speaker, TimeWindow, new_id

LANGUAGES = (("", "—"), ("de", "Deutsch (de)"), ("en", "English (en)"))


class SpeakersEditor(CollectionEditor):
    def __init__(self, main_window: Any) -> None:
        super().__init__(main_window, SpeakerListModel(main_window.document), filterable=True)
        self.setObjectName("speakersEditor")
        self.setWindowTitle(self.tr("Speakers"))
        self.view.setObjectName("speakersList")
        self.add_button.setText(self.tr("&Add speaker"))
        self.remove_button.setText(self.tr("&Delete speaker…"))
        self.placeholder.setText(self.tr("No speaker yet."))
        delete = QAction(self.tr("Delete Speaker…"), self.view)
        delete.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.view.addAction(delete)
        #: The speaker whose "all event long" was unticked, before a window was drawn.
        self._restricting: str | None = None

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("speakerName")
        self.organisation_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText("name@example.org")
        self.country_edit = QLineEdit()
        self.country_edit.setPlaceholderText("DE")
        self.country_edit.setMaxLength(2)
        self.country_edit.setMaximumWidth(60)
        self.country_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self)
        )
        self.language_combo = QComboBox()
        self.language_combo.setEditable(True)
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        self.all_day_check = QCheckBox(self.tr("Available all event long"))
        self.all_day_check.setObjectName("availableAllDay")
        self.timeline = AvailabilityTimeline()
        self.timeline.setObjectName("speakerTimeline")
        self.windows_list = WindowListEditor()
        self.availability_note = QLabel()
        self.availability_note.setObjectName("availabilityNote")
        self.availability_note.setWordWrap(True)
        box = QGroupBox(self.tr("Availability"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.all_day_check)
        box_layout.addWidget(self.timeline)
        box_layout.addWidget(self.windows_list)
        box_layout.addWidget(self.availability_note)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Country:"), self.country_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(6, 0, 0, 0)
        details.addLayout(form)
        details.addWidget(box)
        details.addStretch(1)

        self.add_button.clicked.connect(self.add_speaker)
        self.remove_button.clicked.connect(self.delete_current)
        self.name_edit.editingFinished.connect(self._on_name)
        self.organisation_edit.editingFinished.connect(
            lambda: self._on_text("organisation", self.organisation_edit)
        )
        self.email_edit.editingFinished.connect(lambda: self._on_text("email", self.email_edit))
        self.country_edit.editingFinished.connect(self._on_country)
        self.language_combo.activated.connect(self._on_language)
        self.language_combo.lineEdit().editingFinished.connect(self._on_language)
        self.all_day_check.toggled.connect(self._on_all_day)
        self.timeline.windowsEdited.connect(self._on_windows)
        self.windows_list.windowsEdited.connect(self._on_windows)
        self.timeline.currentChanged.connect(self.windows_list.set_current)
        self.windows_list.currentChanged.connect(self.timeline.set_current)
        self.select(self.model.id_at(0))

    # -- loading -----------------------------------------------------------------------
    def _speaker(self) -> Speaker | None:
        speaker_id = self.current_id()
        return None if speaker_id is None else self.document.plan.speakers_by_id.get(speaker_id)

    def load(self, item_id: str) -> None:
        speaker = self.document.plan.speaker(item_id)
        for edit, value in (
            (self.name_edit, speaker.name),
            (self.organisation_edit, speaker.organisation or ""),
            (self.email_edit, speaker.email or ""),
            (self.country_edit, speaker.country or ""),
        ):
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)
        language = speaker.language or ""
        if self.language_combo.findData(language) < 0:
            self.language_combo.addItem(language, language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        if self._restricting != item_id or speaker.available is not None:
            self._restricting = None
        restricting = self._restricting == item_id
        self.all_day_check.setChecked(speaker.available is None and not restricting)
        event = self.document.plan.event
        windows = speaker.available if not restricting else ()
        for widget in (self.timeline, self.windows_list):
            widget.set_context(event.days, event.day_start, event.day_end)
            widget.set_windows(windows)
        self._show_note(speaker)

    def _show_note(self, speaker: Speaker, text: str | None = None) -> None:
        if text is None:
            if self._restricting == speaker.id:
                text = self.tr(
                    "Draw the times when the speaker can be there. Until then they stay "
                    "available all event long."
                )
            elif speaker.available == ():
                text = self.tr("Not available at any time: draw a time window.")
            elif speaker.available is None:
                text = self.tr("Drag on the timeline to limit the speaker to certain times.")
            else:
                text = ""
        self.availability_note.setText(text)
        self.availability_note.setVisible(bool(text))

    # -- edits -------------------------------------------------------------------------
    def _commit(self, speaker: Speaker, text: str | None = None) -> None:
        if self._loading:
            return
        old = self._speaker()
        if old is not None and speaker != old:
            self.push(edit_commands.edit_speaker(self.document, speaker, text=text))

    def _on_name(self) -> None:
        speaker = self._speaker()
        if speaker is None:
            return
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setText(speaker.name)  # a speaker always has a name
            return
        self._commit(replace(speaker, name=name))

    def _on_text(self, field: str, edit: QLineEdit) -> None:
        speaker = self._speaker()
        if speaker is not None:
            self._commit(replace(speaker, **{field: edit.text().strip() or None}))

    def _on_country(self) -> None:
        speaker = self._speaker()
        if speaker is not None:
            self._commit(replace(speaker, country=self.country_edit.text().strip().upper() or None))

    def _on_language(self, *_args: object) -> None:
        speaker = self._speaker()
        if speaker is None or self._loading:
            return
        text = self.language_combo.currentText().strip()
        index = self.language_combo.findText(text)
        code = self.language_combo.itemData(index) if index >= 0 else text.lower()
        self._commit(replace(speaker, language=code or None))

    def _on_all_day(self, checked: bool) -> None:
        speaker = self._speaker()
        if speaker is None or self._loading:
            return
        if checked:
            self._restricting = None
            if speaker.available is None:
                self._reload()
            else:
                self._commit(
                    replace(speaker, available=None),
                    self.tr("Make “%1” available all event long").replace("%1", speaker.name),
                )
        elif speaker.available is None:
            self._restricting = speaker.id  # nothing changes until a window is drawn
            self._reload()
            self.timeline.setFocus()

    def _on_windows(self, windows: tuple[TimeWindow, ...]) -> None:
        speaker = self._speaker()
        if speaker is None:
            return
        self._restricting = None
        if not windows:
            # The last window went: never write "never available" by accident.
            self._commit(replace(speaker, available=None))
            self._show_note(
                speaker,
                self.tr("No time window left: the speaker is available all event long again."),
            )
            return
        self._commit(
            replace(speaker, available=edits.merged_windows(windows)),
            self.tr("Change availability of “%1”").replace("%1", speaker.name),
        )

    def add_speaker(self) -> None:
        plan = self.document.plan
        speaker_id = new_id("s", plan.speakers_by_id)
        speaker = Speaker(speaker_id, self.tr("New speaker"))
        self.push(edit_commands.add_speaker(self.document, speaker))
        self.select(speaker_id)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def delete_current(self) -> None:
        """Delete the current speaker; if they speak anywhere, say where first."""
        speaker = self._speaker()
        if speaker is None:
            return
        contributions = edits.contributions_of_speaker(self.document.plan, speaker.id)
        if contributions:
            if len(contributions) == 1:
                text = self.tr("%1 speaks in 1 contribution, which will lose them:")
            else:
                text = self.tr("%1 speaks in %2 contributions, which will lose them:").replace(
                    "%2", str(len(contributions))
                )
            titles = [f"• {c.title}" for c in contributions]
            if len(titles) > 10:
                titles = [*titles[:9], "…"]
            text = "\n".join([text.replace("%1", speaker.name), "", *titles])
            if not ConfirmDialog.ask(
                self, self.tr("Delete speaker"), text, self.tr("Delete speaker")
            ):
                return
        self.push(edit_commands.remove_speaker(self.document, speaker.id))
