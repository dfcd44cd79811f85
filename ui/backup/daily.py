"""The daily backup from the desk: shortly after sign-in and then every hour, off the UI
thread, on the PC that makes it (app.backup.schedule.makes_daily_here). The day's copy is
made once; the hourly look only catches a desk left open past midnight. A demo desk makes
none: its copies would land in the same folder under the same names as the shop's."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from app.backup.schedule import MADE, DailyResult
from app.changes import Changes
from ui.backup.texts import path_text
from ui.operations.backups import run_daily
from ui.shell.desk import Desk
from ui.shell.errors import describe
from ui.shell.tasks import Operation, run_operation

log = logging.getLogger("tamirgah.backup")
FIRST_AFTER_MS = 60_000
EVERY_MS = 3_600_000


class DailyBackups(QObject):
    """made(text) after a new daily copy; failed(text) says why one could not be made."""

    made = Signal(str)
    failed = Signal(str)

    def __init__(self, desk: Desk, parent: QObject, *, first_after_ms: int = FIRST_AFTER_MS,
                 every_ms: int = EVERY_MS) -> None:
        super().__init__(parent)
        self.desk = desk
        self.running = False
        self.stopped = desk.demo  # a demo shop's copies would pass for the real shop's
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.look)
        if not self.stopped:
            self.timer.start(every_ms)
            QTimer.singleShot(first_after_ms, self, self.look)

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()

    def look(self) -> None:
        """Whether this PC makes it is read with the copy, off the UI thread."""
        if self.stopped or self.running:
            return
        self.running = True
        backups, daily = self.desk.services.backups, run_daily(desk=self.desk)

        def made_here() -> DailyResult | None:
            return daily.work() if backups.makes_daily_here() else None

        run_operation(Operation(made_here, lambda r: daily.changes(r) if r else Changes(),
                                daily.hub),
                      parent=self, on_done=self._done, on_error=self._failed, busy=False,
                      owner=self)

    def _done(self, result: DailyResult | None) -> None:
        self.running = False
        if result is not None and result.outcome == MADE and result.made is not None:
            log.info("daily backup %s (%d old copies deleted)", result.made.path,
                     len(result.removed))
            self.made.emit(self.tr("Today's backup is saved: {path}").format(
                path=path_text(result.made.path)))

    def _failed(self, err: Exception) -> None:
        self.running = False
        log.warning("daily backup failed: %s", err)
        self.failed.emit(self.tr("Today's backup could not be made: {reason}").format(
            reason=describe(err, self.desk.lang)))
