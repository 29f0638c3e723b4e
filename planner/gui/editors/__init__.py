"""The Plan menu's editors: event settings, rooms, speakers, and whole contributions.

``install(window)`` adds their actions to ``window.plan_menu`` (leaving its end to
later entries such as Arrange…) and returns the controller the window keeps. Every
editor changes the plan only through undoable commands on the document's stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from planner.gui.editors import edit_commands
from planner.gui.editors.contributions import ContributionActions
from planner.gui.editors.event_dialog import EventDialog
from planner.gui.editors.rooms import RoomsEditor
from planner.gui.editors.speakers import SpeakersEditor


class EditorsController(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self._rooms: RoomsEditor | None = None
        self._speakers: SpeakersEditor | None = None
        self.event_action = self._action(self.tr("&Event Settings…"), self.edit_event)
        self.event_action.setStatusTip(self.tr("Title, venue, days, hours and timezone"))
        self.rooms_action = self._action(self.tr("&Rooms…"), self.show_rooms)
        self.rooms_action.setStatusTip(self.tr("Add, rename, reorder and equip the rooms"))
        self.speakers_action = self._action(self.tr("&Speakers…"), self.show_speakers)
        self.speakers_action.setStatusTip(self.tr("Speakers, their contact and availability"))
        self.contributions = ContributionActions(window)

        menu = window.plan_menu
        menu.addActions([self.event_action, self.rooms_action, self.speakers_action])
        menu.addSeparator()
        menu.addActions(
            [
                self.contributions.new_action,
                self.contributions.duplicate_action,
                self.contributions.delete_action,
            ]
        )
        #: Later entries of the Plan menu (Arrange…) go after this separator.
        self.plan_tools_section = menu.addSeparator()

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    def edit_event(self) -> None:
        plan = self.document.plan
        event = EventDialog.ask(self.window, plan.event, plan)
        if event is not None and event != plan.event:
            self.document.undo_stack.push(edit_commands.edit_event(self.document, event))

    def show_rooms(self) -> RoomsEditor:
        """The rooms editor (one per window, created on first use), shown and raised."""
        if self._rooms is None:
            self._rooms = RoomsEditor(self.window)
        self._rooms.open_editor()
        return self._rooms

    def show_speakers(self) -> SpeakersEditor:
        if self._speakers is None:
            self._speakers = SpeakersEditor(self.window)
        self._speakers.open_editor()
        return self._speakers


def install(window: Any) -> EditorsController:
    return EditorsController(window)
