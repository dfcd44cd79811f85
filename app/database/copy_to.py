"""Moving a shop's data to another database: a one-PC shop on SQLite that grows to several PCs
copies everything onto its new PostgreSQL server (or back onto a file).

The target is brought to the current schema and must hold no shop data; every row is copied
in one transaction on the target, so a copy that fails part-way leaves it as empty as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.exc import SQLAlchemyError

from app.errors import ValidationError
from app.this_pc.files_in_use import in_use, sqlite_file
from db.engine import Database
from db.migrate import is_up_to_date, upgrade
from db.models import Base

BATCH = 5_000
Progress = Callable[[int, int], None]  # rows copied, rows in all


@dataclass(frozen=True)
class CopySummary:
    rows: int
    tables: dict[str, int]
    # PostgreSQL cannot hold NUL in text: "table.column" -> values it was dropped from.
    nul_dropped: dict[str, int] = field(default_factory=dict)


def copy_database(source: Database, target_url: str,
                  progress: Progress | None = None) -> CopySummary:
    if not is_up_to_date(source.engine):
        raise ValidationError("Bring this database up to date first (tamirgah db upgrade)",
                              code="source_not_current")
    _refuse_files_in_use(source, target_url)
    target = _open(target_url)
    try:
        if target.url == source.url:
            raise ValidationError("That is the database in use; name the new one",
                                  code="same_database")
        upgrade(target.engine)
        tables = Base.metadata.sorted_tables  # parents before the rows that point at them
        with source.engine.connect() as read:
            counts = {t.name: int(read.execute(select(func.count()).select_from(t))
                                  .scalar_one()) for t in tables}
            with target.engine.begin() as write:
                _require_empty(write, tables)
                done = 0
                dropped: Counter[str] | None = None if target.sqlite else Counter()
                for table in tables:
                    done = _copy_table(read, write, table, done, sum(counts.values()),
                                       progress, dropped)
                if not target.sqlite:
                    _move_sequences_past_copied_ids(write, tables)
    except SQLAlchemyError as err:
        cause = getattr(err, "orig", None) or err
        raise ValidationError(f"The copy failed and nothing was kept: {cause}",
                              code="copy_failed") from None
    finally:
        target.engine.dispose()
    return CopySummary(sum(counts.values()), counts, dict(dropped or {}))


def _refuse_files_in_use(source: Database, target_url: str) -> None:
    """Opening the live database's -wal file (or the database under another spelling) as
    the new one would write tables into the live database's files."""
    target = sqlite_file(target_url)
    if target is not None and in_use(target, source.url) is not None:
        raise ValidationError("That is the database in use; name the new one",
                              code="same_database")


def _open(url: str) -> Database:
    try:
        return Database(url)
    except Exception as err:  # a malformed URL or an unknown driver: both are the user's input
        raise ValidationError(f"Cannot use {url!r} as a database: {err}",
                              code="bad_database_url", field="url") from None


def _require_empty(write: Connection, tables: list[Table]) -> None:
    filled = [t.name for t in tables
              if write.execute(select(func.count()).select_from(t)).scalar_one()]
    if filled:
        raise ValidationError("The new database already holds a shop's data (" +
                              ", ".join(filled) + "); copying would mix two shops",
                              code="target_not_empty", tables=filled)


def _copy_table(read: Connection, write: Connection, table: Table, done: int, total: int,
                progress: Progress | None, nul_dropped: Counter[str] | None) -> int:
    order = list(table.primary_key.columns)
    rows = read.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(table).order_by(*order))
    for batch in rows.partitions(BATCH):
        values = [dict(row._mapping) for row in batch]
        if nul_dropped is not None:
            _drop_nul(table.name, values, nul_dropped)
        write.execute(table.insert(), values)
        done += len(batch)
        if progress is not None:
            progress(done, total)
    return done


def _drop_nul(table: str, rows: list[dict[str, Any]], dropped: Counter[str]) -> None:
    """A file shop may hold NUL in a text (older versions let it in); the server refuses the
    whole copy for one, so it goes and the summary says from which columns. JSON keeps it
    escaped, which the server accepts."""
    for row in rows:
        for column, value in row.items():
            if isinstance(value, str) and "\x00" in value:
                row[column] = value.replace("\x00", "")
                dropped[f"{table}.{column}"] += 1


def _move_sequences_past_copied_ids(write: Connection, tables: list[Table]) -> None:
    """Rows came with their ids; PostgreSQL's counters must start after them."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1:
            continue
        sequence = write.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                 {"t": table.name, "c": key[0].name}).scalar()
        if sequence:
            top = write.execute(select(func.max(key[0]))).scalar()
            write.execute(text("SELECT setval(:s, :v, false)"),
                          {"s": sequence, "v": (top or 0) + 1})
