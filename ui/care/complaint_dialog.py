"""Recording a complaint at the desk: on which job (or which customer), what happened, how
serious it is and how it came. It goes straight to a manager as a follow-up."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.care.states import CameBy, Severity
from app.locale.labels import label
from ui.care.saving_dialog import SavingDialog
from ui.operations import care
from ui.shell.desk import Desk
from ui.shell.tasks import Operation


class FollowUpComplaintDialog(SavingDialog):
    def __init__(self, desk: Desk, page: QWidget, about: str = "") -> None:
        super().__init__(desk, page)
        self.about = QLineEdit(about)
        self.about.setPlaceholderText(self.tr("Job number, or the customer's mobile"))
        self.what = QPlainTextEdit()
        self.what.setPlaceholderText(self.tr("In the customer's words, as exactly as you can"))
        self.what.setTabChangesFocus(True)
        self.low = QRadioButton(label(Severity.LOW, desk.lang))
        self.high = QRadioButton(label(Severity.HIGH, desk.lang))
        self.severity = QButtonGroup(self)
        self.severity.addButton(self.low)
        self.severity.addButton(self.high)
        self.low.setChecked(True)
        levels = QHBoxLayout()
        levels.addWidget(self.low)
        levels.addWidget(self.high)
        levels.addStretch(1)
        self.came_by = QComboBox()
        for how in (CameBy.IN_PERSON, CameBy.PHONE, CameBy.SMS):
            self.came_by.addItem(label(how, desk.lang), how.value)
        form = QFormLayout()
        form.addRow(self.tr("Job or customer:"), self.about)
        form.addRow(self.tr("What happened:"), self.what)
        form.addRow(self.tr("How serious:"), levels)
        form.addRow(self.tr("How it came:"), self.came_by)
        why = QLabel(self.tr("It goes straight to a manager, who has until the due time "
                             "to answer it; after that it is escalated."))
        why.setWordWrap(True)
        why.setStyleSheet("color: #64748b;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(why)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Record complaint"))
        self.what.textChanged.connect(self._check)
        self.setWindowTitle(self.tr("Record a complaint"))
        self.setMinimumWidth(480)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.what.toPlainText().strip()))

    def operation(self) -> Operation[Any]:
        return care.complaint(desk=self.desk, about=self.about.text(),
                              text=self.what.toPlainText(),
                              severity=(Severity.HIGH if self.high.isChecked()
                                        else Severity.LOW).value,
                              came_by=str(self.came_by.currentData()))
