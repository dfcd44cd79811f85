"""Customers: find one (or pick one of those at risk), then their card with their health,
devices, jobs, open follow-ups, messages, payments, opt-out and marketing consent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth.roles import Perm
from app.care.health import Health
from app.care.views import ConsentView, TaskView
from app.changes import Changes
from app.customers.phone import national_form
from app.customers.service import CustomerCard, Source
from app.locale.amounts import format_amount
from app.locale.calendar import DEFAULT_TZ, format_date, format_datetime, shop_day
from app.locale.labels import message_status_label, status_label
from app.locale.text import join_isolated, ltr_run
from app.notify.views import MessageView
from app.search.service import CustomerHit
from ui.customers.at_risk_list import AtRiskList
from ui.customers.care_parts import JOB_ID, FollowUpList, HealthChip, reasons_text
from ui.job.care_dialogs import ComplaintDialog
from ui.operations import care_job, customers
from ui.shell.desk import Desk
from ui.shell.tasks import Reads, in_background, run_operation

ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CardRead:
    card: CustomerCard
    messages: list[MessageView]
    currency: str
    timezone: str
    health: Health | None = None
    tasks: list[TaskView] = field(default_factory=list)
    marketing: ConsentView | None = None  # the customer's last word on marketing
    now: dt.datetime | None = None

    @property
    def marketing_stopped(self) -> bool:
        return self.marketing is not None and not self.marketing.given


class CustomersPage(QWidget):
    job_opened = Signal(int)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.card: CustomerCard | None = None
        self._consent: ConsentView | None = None
        self._timezone = DEFAULT_TZ
        self.reads = Reads(self, on_error=lambda err: self.desk.show_error(self, err))
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.name = QLabel()
        self.mobile = QLabel()
        self.details = QLabel()
        self.opt_out = QCheckBox()
        self.health = HealthChip()
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.marketing = QCheckBox()
        self.marketing_note = QLabel()
        self.marketing_note.setWordWrap(True)
        self.marketing_note.setStyleSheet("color: #92400e;")
        self.marketing_note.hide()
        self.complaint = QPushButton()
        self.complaint.setVisible(desk.can(Perm.EDIT_JOB))
        self.complaint_dialog: ComplaintDialog | None = None
        self.devices = QListWidget()
        self.jobs = QListWidget()
        self.follow_ups = FollowUpList()
        self.messages = QListWidget()
        self.payments = QListWidget()
        self.tabs = QTabWidget()
        for widget in (self.devices, self.jobs, self.follow_ups, self.messages, self.payments):
            self.tabs.addTab(widget, "")
        self.form_labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.form_labels[0], self.mobile)
        form.addRow(self.form_labels[1], self.details)
        card = QWidget()
        card_layout = QVBoxLayout(card)
        self.name.setStyleSheet("font-size: 16pt; font-weight: bold;")
        heading = QHBoxLayout()
        heading.addWidget(self.name, 1)
        heading.addWidget(self.health)
        card_layout.addLayout(heading)
        card_layout.addWidget(self.reasons)
        card_layout.addLayout(form)
        switches = QHBoxLayout()
        switches.addWidget(self.opt_out)
        switches.addWidget(self.marketing)
        switches.addStretch(1)
        switches.addWidget(self.complaint)
        card_layout.addLayout(switches)
        card_layout.addWidget(self.marketing_note)
        card_layout.addWidget(self.tabs, 1)
        finder = QWidget()
        finder_layout = QVBoxLayout(finder)
        finder_layout.setContentsMargins(0, 0, 0, 0)
        searching = QWidget()
        search_layout = QVBoxLayout(searching)
        search_layout.addWidget(self.search_box)
        search_layout.addWidget(self.results)
        self.at_risk = AtRiskList(desk)
        self.finder_tabs = QTabWidget()
        self.finder_tabs.addTab(searching, "")
        self.finder_tabs.addTab(self.at_risk, "")
        finder_layout.addWidget(self.finder_tabs)
        # room for "a two-word name · 0912 345 6789" before the card takes the rest
        self.results.setMinimumWidth(self.results.fontMetrics().horizontalAdvance("M" * 22))
        splitter = QSplitter()
        splitter.addWidget(finder)
        splitter.addWidget(card)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.search_box.textChanged.connect(self.search)
        self.results.currentItemChanged.connect(self._picked)
        self.jobs.itemActivated.connect(self._open_job)
        self.jobs.itemDoubleClicked.connect(self._open_job)
        self.opt_out.toggled.connect(self._opt_out_changed)
        self.marketing.toggled.connect(self._marketing_changed)
        self.complaint.clicked.connect(self.record_complaint)
        self.follow_ups.itemActivated.connect(self._open_task_job)  # a double-click, or Enter
        self.finder_tabs.currentChanged.connect(self._finder_tab_changed)
        self.at_risk.customer_chosen.connect(self.open_customer)
        self.translate_ui()
        self.show_card(None)

    def translate_ui(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Find a customer: name or any part of "
                                                   "the mobile"))
        self.form_labels[0].setText(self.tr("Mobile"))
        self.form_labels[1].setText(self.tr("Language and source"))
        self.opt_out.setText(self.tr("Opted out of SMS (gets no messages)"))
        self.marketing.setText(self.tr("Marketing messages (surveys, news)"))
        self.marketing.setToolTip(self.tr("The customer's yes or no, kept with its date. "
                                          "A text of «۱۱» or «لغو» stops them, «۱۲» starts "
                                          "them again."))
        self._consent_note()
        self.complaint.setText(self.tr("Record complaint…"))
        self.complaint.setToolTip(self.tr("A complaint from this customer, straight to a "
                                          "manager"))
        self.finder_tabs.setTabText(0, self.tr("Find"))
        self.finder_tabs.setTabText(1, self.tr("At risk"))
        self._tab_titles()

    def _tab_titles(self, follow_ups: int = 0) -> None:
        titles = (self.tr("Devices"), self.tr("Jobs"),
                  self.tr("Follow-ups ({count})").format(count=self.desk.digits(
                      str(follow_ups))) if follow_ups else self.tr("Follow-ups"),
                  self.tr("Messages"), self.tr("Payments"))
        for position, text in enumerate(titles):
            self.tabs.setTabText(position, text)

    def source_names(self) -> dict[str, str]:
        return {Source.WALK_IN: self.tr("Walked in"), Source.INSTAGRAM: self.tr("Instagram"),
                Source.REFERRAL: self.tr("Referred by a customer"),
                Source.WEBSITE: self.tr("Website"), Source.OTHER: self.tr("Other")}

    def search(self, term: str) -> None:
        search = self.desk.services.search

        def shown(hits: list[CustomerHit]) -> None:
            if term != self.search_box.text():
                return  # the clerk has typed on
            self.results.clear()
            for hit in hits:
                item = QListWidgetItem(join_isolated(
                    " · ", [hit.name, self.desk.digits(national_form(hit.mobile))]))
                item.setToolTip(item.text())  # a long name in a narrow list is still read whole
                item.setData(ID, hit.id)
                self.results.addItem(item)

        in_background(lambda: search.customers(term), shown,
                      lambda err: self.desk.show_error(self, err), busy=False, owner=self)

    @property
    def loading(self) -> bool:
        return self.reads.loading or self.at_risk.loading

    def open_customer(self, customer_id: int) -> None:
        """The card, its messages, health, follow-ups and consent, and the shop's currency,
        read off the UI thread."""
        services = self.desk.services

        def read() -> CardRead:
            card = services.customers.card(customer_id)
            care = services.care
            return CardRead(card, services.messages.outbox(customer_id=card.id, limit=200),
                            str(services.settings.get("shop.currency")),
                            str(services.settings.get("shop.timezone")),
                            care.health(card.id), care.tasks(customer_id=card.id),
                            care.marketing_consent(card.id), services.clock())

        self.reads.read(read, self.show_read)

    def show_read(self, found: CardRead) -> None:
        self.show_card(found.card, found.messages, found.currency, found.timezone)
        self.show_care(found)

    def _consent_note(self) -> None:
        """How and when the customer stopped marketing: by «لغو ۱۱» or at the desk."""
        consent = self._consent
        if consent is None or consent.given:
            self.marketing_note.setText("")
            return
        day = format_date(shop_day(consent.at, self._timezone), calendar=self.desk.calendar,
                          lang=self.desk.lang)
        if consent.how == "sms_keyword":
            text = self.tr("Stopped on {day}: the customer texted «لغو ۱۱». A text of «۱۲» "
                           "starts them again.")
        else:
            text = self.tr("Stopped on {day}: the customer said no at the desk. A text of "
                           "«۱۲» starts them again.")
        self.marketing_note.setText(text.format(day=day))

    def show_care(self, found: CardRead | None) -> None:
        """Health, follow-ups and the marketing consent of the customer on the card."""
        lang = self.desk.lang
        self.health.show_health(found.health if found else None, lang)
        self.reasons.setText(reasons_text(found.health, lang) if found and found.health
                             else "")
        self.reasons.setVisible(bool(self.reasons.text()))
        self.marketing.blockSignals(True)
        self.marketing.setChecked(found is not None and not found.marketing_stopped)
        self.marketing.blockSignals(False)
        self.marketing.setEnabled(found is not None and self.desk.can(Perm.EDIT_CUSTOMER))
        self._consent = found.marketing if found is not None else None
        self._timezone = found.timezone if found is not None else DEFAULT_TZ
        self._consent_note()
        self.marketing_note.setVisible(found is not None and found.marketing_stopped)
        self.complaint.setEnabled(found is not None)
        self.follow_ups.clear()
        if found is not None and found.now is not None:
            self.follow_ups.show_tasks(found.tasks, lang, self.desk.calendar, found.timezone,
                                       found.now)
        self._tab_titles(len(found.tasks) if found else 0)

    def refresh(self) -> None:
        """Something it shows changed: the customer on screen is read again, and the list
        of those at risk if it is on screen."""
        if self.card is not None:
            self.open_customer(self.card.id)
        if self.finder_tabs.currentWidget() is self.at_risk:
            self.at_risk.refresh()

    def show_at_risk(self) -> None:
        self.finder_tabs.setCurrentWidget(self.at_risk)

    def _finder_tab_changed(self, _: int) -> None:
        if self.finder_tabs.currentWidget() is self.at_risk:
            self.at_risk.refresh()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_customer(int(item.data(ID)))

    def show_card(self, card: CustomerCard | None, messages: list[MessageView] | None = None,
                  currency: str = "", timezone: str = DEFAULT_TZ) -> None:
        self.card = card
        for widget in (self.devices, self.jobs, self.messages, self.payments):
            widget.clear()
        self.opt_out.blockSignals(True)
        self.opt_out.setChecked(bool(card and card.sms_opt_out))
        self.opt_out.blockSignals(False)
        self.opt_out.setEnabled(card is not None)
        if card is None:
            self.show_care(None)
            self.name.setText(self.tr("No customer chosen"))
            self.mobile.setText("")
            self.details.setText("")
            return
        lang, calendar = self.desk.lang, self.desk.calendar
        self.name.setText(card.name)
        # A right-to-left mark keeps the number on the Persian side: digits alone would
        # make the label left to right.
        mark = "\u200f" if self.desk.lang == "fa" else ""
        self.mobile.setText(mark + self.desk.digits(national_form(card.mobile)))
        self.details.setText(f"{'فارسی' if card.language == 'fa' else 'English'} · "
                             f"{self.source_names().get(card.source, card.source)}")
        for device in card.devices:
            ident = device["imei"] or device["serial"] or ""
            self.devices.addItem(f"{device['brand']} {device['model']} {ident}".strip())
        for job in card.jobs:
            number = ltr_run(self.desk.digits(job["number"]))
            day = format_date(shop_day(job["created_at"], timezone), calendar=calendar,
                              lang=lang)
            item = QListWidgetItem(f"{number} · {status_label(job['status'], lang)} · {day}")
            item.setData(ID, job["id"])
            self.jobs.addItem(item)
        for message in messages or []:
            when = format_datetime(message.created_at, calendar=calendar, lang=lang,
                                   tz=timezone)
            status = message_status_label(message.status, lang)
            self.messages.addItem(f"{when} · {status} · {message.body}")
        for payment in card.payments:
            amount = format_amount(payment["amount"], lang=lang, currency=currency)
            sign = "−" if payment["kind"] == "refund" else ""
            day = format_date(shop_day(payment["at"], timezone), calendar=calendar, lang=lang)
            self.payments.addItem(
                f"{day} · {ltr_run(self.desk.digits(payment['number']))} · {sign}{amount}")

    def _open_job(self, item: QListWidgetItem) -> None:
        self.job_opened.emit(int(item.data(ID)))

    def _opt_out_changed(self, checked: bool) -> None:
        card = self.card
        if card is None:
            return

        def saved(_: object) -> None:
            self.open_customer(card.id)

        def refused(err: Exception) -> None:
            self.desk.show_error(self, err)
            self.open_customer(card.id)

        run_operation(customers.set_sms_opt_out(desk=self.desk, customer_id=card.id,
                                                opted_out=checked),
                      parent=self, on_done=saved, on_error=refused)

    def _marketing_changed(self, given: bool) -> None:
        card = self.card
        if card is None:
            return

        def refused(err: Exception) -> None:
            self.desk.show_error(self, err)
            self.open_customer(card.id)

        run_operation(care_job.set_marketing(desk=self.desk, customer_id=card.id, given=given),
                      parent=self, on_done=lambda _: self.open_customer(card.id),
                      on_error=refused)

    def record_complaint(self) -> None:
        """A complaint about the customer, not one job: straight to a manager."""
        card = self.card
        if card is None:
            return
        self.complaint_dialog = ComplaintDialog(self.desk.lang, self)
        if self.complaint_dialog.exec() != QDialog.DialogCode.Accepted:
            return
        said = self.complaint_dialog.answer()
        run_operation(care_job.complaint(desk=self.desk, customer_id=card.id, text=said.text,
                                         severity=said.severity, came_by=said.came_by),
                      parent=self, on_done=lambda _: self.open_customer(card.id),
                      on_error=lambda err: self.desk.show_error(self, err))

    def _open_task_job(self, item: QListWidgetItem) -> None:
        job_id = item.data(JOB_ID)
        if job_id is not None:
            self.job_opened.emit(int(job_id))

    def concerns(self) -> Changes:
        return Changes(customers=True, jobs=True, messages=True, settings=True)
