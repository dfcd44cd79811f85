"""Backup files on disk: the backups folder, the names Tamirgah gives its copies, and keeping
only the newest daily copies.

A daily copy is named `tamirgah-daily-<date>.tamirgah-backup`, the date in the shop's calendar
(1404-09-02 or 2025-11-23). Only files with exactly that name are ever deleted by rotation, so
a copy the manager made and named is never touched.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import jdatetime

from app.errors import ValidationError
from app.this_pc.files_in_use import same_place
from app.this_pc.paths import data_dir

SUFFIX = ".tamirgah-backup"
DAILY_PREFIX = "tamirgah-daily-"
BACKUPS_FOLDER = "backups"
_DAILY = re.compile(rf"{re.escape(DAILY_PREFIX)}(\d{{4}})-(\d{{2}})-(\d{{2}}){re.escape(SUFFIX)}")
_FIRST_GREGORIAN_YEAR = 1700  # a four-digit year below this is a Jalali one (13xx, 14xx)


def default_folder() -> Path:
    return data_dir() / BACKUPS_FOLDER


def backup_folder(setting: str) -> Path:
    """The `backup.folder` setting, or `backups` in this PC's data folder when it is empty."""
    return Path(setting).expanduser() if setting.strip() else default_folder()


def parse_folder(raw: str) -> str:
    """The check of the `backup.folder` setting: empty, or a whole (absolute) path."""
    text = raw.strip()
    if text and not Path(text).expanduser().is_absolute():
        raise ValidationError(f"'{text}' is not a whole folder path (like D:\\Backups or "
                              "/home/shop/backups)", code="bad_folder", folder=text)
    return text


def dated(day: dt.date, calendar: str) -> str:
    """A day as file names carry it: 1404-09-02 (Jalali) or 2025-11-23; Latin digits."""
    if calendar == "jalali":
        j = jdatetime.date.fromgregorian(date=day)
        return f"{j.year:04d}-{j.month:02d}-{j.day:02d}"
    return day.isoformat()


def daily_name(day: dt.date, calendar: str) -> str:
    return f"{DAILY_PREFIX}{dated(day, calendar)}{SUFFIX}"


def manual_name(moment: dt.datetime, calendar: str) -> str:
    """The name offered for a copy made by hand: its day and time, so two never collide."""
    return f"tamirgah-{dated(moment.date(), calendar)}-{moment:%H%M}{SUFFIX}"


def before_restore_name(moment: dt.datetime, calendar: str) -> str:
    """The copy of the data a restore is about to replace."""
    return f"tamirgah-before-restore-{dated(moment.date(), calendar)}-{moment:%H%M%S}{SUFFIX}"


def daily_day(name: str) -> dt.date | None:
    """The (Gregorian) day of a daily copy from its file name; None for any other file."""
    found = _DAILY.fullmatch(name)
    if found is None:
        return None
    year, month, day = (int(part) for part in found.groups())
    try:
        if year < _FIRST_GREGORIAN_YEAR:
            gregorian: dt.date = jdatetime.date(year, month, day).togregorian()
            return gregorian
        return dt.date(year, month, day)
    except ValueError:
        return None


def daily_copies(folder: Path) -> list[tuple[dt.date, Path]]:
    """The daily copies in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = [(day, path) for path in folder.iterdir()
             if path.is_file() and (day := daily_day(path.name)) is not None]
    return sorted(found)


def rotate(folder: Path, keep: int, in_use: list[Path] | None = None) -> list[Path]:
    """Delete the oldest daily copies beyond the newest `keep`; returns what was deleted.
    A copy that cannot be deleted (open elsewhere, read-only) stays until the next time, and
    a file in use (a database someone named like a daily copy) is never deleted."""
    copies = daily_copies(folder)
    deleted = []
    for _, path in copies[:max(len(copies) - keep, 0)]:
        if any(same_place(path, used) for used in in_use or ()):
            continue
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue
        deleted.append(path)
    return deleted
