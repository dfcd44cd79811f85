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
from ui.shell.errors import describe
from ui.shell.tasks import in_background

LOGIN_WIDTH = 360  # wide enough that a two-line message fits beside the fields


class LoginDialog(QDialog):
    def __init__(self, services: Services, lang: str, *, demo: bool = False) -> None:
        super().__init__()
        self.services = services
        self.lang = lang
        self.actor: Actor | None = None
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
        layout = QVBoxLayout(self)
        self.setMinimumWidth(LOGIN_WIDTH)
        self.demo_hint = QLabel()
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
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Tamirgah: log in"))
        for label, text in zip(self.labels, (self.tr("Username"), self.tr("Password")),
                               strict=True):
            label.setText(text)
        self.demo_hint.setText(self.tr("Demo: pick a user to try that role. "
                                       "Every demo password is {password}.")
                               .format(password=DEMO_PASSWORD))

    def _show_demo_users(self, users: list[UserInfo]) -> None:
        for info in users:
            item = QListWidgetItem(f"{info.username} — {info.full_name} ({info.role})")
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
