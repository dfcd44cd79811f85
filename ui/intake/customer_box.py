"""Who brings the device: a mobile number finds a returning customer, else a new one inline."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from shiboken6 import isValid

from app.customers.phone import national_form, normalize_phone
from app.customers.service import CustomerCard, NewCustomer, Source
from app.errors import DomainError
from app.locale.text import to_latin_digits
from app.search.service import CustomerHit
from ui.shell.desk import Desk
from ui.shell.errors import describe
from ui.shell.tasks import in_background

LANGUAGES = ("fa", "en")
MOBILE_ROLE = Qt.ItemDataRole.UserRole + 1  # what a chosen suggestion puts in the field
SUGGEST_FROM = 4  # digits typed before customers are suggested


class CustomerBox(QGroupBox):
    """Emits ``customer_changed`` with the returning customer's card, or None for a new one."""

    customer_changed = Signal(object)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.card: CustomerCard | None = None
        self.mobile = QLineEdit()
        self.mobile.setClearButtonEnabled(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.name = QLineEdit()
        self.language = QComboBox()
        self.source = QComboBox()
        self.referrer = QLineEdit()
        self.labels = {key: QLabel() for key in ("mobile", "name", "language", "source",
                                                  "referrer")}
        form = QFormLayout(self)
        form.addRow(self.labels["mobile"], self.mobile)
        form.addRow("", self.state)
        self.new_fields = QWidget()
        new_form = QFormLayout(self.new_fields)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.labels["name"], self.name)
        how = QHBoxLayout()
        how.addWidget(self.source, 1)
        how.addWidget(self.labels["language"])
        how.addWidget(self.language)
        new_form.addRow(self.labels["source"], how)
        new_form.addRow(self.labels["referrer"], self.referrer)
        form.addRow(self.new_fields)
        for _ in LANGUAGES:
            self.language.addItem("")
        for _ in Source:
            self.source.addItem("")
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionRole(MOBILE_ROLE)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.mobile.setCompleter(self.completer)
        self._lookups = itertools.count(1)
        self._latest = self._latest_suggestion = self._offered = 0
        self.mobile.textChanged.connect(self._look_up)
        self.mobile.textEdited.connect(self._suggest)
        self.source.currentIndexChanged.connect(self._show_referrer)
        self.translate_ui()
        self.reset()

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Customer"))
        texts = {"mobile": self.tr("Mobile"), "name": self.tr("Name"),
                 "language": self.tr("Language"), "source": self.tr("Found us through"),
                 "referrer": self.tr("Referred by (mobile)")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.mobile.setPlaceholderText(self.tr("09121234567"))
        for index, name in enumerate((self.tr("Persian"), self.tr("English"))):
            self.language.setItemText(index, name)
            self.language.setItemData(index, LANGUAGES[index])
        sources = {Source.WALK_IN: self.tr("Walked in"), Source.INSTAGRAM: self.tr("Instagram"),
                   Source.REFERRAL: self.tr("A customer referred them"),
                   Source.WEBSITE: self.tr("Website"), Source.OTHER: self.tr("Other")}
        for index, source in enumerate(Source):
            self.source.setItemText(index, sources[source])
            self.source.setItemData(index, source.value)
        self._show_state()

    # --- state ------------------------------------------------------------------------------
    def reset(self) -> None:
        self.mobile.clear()
        self.name.clear()
        self.referrer.clear()
        self.language.setCurrentIndex(0)
        self.source.setCurrentIndex(0)
        self._set_card(None)

    def customer_id(self) -> int | None:
        return self.card.id if self.card is not None else None

    def new_customer(self, referrer_id: int | None) -> NewCustomer:
        return NewCustomer(name=self.name.text(), mobile=self.mobile.text(),
                           source=str(self.source.currentData()),
                           referred_by_id=referrer_id,
                           language=str(self.language.currentData()))

    def referrer_mobile(self) -> str:
        return self.referrer.text() if self.source.currentData() == Source.REFERRAL else ""

    def _show_referrer(self) -> None:
        referral = self.source.currentData() == Source.REFERRAL
        self.referrer.setVisible(referral)
        self.labels["referrer"].setVisible(referral)

    def _set_card(self, card: CustomerCard | None) -> None:
        self.card = card
        self.new_fields.setVisible(card is None)
        self._show_referrer()
        self._show_state()
        self.customer_changed.emit(card)

    def _show_state(self) -> None:
        raw = self.mobile.text().strip()
        if self.card is not None:
            text = self.tr("Returning customer: {name} (jobs so far: {jobs})").format(
                name=f"\u2068{self.card.name}\u2069",  # isolated: a Persian name in English
                jobs=self.desk.digits(str(len(self.card.jobs))))
        elif not raw:
            text = self.tr("Type the mobile number; a returning customer is found by it.")
        elif self._valid(raw):
            text = self.tr("New customer: enter their name below.")
        else:
            text = self.tr("Not a complete mobile number yet.")
        self.state.setText(text)

    @staticmethod
    def _valid(raw: str) -> bool:
        try:
            normalize_phone(raw)
        except DomainError:
            return False
        return True

    # --- look-up as the number is typed -----------------------------------------------------
    def _look_up(self, raw: str) -> None:
        lookup = self._latest = next(self._lookups)
        if not self._valid(raw):
            if self.card is not None:
                self._set_card(None)
            self._show_state()
            return
        self.state.setText(self.tr("Looking up this number…"))
        customers = self.desk.services.customers

        def find() -> CustomerCard | None:
            found = customers.find_by_mobile(raw)
            return customers.card(found) if found is not None else None

        def found(card: CustomerCard | None) -> None:
            if isValid(self) and lookup == self._latest:  # the page may be gone by now
                self._set_card(card)

        def failed(err: Exception) -> None:
            if isValid(self) and lookup == self._latest:
                self.state.setText(describe(err, self.desk.lang))

        in_background(find, found, failed, busy=False)

    @property
    def suggesting(self) -> bool:
        """A lookup for what was typed last is still on its way."""
        return self._offered != self._latest_suggestion

    def _suggest(self, raw: str) -> None:
        """Customers whose number holds what is typed so far, offered below the field."""
        digits = to_latin_digits(raw).strip()
        if len(digits) < SUGGEST_FROM or self._valid(raw):
            return
        lookup = self._latest_suggestion = next(self._lookups)
        search = self.desk.services.search

        def offer(hits: list[CustomerHit]) -> None:
            if not isValid(self) or lookup != self._latest_suggestion:
                return
            self._offered = lookup
            self.suggestions.clear()
            for hit in hits:
                number = national_form(hit.mobile)
                item = QStandardItem(f"{number}  {hit.name}")
                item.setData(number, MOBILE_ROLE)
                self.suggestions.appendRow(item)
            if hits and self.mobile.hasFocus():
                self.show_suggestions()

        in_background(lambda: search.customers(digits, limit=8), offer,
                      lambda err: None, busy=False)

    def show_suggestions(self) -> None:
        self.completer.setCompletionPrefix(self.mobile.text())
        self.completer.complete(self._popup_rect())

    def _popup_rect(self) -> QRect:
        """Under the field and as wide as the longest suggestion: a long name is never cut
        off at the edge of a narrow mobile field."""
        popup = self.completer.popup()
        if popup is None:
            return self.mobile.rect()
        metrics = popup.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.suggestions.item(row).text())
                      for row in range(self.suggestions.rowCount())), default=0)
        scroll = popup.verticalScrollBar().sizeHint().width()
        width = max(self.mobile.width(), widest + scroll + 4 * popup.frameWidth() + 16)
        return QRect(0, 0, width, self.mobile.height())
