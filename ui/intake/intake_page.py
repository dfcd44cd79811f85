"""Intake at reception: customer, device, problem, condition, unlock, date and money in one
form that can be done from the keyboard. Save creates the job off the UI thread, prints the
receipt and the label, and clears the form for the next customer.

    page = IntakePage(desk)
    page.job_created.connect(window.open_job)   # the new job's id
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.customers.service import CustomerCard
from app.errors import DomainError
from app.jobs.intake import IntakeRequest
from app.jobs.views import JobDetail
from app.locale.text import ltr_run
from ui.intake.condition_box import AccessoriesBox, ConditionBox
from ui.intake.customer_box import CustomerBox
from ui.intake.device_box import DeviceBox
from ui.intake.problem_box import ProblemBox
from ui.intake.terms_box import TermsBox
from ui.intake.unlock_box import UnlockBox
from ui.operations import intake
from ui.printing.desk import Outcome, PaperPrinting, Spooled
from ui.shell.desk import Desk
from ui.shell.errors import describe
from ui.shell.tasks import in_background, run_operation

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S")
PAPERS = ("receipt", "label")
ERROR_STYLE = "background: #fee2e2; color: #7f1d1d; padding: 6px; border-radius: 4px;"
DONE_STYLE = "background: #dcfce7; color: #14532d; padding: 6px; border-radius: 4px;"
MARK = "border: 2px solid #dc2626;"


class IntakePage(QWidget):
    job_created = Signal(int)

    def __init__(self, desk: Desk, printing: PaperPrinting | None = None) -> None:
        super().__init__()
        self.desk = desk
        services = desk.services
        self.printing = printing or PaperPrinting(services.papers, desk.actor, parent=self,
                                                  lang=desk.lang)
        self.customer = CustomerBox(desk)
        self.device = DeviceBox(desk.lang)
        self.problem = ProblemBox(desk.lang)
        self.condition = ConditionBox(desk.lang)
        self.accessories = AccessoriesBox(desk.lang)
        self.unlock = UnlockBox(desk.lang)
        self.terms = TermsBox(desk.lang, desk.calendar)  # the shop's currency comes below
        settings = services.settings
        in_background(lambda: str(settings.get("shop.currency")), self.terms.set_currency,
                      lambda _err: None, busy=False, owner=self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.clear_button = QPushButton()
        self.saving = False
        self._marked: QWidget | None = None

        left, right = QVBoxLayout(), QVBoxLayout()
        for column, boxes in ((left, [self.customer, self.device, self.condition]),
                              (right, [self.problem, self.unlock, self.terms,
                                       self.accessories])):
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        form = QWidget()
        form.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.customer.customer_changed.connect(self._customer_changed)
        self.device.kind_changed.connect(self.problem.offer)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.reset)
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, self.save,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._set_tab_order()
        self.translate_ui()

    def translate_ui(self) -> None:
        self.save_button.setText(self.tr("Save and print (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Clear form"))
        for box in (self.customer, self.device, self.problem, self.condition,
                    self.accessories, self.unlock, self.terms):
            box.translate_ui()

    def _set_tab_order(self) -> None:
        """Customer, device, problem, unlock, date and money; the optional checkboxes last."""
        c, d, t = self.customer, self.device, self.terms
        chain: list[QWidget] = [
            c.mobile, c.name, c.source, c.language, c.referrer, d.choice, d.kind, d.brand,
            d.model, d.colour, d.imei, d.serial, self.problem.problem, self.problem.note,
            self.unlock.passcode, self.unlock.pad, t.promise, t.promised, t.low, t.high,
            t.deposit, t.method, t.priority,
            *(box for pairs in self.condition.boxes.values() for _, box in pairs),
            *self.accessories.boxes.values(), self.accessories.other, self.clear_button,
            self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.focusWidget() or self.focusWidget() is self.save_button:
            self.customer.mobile.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the form ---------------------------------------------------------------------------
    def _customer_changed(self, card: CustomerCard | None) -> None:
        self.device.set_customer(card)

    def reset(self) -> None:
        """An empty form for the next customer, the cursor in the mobile field."""
        for box in (self.customer, self.device, self.problem, self.condition,
                    self.accessories, self.unlock, self.terms):
            box.reset()
        self._unmark()
        self.customer.mobile.setFocus(Qt.FocusReason.OtherFocusReason)

    def request(self) -> IntakeRequest:
        """What was typed, as the service takes it; amounts that are not numbers raise here."""
        customer_id = self.customer.customer_id()
        device_id = self.device.device_id() if customer_id is not None else None
        t = self.terms
        return IntakeRequest(
            problem=self.problem.text(),
            customer_id=customer_id,
            new_customer=None if customer_id is not None else self.customer.new_customer(None),
            device_id=device_id,
            new_device=None if device_id is not None else self.device.new_device(),
            condition=self.condition.condition(),
            accessories=self.accessories.accessories(),
            passcode=self.unlock.passcode.text(),
            pattern=self.unlock.pattern(),
            priority=int(t.priority.currentData()),
            promised_date=t.promised_date(),
            estimate_min=t.low.amount(),
            estimate_max=t.high.amount(),
            deposit=t.deposit.amount() or 0,
            deposit_method=str(t.method.currentData()),
            customer_note=self.problem.note.text(),
        )

    # --- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        self._unmark()
        try:
            req = self.request()
        except DomainError as err:
            self._failed(err)
            return
        op = intake.intake(desk=self.desk, request=req,
                           referrer_mobile=self.customer.referrer_mobile())
        self.saving = True
        self.save_button.setEnabled(False)
        self.message.hide()
        run_operation(op, parent=self, on_done=self._saved, on_error=self._failed)

    def _saved(self, job: JobDetail) -> None:
        """Saved: the form is free for the next customer at once; the receipt and the label
        print in the background (a printer problem then asks about a PDF)."""
        if not isValid(self):  # closed while saving: the job is saved, nothing to show
            return
        self.saving = False
        self.save_button.setEnabled(True)
        self.reset()
        self._say(self.tr("Job {number} saved for {name}. Printing the receipt and the "
                          "label…").format(number=ltr_run(self.desk.digits(job.number)),
                                           name=job.customer_name), DONE_STYLE)
        printing, lang = self.printing, self.desk.lang

        def spool_both() -> list[Spooled | str]:
            return [_spool(printing, job.id, paper, lang) for paper in PAPERS]

        in_background(spool_both, lambda spooled: self._printed(job, spooled),
                      lambda err: self._printed(job, [describe(err, lang)] * len(PAPERS)),
                      busy=False, owner=self)

    def _printed(self, job: JobDetail, spooled: list[Spooled | str]) -> None:
        outcomes = [self.printing.settle(s) if isinstance(s, Spooled) else s for s in spooled]
        words = {Outcome.PRINTED: self.tr("printed"), Outcome.SAVED: self.tr("saved as PDF"),
                 Outcome.CANCELLED: self.tr("not printed")}
        receipt, label = (words[o] if isinstance(o, Outcome) else o for o in outcomes)
        self._say(self.tr("Job {number} saved for {name}. Receipt: {receipt}; label: "
                          "{label}.").format(number=ltr_run(self.desk.digits(job.number)),
                                             name=job.customer_name, receipt=receipt,
                                             label=label), DONE_STYLE)
        self.job_created.emit(job.id)

    def _failed(self, err: Exception) -> None:
        """Say what is wrong next to the field it concerns; the input stays as typed."""
        if not isValid(self):
            return
        self.saving = False
        self.save_button.setEnabled(True)
        self._say(describe(err, self.desk.lang), ERROR_STYLE)
        field = err.field if isinstance(err, DomainError) else None
        widget = self.field_widget(field) if field else None
        if widget is not None:
            widget.setStyleSheet(MARK)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._marked = widget

    def field_widget(self, field: str) -> QWidget | None:
        """The widget where a service's error about ``field`` is put right."""
        c, d, t, u = self.customer, self.device, self.terms, self.unlock
        first_condition = next(iter(self.condition.boxes.values()))[0][1]
        widgets: dict[str, QWidget] = {
            "mobile": c.mobile, "customer": c.mobile, "name": c.name, "language": c.language,
            "source": c.source, "referred_by_id": c.referrer, "device": d.choice,
            "kind": d.kind, "brand": d.brand, "model": d.model, "colour": d.colour,
            "imei": d.imei, "serial": d.serial, "problem": self.problem.problem,
            "customer_note": self.problem.note, "condition": first_condition,
            "accessories": self.accessories.other, "passcode": u.passcode, "pattern": u.pad,
            "promised_date": t.promised, "estimate_min": t.low, "estimate_max": t.high,
            "deposit": t.deposit, "deposit_method": t.method, "priority": t.priority}
        return widgets.get(field)

    def _unmark(self) -> None:
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked = None

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.show()


def _spool(printing: PaperPrinting, job_id: int, paper: str, lang: str) -> Spooled | str:
    """Off the UI thread: one paper rendered and printed, or why it could not be rendered."""
    try:
        return printing.spool(printing.render(job_id, paper))
    except DomainError as err:
        return describe(err, lang)
