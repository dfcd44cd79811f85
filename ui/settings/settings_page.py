"""The manager's settings: a list of sections beside the chosen one. Others may only look."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth.roles import Perm
from app.changes import Changes
from ui.settings.backup_section import BackupSection
from ui.settings.care_section import CareSection
from ui.settings.common import Section
from ui.settings.database_section import DatabaseSection
from ui.settings.gateway_section import GatewaySection
from ui.settings.language_section import LanguageSection
from ui.settings.printers_section import PrintersSection
from ui.settings.rules_section import RulesSection
from ui.settings.shop_section import ShopSection
from ui.settings.templates_section import TemplatesSection
from ui.settings.users_section import UsersSection
from ui.shell.desk import Desk


class SettingsPage(QWidget):
    """language_changed(lang): this PC's UI language was changed; rebuild the window in it."""

    language_changed = Signal(str)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.manager = desk.can(Perm.MANAGE_SETTINGS)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px;")
        self.notice.setVisible(not self.manager)
        self.shop = ShopSection(desk)
        self.users = UsersSection(desk)
        self.gateway = GatewaySection(desk)
        self.templates = TemplatesSection(desk)
        self.rules = RulesSection(desk)
        self.care = CareSection(desk)
        self.printers = PrintersSection(desk)
        self.database = DatabaseSection(desk)
        self.backups = BackupSection(desk)
        self.language = LanguageSection(desk)
        self.sections: list[Section] = [self.shop, self.users, self.gateway, self.templates,
                                        self.rules, self.care, self.printers, self.database,
                                        self.backups, self.language]
        self.nav = QListWidget()
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        for section in self.sections:
            self.nav.addItem("")
            # Users and templates fill the page and scroll inside; on a laptop's short screen
            # the page scrolls too rather than make the window taller than the screen.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(section)
            self.stack.addWidget(scroll)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(row, 1)
        self.language.language_changed.connect(self.language_changed)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.notice.setText(self.tr("Only a manager can change settings. You can look at "
                                    "them here."))
        names = [self.tr("Shop profile"), self.tr("Users and roles"), self.tr("SMS gateway"),
                 self.tr("Message templates"), self.tr("Quiet hours and SMS rules"),
                 self.tr("Customer care"), self.tr("Printers (this PC)"),
                 self.tr("Database (this PC)"), self.tr("Backups"),
                 self.tr("Language and calendar")]
        for position, name in enumerate(names):
            item = self.nav.item(position)
            if item is not None:
                item.setText(name)

    def concerns(self) -> Changes:
        """Its own saves show their outcome; a backup made elsewhere changes the last one."""
        return Changes(backups=True)

    def refresh(self) -> None:
        self.backups.refresh_last()

    @property
    def loading(self) -> bool:
        return any(section.loading for section in self.sections)

    def show_section(self, section: Section) -> None:
        self.nav.setCurrentRow(self.sections.index(section))
