"""Back up now, restore from a backup, open the backups folder: the manager's actions, each
running off the UI thread behind a progress dialog. Errors go to the desk's error display and
leave everything as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.backup.copies import BackupInfo, BackupSummary, Progress
from app.backup.schedule import BackupPlan
from app.changes import Changes
from app.locale.calendar import format_datetime
from ui.backup.progress import WorkingDialog
from ui.backup.system import SystemDialogs
from ui.backup.texts import file_name, path_text, size_text
from ui.operations import backups as backups_ops
from ui.operations.backups import RestoreDone
from ui.shell.desk import Desk
from ui.shell.tasks import Operation, in_background, run_operation

WIDE = "QLabel#qt_msgbox_label { min-width: 460px; }"  # a path or file name on a line of its own


class BackupActions(QObject):
    """backed_up(BackupInfo); restored(Restored), after which the hub announces that
    everything changed; signed_out() when the restored data no longer holds the signed-in
    user."""

    backed_up = Signal(object)
    restored = Signal(object)
    signed_out = Signal()

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.window = parent
        self.system = SystemDialogs()  # a test puts its own here
        self.working: WorkingDialog | None = None

    def _with_plan(self, then: Callable[[BackupPlan, Path], None]) -> None:
        """The backup settings and a suggested file, read off the UI thread, then `then`."""
        backups = self.desk.services.backups
        in_background(lambda: (backups.plan(), backups.suggested_file()),
                      lambda found: then(*found),
                      lambda err: self.desk.show_error(self.window, err), owner=self)

    def back_up_now(self) -> None:
        self._with_plan(lambda _plan, suggested: self._back_up_to(suggested))

    def _back_up_to(self, suggested: Path) -> None:
        target = self.system.save_path(self.window, self.tr("Back up the shop's data"),
                                       suggested)
        if target is None:
            return
        self._run(self.tr("Backing up to {file}…").format(file=file_name(target)),
                  lambda progress: backups_ops.back_up_to(desk=self.desk, target=target,
                                                          progress=progress),
                  self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        jobs = "" if info.jobs is None else self.tr("; jobs: {jobs}").format(
            jobs=self.desk.digits(f"{info.jobs:,}"))
        self._tell(self.tr("The backup is saved:\n{path}\n({size}{jobs})").format(
            path=path_text(info.path), size=size_text(self.desk, info.size), jobs=jobs))
        self.backed_up.emit(info)

    def restore_from_backup(self) -> None:
        self._with_plan(lambda plan, _suggested: self._restore_from(plan))

    def _restore_from(self, plan: BackupPlan) -> None:
        backups = self.desk.services.backups
        source = self.system.open_path(self.window, self.tr("Restore from a backup"),
                                       plan.folder)
        if source is None:
            return
        self._run(self.tr("Checking {file}…").format(file=file_name(source)),
                  lambda _progress: Operation(lambda: backups.inspect(source),
                                              lambda _: Changes(), self.desk.hub),
                  lambda summary: self._confirm_restore(summary, plan))

    def restore_question(self, summary: BackupSummary, plan: BackupPlan) -> str:
        made = format_datetime(summary.modified, calendar=self.desk.calendar,
                               lang=self.desk.lang, tz=plan.timezone)
        jobs = "" if summary.jobs is None else self.tr(" Jobs in it: {jobs}.").format(
            jobs=self.desk.digits(f"{summary.jobs:,}"))
        return self.tr(
            "Restore this backup?\n{file}\nSaved on {date}.{jobs}\n\nThis replaces ALL of the "
            "shop's current data (jobs, customers, payments, messages, users and settings) on "
            "every PC with the data in this backup. Anything entered after {date} will no "
            "longer be in Tamirgah.\n\nBefore that, the current data is saved in:\n{folder}"
            ).format(file=file_name(summary.path), date=made, jobs=jobs,
                     folder=path_text(plan.folder))

    def _confirm_restore(self, summary: BackupSummary, plan: BackupPlan) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup"),
                          self.restore_question(summary, plan), QMessageBox.StandardButton.NoButton,
                          self.window)
        box.setStyleSheet(WIDE)
        replace = box.addButton(self.tr("Replace all data"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not replace:
            return
        self._run(self.tr("Restoring {file}… (the current data is saved first)").format(
            file=file_name(summary.path)),
            lambda progress: backups_ops.restore(desk=self.desk, source=summary.path,
                                                 progress=progress),
            self._restored)

    def _restored(self, done: RestoreDone) -> None:
        """Before the hub announces that everything changed (and the desk reads it again)."""
        restored, actor = done.restored, done.actor
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

    def open_folder(self) -> None:
        self._with_plan(lambda plan, _suggested: self._open(plan.folder))

    def _open(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            self.desk.show_error(self.window, err)
            return
        if not self.system.show_folder(folder):
            self._tell(self.tr("The backups are in:\n{folder}").format(
                folder=path_text(folder)))

    def _run(self, text: str, operation: Callable[[Progress], Operation[Any]],
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

        run_operation(operation(progress), parent=self.window, on_done=done, on_error=failed,
                      busy=False, owner=self)

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setStyleSheet(WIDE)
        box.setTextInteractionFlags(box.textInteractionFlags()
                                    | Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
