"""Exports of a plan for the people who receive it (iCalendar, Excel) and importers.

Every exporter raises :class:`ExportError` with one clear sentence when it cannot
write, and leaves no half-written file behind.
"""

from __future__ import annotations


class ExportError(Exception):
    """An export or import that could not be done; the message is for the user."""
