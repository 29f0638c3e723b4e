"""Working without a mouse: View ▸ Go To, and Edit ▸ Place At….

Ctrl+1 … Ctrl+4 jump to the board, the list of unplaced contributions, the
inspector and the conflicts table (showing a closed panel again); F6 and
Shift+F6 cycle through them, as in most desktop programs with panes. Place At…
(Ctrl+Return) puts the current contribution into a room at a time, as a drag
does. With the board's own keys (Tab selects the next block, arrows move it,
Delete unplaces) every editing task works from the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QWidget

from planner.gui import commands
from planner.gui.dialogs.place import PlaceDialog

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow


class Panel:
    """One stop of the focus cycle: the widget to focus and the dock it lives in."""

    def __init__(self, name: str, dock: QDockWidget | None, target: Callable[[], QWidget]) -> None:
        self.name = name
        self.dock = dock
        self._target = target

    def widget(self) -> QWidget:
        return self._target()

    def area(self) -> QWidget:
        """What counts as "inside" this panel for the cycle."""
        return self.dock if self.dock is not None else self.widget()

    def is_available(self) -> bool:
        return self.dock is None or not self.dock.isHidden()

    def focus(self) -> QWidget:
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()
        widget = self.widget()
        if isinstance(widget, QAbstractItemView):
            model = widget.model()
            if not widget.currentIndex().isValid() and model is not None and model.rowCount():
                widget.setCurrentIndex(model.index(0, 0))
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return widget


class NavigationController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        inspector = window.inspector

        def inspector_target() -> QWidget:
            # The first field when a contribution is shown, else the panel itself.
            if inspector.contribution_id is not None:
                return inspector.title_edit
            return window.inspector_dock.widget()

        self.menu_title = self.tr("&Go To")
        self.panels = [
            Panel("board", None, lambda: window.timeline),
            Panel("list", window.unscheduled_dock, lambda: window.unscheduled.view),
            Panel("inspector", window.inspector_dock, inspector_target),
            Panel("conflicts", window.conflicts_dock, lambda: window.conflicts_view),
        ]
        texts = [
            self.tr("&Board"),
            self.tr("&Not Placed"),
            self.tr("&Inspector"),
            self.tr("&Conflicts"),
        ]
        self.focus_actions: list[QAction] = []
        for number, (panel, text) in enumerate(zip(self.panels, texts, strict=True), 1):
            action = QAction(text, window)
            action.setObjectName(f"focus_{panel.name}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, p=panel: p.focus())
            self.focus_actions.append(action)
        self.next_action = QAction(self.tr("Ne&xt Panel"), window)
        self.next_action.setShortcut(QKeySequence("F6"))
        self.next_action.triggered.connect(lambda: self.cycle(1))
        self.previous_action = QAction(self.tr("Pre&vious Panel"), window)
        self.previous_action.setShortcut(QKeySequence("Shift+F6"))
        self.previous_action.triggered.connect(lambda: self.cycle(-1))
        self.place_action = QAction(self.tr("&Place At…"), window)
        self.place_action.setObjectName("placeAtAction")
        self.place_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.place_action.setStatusTip(
            self.tr("Put the selected contribution into a room at a time")
        )
        self.place_action.triggered.connect(self.place_current)
        window.addActions(
            [*self.focus_actions, self.next_action, self.previous_action, self.place_action]
        )

    def place_current(self) -> bool:
        """Ask where the inspector's contribution goes and place (or move) it there."""
        window = self.window
        cid = window.inspector.contribution_id
        if cid is None:
            window.statusBar().showMessage(
                self.tr("Select a contribution first, on the board or in the list."), 5000
            )
            return False
        document = window.document
        target = PlaceDialog.ask(window, document.plan, cid)
        if target is None:
            return False
        placement = document.plan.placement(cid)
        if placement is not None and (placement.room, placement.start) == (
            target.room,
            target.start,
        ):
            return False
        factory = commands.move if placement is not None else commands.place
        document.undo_stack.push(factory(document, cid, target.room, target.start))
        window.show_contributions([cid])
        window.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def current(self) -> int | None:
        """The index of the panel that has the keyboard focus, if any."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for index, panel in enumerate(self.panels):
            area = panel.area()
            if focus is area or area.isAncestorOf(focus):
                return index
        return None

    def cycle(self, step: int) -> QWidget | None:
        """Focus the next (step 1) or previous (-1) open panel."""
        available = [i for i, p in enumerate(self.panels) if p.is_available()]
        if not available:
            return None
        current = self.current()
        if current is None:
            target = available[0] if step > 0 else available[-1]
        else:
            order = [(current + step * k) % len(self.panels) for k in range(1, len(self.panels))]
            target = next((i for i in order if i in available), current)
        return self.panels[target].focus()


def install(window: MainWindow) -> NavigationController:
    """View ▸ Go To ▸ Board, Not Placed, Inspector, Conflicts | Next Panel, Previous Panel;
    Edit ▸ Place At… after Unplace."""
    controller = NavigationController(window)
    actions = window.edit_menu.actions()
    index = actions.index(window.delete_action) if window.delete_action in actions else -1
    following = actions[index + 1] if 0 <= index < len(actions) - 1 else None
    window.edit_menu.insertAction(following, controller.place_action)
    menu = window.view_menu.addMenu(controller.menu_title)
    menu.setObjectName("goToMenu")
    menu.addActions(controller.focus_actions)
    menu.addSeparator()
    menu.addActions([controller.next_action, controller.previous_action])
    return controller
