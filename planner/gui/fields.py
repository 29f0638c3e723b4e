"""Input widgets for a contribution's fields, shared by the inspector and the
New Contribution dialog so both offer the same kinds, topics and duration steps."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox

from planner.gui.palette import kind_icon
from planner.model import Kind, Topic, kind_label, topic_label


def kind_combo(language: str) -> QComboBox:
    """Every kind with its colour, labelled in ``language``; item data is the kind's value."""
    combo = QComboBox()
    for kind in Kind:
        combo.addItem(kind_icon(kind), kind_label(kind, language), kind.value)
    return combo


def topic_combo(language: str) -> QComboBox:
    """ "—" (no topic, data "") followed by every topic labelled in ``language``."""
    combo = QComboBox()
    combo.addItem("—", "")
    for topic in Topic:
        combo.addItem(topic_label(topic, language), topic.value)
    return combo


def duration_spin(suffix: str) -> QSpinBox:
    """Minutes from 5 to a whole day in steps of 5 (the board's snap)."""
    spin = QSpinBox()
    spin.setRange(5, 24 * 60)
    spin.setSingleStep(5)
    spin.setSuffix(suffix)
    return spin
