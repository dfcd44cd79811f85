"""Demo data: two years of a busy repair shop, appended to any database, fast.

Rows are made in Python (app.demo.gen) in a second process while this one writes the previous
batch: sqlite3 executemany on SQLite, COPY on PostgreSQL. Each batch is one transaction.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.auth.passwords import hash_password
from app.auth.roles import Role
from app.demo import feed
from app.demo.care import add_care_history
from app.demo.gen import COLUMNS, ID_TABLES, Clock, Plan
from app.demo.jobs import Rows, Staff
from app.jobs.common import shop_timezone
from app.locale.calendar import utcnow
from db.engine import Database
from db.models import Base, Customer, JobCounter, User

DEMO_PASSWORD = "demo1234"
DEMO_USERS = (
    ("manager", "سعید کریمی", Role.MANAGER),
    ("reception", "مریم احمدی", Role.RECEPTION),
    ("tech1", "رضا موسوی", Role.TECHNICIAN),
    ("tech2", "امیر جعفری", Role.TECHNICIAN),
)
BATCH_JOBS = 20_000
SQLITE_SYNC = "NORMAL"


@dataclass(frozen=True)
class DemoUser:
    id: int
    username: str
    full_name: str
    role: Role
    created: bool  # False when the user was already there (its password is left alone)


@dataclass(frozen=True)
class DemoSummary:
    users: list[DemoUser]
    password: str
    rows: dict[str, int]  # table -> rows added
    numbers: dict[int, tuple[int, int]]  # Jalali year -> first and last sequence added
    seconds: float

    @property
    def jobs(self) -> int:
        return self.rows.get("jobs", 0)


def load_demo(db: Database, *, jobs: int, seed: int = 1405,
              progress: Callable[[int], None] | None = None,
              batch_jobs: int = BATCH_JOBS, process: bool = True) -> DemoSummary:
    """Append ``jobs`` demo jobs (with customers, devices, timelines, money) to ``db``.

    process=False makes the rows on a thread instead of a second process (slower; for
    environments that cannot spawn one).
    """
    if jobs < 0:
        raise ValueError("jobs must be zero or more")
    started = time.perf_counter()
    users = _ensure_users(db)
    by_name = {u.username: u for u in users}
    techs = tuple(u.id for u in users if u.role == Role.TECHNICIAN) or (by_name["manager"].id,)
    staff = Staff(reception=by_name["reception"].id, manager=by_name["manager"].id,
                  techs=(*techs, *techs, by_name["manager"].id))
    with db.write() as s:
        now, tz = int(time.time()), shop_timezone(s)
        year_counts = Clock(now, tz, jobs).year_counts()
        plan = Plan(
            now=now, tz=tz, jobs=jobs, seed=seed, staff=staff, batch_jobs=batch_jobs,
            next_ids={t: (s.scalar(select(func.max(Base.metadata.tables[t].c.id))) or 0) + 1
                      for t in ID_TABLES},
            used_mobiles={int(m[3:]) for m in s.scalars(
                select(Customer.mobile).where(Customer.mobile.like("+98%")))},
            seq_base=_reserve_numbers(s, year_counts))
    counts = dict.fromkeys(COLUMNS, 0)
    done = 0
    if jobs:
        writer: _Writer = _SqliteWriter(db) if db.sqlite else _PostgresWriter(db)
        try:
            for size, rows in feed.batches(plan, process=process):
                writer.write(rows)
                for table, table_rows in rows.items():
                    counts[table] += len(table_rows)
                done += size
                if progress is not None:
                    progress(done)
        finally:
            writer.close()
    if jobs:
        counts["surveys"] = add_care_history(db, utcnow(), seed)
    numbers = {year: (plan.seq_base[year] + 1, plan.seq_base[year] + count)
               for year, count in year_counts.items()}
    return DemoSummary(users, DEMO_PASSWORD, counts, numbers, time.perf_counter() - started)


def _ensure_users(db: Database) -> list[DemoUser]:
    with db.write() as s:
        names = [name for name, _, _ in DEMO_USERS]
        existing = {u.username: u for u in s.scalars(select(User)
                                                     .where(User.username.in_(names)))}
        password_hash = hash_password(DEMO_PASSWORD) if len(existing) < len(names) else ""
        added = []
        for username, full_name, role in DEMO_USERS:
            if username not in existing:
                user = User(username=username, full_name=full_name, role=role,
                            password_hash=password_hash, active=True, created_at=utcnow())
                s.add(user)
                existing[username] = user
                added.append(username)
        s.flush()
        return [DemoUser(existing[name].id, name, existing[name].full_name,
                         Role(existing[name].role), name in added) for name in names]


def _reserve_numbers(s: Session, counts: dict[int, int]) -> dict[int, int]:
    """Move each year's counter past the demo's jobs now, so a real intake never collides."""
    bases = {}
    for year, count in counts.items():
        counter = s.get(JobCounter, year, with_for_update=True)
        if counter is None:
            counter = JobCounter(year=year, last_seq=0)
            s.add(counter)
        bases[year] = counter.last_seq
        counter.last_seq += count
    return bases


class _Writer:
    def write(self, rows: Rows) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


def _column_list(table: str) -> str:
    return ", ".join(f'"{c}"' for c in COLUMNS[table])


class _SqliteWriter(_Writer):
    """Only while loading: synchronous=NORMAL, under WAL still safe from corruption (a power
    cut may lose the last demo batches), and a cache that holds the indexes."""

    def __init__(self, db: Database) -> None:
        self.raw = db.engine.raw_connection()
        cur = self.raw.cursor()
        self.restore = {p: cur.execute(f"PRAGMA {p}").fetchone()[0]
                        for p in ("synchronous", "cache_size")}
        cur.execute(f"PRAGMA synchronous={SQLITE_SYNC}")
        cur.execute("PRAGMA cache_size=-262144")  # 256 MiB: the indexes stay in memory
        self.sql = {t: f"INSERT INTO {t} ({_column_list(t)}) "
                       f"VALUES ({', '.join('?' * len(cols))})" for t, cols in COLUMNS.items()}

    def write(self, rows: Rows) -> None:
        cur = self.raw.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for table, sql in self.sql.items():
                cur.executemany(sql, rows[table])
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def close(self) -> None:
        cur = self.raw.cursor()
        for pragma, value in self.restore.items():
            cur.execute(f"PRAGMA {pragma}={int(value)}")
        cur.execute("PRAGMA optimize")
        self.raw.close()


# Jobs' children go over a second connection, one batch behind: the server's per-row
# foreign-key checks dominate, and so two backends share them across both cores.
_PG_FIRST = ("customers", "customer_search", "devices", "jobs", "job_secrets", "job_search")
_PG_SECOND = ("estimate_lines", "payments", "job_events")
_SEARCH_TABLES = ("job_search", "customer_search")


class _PostgresWriter(_Writer):
    def __init__(self, db: Database) -> None:
        self.raws = [db.engine.raw_connection(), db.engine.raw_connection()]
        self.first: Any = self.raws[0].driver_connection
        self.second: Any = self.raws[1].driver_connection
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-copy")
        self.pending: Future[None] | None = None

    def write(self, rows: Rows) -> None:
        _copy(self.first, rows, _PG_FIRST)
        self._wait()
        self.pending = self.pool.submit(_copy, self.second, rows, _PG_SECOND)

    def _wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()

    def close(self) -> None:
        try:
            self._wait()
            # VACUUM also merges the GIN indexes' pending lists, which every search would
            # otherwise read through until autovacuum gets to them.
            self.first.autocommit = True
            with self.first.cursor() as cur:
                cur.execute(f"VACUUM (ANALYZE) {', '.join(_SEARCH_TABLES)}")
                cur.execute(f"ANALYZE {', '.join(t for t in COLUMNS if t not in _SEARCH_TABLES)}")
            self.first.autocommit = False
        finally:
            self.pool.shutdown()
            for raw in self.raws:
                raw.close()


def _copy(conn: Any, rows: Rows, tables: tuple[str, ...]) -> None:
    try:
        with conn.cursor() as cur:
            cur.execute("SET LOCAL synchronous_commit = off")
            for table in tables:
                with cur.copy(f"COPY {table} ({_column_list(table)}) FROM STDIN") as copy:
                    for row in rows[table]:
                        copy.write_row(row)
                if table in ID_TABLES:
                    cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                f"(SELECT max(id) FROM {table}))")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
