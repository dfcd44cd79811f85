"""The address of a shop's PostgreSQL server, typed in parts or whole, and tried off the UI
thread before it may be used: the first-run wizard's "join a shop" and the start-up problem's
"choose another database" both ask through this form."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.database.choice import (
    ConnectionProblem,
    Reached,
    is_server_url,
    probe,
    server_refused,
    server_url,
)
from ui.shell.tasks import in_background

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
DEFAULT_PORT = 5432
DEFAULT_NAME = "tamirgah"


def left_to_right(text: str) -> str:
    """An address or a server's words kept in their own order inside a Persian sentence."""
    return f"\u2066{text}\u2069"


class ServerForm(QWidget):
    """Server address, port, database, user and password, or the whole URL; Test connection.

    `tested` is emitted whenever ok_url() may have changed: a test ended, or a field changed.
    """

    tested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = QLineEdit()
        self.host.setPlaceholderText("192.168.1.10")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setLocale(QLocale.c())  # Latin digits, as in the address beside it
        self.database = QLineEdit(DEFAULT_NAME)
        self.user = QLineEdit(DEFAULT_NAME)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.whole = QLineEdit()
        self.fields: list[QWidget] = [self.host, self.port, self.database, self.user,
                                      self.password]
        for field in [*self.fields, self.whole]:
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.labels = [QLabel() for _ in range(6)]
        self.test_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for a refusal and the server's words, so a dialog sized before a test fits it.
        self.result.setMinimumHeight(self.result.fontMetrics().lineSpacing() * 6)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._tested_url: str | None = None
        self._asking: str | None = None  # the URL being tried now
        self.reached: Reached | None = None

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self.labels, [*self.fields, self.whole], strict=True):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.result)

        for edit in (self.host, self.database, self.user, self.password, self.whole):
            edit.textChanged.connect(self._changed)
        self.port.valueChanged.connect(self._changed)
        self.test_button.clicked.connect(self.test)
        self.translate_ui()

    def translate_ui(self) -> None:
        for label, text in zip(self.labels, (
                self.tr("Server (name or IP)"), self.tr("Port"), self.tr("Database"),
                self.tr("User"), self.tr("Password"), self.tr("Or the whole address")),
                               strict=True):
            label.setText(text)
        self.whole.setPlaceholderText("postgresql://user:password@server:5432/tamirgah")
        self.test_button.setText(self.tr("Test connection"))

    def ok_url(self) -> str | None:
        """The URL the fields describe, once a test of exactly these fields has connected."""
        return self._tested_url

    def _changed(self) -> None:
        using_whole = bool(self.whole.text().strip())
        for field in self.fields:
            field.setEnabled(not using_whole)
        self._asking = None
        if self._tested_url is not None or self.result.text():
            self._tested_url = None
            self.reached = None
            self.result.setText("")
            self.tested.emit()

    def url(self) -> str | None:
        """The URL the fields describe; None (and a message shown) when they describe none."""
        whole = self.whole.text().strip()
        if whole:
            if not is_server_url(whole):
                self.say(ERROR_STYLE, self.tr(
                    "Write the address like postgresql://user:password@server:5432/tamirgah"))
                return None
            return whole
        host = self.host.text().strip()
        if not host or " " in host:
            self.say(ERROR_STYLE, self.tr(
                "Write the server's name or IP address, e.g. 192.168.1.10."))
            return None
        return server_url(host=host, port=self.port.value(),
                          database=self.database.text().strip() or DEFAULT_NAME,
                          user=self.user.text().strip(), password=self.password.text())

    def say(self, style: str, text: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)

    def test(self) -> None:
        url = self.url()
        if url is None:
            return
        self.say("", self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        self._asking = url
        in_background(lambda: probe(url), lambda reached: self._done(url, reached),
                      lambda err: self._failed(url, err), owner=self)

    def _done(self, url: str, reached: Reached) -> None:
        self.test_button.setEnabled(True)
        if url != self._asking:
            return  # the fields changed while it connected: that answer is for other ones
        self._tested_url, self.reached = url, reached
        self.say(OK_STYLE, self.tr(
            "Connected to {server}. It holds a shop's data.").format(server=reached.server)
            if reached.has_tamirgah else self.tr(
            "Connected to {server}. It holds no Tamirgah data yet: Tamirgah sets it up "
            "when this PC opens it, and then you create the shop there.").format(
            server=reached.server))
        self.tested.emit()

    def _failed(self, url: str, err: Exception) -> None:
        self.test_button.setEnabled(True)
        if url != self._asking:
            return
        reason = err.reason if isinstance(err, ConnectionProblem) else type(err).__name__
        what = (self.tr("The server answered but refused: check the database, the user and "
                        "the password.") if server_refused(reason)
                else self.tr("The server cannot be reached: check the address and the port, "
                             "and that the server PC is on and on the shop's network."))
        self.say(ERROR_STYLE, what + "\n" + self.tr("The server said: {reason}").format(
            reason=left_to_right(reason)))
        self.tested.emit()


class ServerDialog(QDialog):
    """This PC opens a database on the shop's server: usable once a test has connected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = ServerForm()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.tested.connect(
            lambda: self.use_button.setEnabled(self.form.ok_url() is not None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        self.setWindowTitle(self.tr("Another database"))
        self.intro.setText(self.tr("The shop's PostgreSQL server, as the manager set it up. "
                                   "Test the connection, then use it."))
        self.use_button.setText(self.tr("Use this database"))

    def url(self) -> str | None:
        return self.form.ok_url()
