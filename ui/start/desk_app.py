"""Starting the desk: language, first run or log in, the window, and the SMS thread."""

from __future__ import annotations

import os
import sys
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from app.auth.roles import Actor
from app.bootstrap import Services
from app.printing.resources import resources_dir
from app.settings.first_run import needs_setup
from ui.shell.desk import Desk
from ui.shell.errors import start_logging
from ui.shell.i18n import apply_language
from ui.shell.main_window import MainWindow
from ui.shell.scanner import ScannerFilter
from ui.shell.tasks import wait_off_ui
from ui.start.first_run import FirstRunWizard
from ui.start.login import LoginDialog
from ui.start.start_problem import open_services


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "tamirgah.png")))
    return app


def sign_in(services: Services, *, demo: bool) -> tuple[Services, Actor, str] | None:
    """The first-run wizard for a new shop, else the login; None when the user gives up.

    A PC that joins a shop on a server from the wizard goes on with that server's Services
    (to its login, or to the wizard again to create the shop on a server holding none)."""
    while not demo and wait_off_ui(partial(needs_setup, services.users)):
        wizard = FirstRunWizard(services)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        if wizard.joined is None:
            return None if wizard.actor is None else (services, wizard.actor, wizard.lang)
        services.close()
        reopened = open_services(wizard.joined)
        if reopened is None:
            return None
        services = reopened
    lang = wait_off_ui(lambda: desk_language(services, shop_language(services)))
    login = LoginDialog(services, lang, demo=demo)
    if os.environ.get("TAMIRGAH_QUIT_AT_LOGIN"):
        QTimer.singleShot(0, lambda: _report_shown_and_close(login))
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return None
    return services, login.actor, lang


def _report_shown_and_close(login: LoginDialog) -> None:
    """build.py times a start to the login window through this; the user never sets it."""
    print("login window shown", flush=True)
    login.reject()


def run_desk_app(services: Services, *, demo: bool = False) -> int:
    app = application()
    start_logging()
    apply_language(app, wait_off_ui(lambda: desk_language(services, shop_language(services))))
    if demo:
        wait_off_ui(lambda: None if services.users.has_users() else services.load_demo(
            jobs=2000))
    signed_in = sign_in(services, demo=demo)
    if signed_in is None:
        return 0
    services, actor, lang = signed_in
    opened = services
    calendar = wait_off_ui(lambda: str(opened.settings.get("shop.calendar")))
    desk = Desk(services, actor, desk_language(services, lang), calendar, demo)
    session = DeskSession(app, desk)
    app.installEventFilter(session.scanner)
    session.open_window(desk.lang)
    stop_sending = services.sending.start_background()  # a thread: the window never waits on SMS
    try:
        return app.exec()
    finally:
        if stop_sending is not None:
            stop_sending()


class DeskSession:
    """The logged-in desk: its window, rebuilt whole when this PC's language changes."""

    def __init__(self, app: QApplication, desk: Desk) -> None:
        self.app = app
        self.desk = desk
        self.window: MainWindow | None = None
        self._retired: list[MainWindow] = []  # kept until Qt has deleted them
        self.scanner = ScannerFilter(self.open_number)

    def open_number(self, number: str) -> None:
        if self.window is not None:
            self.window.open_number(number)

    def open_window(self, language: str) -> MainWindow:
        self.desk.lang = language
        apply_language(self.app, language)
        window = MainWindow(self.desk)
        window.language_changed.connect(self.open_window)
        window.show()
        old, self.window = self.window, window
        if old is not None:  # the old window asked for this from inside its own settings
            self._retired.append(old)
            old.destroyed.connect(lambda *_: self._retired.remove(old))
            old.close()
            old.deleteLater()
        return window


def shop_language(services: Services) -> str:
    return str(services.settings.get("shop.language"))


def desk_language(services: Services, signed_in_with: str) -> str:
    """This PC's language if one was chosen in the settings, else the shop's."""
    from app.this_pc import workstation

    chosen = workstation.get("language")
    return str(chosen) if chosen in ("fa", "en") else signed_in_with
