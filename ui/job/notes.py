"""A note on the job: internal, for the shop, or visible to the customer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class NotesPanel(QWidget):
    add_requested = Signal(str, bool)  # text, customer_visible

    def __init__(self) -> None:
        super().__init__()
        self.caption = QLabel()
        self.text = QPlainTextEdit()
        self.internal = QRadioButton()
        self.visible = QRadioButton()
        self.internal.setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.internal)
        self.group.addButton(self.visible)
        self.add = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.internal)
        row.addWidget(self.visible)
        row.addStretch(1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.add.clicked.connect(self._add)
        self.text.textChanged.connect(self._check)
        self._check()
        self.translate_ui()

    def translate_ui(self) -> None:
        self.caption.setText(self.tr("Add a note to the job's timeline:"))
        self.internal.setText(self.tr("Internal (shop only)"))
        self.visible.setText(self.tr("Visible to the customer"))
        self.add.setText(self.tr("Add note"))

    def _check(self) -> None:
        self.add.setEnabled(bool(self.text.toPlainText().strip()))

    def _add(self) -> None:
        self.add_requested.emit(self.text.toPlainText().strip(), self.visible.isChecked())

    def saved(self) -> None:
        self.text.clear()
        self.internal.setChecked(True)
