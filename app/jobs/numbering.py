"""Job numbers like 1405-00123: Jalali year, then a counter that two workstations never share."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import JobCounter


def format_number(year: int, seq: int) -> str:
    return f"{year}-{seq:05d}"


def allocate_number(session: Session, year: int) -> str:
    """Take the next number of ``year`` inside the caller's transaction.

    The counter row is updated in place, so a second workstation waits on its lock (row lock
    on PostgreSQL, the write lock on SQLite) and then sees the first one's value.
    """
    bump = (update(JobCounter).where(JobCounter.year == year)
            .values(last_seq=JobCounter.last_seq + 1).returning(JobCounter.last_seq))
    seq = session.execute(bump).scalar()
    if seq is None:
        dialect = session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        session.execute(insert(JobCounter).values(year=year, last_seq=0)
                        .on_conflict_do_nothing(index_elements=["year"]))
        seq = session.execute(bump).scalar_one()
    return format_number(year, seq)
