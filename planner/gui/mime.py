"""The drag-and-drop format for contributions, shared by the list and the board."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData

CONTRIBUTION_MIME = "application/x-agenda-planner-contribution"


def contribution_mime(ids: Iterable[str]) -> QMimeData:
    """Mime data carrying contribution ids, one per line (UTF-8)."""
    data = QMimeData()
    data.setData(CONTRIBUTION_MIME, "\n".join(ids).encode("utf-8"))
    return data


def contribution_ids(data: QMimeData | None) -> list[str]:
    if data is None or not data.hasFormat(CONTRIBUTION_MIME):
        return []
    raw = bytes(data.data(CONTRIBUTION_MIME).data()).decode("utf-8", "replace")
    return [line for line in raw.splitlines() if line]
