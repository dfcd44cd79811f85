"""Customers: find one, then their card with devices, jobs, messages, payments and opt-out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.customers.phone import national_form
from app.customers.service import CustomerCard, Source
from app.locale.amounts import format_amount
from app.locale.calendar import DEFAULT_TZ, format_date, format_datetime, shop_day
from app.locale.labels import message_status_label, status_label
from app.locale.text import join_isolated, ltr_run
from app.notify.views import MessageView
from app.search.service import CustomerHit
from ui.operations import customers
from ui.shell.desk import Desk
from ui.shell.tasks import Reads, in_background, run_operation

ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CardRead:
    card: CustomerCard
    messages: list[MessageView]
    currency: str
    timezone: str


class CustomersPage(QWidget):
    job_opened = Signal(int)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.card: CustomerCard | None = None
        self.reads = Reads(self, on_error=lambda err: self.desk.show_error(self, err))
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.name = QLabel()
        self.mobile = QLabel()
        self.details = QLabel()
        self.opt_out = QCheckBox()
        self.devices = QListWidget()
        self.jobs = QListWidget()
        self.messages = QListWidget()
        self.payments = QListWidget()
        self.tabs = QTabWidget()
        for widget in (self.devices, self.jobs, self.messages, self.payments):
            self.tabs.addTab(widget, "")
        self.form_labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.form_labels[0], self.mobile)
        form.addRow(self.form_labels[1], self.details)
        card = QWidget()
        card_layout = QVBoxLayout(card)
        self.name.setStyleSheet("font-size: 16pt; font-weight: bold;")
        card_layout.addWidget(self.name)
        card_layout.addLayout(form)
        card_layout.addWidget(self.opt_out)
        card_layout.addWidget(self.tabs, 1)
        finder = QWidget()
        finder_layout = QVBoxLayout(finder)
        finder_layout.addWidget(self.search_box)
        finder_layout.addWidget(self.results)
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
        self.translate_ui()
        self.show_card(None)

    def translate_ui(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Find a customer: name or any part of "
                                                   "the mobile"))
        self.form_labels[0].setText(self.tr("Mobile"))
        self.form_labels[1].setText(self.tr("Language and source"))
        self.opt_out.setText(self.tr("Opted out of SMS (gets no messages)"))
        for position, text in enumerate((self.tr("Devices"), self.tr("Jobs"),
                                         self.tr("Messages"), self.tr("Payments"))):
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
        return self.reads.loading

    def open_customer(self, customer_id: int) -> None:
        """The card, its messages and the shop's currency, read off the UI thread."""
        services = self.desk.services

        def read() -> CardRead:
            card = services.customers.card(customer_id)
            return CardRead(card, services.messages.outbox(customer_id=card.id, limit=200),
                            str(services.settings.get("shop.currency")),
                            str(services.settings.get("shop.timezone")))

        self.reads.read(read, lambda found: self.show_card(found.card, found.messages,
                                                           found.currency, found.timezone))

    def refresh(self) -> None:
        """Something it shows changed: the customer on screen is read again."""
        if self.card is not None:
            self.open_customer(self.card.id)

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

    def concerns(self) -> Changes:
        return Changes(customers=True, jobs=True, messages=True, settings=True)
