"""The top of the job screen: who and what, the status in its board colour, and one button per
move the workflow table offers from here."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.care.promise_rules import NOT_READY  # jobs that may get a new promised date
from app.care.views import SurveyView
from app.customers.phone import national_form
from app.jobs.service import NextAction
from app.jobs.views import JobDetail
from app.jobs.workflow import Status
from app.locale.intake_terms import device_kind_name
from app.locale.text import isolate, join_isolated
from ui.board.colours import status_colour
from ui.job.problem_text import ProblemText
from ui.job.words import JobWords
from ui.printing.menu import PrintMenu
from ui.widgets.text_direction import show_paragraph

# A move that ends the job for nothing stands apart from the others and looks it.
DESTRUCTIVE = frozenset({Status.CANCELLED})
DESTRUCTIVE_STYLE = ("QPushButton { color: #b91c1c; border: 1px solid #f87171; "
                     "border-radius: 3px; padding: 4px 12px; background: #fef2f2; } "
                     "QPushButton:disabled { color: #9ca3af; border-color: #e5e7eb; "
                     "background: transparent; }")


class JobHeader(QWidget):
    move_requested = Signal(str)
    undo_requested = Signal()
    warranty_requested = Signal()
    reveal_requested = Signal()
    print_requested = Signal(str)
    preview_requested = Signal(str)
    pdf_requested = Signal(str)
    assign_requested = Signal()
    promise_requested = Signal()  # a new promised date, told to the customer
    complaint_requested = Signal()

    def __init__(self, words: JobWords, *, can_reveal: bool, can_intake: bool,
                 can_edit: bool = False) -> None:
        super().__init__()
        self.words = words
        self.number = QLabel()
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.number.setFont(font)
        self.status = QLabel()
        self.status.setMargin(4)
        self.customer, self.device, self.promised, self.technician = (QLabel() for _ in range(4))
        self.problem = ProblemText(max_lines=3)
        self.customer_caption, self.device_caption, self.promised_caption, \
            self.technician_caption, self.problem_caption = (QLabel() for _ in range(5))
        self.survey_caption, self.survey = QLabel(), QLabel()
        self.survey.setWordWrap(True)
        for part in (self.survey_caption, self.survey):
            part.hide()  # until the job has a survey
        self.can_edit = can_edit
        self.promise = QToolButton()  # beside the promised date
        self.promise.hide()
        self.complaint = QPushButton()
        self.complaint.setVisible(can_edit)
        self.action_buttons: dict[Status, QPushButton] = {}
        self.actions_row = QHBoxLayout()
        self.ending_row = QHBoxLayout()  # Cancel, at the far end
        self.undo = QPushButton()
        self.undo.hide()
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.timeout.connect(self.undo.hide)
        self.warranty = QPushButton()
        self.warranty.setVisible(False)
        self.can_intake = can_intake
        self.reveal = QPushButton()
        self.reveal.setVisible(can_reveal)
        self.assign = QToolButton()
        self.print_button = QToolButton()
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = PrintMenu(self)  # only the papers true of the job (show_job)
        self.print_actions = self.print_menu.print_actions
        self.preview_actions = self.print_menu.preview_actions
        self.pdf_actions = self.print_menu.pdf_actions
        self.print_button.setMenu(self.print_menu)

        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.status)
        top.addStretch(1)
        for widget in (self.reveal, self.warranty, self.complaint, self.print_button):
            top.addWidget(widget)
        facts = QGridLayout()
        facts.addWidget(self.customer_caption, 0, 0)
        facts.addWidget(self.customer, 0, 1)
        facts.addWidget(self.device_caption, 0, 2)
        facts.addWidget(self.device, 0, 3)
        facts.addWidget(self.promised_caption, 1, 0)
        promised = QHBoxLayout()
        promised.addWidget(self.promised)
        promised.addWidget(self.promise)
        promised.addStretch(1)
        facts.addLayout(promised, 1, 1)
        facts.addWidget(self.technician_caption, 1, 2)
        who = QHBoxLayout()
        who.addWidget(self.technician)
        who.addWidget(self.assign)
        who.addStretch(1)
        facts.addLayout(who, 1, 3)
        facts.addWidget(self.problem_caption, 2, 0, Qt.AlignmentFlag.AlignTop)
        facts.addWidget(self.problem, 2, 1, 1, 3)
        facts.addWidget(self.survey_caption, 3, 0, Qt.AlignmentFlag.AlignTop)
        facts.addWidget(self.survey, 3, 1, 1, 3)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)
        moves = QHBoxLayout()
        moves.addLayout(self.actions_row)
        moves.addStretch(1)
        moves.addWidget(self.undo)
        moves.addSpacing(24)
        moves.addLayout(self.ending_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addLayout(moves)

        self.undo.clicked.connect(self.undo_requested)
        self.warranty.clicked.connect(self.warranty_requested)
        self.reveal.clicked.connect(self.reveal_requested)
        self.assign.clicked.connect(self.assign_requested)
        self.promise.clicked.connect(self.promise_requested)
        self.complaint.clicked.connect(self.complaint_requested)
        self.print_menu.print_requested.connect(self.print_requested)
        self.print_menu.preview_requested.connect(self.preview_requested)
        self.print_menu.pdf_requested.connect(self.pdf_requested)
        self._detail: JobDetail | None = None
        self._actions: list[NextAction] = []
        self._role, self._can_override = "", False
        self._surveys: list[SurveyView] = []
        self.translate_ui()

    def translate_ui(self) -> None:
        self.customer_caption.setText(self.tr("Customer:"))
        self.device_caption.setText(self.tr("Device:"))
        self.promised_caption.setText(self.tr("Promised:"))
        self.technician_caption.setText(self.tr("Technician:"))
        self.problem_caption.setText(self.tr("Problem:"))
        self.undo.setText(self.tr("Undo the status change"))
        self.warranty.setText(self.tr("Warranty return…"))
        self.reveal.setText(self.tr("Show passcode and pattern"))
        self.print_button.setText(self.tr("Print"))
        self.assign.setText(self.tr("Assign…"))
        self.assign.setToolTip(self.tr("Give this job to a technician"))
        self.print_menu.translate_ui()
        self.survey_caption.setText(self.tr("Survey:"))
        self.promise.setText(self.tr("New date → tell the customer…"))
        self.promise.setToolTip(self.tr("Set a new promised date and send the customer an SMS "
                                        "that says so"))
        self.complaint.setText(self.tr("Record complaint…"))
        self.complaint.setToolTip(self.tr("A complaint about this job, straight to a manager"))
        if self._detail is not None:
            self.show_job(self._detail, self._actions, self._role, self._can_override)
        self.show_surveys(self._surveys)

    def show_job(self, detail: JobDetail, actions: list[NextAction], role: str,
                 can_override: bool) -> None:
        self._detail, self._actions = detail, actions
        self._role, self._can_override = role, can_override
        words = self.words
        self.number.setText(self.tr("Job {number}").format(number=words.number(detail.number)))
        colour = status_colour(detail.status).name()
        self.status.setText(words.status(detail.status))
        self.status.setStyleSheet(f"background: {colour}; color: #111827; "
                                  "border-radius: 4px; padding: 2px 8px;")
        self.customer.setText(join_isolated(" · ", (
            detail.customer_name, words.digits(national_form(detail.customer_mobile)))))
        device = detail.device
        made = " ".join(part for part in (device.get("brand") or "", device.get("model") or "")
                        if part)
        self.device.setText(" ".join(part for part in (
            device_kind_name(str(device.get("kind") or ""), words.lang), isolate(made))
            if part))
        self.promised.setText(words.day(detail.promised_date))
        show_paragraph(self.technician, detail.technician_name or self.tr("not assigned"))
        takes_it = role == "technician"  # a technician can only take an unassigned job
        self.assign.setText(self.tr("Take this job") if takes_it else self.tr("Assign…"))
        self.assign.setVisible(detail.status not in (Status.DELIVERED, Status.CANCELLED) and (
            not takes_it or detail.technician_id is None))
        self.problem.setText(detail.problem)
        self.warranty.setVisible(self.can_intake and detail.status == Status.DELIVERED)
        self.promise.setVisible(self.can_edit and detail.status in NOT_READY)
        self.print_menu.offer(detail.status)
        self._fill_actions(detail, actions, role, can_override)

    def show_surveys(self, surveys: list[SurveyView]) -> None:
        """This job's surveys in one line each; the line is hidden while there are none."""
        self._surveys = surveys
        self.survey.setText("\n".join(self.words.in_line(self.words.survey_summary(v))
                                      for v in surveys))
        for part in (self.survey_caption, self.survey):
            part.setVisible(bool(surveys))

    def _fill_actions(self, detail: JobDetail, actions: list[NextAction], role: str,
                      can_override: bool) -> None:
        for button in self.action_buttons.values():
            self.actions_row.removeWidget(button)
            self.ending_row.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.action_buttons.clear()
        for action in actions:
            label = self.words.move(action.target)
            button = QPushButton()
            if action.allowed:
                button.setText(label)
                button.setToolTip(self.tr("Move the job to “{status}”").format(
                    status=self.words.status(action.target)))
            else:
                reason = self.words.refusal(detail, action.target, role, can_override)
                button.setText(f"{label}\n({reason})")
                button.setToolTip(reason)
                button.setEnabled(False)
            if action.target in DESTRUCTIVE:
                button.setStyleSheet(DESTRUCTIVE_STYLE)
            button.setProperty("target", str(action.target))
            button.clicked.connect(
                lambda _=False, t=str(action.target): self.move_requested.emit(t))
            self.action_buttons[action.target] = button
            row = self.ending_row if action.target in DESTRUCTIVE else self.actions_row
            row.addWidget(button)

    def offer_undo(self, seconds: int) -> None:
        """The Undo button, for the time the customer's message still waits."""
        if seconds <= 0:
            return
        self.undo.show()
        self.undo_timer.start(seconds * 1000)

    def hide_undo(self) -> None:
        self.undo_timer.stop()
        self.undo.hide()

