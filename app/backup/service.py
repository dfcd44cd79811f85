"""Backups as the desk and the CLI ask for them: one service over the shop's database, so
neither reaches the database object itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.backup.copies import BackupInfo, BackupSummary, Progress, inspect_backup
from app.backup.record import LastBackup, last_backup
from app.backup.schedule import (
    BackupPlan,
    DailyResult,
    Restored,
    back_up_to,
    backup_plan,
    choose_daily_here,
    makes_daily_here,
    restore_keeping_current,
    run_daily,
    suggested_file,
)
from app.clock import Clock, system_clock
from db.engine import Database


class BackupService:
    def __init__(self, db: Database, *, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def plan(self) -> BackupPlan:
        return backup_plan(self._db)

    def last(self) -> LastBackup | None:
        return last_backup(self._db)

    def suggested_file(self) -> Path:
        return suggested_file(self._db, now=self._clock())

    def back_up_to(self, target: Path, progress: Progress | None = None) -> BackupInfo:
        return back_up_to(self._db, target, progress, now=self._clock())

    def inspect(self, source: Path) -> BackupSummary:
        return inspect_backup(self._db, source)

    def restore(self, source: Path, progress: Progress | None = None) -> Restored:
        return restore_keeping_current(self._db, source, progress, now=self._clock())

    def makes_daily_here(self) -> bool:
        return makes_daily_here(self._db)

    def choose_daily_here(self, here: bool | None) -> None:
        choose_daily_here(here)

    def run_daily(self, *, today: dt.date | None = None) -> DailyResult:
        return run_daily(self._db, now=self._clock(), today=today)
