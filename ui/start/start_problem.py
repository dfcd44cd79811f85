"""Opening the shop's database for the desk, and saying in a window why it cannot be opened.

The desk on a shop PC has no console, so a server that is off, a schema an update has not
reached, or a file that cannot be opened is said in a message box, in this PC's language: the
one chosen in its settings, else Persian on a Persian system, else English (without the
database the shop's own default language cannot be read). The box names the database and
what to do, and offers to try again, to choose the shop's server, or to use this PC's own
file; a choice is kept for this PC's next start too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.bootstrap import NewerSchema, NotMigrated, Services, build
from app.database.choice import (
    DATABASE_PROBLEMS,
    backend,
    is_bad_address,
    keep,
    reason_of,
    server_refused,
    shown,
    sqlite_path,
)
from app.errors import DomainError
from app.this_pc import workstation
from app.this_pc.paths import command_name, default_database_url
from ui.shell.i18n import LANGUAGES, apply_language
from ui.start.server_form import ServerDialog, left_to_right

PROBLEMS: tuple[type[Exception], ...] = (*DATABASE_PROBLEMS, NotMigrated, DomainError, OSError)
AGAIN, ANOTHER, OWN_FILE, CLOSE = "again", "another", "own-file", "close"


def pc_language() -> str:
    """This PC's language if it chose one, else Persian on a Persian system, else English."""
    try:
        chosen = workstation.get("language")
    except OSError:  # a data folder that cannot be made: the box says so
        chosen = None
    if chosen in LANGUAGES:
        return str(chosen)
    return "fa" if QLocale.system().language() == QLocale.Language.Persian else "en"


class StartProblemBox(QMessageBox):
    """What failed, which database, and what to do; the buttons say what happens next."""

    def __init__(self, err: BaseException, url: str | None, *, choices: bool,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Tamirgah cannot start"))
        what, details, fixable = self._describe(err, url, lang)
        if choices and fixable:
            details += "\n" + self.tr("Or choose another database for this PC.")
        self.setText(what)
        self.setInformativeText(details)
        self.answers = {AGAIN: self.addButton(self.tr("Try again"),
                                              QMessageBox.ButtonRole.AcceptRole)}
        if choices:
            self.answers[ANOTHER] = self.addButton(self.tr("Choose another database…"),
                                                   QMessageBox.ButtonRole.ActionRole)
            if url is not None and not _is_own_file(url):
                self.answers[OWN_FILE] = self.addButton(self.tr("Use this PC's own file"),
                                                        QMessageBox.ButtonRole.ActionRole)
        self.answers[CLOSE] = self.addButton(self.tr("Close"),
                                             QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.answers[AGAIN])
        self.setEscapeButton(self.answers[CLOSE])

    def choice(self) -> str:
        """Show it and wait: AGAIN, ANOTHER, OWN_FILE or CLOSE."""
        self.exec()
        clicked = self.clickedButton()
        return next((name for name, button in self.answers.items() if button is clicked),
                    CLOSE)

    def _describe(self, err: BaseException, url: str | None,
                  lang: str) -> tuple[str, str, bool]:
        """The headline, the details with what to do, and whether another database may help."""
        name = left_to_right(shown(url)) if url else ""
        if isinstance(err, NewerSchema):
            return (self.tr("The shop's database is from a newer version of Tamirgah."),
                    self.tr("Database: {name}").format(name=name) + "\n\n"
                    + self.tr("Install on this PC the version of Tamirgah that the shop's "
                              "other PCs use, then start it again."), False)
        if isinstance(err, NotMigrated):
            return (self.tr("The shop's database is from an older version of Tamirgah."),
                    self.tr("Database: {name}").format(name=name) + "\n\n"
                    + self.tr("Ask the manager to bring it up to date: on a PC of the shop, "
                              "run\n{command}\nthen press Try again.").format(
                        command=left_to_right(f"{command_name()} db upgrade")), False)
        if isinstance(err, DomainError):
            return self.tr("Tamirgah cannot start."), err.localized(lang), False
        if isinstance(err, OSError) or url is None:
            return (self.tr("Tamirgah cannot use its data folder."),
                    left_to_right(str(err)) + "\n\n" + self.tr(
                        "Check that the folder is there and that you may write in it, then "
                        "press Try again."), False)
        if is_bad_address(err):
            return (self.tr("The database address is not valid."),
                    self.tr("Address: {name}").format(name=name), True)
        reason = left_to_right(reason_of(err))
        if backend(url) == "sqlite":
            return (self.tr("Tamirgah cannot open its database file."),
                    self.tr("File: {name}").format(
                        name=left_to_right(sqlite_path(url))) + "\n"
                    + self.tr("Reason: {reason}").format(reason=reason) + "\n\n"
                    + self.tr("Check that the file's folder is there and that you may write "
                              "in it (a USB stick must be plugged in), then press Try again."),
                    True)
        if server_refused(reason_of(err)):
            return (self.tr("The database server refused this PC."),
                    self.tr("Database: {name}").format(name=name) + "\n"
                    + self.tr("The server said: {reason}").format(reason=reason) + "\n\n"
                    + self.tr("The database name, the user or the password is not right. Ask "
                              "the manager for them."), True)
        return (self.tr("The shop's database server cannot be reached."),
                self.tr("Database: {name}").format(name=name) + "\n"
                + self.tr("The server said: {reason}").format(reason=reason) + "\n\n"
                + self.tr("Check that the server PC is switched on and connected to the "
                          "shop's network, then press Try again."), True)


def open_services(url_of: str | Callable[[], str], *,
                  demo: bool = False) -> Services | None:
    """The shop's services on the database `url_of` is or names (finding it may fail too); on
    a problem the box asks what to do, until the database opens (its Services) or the user
    closes the box (None). A demo keeps its own file, so the box then offers only Try again.
    A choice made in the box opens now; --database or TAMIRGAH_DATABASE_URL, when given, still
    come before it at the next start (see app/paths.py)."""
    if isinstance(url_of, str):
        url_of = _fixed(url_of)
    while True:
        url: str | None = None
        try:
            url = url_of()
            return build(url)
        except PROBLEMS as err:
            app = QApplication.instance()
            lang = pc_language()
            if isinstance(app, QApplication):
                apply_language(app, lang)
            choice = StartProblemBox(err, url, choices=not demo, lang=lang).choice()
        if choice == CLOSE:
            return None
        if choice == OWN_FILE:
            url_of = _kept(None)
        elif choice == ANOTHER:
            dialog = ServerDialog()
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.url() is not None:
                url_of = _kept(dialog.url())


def _is_own_file(url: str) -> bool:
    try:
        return url == default_database_url()
    except OSError:  # no data folder: no own file to offer either
        return True


def _kept(url: str | None) -> Callable[[], str]:
    """This PC's choice (None: its own file) from now on, and where to open it now; if the
    choice cannot be written down, the next start asks again."""
    with contextlib.suppress(OSError):
        keep(url)
    return default_database_url if url is None else _fixed(url)


def _fixed(url: str) -> Callable[[], str]:
    return lambda: url
