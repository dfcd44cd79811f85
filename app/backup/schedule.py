"""The daily automatic backup with rotation, a backup made by hand, and a restore that keeps
the data it replaces; each successful copy is recorded (app.backup.record) for the manager.

Which PC makes the daily copy. On SQLite the database belongs to one PC, and that PC does. On
PostgreSQL several PCs share the database and pg_dump is usually installed only where the
server runs, so by default the PC that sends the shop's SMS does it (`tamirgah sms this-pc
on`: the one PC a shop keeps on all day, normally reception, where the server is). A PC can
be chosen or excluded explicitly in its settings (`backup_here` in its workstation file).
Whichever PCs run it, the day's copy is made once: the shared record of the last daily day is
checked first. `tamirgah backup --daily` runs it on request, on any PC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from app.backup.copies import BackupInfo, Progress, backup, inspect_backup, restore
from app.backup.files import (
    SUFFIX,
    backup_folder,
    before_restore_name,
    daily_copies,
    daily_name,
    manual_name,
    rotate,
)
from app.backup.record import last_backup, record_backup
from app.errors import ValidationError
from app.notify.this_pc import sends_here
from app.settings.service import read_setting
from app.this_pc import workstation
from app.this_pc.files_in_use import files_in_use
from db.engine import Database

WORKSTATION_KEY = "backup_here"
MADE, OFF, DONE_TODAY = "made", "off", "done_today"


@dataclass(frozen=True)
class BackupPlan:
    """The shop's backup settings, read together."""

    daily: bool
    keep: int
    folder: Path
    calendar: str
    timezone: str


@dataclass(frozen=True)
class DailyResult:
    outcome: str  # MADE, OFF (backup.daily is no) or DONE_TODAY (today's copy exists)
    made: BackupInfo | None = None
    removed: list[Path] = field(default_factory=list)  # old daily copies deleted


@dataclass(frozen=True)
class Restored:
    source: Path
    kept: BackupInfo  # the data as it was just before, saved in the backups folder


def backup_plan(db: Database) -> BackupPlan:
    with db.read() as s:
        return BackupPlan(daily=read_setting(s, "backup.daily") == "yes",
                          keep=int(read_setting(s, "backup.keep")),
                          folder=backup_folder(str(read_setting(s, "backup.folder"))),
                          calendar=str(read_setting(s, "shop.calendar")),
                          timezone=str(read_setting(s, "shop.timezone")))


def makes_daily_here(db: Database) -> bool:
    """Whether this PC's desk makes the daily copy (see the module's note)."""
    chosen = workstation.get(WORKSTATION_KEY)
    if chosen is not None:
        return bool(chosen)
    return db.sqlite or sends_here(db)


def choose_daily_here(here: bool | None) -> None:
    """True or False for this PC; None goes back to the default."""
    workstation.put(WORKSTATION_KEY, here)


def run_daily(db: Database, *, now: dt.datetime, today: dt.date | None = None) -> DailyResult:
    """Make today's copy (the shop's today) unless it exists, then delete the oldest daily
    copies beyond `backup.keep`. A failure raises ValidationError in words and records
    nothing; copies made by hand are never deleted."""
    plan = backup_plan(db)
    if not plan.daily:
        return DailyResult(OFF)
    day = today or now.astimezone(ZoneInfo(plan.timezone)).date()
    last = last_backup(db)
    if (last is not None and last.daily_day == day) or any(
            made == day for made, _ in daily_copies(plan.folder)):
        return DailyResult(DONE_TODAY)
    info = back_up_to(db, plan.folder / daily_name(day, plan.calendar), now=now,
                      daily_day=day)
    return DailyResult(MADE, info, rotate(plan.folder, plan.keep, files_in_use(db.url)))


def suggested_file(db: Database, *, now: dt.datetime) -> Path:
    """Where "Back up now" offers to save: the backups folder, named by the shop's date."""
    plan = backup_plan(db)
    return plan.folder / manual_name(now.astimezone(ZoneInfo(plan.timezone)), plan.calendar)


def back_up_to(db: Database, target: Path, progress: Progress | None = None, *,
               now: dt.datetime, daily_day: dt.date | None = None) -> BackupInfo:
    """A copy at `target`, recorded as the last backup. A folder that cannot be written is
    refused in words; nothing is recorded then."""
    try:
        info = backup(db, target, progress)
    except OSError as err:
        folder = target.expanduser().parent
        raise ValidationError(f"Cannot write the backup into {folder}: "
                              f"{err.strerror or err}", code="backup_unwritable",
                              folder=str(folder), reason=str(err.strerror or err)) from None
    record_backup(db, info, now=now, daily_day=daily_day)
    return info


def restore_keeping_current(db: Database, source: Path, progress: Progress | None = None,
                            *, now: dt.datetime) -> Restored:
    """Check `source`, save the current data in the backups folder, then put `source` back.

    A bad file is refused before anything is written. The record of the last backup survives
    the restore (the copy brings back its own, older one).
    """
    inspect_backup(db, source)
    before = last_backup(db)
    plan = backup_plan(db)
    name = before_restore_name(now.astimezone(ZoneInfo(plan.timezone)), plan.calendar)
    kept = back_up_to(db, _unused(plan.folder / name), _half(progress, 0), now=now)
    restore(db, source, _half(progress, 1))
    record_backup(db, kept, now=now, daily_day=before.daily_day if before else None)
    return Restored(source.expanduser().resolve(), kept)


def _unused(path: Path) -> Path:
    """`path`, or with -2, -3… added: a copy never overwrites another (nor the source)."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(path.name.replace(SUFFIX, f"-{number}{SUFFIX}"))
    return candidate


def _half(progress: Progress | None, which: int) -> Progress | None:
    """Saving is the first half of a restore's progress, putting back the second."""
    if progress is None:
        return None
    report: Callable[[int, int], None] = progress
    return lambda done, total: report(which * total + done, 2 * total)
