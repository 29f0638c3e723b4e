"""The planning board: rooms as columns, time running down, one block per placement.

``TimelineView`` (object name ``timeline``) is what the main window embeds; the
scene, items and geometry behind it are internal to this package.
"""

from __future__ import annotations

from planner.gui.timeline.view import TimelineView

__all__ = ["TimelineView"]
