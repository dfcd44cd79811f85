"""What is wrong, in the customer's words, with quick picks of the faults reception writes most."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.jobs.intake_picks import common_problems

PICKS = 6
COLUMNS = 3


class ProblemBox(QGroupBox):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.problem = QPlainTextEdit()
        self.problem.setTabChangesFocus(True)
        self.problem.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.picks = [QPushButton() for _ in range(PICKS)]
        grid = QGridLayout()
        grid.setSpacing(4)
        for index, button in enumerate(self.picks):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Ctrl+1…6 from the keyboard
            button.clicked.connect(lambda _=False, b=button: self.add(b.text()))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self.problem,
                      lambda b=button: self.add(b.text()) if b.isVisible() else None,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.note_label = QLabel()
        self.note = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(grid)
        note = QHBoxLayout()
        note.addWidget(self.note_label)
        note.addWidget(self.note, 1)
        layout.addLayout(note)
        self.translate_ui()
        self.offer("phone")

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Problem"))
        self.problem.setPlaceholderText(
            self.tr("What is wrong, as the customer says it (Ctrl+1…6 adds a quick pick)"))
        self.note_label.setText(self.tr("Customer's request"))
        self.note.setPlaceholderText(self.tr("Printed on the receipt"))
        for index, button in enumerate(self.picks):
            button.setToolTip(self.tr("Ctrl+{n}").format(n=index + 1))

    def offer(self, kind: str) -> None:
        """Quick picks for the device kind in hand."""
        problems = common_problems(kind, self.lang, PICKS)
        for index, button in enumerate(self.picks):
            button.setVisible(index < len(problems))
            button.setText(problems[index] if index < len(problems) else "")

    def add(self, problem: str) -> None:
        current = self.problem.toPlainText().rstrip()
        if problem in current:
            return
        joiner = "، " if self.lang == "fa" else ", "
        self.problem.setPlainText(f"{current}{joiner}{problem}" if current else problem)
        self.problem.moveCursor(self.problem.textCursor().MoveOperation.End)

    def text(self) -> str:
        return self.problem.toPlainText()

    def reset(self) -> None:
        self.problem.clear()
        self.note.clear()
