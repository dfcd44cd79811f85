"""The SMS gateway: which one, its options (secrets shown only as set or not set), a test
message, the balance, and whether this PC is the one that sends."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.notify.gateway import GatewayError, GatewayOption, SendResult
from app.notify.registry import available_gateways
from ui.operations.settings import choose_sender
from ui.settings.common import (
    ERROR_STYLE,
    OK_STYLE,
    SHOP,
    ErrorLine,
    Section,
    ShopSettingsForm,
    explain,
    form,
    scope_text,
    while_open,
)
from ui.shell.desk import Desk
from ui.shell.tasks import in_background, run_operation


class GatewaySection(Section):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, SHOP)
        self.gateways = available_gateways()
        self.values: dict[str, Any] = {}  # sms.gateway and every gateway's options; secrets: set?
        self.gateway = QComboBox()
        for name in sorted(self.gateways):
            self.gateway.addItem(name, name)
        self.gateway_error = ErrorLine()
        self.options_box = QWidget()
        self.options_form: QFormLayout = form()
        self.options_box.setLayout(self.options_form)
        self.option_fields: dict[str, QLineEdit] = {}
        self.secret_states: dict[str, QLabel] = {}
        self.shop = ShopSettingsForm(desk)
        self.save_button = QPushButton()
        self.saved = QLabel()
        self.saved.setStyleSheet(OK_STYLE)
        self.gateway_label = QLabel()

        self.test_box = QGroupBox()
        self.test_mobile = QLineEdit()
        self.test_mobile.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.test_button = QPushButton()
        self.balance_button = QPushButton()
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_mobile, 1)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.balance_button)
        test_column = QVBoxLayout(self.test_box)
        test_column.addLayout(test_row)
        test_column.addWidget(self.test_result)

        self.pc_box = QGroupBox()
        self.sends_here = QCheckBox()
        self.sends_note = QLabel()
        self.sends_note.setWordWrap(True)
        self.sends_note.setStyleSheet("color: #555;")
        pc_column = QVBoxLayout(self.pc_box)
        pc_column.addWidget(self.sends_here)
        pc_column.addWidget(self.sends_note)

        top = form()
        top.addRow(self.gateway_label, self.gateway)
        top.addRow(self.gateway_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        self.body.addLayout(top)
        self.body.addWidget(self.options_box)
        self.body.addLayout(buttons)
        self.body.addWidget(self.test_box)
        self.body.addWidget(self.pc_box)
        self.body.addStretch(1)

        self.gateway.currentIndexChanged.connect(self._show_options)
        self.save_button.clicked.connect(lambda: self.save())
        self.test_button.clicked.connect(self.send_test)
        self.balance_button.clicked.connect(self.ask_balance)
        self.sends_here.toggled.connect(self._choose_sender)
        for widget in (self.gateway, self.options_box, self.save_button, self.test_box,
                       self.pc_box):
            widget.setEnabled(self.editable)
        self.translate_ui()
        self.load()

    def translate_ui(self) -> None:
        self.set_titles(self.tr("SMS gateway"))
        self.gateway_label.setText(self.tr("Gateway"))
        self.save_button.setText(self.tr("Save gateway"))
        self.test_box.setTitle(self.tr("Try it (uses the saved settings)"))
        self.test_mobile.setPlaceholderText(self.tr("A mobile number, e.g. 0912 123 4567"))
        self.test_button.setText(self.tr("Send test"))
        self.balance_button.setText(self.tr("Balance"))
        self.pc_box.setTitle(scope_text("pc"))
        self.sends_here.setText(self.tr("This PC sends the shop's SMS"))
        self.sends_note.setText(self.tr(
            "Exactly one PC of the shop should send; it must be switched on during working "
            "hours. Takes effect when Tamirgah starts again."))
        self._show_options()

    def option_label(self, option: GatewayOption) -> str:
        names = {"api_key": self.tr("API key"), "auth_token": self.tr("Auth token"),
                 "sender": self.tr("Sender line"), "line_number": self.tr("Sender line"),
                 "linenumber": self.tr("Line for replies"), "base_url": self.tr("Address"),
                 "url": self.tr("Send address"), "path": self.tr("File"),
                 "account_sid": self.tr("Account SID"), "from_number": self.tr("From number"),
                 "method": self.tr("Method")}
        name = names.get(option.key, option.key)
        return f"{name} *" if option.required else name

    def load(self) -> None:
        settings, sending, gateways = (self.desk.services.settings, self.desk.services.sending,
                                       self.gateways)

        def read() -> tuple[dict[str, Any], bool]:
            values: dict[str, Any] = {"sms.gateway": settings.get("sms.gateway")}
            for name, gateway in gateways.items():
                for option in gateway.options:
                    key = f"sms.{name}.{option.key}"
                    value = settings.get(key)
                    values[key] = bool(value) if option.secret else value
            return values, sending.here()

        self.reads.read(read, lambda found: self.show_values(*found))

    def show_values(self, values: dict[str, Any], sends_here: bool) -> None:
        self.values = values
        self.gateway.blockSignals(True)
        self.gateway.setCurrentIndex(max(self.gateway.findData(values["sms.gateway"]), 0))
        self.gateway.blockSignals(False)
        self._show_options()
        self.sends_here.blockSignals(True)
        self.sends_here.setChecked(sends_here)
        self.sends_here.blockSignals(False)

    def _show_options(self) -> None:
        """The chosen gateway's options, with their stored values (secrets: set or not)."""
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.option_fields.clear()
        self.secret_states.clear()
        name = str(self.gateway.currentData())
        values = self.values
        self.shop = ShopSettingsForm(self.desk)
        self.shop.add("sms.gateway", lambda: str(self.gateway.currentData()),
                      self.gateway_error)
        for option in self.gateways[name].options if name in self.gateways else ():
            key = f"sms.{name}.{option.key}"
            field = QLineEdit()
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            field.setToolTip(option.help)
            error = ErrorLine()
            column = QVBoxLayout()
            column.setSpacing(2)
            if option.secret:
                field.setEchoMode(QLineEdit.EchoMode.Password)
                stored = bool(values.get(key))
                state = QLabel(self.tr("set") if stored else self.tr("not set"))
                state.setStyleSheet(OK_STYLE if stored else ERROR_STYLE)
                self.secret_states[key] = state
                field.setPlaceholderText(self.tr("Type a new value to replace it")
                                         if stored else self.tr("Not set yet"))
                row = QHBoxLayout()
                row.addWidget(field, 1)
                row.addWidget(state)
                column.addLayout(row)
            else:
                field.setText(str(values.get(key) or ""))
                field.setPlaceholderText(option.default)
                column.addWidget(field)
            column.addWidget(error)
            self.options_form.addRow(self.option_label(option), column)
            self.option_fields[key] = field
            self.shop.add(key, field.text, error)
        self.shop.remember()
        # a gateway chosen but not yet saved counts as a change
        self.shop.loaded["sms.gateway"] = str(values.get("sms.gateway", ""))

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """False when a value is refused on the spot; `then` runs once all are stored."""
        self.saved.setText("")

        def saved(_values: dict[str, Any]) -> None:
            self.saved.setText(self.tr("Saved."))
            self.load()  # secrets typed are now stored: cleared, shown as "set"
            if then is not None:
                then()

        return self.shop.save(self, saved)

    def _running(self, text: str) -> None:
        self.test_result.setStyleSheet("")
        self.test_result.setText(text)
        self.test_button.setEnabled(False)
        self.balance_button.setEnabled(False)

    def _finished(self, text: str, ok: bool) -> None:
        self.test_result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.test_result.setText(text)
        self.test_button.setEnabled(self.editable)
        self.balance_button.setEnabled(self.editable)

    def _failed(self, err: Exception) -> None:
        if isinstance(err, GatewayError):
            self._finished(self.tr("The provider refused: {reason}").format(reason=err.reason),
                           False)
        else:
            self._finished(explain(err, self.desk.lang), False)

    def send_test(self) -> None:
        if self.shop.changed():
            self.save(self._send_test)
        else:
            self._send_test()

    def _send_test(self) -> None:
        mobile = self.test_mobile.text()
        messages, actor = self.desk.services.messages, self.desk.actor
        self._running(self.tr("Sending…"))

        def done(result: SendResult) -> None:
            self._finished(self.tr("Sent. The provider's id for it: {id}").format(
                id=result.provider_id), True)

        in_background(lambda: messages.send_test(actor, mobile), while_open(self, done),
                      while_open(self, self._failed))

    def ask_balance(self) -> None:
        if self.shop.changed():
            self.save(self._ask_balance)
        else:
            self._ask_balance()

    def _ask_balance(self) -> None:
        messages = self.desk.services.messages
        self._running(self.tr("Asking the provider…"))

        def done(answer: tuple[str, Any]) -> None:
            name, balance = answer
            if balance is None:
                self._finished(self.tr("{gateway} does not tell the balance.").format(
                    gateway=name), True)
                return
            amount = f"{balance.amount:,.0f}"
            self._finished(self.tr("Balance at {gateway}: {amount} {unit}").format(
                gateway=name, amount=self.desk.digits(amount), unit=balance.unit), True)

        in_background(messages.balance, while_open(self, done),
                      while_open(self, self._failed))

    def _choose_sender(self, sends: bool) -> None:
        run_operation(choose_sender(desk=self.desk, sends=sends), parent=self,
                      on_error=lambda err: self.desk.show_error(self, err), owner=self)
