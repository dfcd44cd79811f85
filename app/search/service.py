"""Search as reception uses it: job number, any part of a phone, a name fragment, IMEI/serial.

Terms of three characters or more go to the substring index (FTS5 trigram on SQLite, pg_trgm
on PostgreSQL). Shorter ones match as a prefix of a job number, a name or a mobile.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from app.clock import Clock, system_clock
from app.jobs.numbering import format_number
from app.locale.calendar import jalali_year, utcnow
from app.locale.text import search_key
from app.validation import search_term
from db.engine import Database

_PHONEISH = re.compile(r"^[\d\s+()-]+$")
JOB_NUMBER = re.compile(r"^1[34]\d\d-\d{0,7}$")  # a Jalali year, then the counter
HIT_COLUMNS = """j.id, j.number, j.status, c.name, c.mobile, d.brand, d.model, j.created_at,
j.promised_date
FROM jobs j JOIN customers c ON c.id = j.customer_id JOIN devices d ON d.id = j.device_id"""


@dataclass(frozen=True)
class JobHit:
    id: int
    number: str
    status: str
    customer_name: str
    customer_mobile: str
    device: str
    created_at: dt.datetime
    promised_date: dt.date | None = None  # the board flags a search's hit at risk too


@dataclass(frozen=True)
class CustomerHit:
    id: int
    name: str
    mobile: str


def fold_term(term: str) -> str:
    key = search_key(search_term(term))
    if _PHONEISH.match(key) and not JOB_NUMBER.match(key):
        key = re.sub(r"[^\d]", "", key)
        if key.startswith("00"):
            key = key[2:]
    return key


def exact_numbers(key: str, now: dt.datetime | None = None) -> list[str]:
    """Job numbers a term may name outright: 1405-00123 as typed, or 123 in this or last year."""
    if re.fullmatch(r"\d{4}-\d{1,7}", key):
        year, seq = key.split("-")
        return [format_number(int(year), int(seq))]
    if key.isdigit() and len(key) <= 6 and int(key):
        this_year = jalali_year(now or utcnow())
        return [format_number(y, int(key)) for y in (this_year, this_year - 1)]
    return []


def _like_escape(key: str) -> str:
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _glob_escape(key: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", key)


class SearchService:
    def __init__(self, db: Database, limit: int = 50, *, clock: Clock = system_clock) -> None:
        self.db = db
        self.clock = clock
        self.limit = limit

    def job_query(self, term: str, limit: int | None = None) -> tuple[str, dict[str, Any]]:
        """The SQL and parameters of a job search (the benchmark runs it raw too)."""
        key = fold_term(term)
        params: dict[str, Any] = {"n": limit or self.limit}
        op = "GLOB" if self.db.sqlite else "LIKE"
        if JOB_NUMBER.match(key):
            params["num"] = self._prefix_params(key)["num"]
            ids = f"SELECT id FROM jobs WHERE number {op} :num ORDER BY number DESC LIMIT :n"
        elif len(key) >= 3:
            ids = self._substring_ids("job_search", "job_id", key, params)
        else:
            # Each branch walks an index in its own order and stops after :n rows.
            params.update(self._prefix_params(key))
            ids = f"""SELECT id FROM (
                SELECT id FROM (SELECT id FROM jobs WHERE number {op} :num
                                ORDER BY number DESC LIMIT :n) AS by_number
                UNION SELECT j2.id FROM jobs j2
                WHERE j2.customer_id IN ({self._customer_prefix_ids()})
            ) AS hits ORDER BY id DESC LIMIT :n"""
        exact = exact_numbers(key, self.clock())
        if not exact:
            return f"SELECT {HIT_COLUMNS} WHERE j.id IN ({ids}) ORDER BY j.id DESC", params
        # The job whose number was typed comes first, in the same statement.
        names = [f":exact{i}" for i in range(len(exact))]
        params.update({name[1:]: number for name, number in zip(names, exact, strict=True)})
        listed = ", ".join(names)
        return (f"SELECT {HIT_COLUMNS} WHERE j.id IN (SELECT id FROM ({ids}) AS found "
                f"UNION SELECT id FROM jobs WHERE number IN ({listed})) "
                f"ORDER BY CASE WHEN j.number IN ({listed}) THEN 0 ELSE 1 END, j.id DESC "
                "LIMIT :n"), params

    def _prefix_params(self, key: str) -> dict[str, str]:
        mobile = "+98" + key[1:] if key.startswith("0") else "+" + key
        if self.db.sqlite:
            esc = _glob_escape
            return {"num": esc(key) + "*", "name": esc(key) + "*", "mobile": esc(mobile) + "*"}
        esc = _like_escape
        return {"num": esc(key) + "%", "name": esc(key) + "%", "mobile": esc(mobile) + "%"}

    def jobs(self, term: str, limit: int | None = None) -> list[JobHit]:
        """Hits newest first, except that the job whose number was typed comes first."""
        if not fold_term(term):
            return []
        sql, params = self.job_query(term, limit)
        with self.db.read() as s:
            rows = s.execute(text(sql), params).all()
        return [JobHit(r[0], r[1], r[2], r[3], r[4], f"{r[5]} {r[6]}", _utc(r[7]), _day(r[8]))
                for r in rows]

    def customers(self, term: str, limit: int = 20) -> list[CustomerHit]:
        key = fold_term(term)
        if not key:
            return []
        params: dict[str, Any] = {"n": limit}
        if len(key) >= 3:
            ids = self._substring_ids("customer_search", "customer_id", key, params)
        else:
            params.update(self._prefix_params(key))
            ids = self._customer_prefix_ids()
        sql = (f"SELECT id, name, mobile FROM customers WHERE id IN ({ids}) "
               "ORDER BY id DESC LIMIT :n")
        with self.db.read() as s:
            return [CustomerHit(*row) for row in s.execute(text(sql), params).all()]

    def _substring_ids(self, table: str, key_column: str, key: str,
                       params: dict[str, Any]) -> str:
        """Newest :n ids whose search text contains ``key``; adds :q to ``params``."""
        if self.db.sqlite:
            params["q"] = '"' + key.replace('"', '""') + '"'
            return (f"SELECT rowid AS id FROM {table}_fts WHERE {table}_fts MATCH :q "
                    "ORDER BY rowid DESC LIMIT :n")
        params["q"] = f"%{_like_escape(key)}%"
        return (f"SELECT {key_column} AS id FROM {table} WHERE doc LIKE :q "
                f"ORDER BY {key_column} DESC LIMIT :n")

    def _customer_prefix_ids(self) -> str:
        """Up to 2 × :n customers whose name or mobile starts with :name / :mobile."""
        op = "GLOB" if self.db.sqlite else "LIKE"
        return f"""SELECT id FROM (SELECT customer_id AS id FROM customer_search
                    WHERE doc {op} :name ORDER BY doc LIMIT :n) AS by_name
                UNION SELECT id FROM (SELECT id FROM customers WHERE mobile {op} :mobile
                    ORDER BY mobile LIMIT :n) AS by_mobile"""


def _utc(value: str | dt.datetime) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _day(value: Any) -> dt.date | None:
    """A raw query's date: a date from PostgreSQL, ISO text from SQLite."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
