"""Starting the desk: language, first run or log in, the window, and the SMS thread."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog

from app.auth.roles import Actor
from app.bootstrap import Services
from app.first_run import needs_setup
from app.notify.this_pc import start_background
from ui.desk import Desk
from ui.errors import start_logging
from ui.first_run import FirstRunWizard
from ui.i18n import apply_language
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.scanner import ScannerFilter


def application() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(sys.argv)


def sign_in(services: Services, *, demo: bool) -> tuple[Actor, str] | None:
    """The first-run wizard for a new shop, else the login; None when the user gives up."""
    lang = str(services.settings.get("shop.language"))
    if needs_setup(services.users) and not demo:
        wizard = FirstRunWizard(services)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.actor is None:
            return None
        return wizard.actor, wizard.lang
    login = LoginDialog(services, lang, demo=demo)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return None
    return login.actor, lang


def run_desk_app(services: Services, *, demo: bool = False) -> int:
    app = application()
    start_logging()
    apply_language(app, str(services.settings.get("shop.language")))
    if demo and not services.users.has_users():
        from app.demo import load_demo

        load_demo(services.db, jobs=2000)
    signed_in = sign_in(services, demo=demo)
    if signed_in is None:
        return 0
    actor, lang = signed_in
    apply_language(app, lang)
    desk = Desk(services, actor, lang, str(services.settings.get("shop.calendar")), demo)
    window = MainWindow(desk)
    scanner = ScannerFilter(window.open_number)
    app.installEventFilter(scanner)
    window.show()
    stop_sending = start_background(services.db)  # a thread: the window never waits on SMS
    try:
        return app.exec()
    finally:
        if stop_sending is not None:
            stop_sending()
