"""The device: one the returning customer brought before, or a new one with completion and the
IMEI's check-digit verdict shown as it is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
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

from app.customers.imei import imei_verdict
from app.customers.service import CustomerCard, DeviceKind, NewDevice
from app.jobs.intake_picks import brands, colours, models
from app.locale.intake_terms import device_kind_name
from app.locale.text import to_latin_digits, to_persian_digits

NEW = -1  # the "new device" entry of the choice box
GOOD, BAD = "#15803d", "#b91c1c"


def _completer(parent: QWidget) -> QCompleter:
    completer = QCompleter(QStringListModel(parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class DeviceBox(QGroupBox):
    kind_changed = Signal(str)

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.devices: list[dict[str, Any]] = []
        self.choice = QComboBox()
        self.kind = QComboBox()
        for kind in DeviceKind:
            self.kind.addItem(device_kind_name(kind, lang), kind.value)
        self.brand = QLineEdit()
        self.model = QLineEdit()
        self.colour = QLineEdit()
        self.imei = QLineEdit()
        self.serial = QLineEdit()
        for edit in (self.imei, self.serial):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.verdict = QLabel()
        self.brand_completer = _completer(self.brand)
        self.model_completer = _completer(self.model)
        self.colour_completer = _completer(self.colour)
        self.brand.setCompleter(self.brand_completer)
        self.model.setCompleter(self.model_completer)
        self.colour.setCompleter(self.colour_completer)
        _words(self.colour_completer).setStringList(colours(lang))

        self.labels = {key: QLabel() for key in ("choice", "kind", "brand", "model", "colour",
                                                  "imei", "serial")}
        form = QFormLayout(self)
        form.addRow(self.labels["choice"], self.choice)
        self.new_fields = QWidget()
        new_form = QFormLayout(self.new_fields)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.labels["kind"], self.kind)
        new_form.addRow(self.labels["brand"], self.brand)
        new_form.addRow(self.labels["model"], self.model)
        new_form.addRow(self.labels["colour"], self.colour)
        imei_row = QHBoxLayout()
        imei_row.addWidget(self.imei, 1)
        imei_row.addWidget(self.verdict)
        new_form.addRow(self.labels["imei"], imei_row)
        new_form.addRow(self.labels["serial"], self.serial)
        form.addRow(self.new_fields)

        self.choice.currentIndexChanged.connect(self._chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.brand.textChanged.connect(self._offer_models)
        self.imei.textChanged.connect(self.show_verdict)
        self.translate_ui()
        self.set_customer(None)
        self._kind_changed()

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Device"))
        texts = {"choice": self.tr("Device"), "kind": self.tr("Kind"),
                 "brand": self.tr("Brand"), "model": self.tr("Model"),
                 "colour": self.tr("Colour"), "imei": self.tr("IMEI"),
                 "serial": self.tr("Serial")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.brand.setPlaceholderText(self.tr("e.g. Samsung"))
        self.model.setPlaceholderText(self.tr("e.g. Galaxy A52"))
        self.imei.setPlaceholderText(self.tr("15 digits, *#06# on the phone"))
        self.serial.setPlaceholderText(self.tr("For laptops, consoles and tablets"))
        self._fill_choice()
        self.show_verdict()

    # --- which device -----------------------------------------------------------------------
    def set_customer(self, card: CustomerCard | None) -> None:
        """Offer a returning customer's devices, newest first; a new customer brings a new one."""
        self.devices = sorted(card.devices, key=lambda d: -int(d["id"])) if card else []
        self.choice.setCurrentIndex(-1)
        self._fill_choice()
        self.labels["choice"].setVisible(bool(self.devices))
        self.choice.setVisible(bool(self.devices))

    def _fill_choice(self) -> None:
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        for device in self.devices:
            self.choice.addItem(self._describe(device), device["id"])
        self.choice.addItem(self.tr("A new device"), NEW)
        self.choice.setCurrentIndex(max(self.choice.findData(chosen), 0))
        self.choice.blockSignals(False)
        self._chosen()

    def _describe(self, device: dict[str, Any]) -> str:
        kind = device_kind_name(device["kind"], self.lang)
        name = f"{device['brand']} {device['model']} ({kind})"
        tag = device.get("imei") or device.get("serial")
        return f"{name} · {tag}" if tag else name

    def _chosen(self) -> None:
        self.new_fields.setVisible(self.device_id() is None)
        device = next((d for d in self.devices if d["id"] == self.device_id()), None)
        self.kind_changed.emit(device["kind"] if device else self.kind.currentData())

    def device_id(self) -> int | None:
        chosen = self.choice.currentData()
        return None if chosen in (None, NEW) else int(chosen)

    def new_device(self) -> NewDevice:
        return NewDevice(kind=str(self.kind.currentData()), brand=self.brand.text(),
                         model=self.model.text(), colour=self.colour.text(),
                         imei=self.imei.text() or None, serial=self.serial.text() or None)

    def reset(self) -> None:
        for edit in (self.brand, self.model, self.colour, self.imei, self.serial):
            edit.clear()
        self.kind.setCurrentIndex(0)
        self.set_customer(None)

    # --- completion and the IMEI verdict ----------------------------------------------------
    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        _words(self.brand_completer).setStringList(brands(kind))
        self._offer_models()
        if self.device_id() is None:
            self.kind_changed.emit(kind)

    def _offer_models(self) -> None:
        _words(self.model_completer).setStringList(
            models(str(self.kind.currentData()), self.brand.text()))

    def show_verdict(self) -> None:
        raw = self.imei.text().strip()
        reason = imei_verdict(raw) if raw else ""
        typed = len(to_latin_digits(raw).replace(" ", "").replace("-", ""))
        texts = {None: self.tr("✓ valid"),
                 "check_digit": self.tr("✗ wrong check digit"),
                 "length": self.tr("✗ {count} of 15 digits").format(
                     count=to_persian_digits(str(typed)) if self.lang == "fa" else typed),
                 "digits_only": self.tr("✗ digits only"), "": ""}
        self.verdict.setText(texts.get(reason, ""))
        self.verdict.setStyleSheet(f"color: {GOOD if reason is None else BAD};")


def _words(completer: QCompleter) -> QStringListModel:
    model = completer.model()
    assert isinstance(model, QStringListModel)
    return model
