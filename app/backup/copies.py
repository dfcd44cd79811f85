"""Backup and restore: a consistent copy while the desk is in use, and putting one back
only after it has been checked.

SQLite copies through its online backup API; PostgreSQL through pg_dump/pg_restore (custom
format), which must be on the PATH of the PC that runs them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from app.errors import ValidationError
from app.this_pc.files_in_use import refuse_if_in_use, same_place, sqlite_file
from app.this_pc.paths import make_private
from db.engine import Database
from db.migrate import KNOWN_REVISIONS, upgrade

PARTIAL = ".partial"
PAGES_PER_STEP = 1024  # SQLite pages copied between two progress reports

Progress = Callable[[int, int], None]
"""Told (pages done, pages in all) while SQLite copies; pg_dump and pg_restore report nothing."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    jobs: int | None  # for SQLite files, the jobs the copy holds


@dataclass(frozen=True)
class BackupSummary:
    """A checked backup file, for asking "put this one back?" in words."""

    path: Path
    size: int
    modified: dt.datetime  # UTC, when the file was last written
    jobs: int | None  # for SQLite files


def backup(db: Database, target: Path, progress: Progress | None = None) -> BackupInfo:
    """A checked copy at `target`, written beside it first and renamed at the end. A target
    (or its `.partial`) that is the live database or another file in use is refused."""
    target = refuse_if_in_use(target, db.url)
    partial = refuse_if_in_use(target.with_name(target.name + PARTIAL), db.url)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial.unlink(missing_ok=True)
    if db.sqlite:
        raw = db.engine.raw_connection()
        try:
            live = raw.driver_connection
            assert isinstance(live, sqlite3.Connection)
            copy = sqlite3.connect(partial)
            try:
                _copy(live, copy, progress)
                # one self-contained file: no -wal/-shm beside it when it is opened later
                copy.execute("PRAGMA journal_mode=DELETE")
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
    make_private(partial)  # a copy of the shop is as private as the shop
    os.replace(partial, target)  # a half-written copy never takes the backup's name
    return BackupInfo(target, target.stat().st_size, jobs)


def inspect_backup(db: Database, source: Path) -> BackupSummary:
    """Check that `source` is a backup this database can take back; refuse in words."""
    source = source.expanduser().resolve()
    if not source.is_file():
        raise ValidationError(f"There is no backup file at {source}", code="no_backup",
                              field="file", file=str(source))
    live = sqlite_file(db.url)
    if live is not None and same_place(source, live):
        raise ValidationError(f"{source.name} is the database in use, not a backup",
                              code="backup_in_use", field="file", file=source.name)
    jobs = _check_sqlite(source) if db.sqlite else None
    if not db.sqlite:
        _check_dump(source, db)
    stat = source.stat()
    return BackupSummary(source, stat.st_size,
                         dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC), jobs)


def restore(db: Database, source: Path, progress: Progress | None = None) -> None:
    """Check the copy first; refuse in words and change nothing if it is not a good one."""
    source = inspect_backup(db, source).path
    if db.sqlite:
        copy = sqlite3.connect(_read_only(source), uri=True)
        raw = db.engine.raw_connection()
        try:
            live = raw.driver_connection
            assert isinstance(live, sqlite3.Connection)
            _copy(copy, live, progress)
        finally:
            raw.close()
            copy.close()
    else:
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
              f"--dbname={_libpq(db)}", str(source)], db, "pg_restore")
    db.engine.dispose()  # no pooled connection keeps a view of the old data
    upgrade(db.engine)  # an older copy is brought up to this version's schema


def _copy(source: sqlite3.Connection, target: sqlite3.Connection,
          progress: Progress | None) -> None:
    if progress is None:
        source.backup(target)
        return

    def report(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    source.backup(target, pages=PAGES_PER_STEP, progress=report)


def _read_only(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"  # any '#' or '?' in the name is escaped


def _check_sqlite(path: Path) -> int:
    try:
        conn = sqlite3.connect(_read_only(path), uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise sqlite3.DatabaseError("integrity check failed")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            jobs = conn.execute("SELECT count(*) FROM jobs").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        raise ValidationError(f"{path.name} is not a Tamirgah backup ({err})",
                              code="bad_backup", field="file", file=path.name) from None
    if not revision or revision[0] not in KNOWN_REVISIONS:
        raise ValidationError(f"{path.name} comes from a newer or unknown Tamirgah version",
                              code="newer_backup", field="file", file=path.name)
    return int(jobs)


def _check_dump(path: Path, db: Database) -> None:
    listing = _run(["pg_restore", "--list", str(path)], db, "pg_restore", check=False)
    if listing.returncode != 0 or "TABLE public jobs" not in listing.stdout:
        raise ValidationError(f"{path.name} is not a Tamirgah PostgreSQL backup",
                              code="bad_backup", field="file", file=path.name)


def _libpq(db: Database) -> str:
    url = make_url(db.url)
    parts = {"host": url.host or "127.0.0.1", "port": url.port or 5432,
             "user": url.username or "postgres", "dbname": url.database}
    return " ".join(f"{key}={value}" for key, value in parts.items() if value)


def pg_tool_folders() -> list[Path]:
    """Where PostgreSQL's installers put their programs, one folder per version: Windows'
    installer does not add them to PATH, and Debian keeps each version's apart."""
    if os.name == "nt":
        roots = [Path(os.environ.get(v, "")) / "PostgreSQL"
                 for v in ("ProgramFiles", "ProgramW6432") if os.environ.get(v)]
    else:
        roots = [Path("/usr/lib/postgresql"), Path("/Library/PostgreSQL")]
    return roots


def find_pg_tool(name: str, roots: list[Path] | None = None) -> str | None:
    """PATH first, else the newest installed version's (a newer pg_dump reads older servers)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = []
    for root in roots if roots is not None else pg_tool_folders():
        for exe in root.glob(f"*/bin/{name}{'.exe' if os.name == 'nt' else ''}"):
            version = exe.parent.parent.name.split(".")[0]
            if version.isdigit() and os.access(exe, os.X_OK):
                candidates.append((int(version), str(exe)))
    return max(candidates)[1] if candidates else None


def _run(command: list[str], db: Database, tool: str,
         check: bool = True) -> subprocess.CompletedProcess[str]:
    program = find_pg_tool(command[0])
    if program is None:
        raise ValidationError(f"{tool} is not installed on this PC; install the PostgreSQL "
                              "client tools", code="no_pg_tools", tool=tool)
    command = [program, *command[1:]]
    env = dict(os.environ)
    password = make_url(db.url).password
    if password:
        env["PGPASSWORD"] = str(password)
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if check and done.returncode != 0:
        raise ValidationError(f"{tool} failed: {done.stderr.strip()[:500]}", code="backup_failed",
                              tool=tool, reason=done.stderr.strip()[:500])
    return done
