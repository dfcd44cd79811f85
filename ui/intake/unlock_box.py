"""How to get into the device: its passcode and the pattern, drawn on a 3×3 grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from app.locale.text import to_persian_digits
from ui.intake.pattern_widget import PatternPad

LRI, PDI = "\u2066", "\u2069"  # keeps 1-2-3 in drawing order inside right-to-left text


class UnlockBox(QGroupBox):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.passcode = QLineEdit()
        self.passcode.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.pad = PatternPad()
        self.shown = QLabel()
        self.clear_button = QPushButton()
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Delete clears the pad
        self.clear_button.clicked.connect(self.pad.clear)
        self.passcode_label = QLabel()
        self.pattern_label = QLabel()
        self.pattern_label.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.passcode_label)
        side.addWidget(self.passcode)
        side.addWidget(self.pattern_label)
        pattern_row = QHBoxLayout()
        pattern_row.addWidget(self.shown, 1)
        pattern_row.addWidget(self.clear_button)
        side.addLayout(pattern_row)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.pad)
        self.pad.changed.connect(self._show)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Unlock"))
        self.passcode_label.setText(self.tr("Passcode"))
        self.passcode.setPlaceholderText(self.tr("PIN or password, if the customer gives it"))
        self.pattern_label.setText(self.tr("Pattern: draw it on the dots, or type the "
                                           "digits 1-9 with the grid in focus"))
        self.clear_button.setText(self.tr("Clear pattern"))
        self._show(self.pad.pattern())

    def _show(self, pattern: str) -> None:
        if not pattern:
            self.shown.setText(self.tr("(none)"))
            return
        self.shown.setText(LRI + (to_persian_digits(pattern) if self.lang == "fa"
                                  else pattern) + PDI)

    def pattern(self) -> str:
        return self.pad.pattern()

    def reset(self) -> None:
        self.passcode.clear()
        self.pad.clear()
