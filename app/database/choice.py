"""Which database this PC opens: trying a URL before it is kept, and keeping it.

The choice lives in this PC's workstation file (see app/paths.py for the order in which a
URL is picked); the desk's Settings and `tamirgah db use` both come through here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from app.this_pc import workstation
from app.this_pc.paths import default_database_url
from db.engine import normalize_url

KEY = "database_url"
CONNECT_SECONDS = 5


class ConnectionProblem(Exception):
    """Why a database could not be opened, in the driver's words (or no_file)."""

    def __init__(self, reason: str, *, no_file: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.no_file = no_file


@dataclass(frozen=True)
class Reached:
    server: str
    has_tamirgah: bool


def probe(url: str) -> Reached:
    """Connect, ask the server's version and whether the shop's tables are there; raise
    ConnectionProblem in words otherwise."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConnectionProblem(f"{url!r} is not a database URL") from None
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not parsed.database or not path.is_file():
            raise ConnectionProblem(f"There is no file at {path}", no_file=str(path))
        engine = create_engine(f"sqlite:///file:{path.as_posix()}?mode=rw&uri=true")
    else:
        try:
            engine = create_engine(normalize_url(url),
                                   connect_args={"connect_timeout": CONNECT_SECONDS})
        except (ArgumentError, ImportError) as err:
            raise ConnectionProblem(str(err)) from None
    try:
        with engine.connect() as conn:
            if parsed.get_backend_name() == "sqlite":
                version = "SQLite " + str(conn.execute(text("select sqlite_version()")).scalar())
            else:
                version = str(conn.execute(text("show server_version")).scalar())
                version = f"PostgreSQL {version.split()[0]}"
            tables = set(inspect(conn).get_table_names())
    except SQLAlchemyError as err:
        raise ConnectionProblem(reason_of(err)) from None
    finally:
        engine.dispose()
    return Reached(version, {"jobs", "customers", "settings"} <= tables)


def reason_of(err: BaseException) -> str:
    """The driver's own first line about a failed connection or query."""
    cause = getattr(err, "orig", None) or err
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return lines[0] if lines else type(cause).__name__


def server_refused(reason: str) -> bool:
    """The server answered and turned the connection down (no such database or user, a wrong
    password, no entry for this PC in pg_hba.conf), as opposed to not being reached at all."""
    return "FATAL:" in reason


def keep(url: str | None) -> None:
    """This PC opens `url` from its next start; None goes back to the file in its data folder."""
    workstation.put(KEY, url)


def shown(url: str) -> str:
    """A URL as it may be shown: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


# --- for the desk, which never imports the database library itself ---------------------------
DATABASE_PROBLEMS: tuple[type[Exception], ...] = (SQLAlchemyError,)
"""What opening or using a database can raise, beside the app's own errors."""


def is_connection_lost(err: BaseException) -> bool:
    """The server went away or stopped answering (the desk shows a banner and retries)."""
    return isinstance(err, OperationalError)


def is_bad_address(err: BaseException) -> bool:
    """A database address that is not a URL at all."""
    return isinstance(err, ArgumentError)


def backend(url: str) -> str | None:
    """'sqlite', 'postgresql'…, or None when `url` is not a database URL."""
    try:
        return make_url(url).get_backend_name()
    except ArgumentError:
        return None


def sqlite_path(url: str) -> str:
    """The file of a SQLite URL as written in it ('' for any other URL)."""
    return (make_url(url).database or "") if backend(url) == "sqlite" else ""


def is_server_url(url: str) -> bool:
    """A PostgreSQL URL that names its server."""
    return backend(url) == "postgresql" and bool(make_url(url).host)


def server_url(*, host: str, port: int, database: str, user: str | None,
               password: str | None) -> str:
    """The PostgreSQL URL of a server, written out with its password (it is kept as given)."""
    return URL.create("postgresql", username=user or None, password=password or None,
                      host=host, port=port, database=database
                      ).render_as_string(hide_password=False)


def database_url(explicit: str | None = None) -> str:
    """--database, else TAMIRGAH_DATABASE_URL, else this PC's choice in settings, else the
    SQLite file in the data folder."""
    chosen = workstation.get("database_url")
    return (explicit or os.environ.get("TAMIRGAH_DATABASE_URL")
            or (str(chosen) if chosen else "") or default_database_url())
