"""When the last backup was made, where, and on which PC: kept in the shop's database, so the
manager sees it from any PC of a shop that shares one PostgreSQL server.

It is a row of the settings table written by the system (`backup.last`), not a setting anyone
sets: it is not in app.settings.service.SPECS, so `tamirgah config set` refuses it. Only a
backup that was made is recorded; a failed one leaves the record as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.backup.copies import BackupInfo
from db.engine import Database
from db.models import Setting

KEY = "backup.last"


@dataclass(frozen=True)
class LastBackup:
    at: dt.datetime  # UTC
    file: str
    size: int
    pc: str  # the computer that wrote the file: on PostgreSQL it may be another PC
    daily_day: dt.date | None  # the shop's day of the newest daily copy, if any was made


def last_backup(db: Database) -> LastBackup | None:
    with db.read() as s:
        row = s.get(Setting, KEY)
        return _parse(row.value) if row is not None else None


def record_backup(db: Database, info: BackupInfo, *, now: dt.datetime,
                  daily_day: dt.date | None = None) -> LastBackup:
    """Note a backup just made; a daily one also notes its day (a manual one keeps the last
    daily day). The row is locked while it is rewritten, so two PCs never lose a day."""
    try:
        return _write(db, info, now, daily_day)
    except IntegrityError:  # another PC wrote the very first record at the same moment
        return _write(db, info, now, daily_day)


def _write(db: Database, info: BackupInfo, now: dt.datetime,
           daily_day: dt.date | None) -> LastBackup:
    with db.write() as s:
        row = s.scalars(select(Setting).where(Setting.key == KEY).with_for_update()).first()
        before = _parse(row.value) if row is not None else None
        record = LastBackup(at=now, file=str(info.path), size=info.size,
                            pc=socket.gethostname(),
                            daily_day=daily_day or (before.daily_day if before else None))
        if row is None:
            row = Setting(key=KEY)
            s.add(row)
        row.value = json.dumps(_as_json(record), ensure_ascii=False)
        row.updated_at = record.at
        row.updated_by_id = None  # the system wrote it
    return record


def _as_json(record: LastBackup) -> dict[str, Any]:
    return {"at": record.at.isoformat(), "file": record.file, "size": record.size,
            "pc": record.pc,
            "daily_day": record.daily_day.isoformat() if record.daily_day else None}


def _parse(value: str) -> LastBackup | None:
    try:
        data = json.loads(value)
        day = data.get("daily_day")
        return LastBackup(at=dt.datetime.fromisoformat(data["at"]), file=str(data["file"]),
                          size=int(data["size"]), pc=str(data.get("pc", "")),
                          daily_day=dt.date.fromisoformat(day) if day else None)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # a record this version cannot read counts as none
