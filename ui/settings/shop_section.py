"""The shop's profile: name, phone, address, logo, money, time zone, warranty, receipt terms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.settings.common import (
    OK_STYLE,
    SHOP,
    ErrorLine,
    Section,
    ShopSettingsForm,
    field_with_error,
    form,
)
from ui.shell.desk import Desk


class ShopSection(Section):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, SHOP)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.logo = QLineEdit()
        self.browse_logo = QPushButton()
        self.currency = QComboBox()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.warranty = QSpinBox()
        self.warranty.setRange(-100_000, 100_000)  # the service says what is allowed
        self.terms_fa = QPlainTextEdit()
        self.terms_en = QPlainTextEdit()
        for terms in (self.terms_fa, self.terms_en):
            terms.setFixedHeight(70)
        self.terms_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.reception_unlock = QCheckBox()
        self.unlock_keep = QSpinBox()
        self.unlock_keep.setRange(-100_000, 100_000)
        self.amount_in_words = QCheckBox()
        self.save_button = QPushButton()
        self.saved = QLabel()
        self.saved.setStyleSheet(OK_STYLE)

        self.shop = ShopSettingsForm(desk)
        self.labels: dict[str, QLabel] = {}
        layout = form()
        logo_row = QWidget()
        logo_line = QHBoxLayout(logo_row)
        logo_line.setContentsMargins(0, 0, 0, 0)
        logo_line.addWidget(self.logo, 1)
        logo_line.addWidget(self.browse_logo)
        rows: list[tuple[str, QWidget, Callable[[], str]]] = [
            ("shop.name", self.name, self.name.text),
            ("shop.phone", self.phone, self.phone.text),
            ("shop.address", self.address, self.address.text),
            ("shop.logo", logo_row, self.logo.text),
            ("shop.currency", self.currency, lambda: str(self.currency.currentData())),
            ("shop.timezone", self.timezone, lambda: self.timezone.currentText().strip()),
            ("jobs.warranty_days", self.warranty, lambda: str(self.warranty.value())),
            ("receipt.terms.fa", self.terms_fa, self.terms_fa.toPlainText),
            ("receipt.terms.en", self.terms_en, self.terms_en.toPlainText),
            ("jobs.reception_sees_unlock", self.reception_unlock,
             lambda: "yes" if self.reception_unlock.isChecked() else "no"),
            ("jobs.unlock_keep_days", self.unlock_keep, lambda: str(self.unlock_keep.value())),
            ("papers.amount_in_words", self.amount_in_words,
             lambda: "yes" if self.amount_in_words.isChecked() else "no"),
        ]
        self.errors: dict[str, ErrorLine] = {}
        for key, widget, read in rows:
            error = ErrorLine()
            self.errors[key] = error
            label = QLabel()
            self.labels[key] = label
            if isinstance(widget, QCheckBox):
                layout.addRow(field_with_error(widget, error))
            else:
                layout.addRow(label, field_with_error(widget, error))
            self.shop.add(key, read, error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        self.body.addLayout(layout)
        self.body.addLayout(buttons)
        self.body.addStretch(1)

        self.browse_logo.clicked.connect(self.choose_logo)
        self.save_button.clicked.connect(self.save)
        for widget in (self.name, self.phone, self.address, self.logo, self.currency,
                       self.timezone, self.warranty, self.terms_fa, self.terms_en,
                       self.reception_unlock, self.unlock_keep, self.amount_in_words,
                       self.browse_logo,
                       self.save_button):
            widget.setEnabled(self.editable)
        self.translate_ui()
        self.load()

    def translate_ui(self) -> None:
        self.set_titles(self.tr("Shop profile"))
        texts = {"shop.name": self.tr("Shop name"), "shop.phone": self.tr("Phone"),
                 "shop.address": self.tr("Address"), "shop.logo": self.tr("Logo on papers"),
                 "shop.currency": self.tr("Currency"), "shop.timezone": self.tr("Time zone"),
                 "jobs.warranty_days": self.tr("Default warranty"),
                 "jobs.unlock_keep_days": self.tr("Passcodes kept after delivery"),
                 "receipt.terms.fa": self.tr("Receipt terms (Persian)"),
                 "receipt.terms.en": self.tr("Receipt terms (English)")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.browse_logo.setText(self.tr("Choose…"))
        self.logo.setPlaceholderText(self.tr("A PNG or JPEG file; empty for none"))
        self.warranty.setSuffix(self.tr(" days"))
        self.unlock_keep.setSuffix(self.tr(" days"))
        chosen = self.currency.currentData()
        self.currency.clear()
        self.currency.addItem(self.tr("Toman"), "toman")
        self.currency.addItem(self.tr("Rial"), "rial")
        self.currency.setCurrentIndex(max(self.currency.findData(chosen), 0))
        self.reception_unlock.setText(self.tr("Reception may see passcodes and unlock patterns"))
        self.amount_in_words.setText(self.tr("Write an invoice's total in words too"))
        self.save_button.setText(self.tr("Save shop profile"))

    def load(self) -> None:
        self.reads.read(self.desk.services.settings.all, self.show_values)

    def show_values(self, values: dict[str, Any]) -> None:
        self.name.setText(str(values["shop.name"]))
        self.phone.setText(str(values["shop.phone"]))
        self.address.setText(str(values["shop.address"]))
        self.logo.setText(str(values["shop.logo"]))
        self.currency.setCurrentIndex(max(self.currency.findData(values["shop.currency"]), 0))
        self.timezone.setCurrentText(str(values["shop.timezone"]))
        self.warranty.setValue(int(values["jobs.warranty_days"]))
        self.terms_fa.setPlainText(str(values["receipt.terms.fa"]))
        self.terms_en.setPlainText(str(values["receipt.terms.en"]))
        self.reception_unlock.setChecked(values["jobs.reception_sees_unlock"] == "yes")
        self.unlock_keep.setValue(int(values["jobs.unlock_keep_days"]))
        self.amount_in_words.setChecked(values["papers.amount_in_words"] == "yes")
        self.shop.remember()

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo on papers"), self.logo.text(),
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def save(self) -> None:
        self.saved.setText("")
        self.shop.save(self, self._saved)

    def _saved(self, values: dict[str, Any]) -> None:
        self.show_values(values)  # as stored: e.g. the phone in its normal form
        self.saved.setText(self.tr("Saved."))
