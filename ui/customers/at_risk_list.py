"""The customers at risk: name, mobile and why, read off the UI thread when the list is shown;
a double-click (or Enter) opens the customer's card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.care.health import RiskyCustomer
from app.customers.phone import national_form
from app.locale.text import join_isolated
from ui.customers.care_parts import reasons_text
from ui.shell.desk import Desk
from ui.shell.tasks import Reads

ID = Qt.ItemDataRole.UserRole


class AtRiskList(QWidget):
    customer_chosen = Signal(int)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.reads = Reads(self, on_error=lambda err: self.desk.show_error(self, err))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._chosen)  # a double-click, or Enter
        self.customers: list[RiskyCustomer] = []
        self.known = False  # read at least once
        self.translate_ui()

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def translate_ui(self) -> None:
        self.note.setText(self.tr("An open complaint, a low score, or more than one worry "
                                  "lately. Double-click to open the card."))
        if self.known:
            self.show_customers(self.customers)

    def refresh(self) -> None:
        self.reads.read(self.desk.services.care.at_risk, self.show_customers)

    def show_customers(self, customers: list[RiskyCustomer]) -> None:
        self.customers, self.known = customers, True
        self.list.clear()
        lang = self.desk.lang
        for customer in customers:
            who = join_isolated(" · ", [customer.name,
                                        self.desk.digits(national_form(customer.mobile))])
            item = QListWidgetItem(f"{who}\n{reasons_text(customer.health, lang)}")
            item.setToolTip(item.text())
            item.setData(ID, customer.customer_id)
            self.list.addItem(item)
        if not customers:
            quiet = QListWidgetItem(self.tr("No customer is at risk."))
            quiet.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(quiet)

    def _chosen(self, item: QListWidgetItem) -> None:
        customer_id = item.data(ID)
        if customer_id is not None:
            self.customer_chosen.emit(int(customer_id))
