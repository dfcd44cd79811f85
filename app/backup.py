"""Backup and restore: a consistent copy while the desk is in use, and putting one back
only after it has been checked.

SQLite copies through its online backup API; PostgreSQL through pg_dump/pg_restore (custom
format), which must be on the PATH of the PC that runs them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from app.errors import ValidationError
from db.engine import Database
from db.migrate import HEAD, upgrade

KNOWN_REVISIONS = {f"{n:04d}" for n in range(1, int(HEAD) + 1)}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    jobs: int | None  # for SQLite files, the jobs the copy holds


def backup(db: Database, target: Path) -> BackupInfo:
    target = target.expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    if db.sqlite:
        raw = db.engine.raw_connection()
        try:
            live = raw.driver_connection
            assert isinstance(live, sqlite3.Connection)
            copy = sqlite3.connect(partial)
            try:
                live.backup(copy)
            finally:
                copy.close()
        finally:
            raw.close()
        jobs = _check_sqlite(partial)
    else:
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={partial}",
              _libpq(db)], db, "pg_dump")
        _check_dump(partial, db)
        jobs = None
    os.replace(partial, target)  # a half-written copy never takes the backup's name
    return BackupInfo(target, target.stat().st_size, jobs)


def restore(db: Database, source: Path) -> None:
    """Check the copy first; refuse in words and change nothing if it is not a good one."""
    source = source.expanduser().resolve()
    if not source.is_file():
        raise ValidationError(f"There is no backup file at {source}", code="no_backup",
                              field="file")
    if db.sqlite:
        _check_sqlite(source)
        copy = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        raw = db.engine.raw_connection()
        try:
            live = raw.driver_connection
            assert isinstance(live, sqlite3.Connection)
            copy.backup(live)
        finally:
            raw.close()
            copy.close()
    else:
        _check_dump(source, db)
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
              f"--dbname={_libpq(db)}", str(source)], db, "pg_restore")
    db.engine.dispose()  # no pooled connection keeps a view of the old data
    upgrade(db.engine)  # an older copy is brought up to this version's schema


def _check_sqlite(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise sqlite3.DatabaseError("integrity check failed")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            jobs = conn.execute("SELECT count(*) FROM jobs").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        raise ValidationError(f"{path.name} is not a Tamirgah backup ({err})",
                              code="bad_backup", field="file") from None
    if not revision or revision[0] not in KNOWN_REVISIONS:
        raise ValidationError(f"{path.name} comes from a newer or unknown Tamirgah version",
                              code="bad_backup", field="file")
    return int(jobs)


def _check_dump(path: Path, db: Database) -> None:
    listing = _run(["pg_restore", "--list", str(path)], db, "pg_restore", check=False)
    if listing.returncode != 0 or "TABLE public jobs" not in listing.stdout:
        raise ValidationError(f"{path.name} is not a Tamirgah PostgreSQL backup",
                              code="bad_backup", field="file")


def _libpq(db: Database) -> str:
    url = make_url(db.url)
    parts = {"host": url.host or "127.0.0.1", "port": url.port or 5432,
             "user": url.username or "postgres", "dbname": url.database}
    return " ".join(f"{key}={value}" for key, value in parts.items() if value)


def _run(command: list[str], db: Database, tool: str,
         check: bool = True) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        raise ValidationError(f"{tool} is not installed on this PC; install the PostgreSQL "
                              "client tools", code="no_pg_tools")
    env = dict(os.environ)
    password = make_url(db.url).password
    if password:
        env["PGPASSWORD"] = str(password)
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if check and done.returncode != 0:
        raise ValidationError(f"{tool} failed: {done.stderr.strip()[:500]}", code="backup_failed")
    return done
