"""Which database this PC opens: the SQLite file of one PC, or a shared PostgreSQL server.

Testing connects off the UI thread; the choice is kept in this PC's workstation file and is
used from the next start (the open window keeps its connection)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.database.choice import (
    KEY,
    ConnectionProblem,
    Reached,
    backend,
    database_url,
    is_server_url,
    probe,
    sqlite_path,
)
from app.database.choice import shown as _shown
from app.this_pc import workstation
from app.this_pc.paths import default_database_url
from ui.operations.settings import choose_database
from ui.settings.common import (
    ERROR_STYLE,
    OK_STYLE,
    THIS_PC,
    ErrorLine,
    Section,
    while_open,
)
from ui.shell.desk import Desk
from ui.shell.tasks import in_background, run_operation


class DatabaseSection(Section):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, THIS_PC)
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_default = QRadioButton()
        self.use_sqlite = QRadioButton()
        self.use_postgres = QRadioButton()
        self.kind = QButtonGroup(self)
        for button in (self.use_default, self.use_sqlite, self.use_postgres):
            self.kind.addButton(button)
        self.sqlite_path = QLineEdit()
        self.browse = QPushButton()
        self.pg_url = QLineEdit()
        for field in (self.sqlite_path, self.pg_url):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.error = ErrorLine()
        self.test_button = QPushButton()
        self.save_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        sqlite_row = QWidget()
        sqlite_line = QHBoxLayout(sqlite_row)
        sqlite_line.setContentsMargins(24, 0, 0, 0)
        sqlite_line.addWidget(self.sqlite_path, 1)
        sqlite_line.addWidget(self.browse)
        pg_row = QWidget()
        pg_line = QHBoxLayout(pg_row)
        pg_line.setContentsMargins(24, 0, 0, 0)
        pg_line.addWidget(self.pg_url, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.in_use)
        column.addWidget(self.use_default)
        column.addWidget(self.use_sqlite)
        column.addWidget(sqlite_row)
        column.addWidget(self.use_postgres)
        column.addWidget(pg_row)
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addWidget(self.result)
        self.body.addLayout(column)
        self.body.addStretch(1)

        self.kind.buttonToggled.connect(lambda *_: self._enable_fields())
        self.browse.clicked.connect(self.choose_file)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        for widget in (self.use_default, self.use_sqlite, self.use_postgres, self.sqlite_path,
                       self.browse, self.pg_url, self.test_button, self.save_button):
            widget.setEnabled(self.editable)
        self.load()
        self.translate_ui()

    def translate_ui(self) -> None:
        self.set_titles(self.tr("Database connection"))
        self.in_use.setText(self.tr("Open now: {url}").format(url=_shown(
            self.desk.services.url)))
        self.use_default.setText(self.tr("The file in this PC's data folder (one PC)"))
        self.use_sqlite.setText(self.tr("Another SQLite file"))
        self.use_postgres.setText(self.tr("A shared PostgreSQL server (several PCs)"))
        self.browse.setText(self.tr("Choose…"))
        self.pg_url.setPlaceholderText("postgresql://user:password@server:5432/tamirgah")
        self.test_button.setText(self.tr("Test connection"))
        self.save_button.setText(self.tr("Save"))

    def load(self) -> None:
        chosen = str(workstation.get(KEY) or "")
        self.sqlite_path.setText("")
        self.pg_url.setText("")
        if not chosen:
            self.use_default.setChecked(True)
        elif backend(chosen) == "sqlite":
            self.use_sqlite.setChecked(True)
            self.sqlite_path.setText(sqlite_path(chosen))
        else:
            self.use_postgres.setChecked(True)
            self.pg_url.setText(chosen)
        self._enable_fields()

    def _enable_fields(self) -> None:
        self.sqlite_path.setEnabled(self.editable and self.use_sqlite.isChecked())
        self.browse.setEnabled(self.editable and self.use_sqlite.isChecked())
        self.pg_url.setEnabled(self.editable and self.use_postgres.isChecked())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Database file"),
                                              self.sqlite_path.text(),
                                              self.tr("SQLite databases (*.db *.sqlite)"))
        if path:
            self.sqlite_path.setText(path)

    def chosen_url(self) -> str | None:
        """The URL the fields describe; None (and a message shown) when they describe none."""
        self.error.show_text("")
        if self.use_default.isChecked():
            return default_database_url()
        if self.use_sqlite.isChecked():
            path = self.sqlite_path.text().strip()
            if not path:
                self.error.show_text(self.tr("Choose the database file."))
                return None
            return f"sqlite:///{Path(path).as_posix()}"
        url = self.pg_url.text().strip()
        if not is_server_url(url):
            self.error.show_text(self.tr(
                "Write the address like postgresql://user:password@server:5432/tamirgah"))
            return None
        return url

    def test_connection(self) -> None:
        url = self.chosen_url()
        if url is None:
            return
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)

        def done(reached: Reached) -> None:
            self.test_button.setEnabled(self.editable)
            self.result.setStyleSheet(OK_STYLE)
            self.result.setText(
                self.tr("Connected to {server}. It holds a Tamirgah database.").format(
                    server=reached.server) if reached.has_tamirgah
                else self.tr("Connected to {server}. It is empty; the first PC that opens "
                             "it sets it up.").format(server=reached.server))

        def failed(err: Exception) -> None:
            self.test_button.setEnabled(self.editable)
            self.result.setStyleSheet(ERROR_STYLE)
            if isinstance(err, ConnectionProblem) and err.no_file:
                self.result.setText(self.tr("There is no database file at {path}.").format(
                    path=err.no_file))
                return
            reason = err.reason if isinstance(err, ConnectionProblem) else type(err).__name__
            self.result.setText(self.tr("Could not connect: {reason}").format(reason=reason))

        in_background(lambda: probe(url), while_open(self, done), while_open(self, failed))

    def save(self) -> None:
        url = None if self.use_default.isChecked() else self.chosen_url()
        if url is None and not self.use_default.isChecked():
            return
        def kept(_: object) -> None:
            self.result.setStyleSheet(OK_STYLE)
            self.result.setText(self.tr(
                "Saved on this PC. Restart Tamirgah to open {url}.").format(
                url=_shown(database_url())))

        run_operation(choose_database(desk=self.desk, url=url), parent=self, on_done=kept,
                      on_error=lambda err: self.desk.show_error(self, err), owner=self)
