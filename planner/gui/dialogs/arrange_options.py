"""Plan ▸ Arrange…'s first question: what to arrange, and for how long.

Part of :mod:`planner.gui.dialogs.arrange_dialogs` (which re-exports it); kept apart so
each module holds one dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.arrange import ArrangeMode
from planner.model import Plan

DEFAULT_TIME_LIMIT = 10
MAX_TIME_LIMIT = 600


@dataclass(frozen=True)
class ArrangeOptions:
    mode: ArrangeMode = ArrangeMode.UNPLACED
    time_limit: float = DEFAULT_TIME_LIMIT


def _small(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setIndent(22)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


class ArrangeDialog(QDialog):
    """What to arrange (only the unplaced, or everything not pinned) and the time limit."""

    def __init__(
        self, plan: Plan, parent: QWidget | None = None, previous: ArrangeOptions | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("arrangeDialog")
        self.setWindowTitle(self.tr("Arrange"))
        unplaced = len(plan.unscheduled)
        pinned = sum(1 for p in plan.schedule if p.pinned)
        intro = QLabel(
            self.tr(
                "Auto-arrange looks for rooms and start times without errors (double bookings, "
                "availability, event hours) and with as few warnings as possible. Pinned "
                "blocks never move. You see the proposal before anything changes."
            )
        )
        intro.setWordWrap(True)

        self.unplaced_radio = QRadioButton(self.tr("Place only the contributions &not placed yet"))
        unplaced_hint = _small(
            QLabel(
                self.tr("%1 not placed. Every block on the board stays where it is.").replace(
                    "%1", str(unplaced)
                )
            )
        )
        self.all_radio = QRadioButton(self.tr("&Re-arrange everything that is not pinned"))
        all_hint = _small(
            QLabel(
                self.tr(
                    "%1 of %2 blocks are pinned. Blocks move as little as possible; this "
                    "also repairs errors on the board."
                )
                .replace("%1", str(pinned))
                .replace("%2", str(len(plan.schedule)))
            )
        )
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.unplaced_radio)
        self.mode_group.addButton(self.all_radio)

        self.time_spin = QSpinBox()
        self.time_spin.setObjectName("arrangeTimeLimit")
        self.time_spin.setRange(1, MAX_TIME_LIMIT)
        self.time_spin.setSuffix(self.tr(" s"))
        self.time_spin.setToolTip(
            self.tr("Longer searches may find arrangements with fewer warnings on large plans.")
        )
        form = QFormLayout()
        time_label = QLabel(self.tr("&Time limit:"))
        time_label.setBuddy(self.time_spin)
        form.addRow(time_label, self.time_spin)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.arrange_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.arrange_button.setText(self.tr("&Arrange"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        for widget in (self.unplaced_radio, unplaced_hint, self.all_radio, all_hint):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if previous is None:
            mode = ArrangeMode.UNPLACED if unplaced else ArrangeMode.ALL_UNPINNED
            previous = ArrangeOptions(mode)
        radio = self.unplaced_radio if previous.mode is ArrangeMode.UNPLACED else self.all_radio
        radio.setChecked(True)
        self.time_spin.setValue(round(previous.time_limit))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(420, 300)
        width = 520
        self.resize(width, max(layout.totalHeightForWidth(width), self.sizeHint().height()))

    def options(self) -> ArrangeOptions:
        mode = ArrangeMode.UNPLACED if self.unplaced_radio.isChecked() else ArrangeMode.ALL_UNPINNED
        return ArrangeOptions(mode, float(self.time_spin.value()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, plan: Plan, previous: ArrangeOptions | None = None
    ) -> ArrangeOptions | None:
        dialog = cls(plan, parent, previous)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.options()
        finally:
            dialog.deleteLater()
