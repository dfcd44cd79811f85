"""Engine and session factory. SQLite is set up for durability and for several processes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 15_000
# A server that is off or unreachable is reported after this long (per address tried), not
# after the operating system's own TCP timeout of a minute or two.
PG_CONNECT_TIMEOUT_S = 5
_WRITE = "tamirgah_write"
_FILE_ID = "tamirgah_file_id"  # the database file this connection opened (device, inode)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def normalize_url(url: str) -> str:
    """Let people write postgresql://…; we use psycopg 3."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    url = normalize_url(url)
    # hide_parameters: bound values (passcodes among them) never reach a log or an error text.
    if is_sqlite(url):
        engine = create_engine(url, echo=echo, hide_parameters=True,
                               connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _setup_sqlite(engine)
    else:
        # No server-side prepared statements: a generic plan for `doc LIKE :pattern` cannot
        # see how selective the pattern is, and searches then pick the wrong index.
        engine = create_engine(url, echo=echo, hide_parameters=True, pool_pre_ping=True,
                               connect_args={"prepare_threshold": None,
                                             "connect_timeout": PG_CONNECT_TIMEOUT_S})
    return engine


def _setup_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, record: Any) -> None:
        # Take transaction control from the sqlite3 module so writers can BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # Deleted and overwritten content (a passcode before it was sealed) is zeroed in the
        # file, not left in free space for a copy to carry.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()
        _owner_only(engine.url.database)
        record.info[_FILE_ID] = _file_id(engine.url.database)

    @event.listens_for(engine, "commit")
    def on_commit(conn: Any) -> None:
        _refuse_if_replaced(engine.url.database, conn.info.get(_FILE_ID))

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        # A writer takes the lock up front: two workstations never both read, then both
        # fail to upgrade their read lock.
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class DatabaseFileReplaced(RuntimeError):
    """The database file was replaced while open (copied over from outside): what this
    connection writes would go into the old, deleted file, so nothing more is committed."""


def _file_id(database: str | None) -> tuple[int, int] | None:
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    try:
        found = os.stat(database)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _refuse_if_replaced(database: str | None, opened: tuple[int, int] | None) -> None:
    if opened is not None and _file_id(database) != opened:
        raise DatabaseFileReplaced(
            f"The database file {database} was replaced or removed while the shop was using "
            "it; this change was not saved. Close Tamirgah on this PC and start it again.")


def _owner_only(database: str | None) -> None:
    """The database file and its -wal/-shm readable by this OS user only (SQLite gives new
    -wal/-shm files the database file's mode)."""
    if os.name != "posix" or not database or database == ":memory:":
        return
    for suffix in ("", "-wal", "-shm"):
        with suppress(OSError):
            os.chmod(database + suffix, 0o600)


class Database:
    """One per process: the engine and the two kinds of transaction services run in."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url, echo=echo)
        self.sqlite = is_sqlite(self.url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(**{_WRITE: True}),
                                   expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction that commits when the block ends and rolls back on any error."""
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
