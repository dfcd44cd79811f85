"""What the backup screens ask of the system: file dialogs and the file manager.

One small object, so a test can put its own in its place and answer without a native dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.backup.files import SUFFIX


def backup_filters() -> list[str]:
    return [QCoreApplication.translate("BackupFiles", "Tamirgah backups (*{suffix})").format(
        suffix=SUFFIX), QCoreApplication.translate("BackupFiles", "All files (*)")]


class SystemDialogs:
    def save_path(self, parent: QWidget, title: str, suggested: Path) -> Path | None:
        dialog = QFileDialog(parent, title, str(suggested.parent))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(backup_filters())
        dialog.setDefaultSuffix(SUFFIX.lstrip("."))
        dialog.selectFile(suggested.name)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def open_path(self, parent: QWidget, title: str, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(folder),
                                              ";;".join(backup_filters()))
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(name) if name else None

    def show_folder(self, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
