"""Back up now, restore from a backup, open the backups folder: the manager's actions, each
running off the UI thread behind a progress dialog. Errors go to the desk's error display and
leave everything as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.auth.roles import Actor
from app.backup.copies import BackupInfo, BackupSummary, Progress
from app.backup.schedule import Restored
from app.errors import NotFound
from app.locale.calendar import format_datetime
from ui.backup.progress import WorkingDialog
from ui.backup.system import SystemDialogs
from ui.backup.texts import file_name, path_text, size_text
from ui.shell.desk import Desk
from ui.shell.tasks import in_background

WIDE = "QLabel#qt_msgbox_label { min-width: 460px; }"  # a path or file name on a line of its own


class BackupActions(QObject):
    """backed_up(BackupInfo); restored(Restored), after which the desk reads everything
    again; signed_out() when the restored data no longer holds the signed-in user."""

    backed_up = Signal(object)
    restored = Signal(object)
    signed_out = Signal()

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.window = parent
        self.system = SystemDialogs()  # a test puts its own here
        self.working: WorkingDialog | None = None

    @property
    def folder(self) -> Path:
        return self.desk.services.backups.plan().folder

    def back_up_now(self) -> None:
        backups = self.desk.services.backups
        target = self.system.save_path(self.window, self.tr("Back up the shop's data"),
                                       backups.suggested_file())
        if target is None:
            return
        self._run(self.tr("Backing up to {file}…").format(file=file_name(target)),
                  lambda progress: backups.back_up_to(target, progress), self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        jobs = "" if info.jobs is None else self.tr("; jobs: {jobs}").format(
            jobs=self.desk.digits(f"{info.jobs:,}"))
        self._tell(self.tr("The backup is saved:\n{path}\n({size}{jobs})").format(
            path=path_text(info.path), size=size_text(self.desk, info.size), jobs=jobs))
        self.backed_up.emit(info)

    def restore_from_backup(self) -> None:
        backups = self.desk.services.backups
        source = self.system.open_path(self.window, self.tr("Restore from a backup"),
                                       self.folder)
        if source is None:
            return
        self._run(self.tr("Checking {file}…").format(file=file_name(source)),
                  lambda _progress: backups.inspect(source), self._confirm_restore)

    def restore_question(self, summary: BackupSummary) -> str:
        made = format_datetime(summary.modified, calendar=self.desk.calendar,
                               lang=self.desk.lang,
                               tz=str(self.desk.services.settings.get("shop.timezone")))
        jobs = "" if summary.jobs is None else self.tr(" Jobs in it: {jobs}.").format(
            jobs=self.desk.digits(f"{summary.jobs:,}"))
        return self.tr(
            "Restore this backup?\n{file}\nSaved on {date}.{jobs}\n\nThis replaces ALL of the "
            "shop's current data (jobs, customers, payments, messages, users and settings) on "
            "every PC with the data in this backup. Anything entered after {date} will no "
            "longer be in Tamirgah.\n\nBefore that, the current data is saved in:\n{folder}"
            ).format(file=file_name(summary.path), date=made, jobs=jobs,
                     folder=path_text(self.folder))

    def _confirm_restore(self, summary: BackupSummary) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup"),
                          self.restore_question(summary), QMessageBox.StandardButton.NoButton,
                          self.window)
        box.setStyleSheet(WIDE)
        replace = box.addButton(self.tr("Replace all data"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not replace:
            return
        backups = self.desk.services.backups
        self._run(self.tr("Restoring {file}… (the current data is saved first)").format(
            file=file_name(summary.path)),
            lambda progress: backups.restore(summary.path, progress),
            self._restored)

    def _restored(self, restored: Restored) -> None:
        actor = self._same_user()
        self._tell(self.tr("The shop's data is restored from {file}.\nThe data as it was "
                           "before is kept in:\n{kept}").format(
            file=file_name(restored.source), kept=path_text(restored.kept.path)))
        if actor is None:
            self._tell(self.tr("Your user is not in the restored data. Tamirgah closes; "
                               "start it again and sign in."))
            self.signed_out.emit()
            return
        self.desk.actor = actor
        self.restored.emit(restored)

    def _same_user(self) -> Actor | None:
        """The signed-in user as the restored data knows them; None if it does not."""
        actor = self.desk.actor
        if actor.user_id is None:
            return actor
        try:
            user = self.desk.services.users.get(actor.user_id)
        except NotFound:
            return None
        if user.username != actor.username or not user.active:
            return None
        return Actor(user.id, user.username, user.role)

    def open_folder(self) -> None:
        folder = self.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            self.desk.show_error(self.window, err)
            return
        if not self.system.show_folder(folder):
            self._tell(self.tr("The backups are in:\n{folder}").format(
                folder=path_text(folder)))

    def _run(self, text: str, work: Callable[[Progress], Any],
             then: Callable[[Any], None]) -> None:
        if self.working is not None:  # one backup or restore at a time
            return
        dialog = WorkingDialog(self.window, self.tr("Backup"), text)
        self.working = dialog
        dialog.show()
        progress = dialog.progress()

        def finished() -> None:
            dialog.finish()
            self.working = None

        def done(result: Any) -> None:
            finished()
            then(result)

        def failed(err: Exception) -> None:
            finished()
            self.desk.show_error(self.window, err)

        in_background(lambda: work(progress), done, failed, busy=False, owner=self)

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setStyleSheet(WIDE)
        box.setTextInteractionFlags(box.textInteractionFlags()
                                    | Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
