"""Checkable lists of ids (speakers, needs, rooms): one way to fill and read them.

The inspector, the New Contribution dialog and the iCalendar export dialog all show
a QListWidget whose rows carry an id in ``UserRole`` and a check box.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def add_checkable(
    widget: QListWidget,
    entries: Iterable[tuple[str, str]],
    checked: Collection[str] = (),
    tips: Mapping[str, str] | None = None,
) -> None:
    """Append one checkable row per ``(id, text)``; ids in ``checked`` start ticked."""
    for key, text in entries:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip((tips or {}).get(key, ""))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_ids(widget: QListWidget) -> tuple[str, ...]:
    """The ids of the ticked rows, in list order."""
    items = (widget.item(row) for row in range(widget.count()))
    return tuple(
        item.data(Qt.ItemDataRole.UserRole)
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    )


def set_checked(widget: QListWidget, ids: Collection[str]) -> None:
    """Tick exactly the rows whose id is in ``ids``."""
    for row in range(widget.count()):
        item = widget.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in ids
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
