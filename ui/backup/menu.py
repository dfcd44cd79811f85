"""The manager's Backup menu: back up now, restore, the backups folder, and when the last
backup was made (read off the UI thread each time the menu opens)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.backup.record import LastBackup
from app.changes import Changes
from ui.backup.actions import BackupActions
from ui.backup.texts import last_backup_line
from ui.shell.desk import Desk
from ui.shell.tasks import in_background


class BackupMenu(QObject):
    def __init__(self, desk: Desk, window: QMainWindow) -> None:
        super().__init__(window)
        self.desk = desk
        self.actions = BackupActions(desk, window)
        self.menu = window.menuBar().addMenu("")
        self.last = QAction(self)
        self.last.setEnabled(False)  # information, not a command
        self.back_up = QAction(self)
        self.restore = QAction(self)
        self.open_folder = QAction(self)
        self.menu.addAction(self.last)
        self.menu.addSeparator()
        for action in (self.back_up, self.restore, self.open_folder):
            self.menu.addAction(action)
        self.back_up.triggered.connect(self.actions.back_up_now)
        self.restore.triggered.connect(self.actions.restore_from_backup)
        self.open_folder.triggered.connect(self.actions.open_folder)
        self.menu.aboutToShow.connect(self.refresh)
        self.translate_ui()
        self.refresh()

    def translate_ui(self) -> None:
        self.menu.setTitle(self.tr("Backup"))
        self.last.setText(self.tr("Last backup: …"))
        self.back_up.setText(self.tr("Back up now…"))
        self.restore.setText(self.tr("Restore from backup…"))
        self.open_folder.setText(self.tr("Open backups folder"))

    def concerns(self) -> Changes:
        return Changes(backups=True)

    def refresh(self) -> None:
        backups = self.desk.services.backups

        def read() -> tuple[LastBackup | None, str]:
            return backups.last(), backups.plan().timezone

        def show(found: tuple[LastBackup | None, str]) -> None:
            self.last.setText(last_backup_line(self.desk, *found))

        in_background(read, show, lambda _err: None, busy=False, owner=self)
