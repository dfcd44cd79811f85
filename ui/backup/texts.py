"""Sentences about backups and the data folder, shared by the menu, the settings and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.backup.record import LastBackup
from app.locale.calendar import format_datetime
from app.locale.text import ltr_run
from app.this_pc.paths import DataLocation
from ui.shell.desk import Desk

CONTEXT = "BackupText"
WHY = {
    "env": QT_TRANSLATE_NOOP("BackupText", "chosen with TAMIRGAH_HOME"),
    "portable": QT_TRANSLATE_NOOP("BackupText", "portable: kept beside the program"),
    "user": QT_TRANSLATE_NOOP("BackupText", "this user's data folder on this PC"),
}


def _text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def file_name(path: str | Path) -> str:
    """A file's name kept whole and left to right inside Persian text."""
    return ltr_run(Path(path).name)


def path_text(path: str | Path) -> str:
    """A whole path kept left to right: in Persian text a leading / would jump to its end."""
    return ltr_run(str(path))


def last_backup_line(desk: Desk, last: LastBackup | None, timezone: str) -> str:
    if last is None:
        return QCoreApplication.translate("BackupText", "No backup has been made yet")
    when = format_datetime(last.at, calendar=desk.calendar, lang=desk.lang, tz=timezone)
    return QCoreApplication.translate("BackupText", "Last backup: {when} ({file})").format(
        when=when, file=file_name(last.file))


def where_line(last: LastBackup) -> str:
    """Where the last copy is: on PostgreSQL another PC may have written it."""
    return QCoreApplication.translate("BackupText", "Saved as {path} on the PC {pc}").format(
        path=ltr_run(last.file), pc=ltr_run(last.pc))


def location_why(location: DataLocation) -> str:
    return _text(str(WHY.get(location.why, location.why)))


def size_text(desk: Desk, size: int) -> str:
    return QCoreApplication.translate("BackupText", "{size} MB").format(
        size=desk.digits(f"{size / 1e6:.1f}"))
