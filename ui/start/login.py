"""Logging in: the user's role decides what the desk shows and allows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.auth.roles import Actor
from app.auth.service import UserInfo
from app.bootstrap import Services
from app.demo import DEMO_PASSWORD
from app.locale.labels import role_label
from ui.shell.errors import describe
from ui.shell.tasks import in_background

LOGIN_WIDTH = 400  # the fields wide enough for a long name, a two-line message unclipped


class LoginDialog(QDialog):
    def __init__(self, services: Services, lang: str, *, demo: bool = False) -> None:
        super().__init__()
        self.services = services
        self.lang = lang
        self.actor: Actor | None = None
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.shop = QLabel()  # the shop's name, read off the UI thread; empty until then
        self.shop.setStyleSheet("color: #4b5563;")
        side = Qt.AlignmentFlag.AlignRight if lang == "fa" else Qt.AlignmentFlag.AlignLeft
        self.shop.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side)  # under the heading
        self.shop.hide()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.labels = [QLabel(), QLabel()]
        self.form = QFormLayout()
        self.form.addRow(self.labels[0], self.username)
        self.form.addRow(self.labels[1], self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.setMinimumWidth(LOGIN_WIDTH)
        layout.addWidget(self.heading)
        layout.addWidget(self.shop)
        layout.addSpacing(8)
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.demo_users = QListWidget()
        self.checking = False  # a login is being checked off the UI thread
        if demo:
            layout.addWidget(self.demo_hint)
            layout.addWidget(self.demo_users)
            in_background(services.users.list, self._show_demo_users, lambda _err: None,
                          busy=False, owner=self)
            self.demo_users.itemClicked.connect(self._pick_demo_user)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        settings = services.settings
        in_background(lambda: str(settings.get("shop.name")), self._show_shop,
                      lambda _err: None, busy=False, owner=self)  # the title says enough
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Tamirgah: log in"))
        self.heading.setText(self.tr("Tamirgah"))
        self.login_button.setText(self.tr("Log in"))
        for label, text in zip(self.labels, (self.tr("Username"), self.tr("Password")),
                               strict=True):
            label.setText(text)
        self.demo_hint.setText(self.tr("Demo: pick a user to try that role. "
                                       "Every demo password is {password}.")
                               .format(password=DEMO_PASSWORD))

    def _show_shop(self, name: str) -> None:
        self.shop.setText(f"\u2068{name}\u2069")  # isolated: its own text sets its direction
        self.shop.setVisible(bool(name))

    def _show_demo_users(self, users: list[UserInfo]) -> None:
        for info in users:
            role = role_label(info.role, self.lang)
            item = QListWidgetItem(f"{info.username} — {info.full_name} ({role})")
            item.setData(Qt.ItemDataRole.UserRole, info.username)
            self.demo_users.addItem(item)

    def _pick_demo_user(self, item: QListWidgetItem) -> None:
        self.username.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.password.setText(DEMO_PASSWORD)
        self.password.setFocus()

    def try_login(self) -> None:
        """The password is checked off the UI thread (a server may be slow to answer)."""
        if self.checking:
            return
        self.checking = True
        self.buttons.setEnabled(False)
        users, username, password = (self.services.users, self.username.text().strip(),
                                     self.password.text())
        in_background(lambda: users.authenticate(username, password), self._signed_in,
                      self._refused, owner=self)

    def _signed_in(self, actor: Actor) -> None:
        self.checking = False
        self.buttons.setEnabled(True)
        self.actor = actor
        self.accept()

    def _refused(self, err: Exception) -> None:
        self.checking = False
        self.buttons.setEnabled(True)
        self.error.setText(describe(err, self.lang))
        self.adjustSize()  # a wrapped message (how long a lock lasts) is never clipped
        self.password.selectAll()
        self.password.setFocus()
