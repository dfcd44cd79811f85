"""The desk's one window: a list of places on the side, the chosen place beside it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth.roles import REPAIRING, Perm
from app.changes import Changes
from app.errors import NotFound
from app.locale.labels import role_label
from app.this_pc.paths import data_location
from ui.backup.daily import DailyBackups
from ui.backup.menu import BackupMenu
from ui.backup.texts import location_why
from ui.board.board_page import BoardPage
from ui.care.followups_page import FollowUpsPage
from ui.customers.customers_page import CustomersPage
from ui.intake.intake_page import IntakePage
from ui.job import JobWindow
from ui.messages.messages_page import MessagesPage
from ui.queue.queue_page import QueuePage
from ui.settings.settings_page import SettingsPage
from ui.shell.desk import Desk
from ui.shell.errors import log_file
from ui.shell.live import ChangeWatcher
from ui.shell.tasks import Reads, in_background


class MainWindow(QMainWindow):
    # Build the window again in this language: it was changed in the settings, or the data
    # was restored from a backup (then in the same language).
    language_changed = Signal(str)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.reads = Reads(self)
        self.shop_name = ""  # read off the UI thread; the title shows "…" until it arrives
        self.nav = QListWidget()
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.watcher = ChangeWatcher(desk.services.listing)
        self.job_windows: dict[int, JobWindow] = {}
        self.job_marks: dict[int, tuple[int, int]] = {}
        self.board = BoardPage(desk)
        self.pages: list[tuple[str, QWidget]] = [("board", self.board)]
        if desk.role in REPAIRING:
            self.queue = QueuePage(desk)
            self.pages.append(("queue", self.queue))
        if desk.can(Perm.INTAKE):
            self.intake = IntakePage(desk)
            self.pages.insert(1, ("intake", self.intake))
        self.customers = CustomersPage(desk)
        self.messages = MessagesPage(desk)
        self.care = FollowUpsPage(desk)  # every role: reception records, managers close
        self.care.customer_opened.connect(self.open_customer)
        self.care.counts_changed.connect(self._label_care)
        self.pages += [("customers", self.customers), ("messages", self.messages),
                       ("care", self.care)]
        if desk.can(Perm.MANAGE_SETTINGS):
            self.settings = SettingsPage(desk)
            self.settings.language_changed.connect(self.language_changed)
            self.pages.append(("settings", self.settings))
        for _, page in self.pages:
            self.stack.addWidget(page)
            self.nav.addItem("")
            opened = getattr(page, "job_opened", None)
            if opened is not None:
                opened.connect(self.open_job)
        self.stale: set[QWidget] = set()  # pages a change touched while they were hidden
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        self.offline = QLabel()
        self.offline.setWordWrap(True)
        self.offline.setStyleSheet("background: #fecaca; color: #7f1d1d; padding: 6px;")
        self.offline.hide()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(self.offline)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer.addLayout(row)
        self.setCentralWidget(central)
        self.watcher.changed.connect(self.refresh_current)
        desk.hub.changed.connect(self.route)
        self.watcher.connection_lost.connect(self._connection_lost)
        self.watcher.connection_back.connect(self._connection_back)
        self.watcher.start()
        self.user_line = QLabel()
        self.statusBar().addPermanentWidget(self.user_line)
        self.backup_menu: BackupMenu | None = None
        if desk.can(Perm.MANAGE_SETTINGS):
            self.backup_menu = BackupMenu(desk, self)
            self.backup_menu.actions.signed_out.connect(self.sign_out)
        self.daily_backups = DailyBackups(desk, self)
        self.daily_backups.made.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.daily_backups.failed.connect(self.statusBar().showMessage)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search,
                  context=Qt.ShortcutContext.ApplicationShortcut)
        self.resize(1200, 760)
        self.translate_ui()

    def translate_ui(self) -> None:
        desk = self.desk
        self.show_shop_name(self.shop_name)
        self.read_shop_name()
        names = {"board": self.tr("Job board"), "intake": self.tr("New job"),
                 "queue": self.tr("My queue"),
                 "customers": self.tr("Customers"), "messages": self.tr("Messages"),
                 "care": self.care.nav_text(), "settings": self.tr("Settings")}
        for position, (key, _) in enumerate(self.pages):
            item = self.nav.item(position)
            if item is not None:
                item.setText(names[key])
        self.help_menu.setTitle(self.tr("Help"))
        self.about_action.setText(self.tr("About Tamirgah"))
        url = desk.services.where()
        self.user_line.setText(self.tr("{user} ({role}) · {database}").format(
            user=desk.actor.username, role=role_label(desk.role, desk.lang), database=url))

    def _label_care(self) -> None:
        """Follow-ups (3) in the menu; red while one of them is overdue."""
        item = self.nav.item([key for key, _ in self.pages].index("care"))
        item.setText(self.care.nav_text())
        item.setForeground(QColor("#b91c1c") if self.care.urgent() else QBrush())

    def read_shop_name(self) -> None:
        settings = self.desk.services.settings
        self.reads.read(lambda: str(settings.get("shop.name")), self.show_shop_name)

    def show_shop_name(self, shop: str) -> None:
        self.shop_name = shop
        title = self.tr("Tamirgah — {shop}").format(shop=shop or "…")
        self.setWindowTitle(self.tr("{title} (demo)").format(title=title) if self.desk.demo
                            else title)

    def concerns(self) -> Changes:
        """The window's own: the shop's name in its title."""
        return Changes(settings=True)

    def refresh(self) -> None:
        self.read_shop_name()

    def listeners(self) -> list[QObject]:
        """Besides the pages, what shows the things an operation may change."""
        found: list[QObject] = [self]
        if self.backup_menu is not None:
            found.append(self.backup_menu)
        return found

    def route(self, changes: Changes, origin: QObject | None = None) -> None:
        """An operation finished: read again what shows the things it changed. The page in
        front now, hidden pages when they are next shown; the screen that started it already
        shows its outcome."""
        if changes.everything:
            self.read_all_again()
            return
        current = self.stack.currentWidget()
        for _, page in self.pages:
            concerns = getattr(page, "concerns", None)
            if page is origin or concerns is None or not changes.touches(concerns()):
                continue
            if page is current or getattr(page, "refresh_hidden", False):
                self._refresh(page)
            else:
                self.stale.add(page)
        for window in list(self.job_windows.values()):
            if window is not origin and changes.touches(window.concerns()):
                window.reload()
        for listener in self.listeners():
            if changes.touches(listener.concerns()):  # type: ignore[attr-defined]
                listener.refresh()  # type: ignore[attr-defined]

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if page in self.stale:
            self._refresh(page)

    def _refresh(self, page: QWidget | None) -> None:
        if page is None:
            return
        self.stale.discard(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def refresh_current(self) -> None:
        """Another workstation changed something: read the page in front of the user again,
        and any open job window whose job changed (the others keep what the user is typing
        undisturbed). The job windows' change marks are read off the UI thread."""
        current = self.stack.currentWidget()
        self._refresh(current)
        self.stale.update(page for _, page in self.pages if page is not current)
        if not self.job_windows:
            return
        jobs, ids = self.desk.services.jobs, list(self.job_windows)

        def compare(marks: dict[int, tuple[int, int]]) -> None:
            for job_id, mark in marks.items():
                window = self.job_windows.get(job_id)
                if window is not None and mark != self.job_marks.get(job_id):
                    self.job_marks[job_id] = mark
                    window.reload()

        in_background(lambda: {i: jobs.change_mark(i) for i in ids}, compare,
                      lambda _err: None, busy=False, owner=self)  # a lost server: its banner

    def _forget_window(self, job_id: int) -> None:
        self.job_windows.pop(job_id, None)
        self.job_marks.pop(job_id, None)

    def _connection_lost(self, reason: str) -> None:
        self.offline.setText(self.tr("The database cannot be reached; trying again every "
                                     "second. Nothing you typed is lost. ({reason})")
                             .format(reason=reason))
        self.offline.show()

    def _connection_back(self) -> None:
        self.offline.hide()
        self.statusBar().showMessage(self.tr("Connected to the database again."), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watcher.stop()
        self.daily_backups.stop()
        super().closeEvent(event)

    def focus_search(self) -> None:
        self.nav.setCurrentRow(0)
        self.board.focus_search()

    def open_number(self, number: str) -> None:
        """A scanned or typed job number, from anywhere in the app (looked up off the UI
        thread)."""
        jobs = self.desk.services.jobs

        def found(job_id: int | None) -> None:
            if job_id is None:
                self.desk.show_error(self, NotFound(f"No job {number}", code="no_job"))
                return
            self.open_job(job_id)

        in_background(lambda: jobs.id_for_number(number), found,
                      lambda err: self.desk.show_error(self, err), owner=self)

    def open_job(self, job_id: int) -> None:
        """The job in its own window; one window per job, brought forward if already open."""
        window = self.job_windows.get(job_id)
        if window is None:
            window = JobWindow(self.desk, job_id)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.open_job.connect(self.open_job)
            window.destroyed.connect(lambda *_: self._forget_window(job_id))
            self.job_windows[job_id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def open_customer(self, customer_id: int) -> None:
        """The customer's card, on the customers page."""
        self.nav.setCurrentRow([key for key, _ in self.pages].index("customers"))
        self.customers.open_customer(customer_id)

    def read_all_again(self) -> None:
        """The data was replaced by a restore: every screen is built again from it."""
        for window in list(self.job_windows.values()):
            window.close()
        self.language_changed.emit(self.desk.lang)

    def sign_out(self) -> None:
        for window in list(self.job_windows.values()):
            window.close()
        self.close()

    def show_about(self) -> None:
        location = data_location()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Tamirgah"), self.tr(
            "Tamirgah, the repair-shop desk.\n\nThe data folder ({why}):\n{data}\n\n"
            "Problems are written to:\n{path}").format(
            why=location_why(location), data=location.path, path=log_file()), parent=self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
