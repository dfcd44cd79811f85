"""Customer care figures: the notifier's survey round, one customer's health, the at-risk list.

    .venv/bin/python bench/bench_care.py --engine sqlite --jobs 20000            # quick look
    .venv/bin/python bench/bench_care.py --engine sqlite --jobs 1000000 --reuse
    .venv/bin/python bench/bench_care.py --engine postgresql --jobs 1000000 --reuse

The shop is the demo's (bench_seed.prepare) with two years of care on top: a survey row for
every delivery and cancellation but the last three days' (those are the due batch), their SMS
in the outbox, answers with scores, recovery tasks after low scores, complaints, replies
(some unread), customers who texted 11, a business customer with one job in 500, and the
flags the care round raises (jobs at risk, devices not collected), most of them closed.
Every figure is taken at the moment the demo data ends, so a reused database gives the same
batch. A timed round commits; the rows it added are deleted before the next one.

Goals (issue 14): a notifier round at most 200 ms, one customer's health at most 50 ms, on
both engines. Prints figures against them; not a pass/fail test. A missed goal (or
--explain) prints the statements of that operation, slowest first, with their plans.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import pstats
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from inspect import signature as inspect_signature
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_seed import DATA, prepare
from sqlalchemy import and_, event, func, inspect, or_, select, text, update
from sqlalchemy.engine import make_url

from app.auth.roles import SYSTEM
from app.bootstrap import Services
from app.care.care_round import CareReport, CareRound, send_due
from app.care.health import at_risk_customers, customer_health
from app.care.proactive import flag_at_risk, flag_not_collected, remind_warranty_ending
from app.care.states import RECOVERY_OUTCOMES
from app.care.survey_rules import SurveyTiming
from app.care.surveys import due_jobs, send_due_surveys
from app.care.tasks import escalate_overdue
from app.jobs.workflow import Status
from app.notify.outbox_rules import clock_time
from db.models import Base, CareTask, Customer, Job, User

ROUND_GOAL_MS = 200.0
HEALTH_GOAL_MS = 50.0
BUDGET_S = 90.0  # per operation, so that a slow one cannot hold the machine for long

FRESH = dt.timedelta(days=3)  # deliveries this recent have no survey yet: the due batch
EVERY_DAYS = dt.timedelta(days=90)  # survey.every_days' default
ANSWERED = 0.30  # of the surveys asked
TEXT_REPLY = 0.03  # a reply that is words, not a score
STOP = 0.005  # texted 11 after a survey
UNREAD_WITHIN = dt.timedelta(days=7)  # older replies have been read
RECOVERY_OPEN_WITHIN = dt.timedelta(days=7)  # older recoveries are done
COMPLAINT_EVERY = 400  # deliveries per complaint
COMPLAINT_OPEN_WITHIN = dt.timedelta(days=10)
BUSINESS_EVERY = 500  # one job in this many is the business customer's
BUSINESS_MOBILE = "+989990000001"
NOT_COLLECTED_OPEN = dt.timedelta(days=60)  # ready longer ago: collected or given up since
AT_RISK_OPEN = dt.timedelta(days=14)
FLAG_ROUNDS = 30  # big care rounds at one moment, to raise the flags a running notifier has
# NPS answers 0..10: 15 % detractors, 27 % passives, 58 % promoters
SCORE_WEIGHTS = (2, 1, 1, 1, 2, 3, 5, 12, 15, 25, 33)
TABLE_COLUMNS = {
    "outbox": ("id", "local_id", "job_id", "customer_id", "event", "transactional", "to", "lang",
               "body", "parts", "status", "created_at", "due_at", "attempts", "gateway",
               "provider_id", "sent_at", "delivered_at", "error", "updated_at"),
    "inbound_messages": ("id", "gateway", "provider_id", "sender", "body", "received_at",
                         "fingerprint", "customer_id", "job_id", "outcome", "read_at",
                         "read_by_id"),
    "surveys": ("id", "job_id", "round", "customer_id", "technician_id", "scale", "state",
                "skip_reason", "message_id", "created_at", "score", "answered_at", "reply_id",
                "comment"),
    "consents": ("id", "customer_id", "purpose", "given", "how", "at", "inbound_id"),
    "care_tasks": ("id", "kind", "job_id", "customer_id", "survey_id", "inbound_id", "summary",
                   "severity", "came_by", "assignee_id", "due_at", "state", "outcome", "note",
                   "created_at", "created_by_id", "closed_at", "closed_by_id", "version"),
}
SURVEY_TEXT = {"fa": "از ۰ تا ۱۰ چقدر ما را به دوستانتان پیشنهاد می‌کنید؟ لطفاً یک عدد بفرستید.",
               "en": "How likely are you to recommend us, 0 to 10? Reply with a number."}
WORDS_REPLY = {"fa": "ممنون، گوشی خوب کار می‌کند", "en": "thanks, it works fine now"}
_ON = {"yes": "on", "no": "off"}
COMPLAINTS = ("دستگاه دیر آماده شد و کسی خبر نداد", "بعد از تعمیر باتری زود خالی می‌شود",
              "The screen has a line again", "Charged more than the estimate")


# --- the care on top of the demo shop -----------------------------------------------------

@dataclass
class CareFacts:
    now: float  # epoch seconds: where the demo's data ends
    marks: dict[str, int]  # the last id of each table after seeding; rounds add after it
    business: int  # the customer with the most jobs
    seconds: float
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.now, dt.UTC)


def _care_meta(url: str) -> Path:
    u = make_url(url)
    name = Path(u.database or "db").stem if u.get_backend_name() == "sqlite" else u.database
    return DATA / f"{u.get_backend_name()}_{name}.care.json"


def _demo_meta(url: str) -> Path:
    return _care_meta(url).with_name(_care_meta(url).name.replace(".care.json", ".json"))


def care_shop(url: str, jobs: int, reuse: bool,
              reseed_care: bool = False) -> tuple[Services, CareFacts]:
    started = time.time()
    services, meta = prepare(url, jobs, reuse=reuse)
    print(f"demo data: {meta['seconds']:.1f} s for {meta['jobs']:,} jobs"
          + (" (reused database)" if meta["reused"] else ""))
    for change in catch_up_schema(services):
        print(f"  the models have more than this database's revision: added {change}")
    care_file = _care_meta(url)
    if meta["reused"] and care_file.exists() and not reseed_care:
        facts = CareFacts(**json.loads(care_file.read_text()))
        print(f"care data: {facts.seconds:.1f} s (reused)")
        return services, facts
    # the demo's "now": when its loading began
    now = started if not meta["reused"] else _demo_meta(url).stat().st_mtime - meta["seconds"]
    facts = seed_care(services, now)
    care_file.write_text(json.dumps(facts.__dict__, indent=1))
    print(f"care data: {facts.seconds:.1f} s, " + ", ".join(
        f"{n:,} {t}" for t, n in facts.rows.items()))
    return services, facts


def catch_up_schema(services: Services) -> list[str]:
    """Columns (nullable ones) and indexes the models have and a reused database lacks: an
    unreleased migration edited in place does not run again on a database already at its
    revision. Anything else needs a fresh database (leave out --reuse)."""
    engine = services.db.engine
    found = inspect(engine)
    changes = []
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            if not found.has_table(table.name):
                raise SystemExit(f"the database has no table {table.name}: seed it afresh")
            columns = {c["name"] for c in found.get_columns(table.name)}
            for column in table.columns:
                if column.name not in columns:
                    if not column.nullable:
                        raise SystemExit(f"{table.name}.{column.name} is new and required: "
                                         "seed the database afresh")
                    conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" '
                                      f"{column.type.compile(engine.dialect)}"))
                    changes.append(f"column {table.name}.{column.name}")
            indexes = {i["name"] for i in found.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in indexes:
                    index.create(conn)
                    changes.append(f"index {index.name}")
    return changes


def _epoch(value: Any) -> float:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return float(value.replace(tzinfo=dt.UTC).timestamp())


def _ts(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class _Rows:
    """Rows for the care tables, written in batches, parents first: the DBAPI's executemany
    on SQLite, COPY on PostgreSQL (as the demo loader does)."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.raw = services.db.engine.raw_connection()
        with services.db.read() as s:
            self.next = {t: (s.scalar(text(f"SELECT max(id) FROM {t}")) or 0) + 1
                         for t in TABLE_COLUMNS}
        self.rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLE_COLUMNS}
        self.count = dict.fromkeys(TABLE_COLUMNS, 0)

    def add(self, table: str, *values: Any) -> int:
        row_id = self.next[table]
        self.next[table] += 1
        self.rows[table].append((row_id, *values))
        return row_id

    def flush(self) -> None:
        cur = self.raw.cursor()
        sqlite = self.services.db.sqlite
        if sqlite:
            cur.execute("BEGIN IMMEDIATE")
        for table, columns in TABLE_COLUMNS.items():
            names = ", ".join(f'"{c}"' for c in columns)
            rows = self.rows[table]
            if not rows:
                continue
            if sqlite:
                cur.executemany(f"INSERT INTO {table} ({names}) VALUES "
                                f"({', '.join('?' * len(columns))})", rows)
            else:
                with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            self.count[table] += len(rows)
            self.rows[table] = []
        if sqlite:
            cur.execute("COMMIT")
        else:
            for table in TABLE_COLUMNS:
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT coalesce(max(id), 1) FROM {table}))")
            self.raw.commit()

    def close(self) -> None:
        self.raw.close()


def seed_care(services: Services, now: float) -> CareFacts:
    started = time.perf_counter()
    rng = random.Random(14)
    moment = dt.datetime.fromtimestamp(now, dt.UTC)
    _without_the_demos_care(services)
    business = _business_customer(services, now)
    with services.db.read() as s:
        staff = {u.username: u.id for u in s.scalars(select(User))}
        tz = ZoneInfo(str(services.settings.get("shop.timezone")))
        customers = {c.id: (c.mobile, c.language, c.sms_opt_out) for c in s.execute(
            select(Customer.id, Customer.mobile, Customer.language, Customer.sms_opt_out))}
        done_jobs = s.execute(
            select(Job.id, Job.customer_id, Job.technician_id, Job.status, Job.warranty_of_id,
                   Job.status_changed_at)
            .where(Job.status.in_((Status.DELIVERED, Status.CANCELLED)),
                   Job.status_changed_at < moment - FRESH)
            .order_by(Job.status_changed_at, Job.id)).all()
    manager, reception = staff["manager"], staff["reception"]
    timing = SurveyTiming(None, clock_time("10:00"), tz)
    rows = _Rows(services)
    last_asked: dict[int, float] = {}
    stopped: set[int] = set()
    for n, job in enumerate(done_jobs):
        changed = job.status_changed_at.timestamp()
        asked_at = timing.due(job.status_changed_at).timestamp() + rng.randrange(60, 600)
        mobile, lang, opted_out = customers[job.customer_id]
        reason = ("cancelled" if job.status == Status.CANCELLED else
                  "warranty_return" if job.warranty_of_id is not None else
                  "opted_out" if opted_out else
                  "stopped" if job.customer_id in stopped else
                  "recent_survey" if asked_at - last_asked.get(job.customer_id, 0)
                  < EVERY_DAYS.total_seconds() else None)
        message = score = answered = reply = None
        if reason is None and asked_at < now:
            last_asked[job.customer_id] = asked_at
            message = rows.add("outbox", f"bench-care-{job.id}", job.id, job.customer_id,
                               "survey_nps", 0, mobile, lang, SURVEY_TEXT[lang], 2, "delivered",
                               _ts(asked_at), _ts(asked_at), 1, "kavenegar", f"kv{job.id}",
                               _ts(asked_at + 2), _ts(asked_at + 9), "", _ts(asked_at + 9))
            replied = asked_at + min(rng.expovariate(1 / 10_800), 172_800) + 60
            draw = rng.random()
            if draw < ANSWERED and replied < now:
                score = rng.choices(range(11), SCORE_WEIGHTS)[0]
                answered = _ts(replied)
                reply = _reply(rows, job, mobile, str(score), replied, "score", None)
            elif draw < ANSWERED + TEXT_REPLY and replied < now:
                _reply(rows, job, mobile, WORDS_REPLY[lang], replied,
                       "unread" if replied >= now - UNREAD_WITHIN.total_seconds() else "read",
                       reception)
            elif draw < ANSWERED + TEXT_REPLY + STOP and replied < now:
                stop = _reply(rows, job, mobile, "۱۱", replied, "stop", None)
                rows.add("consents", job.customer_id, "marketing", 0, "sms_keyword",
                         _ts(replied), stop)
                stopped.add(job.customer_id)
        survey = rows.add("surveys", job.id, 1, job.customer_id, job.technician_id, "nps",
                          "skipped" if reason else "answered" if answered else "asked", reason,
                          message, _ts(min(asked_at, now - 1)), score, answered, reply, "")
        if score is not None and score <= 6:
            replied = _epoch(answered)
            _task(rows, rng, "recovery", job, survey, reply, "", "low", "survey", manager,
                  replied, replied >= now - RECOVERY_OPEN_WITHIN.total_seconds())
        if job.status == Status.DELIVERED and rng.random() < 1 / COMPLAINT_EVERY:
            said = changed + rng.uniform(3600, 5 * 86400)
            if said < now:
                _task(rows, rng, "complaint", job, None, None, rng.choice(COMPLAINTS),
                      "high" if rng.random() < 0.3 else "low",
                      rng.choice(("in_person", "phone", "sms")), manager, said,
                      said >= now - COMPLAINT_OPEN_WITHIN.total_seconds(), created_by=reception)
        if n % 50_000 == 49_999:
            rows.flush()
    rows.flush()
    rows.close()
    flagged = _flags_as_the_notifier_left_them(services, moment)
    if not services.db.sqlite:
        with services.db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text(
                f"ANALYZE jobs, customers, {', '.join(TABLE_COLUMNS)}"))
    else:
        raw = services.db.engine.raw_connection()
        try:
            # statistics of every table and index, as after the shop's PRAGMA optimize or an
            # ANALYZE; read in part (analysis_limit) to take seconds, not minutes
            cur = raw.cursor()
            cur.execute("PRAGMA analysis_limit=2000")
            cur.execute("ANALYZE")
            raw.commit()
        finally:
            raw.close()
    services.db.engine.dispose()  # every connection from here on reads the new statistics
    with services.db.read() as s:
        marks = {t: s.scalar(text(f"SELECT coalesce(max(id), 0) FROM {t}")) or 0
                 for t in TABLE_COLUMNS}
    return CareFacts(now, marks, business, round(time.perf_counter() - started, 1),
                     {**rows.count, **flagged})


def _without_the_demos_care(services: Services) -> None:
    """The demo's six weeks of care (and its one care round) make way for two years' worth.
    All at once: row by row, each deleted message would be looked for among the surveys,
    which have no index on message_id."""
    tables = ("care_tasks", "consents", "surveys", "sms_alerts", "outbox", "inbound_messages")
    raw = services.db.engine.raw_connection()
    try:
        cur = raw.cursor()
        if services.db.sqlite:
            cur.execute("PRAGMA foreign_keys=OFF")
            cur.execute("BEGIN IMMEDIATE")
            for table in tables:
                cur.execute(f"DELETE FROM {table}")
            cur.execute("COMMIT")
            cur.execute("PRAGMA foreign_keys=ON")
        else:
            cur.execute(f"TRUNCATE {', '.join(tables)}")
            raw.commit()
    finally:
        raw.close()


def _reply(rows: _Rows, job: Any, mobile: str, body: str, at: float, outcome: str,
           reader: int | None) -> int:
    read_at = _ts(at + 3600) if outcome == "read" else None
    return rows.add("inbound_messages", "kavenegar", f"in{job.id}", mobile, body, _ts(at),
                    f"bench-{job.id}", job.customer_id, job.id, outcome, read_at,
                    reader if read_at else None)


def _task(rows: _Rows, rng: random.Random, kind: str, job: Any, survey: int | None,
          reply: int | None, summary: str, severity: str, came_by: str, manager: int,
          at: float, still_open: bool, created_by: int | None = None) -> None:
    closed = None if still_open else _ts(at + rng.uniform(3600, 2 * 86400))
    rows.add("care_tasks", kind, job.id, job.customer_id, survey, reply, summary, severity,
             came_by, manager, _ts(at + 2 * 86400), "open" if still_open else "done",
             None if still_open else str(rng.choice(RECOVERY_OUTCOMES)), "",
             _ts(at), created_by, closed, None if still_open else manager, 1)


def _business_customer(services: Services, now: float) -> int:
    """A company that brings its staff's phones: one job in BUSINESS_EVERY is theirs."""
    with services.db.write() as s:
        company = s.scalar(select(Customer).where(Customer.mobile == BUSINESS_MOBILE))
        if company is None:  # else a seeding stopped half-way made it
            company = Customer(name="شرکت پخش پارس‌تل", mobile=BUSINESS_MOBILE, language="fa",
                               created_at=dt.datetime.fromtimestamp(now, dt.UTC)
                               - dt.timedelta(days=800))
            s.add(company)
            s.flush()
        s.execute(text("UPDATE jobs SET customer_id = :c WHERE id % :every = 0"),
                  {"c": company.id, "every": BUSINESS_EVERY})
        return company.id


def _flags_as_the_notifier_left_them(services: Services, now: dt.datetime) -> dict[str, int]:
    """Raise the flags through the care round's own code, as a notifier that has been running
    would have, then close the old ones as the shop would have done; escalate the overdue."""
    count = {"at_risk": 0, "not_collected": 0, "escalated": 0}
    for kind, raise_flags in (("at_risk", flag_at_risk), ("not_collected", flag_not_collected),
                              ("escalated", escalate_overdue)):
        for _ in range(FLAG_ROUNDS):
            with services.db.write() as s:
                added = raise_flags(s, now, limit=5000)  # the backlog in a few big rounds
            count[kind] += added
            if not added:
                break
        else:
            print(f"  {raise_flags.__name__} still raised {added} after {FLAG_ROUNDS} rounds at "
                  "the same moment")
    with services.db.read() as s:
        again = s.execute(text(
            "SELECT kind, count(*) - count(DISTINCT job_id) FROM care_tasks WHERE state = "
            "'open' AND kind IN ('at_risk', 'not_collected') GROUP BY kind")).all()
    for kind, repeated in again:
        if repeated:
            print(f"  {repeated} open {kind} follow-ups are for a job that has one already")
    tasks = Base.metadata.tables["care_tasks"]
    ready_long_ago = select(Job.id).where(Job.status == Status.READY,
                                          Job.status_changed_at < now - NOT_COLLECTED_OPEN)
    with services.db.write() as s:
        s.execute(update(tasks).where(
            tasks.c.state == "open",
            or_(and_(tasks.c.kind == "not_collected", tasks.c.job_id.in_(ready_long_ago)),
                and_(tasks.c.kind == "at_risk", tasks.c.due_at < now - AT_RISK_OPEN)))
            .values(state="done", outcome="done", closed_at=now))
    return count


# --- timing -------------------------------------------------------------------------------

def stats(ms: list[float]) -> tuple[float, float]:
    ordered = sorted(ms)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def timed(call: Callable[[], Any], runs: int, *, after: Callable[[], Any] | None = None,
          warmup: int = 1) -> list[float]:
    """`runs` timings of `call` (after `warmup` untimed ones); `after` runs untimed after each,
    to put the database back as it was."""
    out: list[float] = []
    until = time.perf_counter() + BUDGET_S
    for i in range(warmup + runs):
        started = time.perf_counter()
        call()
        if i >= warmup:
            out.append((time.perf_counter() - started) * 1000)
        if after is not None:
            after()
        if len(out) >= 3 and time.perf_counter() > until:
            print(f"  (time budget: {len(out)} of {runs} runs)")
            break
    return out


@dataclass
class Figure:
    name: str
    ms: list[float]
    goal: float | None
    note: str = ""
    look_over: float | None = None  # explained when its median or p95 is over this

    def worth_a_look(self) -> bool:
        over = self.goal if self.goal is not None else self.look_over
        return over is not None and stats(self.ms)[1] > over


def header(engine: str, jobs: int) -> None:
    print(f"\n{engine}, {jobs:,} jobs   (ms; goals: a notifier round <= {ROUND_GOAL_MS:.0f}, "
          f"one customer's health <= {HEALTH_GOAL_MS:.0f})")
    print(f"{'operation':52} {'median':>8} {'p95':>8} {'runs':>5}  goal")


def show(figure: Figure) -> None:
    median, p95 = stats(figure.ms)
    verdict = "" if figure.goal is None else "met" if median <= figure.goal else "MISSED"
    if figure.goal is not None and median <= figure.goal < p95:
        verdict += " (p95 over)"
    print(f"{figure.name:52} {median:8.2f} {p95:8.2f} {len(figure.ms):5}  {verdict}"
          + (f"   {figure.note}" if figure.note else ""), flush=True)


# --- what the database was asked ----------------------------------------------------------

@dataclass
class Statement:
    sql: str
    params: Any
    count: int = 0
    ms: float = 0.0


@contextmanager
def statements(services: Services) -> Iterator[dict[str, Statement]]:
    """Every statement the block sends, with its count and time (its first parameters)."""
    seen: dict[str, Statement] = {}
    engine = services.db.engine

    def before(conn: Any, cursor: Any, sql: str, params: Any, context: Any,
               many: bool) -> None:
        conn.info["bench_started"] = time.perf_counter()

    def after(conn: Any, cursor: Any, sql: str, params: Any, context: Any,
              many: bool) -> None:
        entry = seen.setdefault(sql, Statement(sql, params))
        entry.count += 1
        entry.ms += (time.perf_counter() - conn.info.pop("bench_started")) * 1000

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)


def explain(services: Services, name: str, call: Callable[[], Any],
            after: Callable[[], Any] | None = None, top: int = 4) -> list[str]:
    """The statements of one run of `call`, most time first, the plans of the top ones, and
    the app's functions that took the time in one more run."""
    with statements(services) as seen:
        started = time.perf_counter()
        call()
        total = (time.perf_counter() - started) * 1000
    if after is not None:
        after()
    hot = profiled(call)
    if after is not None:
        after()
    in_db = sum(s.ms for s in seen.values())
    queries = sum(s.count for s in seen.values())
    out = [f"\n== {name}: {total:.1f} ms, {queries} statements ({len(seen)} distinct) taking "
           f"{in_db:.1f} ms; the rest ({total - in_db:.1f} ms) is Python"]
    for entry in sorted(seen.values(), key=lambda e: -e.ms)[:top]:
        sql = " ".join(entry.sql.split())
        out.append(f"-- {entry.count} × {entry.ms / entry.count:.2f} ms = {entry.ms:.1f} ms: "
                   f"{sql[:400]}")
        if sql.upper().startswith(("SELECT", "WITH")):
            out += [f"     {line}" for line in plan(services, entry.sql, entry.params)]
    out.append("-- where the time goes in the app's own code (cumulative, one more run "
               "under the profiler):")
    return out + [f"     {line}" for line in hot]


def profiled(call: Callable[[], Any], top: int = 8) -> list[str]:
    profile = cProfile.Profile()
    profile.runcall(call)
    entries = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    root = str(Path(__file__).resolve().parents[1] / "app")
    ours = sorted(((ct, nc, f"{Path(file).relative_to(root).as_posix()}:{name}")
                   for (file, _, name), (_, nc, _, ct, _) in entries.items()
                   if file.startswith(root)), reverse=True)
    return [f"{ct * 1000:8.1f} ms  {calls:6} calls  {where}" for ct, calls, where in ours[:top]]


def plan(services: Services, sql: str, params: Any) -> list[str]:
    raw = services.db.engine.raw_connection()
    try:
        cur = raw.cursor()
        if services.db.sqlite:
            cur.execute("EXPLAIN QUERY PLAN " + sql, params)
            return [str(row[-1]) for row in cur.fetchall()]
        cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        lines = [str(row[0]) for row in cur.fetchall()]
        raw.rollback()
        return lines
    finally:
        raw.close()


# --- the measures -------------------------------------------------------------------------

class Bench:
    def __init__(self, services: Services, facts: CareFacts, runs: int) -> None:
        self.services, self.facts, self.runs = services, facts, runs
        self.now = facts.moment
        self.db = services.db
        self.figures: list[Figure] = []
        self.explain_all = False
        self.explained: list[str] = []  # printed after the table

    def undo_rounds(self) -> None:
        """Delete what the timed rounds added (the timeline keeps its lines: append-only),
        children first, without the foreign-key checks: with no index on surveys.message_id
        each deleted message would scan all surveys for references."""
        raw = self.db.engine.raw_connection()
        try:
            cur = raw.cursor()
            if self.db.sqlite:
                cur.execute("PRAGMA foreign_keys=OFF")
                cur.execute("BEGIN IMMEDIATE")
            else:
                cur.execute("SET LOCAL session_replication_role = replica")
            for table in ("care_tasks", "consents", "surveys", "inbound_messages", "outbox"):
                cur.execute(f"DELETE FROM {table} WHERE id > {int(self.facts.marks[table])}")
            if self.db.sqlite:
                cur.execute("COMMIT")
                cur.execute("PRAGMA foreign_keys=ON")
            else:
                raw.commit()
        finally:
            raw.close()

    def setting(self, key: str, value: str) -> None:
        self.services.settings.set(SYSTEM, key, value)

    def record(self, name: str, ms: list[float], goal: float | None, note: str = "",
               call: Callable[[], Any] | None = None,
               after: Callable[[], Any] | None = None) -> None:
        # a part of the round, or a list a person waits for, is looked into past a round's goal
        figure = Figure(name, ms, goal, note, look_over=ROUND_GOAL_MS)
        self.figures.append(figure)
        show(figure)
        if call is not None and (self.explain_all or figure.worth_a_look()):
            # now, while the database is as the figure found it (an emptied batch)
            self.explained += explain(self.services, name, call, after)

    def survey_rounds(self, label: str) -> None:
        now = self.now

        per_round = inspect_signature(send_due_surveys).parameters["limit"].default

        def select_due() -> int:
            with self.db.write() as s:  # it locks the rows it picks: a write transaction
                return len(due_jobs(s, now, per_round))

        due = select_due()
        self.record(f"due selection, {label} ({due} due)",
                    timed(select_due, self.runs, warmup=3), ROUND_GOAL_MS, call=select_due)
        reports = []

        def full() -> None:
            reports.append(send_due(self.db, now))

        ms = timed(full, self.runs, after=self.undo_rounds)
        last = reports[-1]
        asked, skipped = last.surveys_asked, last.surveys_skipped
        self.record(f"survey round, {label}", ms, ROUND_GOAL_MS,
                    f"{asked} asked + {skipped} skipped: "
                    f"{stats(ms)[0] / max(1, asked + skipped):.2f} ms a survey",
                    call=full, after=self.undo_rounds)
        rounds = 0
        while (r := send_due(self.db, now)).surveys_asked + r.surveys_skipped:
            rounds += 1
        def idle() -> None:
            send_due(self.db, now)

        self.record(f"survey round, {label}, nothing left due", timed(idle, self.runs),
                    ROUND_GOAL_MS, f"rounds to empty the batch: {rounds}", call=idle)
        self.undo_rounds()

    def care_round(self) -> None:
        """The dispatcher's CareRound: each minute, and its first round of a shop day, which
        also looks for warranties about to end."""
        now = self.now
        reports: list[CareReport] = []
        minute = CareRound()
        minute(self.db, now)  # the day's first round: the rounds timed are the later ones
        self.undo_rounds()

        def each_minute() -> None:
            reports.append(minute(self.db, now))

        ms = timed(each_minute, self.runs, after=self.undo_rounds)
        self.record("care round, each minute (a due batch)", ms, ROUND_GOAL_MS,
                    reports[-1].summary(), call=each_minute, after=self.undo_rounds)
        while sum(vars(minute(self.db, now)).values()):
            pass
        self.record("care round, each minute (nothing due)", timed(each_minute, self.runs),
                    ROUND_GOAL_MS, call=each_minute)
        self.undo_rounds()

        def first_of_day() -> None:
            reports.append(CareRound()(self.db, now))

        for switch in ("no", "yes"):
            self.setting("care.warranty_reminder", switch)
            ms = timed(first_of_day, self.runs, after=self.undo_rounds)
            self.record(f"care round, first of the day (reminders {_ON[switch]})", ms,
                        ROUND_GOAL_MS, reports[-1].summary(), call=first_of_day,
                        after=self.undo_rounds)
        for name, part in (("escalate_overdue", escalate_overdue),
                           ("flag_at_risk", flag_at_risk),
                           ("flag_not_collected", flag_not_collected),
                           ("remind_warranty_ending (on)", remind_warranty_ending)):
            def one(part: Callable[..., int] = part) -> None:
                with self.db.write() as s:
                    part(s, now)

            self.record(f"  its part: {name}", timed(one, self.runs, after=self.undo_rounds),
                        None, call=one, after=self.undo_rounds)
        self.setting("care.warranty_reminder", "no")

    def health(self, rng: random.Random) -> None:
        now = self.now

        def health_of(customer_id: int) -> Callable[[], Any]:
            def run() -> Any:
                with self.db.read() as s:
                    return customer_health(s, customer_id, now)
            return run

        with self.db.read() as s:
            recent = s.scalars(select(Job.customer_id).where(
                Job.created_at >= now - dt.timedelta(days=365)).distinct()).all()
            busiest = s.execute(
                select(Job.customer_id, func.count()).where(
                    Job.customer_id != self.facts.business)
                .group_by(Job.customer_id).order_by(func.count().desc()).limit(1)).one()
            followed = s.scalars(select(CareTask.customer_id).where(
                CareTask.state == "open").distinct()).all()
            business_jobs = s.scalar(select(func.count()).select_from(Job).where(
                Job.customer_id == self.facts.business))
        sample = rng.sample(list(recent), min(len(recent), max(self.runs, 200)))
        calls = [health_of(c) for c in sample]
        levels: dict[str, int] = defaultdict(int)
        for call in calls[:20]:
            levels[call().level] += 1
        self.record(f"health: typical customers ({len(calls)})", self._each(calls),
                    HEALTH_GOAL_MS, call=calls[0])
        tasks = [health_of(c) for c in rng.sample(list(followed), min(len(followed), 100))]
        if tasks:
            self.record(f"health: customers with an open follow-up ({len(tasks)})",
                        self._each(tasks), HEALTH_GOAL_MS, call=tasks[0])
        self.record(f"health: busiest ordinary customer ({busiest[1]} jobs)",
                    timed(health_of(busiest[0]), self.runs, warmup=3), HEALTH_GOAL_MS,
                    call=health_of(busiest[0]))
        business = health_of(self.facts.business)
        level = business().level
        self.record(f"health: business customer ({business_jobs:,} jobs)",
                    timed(business, self.runs, warmup=3), HEALTH_GOAL_MS,
                    f"{level}; sample levels " + ", ".join(
                        f"{k} {v}" for k, v in sorted(levels.items())), call=business)

    def _each(self, calls: list[Callable[[], Any]]) -> list[float]:
        for call in calls[:5]:
            call()
        out = []
        for call in calls:
            started = time.perf_counter()
            call()
            out.append((time.perf_counter() - started) * 1000)
        return out

    def at_risk(self) -> None:
        found: list[int] = []

        def listing() -> None:
            with self.db.read() as s:
                found.append(len(at_risk_customers(s, self.now)))

        ms = timed(listing, min(self.runs, 5))
        self.record("at-risk customers (list of up to 200)", ms, None,
                    f"{found[-1]} at risk", call=listing)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", choices=("sqlite", "postgresql"), required=True)
    ap.add_argument("--jobs", type=int, required=True)
    ap.add_argument("--db-url", help="default: a database of its own, bench_care_<size>")
    ap.add_argument("--reuse", action="store_true", help="keep a database already seeded")
    ap.add_argument("--reseed-care", action="store_true",
                    help="with --reuse: keep the demo data, make the care data again")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--explain", action="store_true",
                    help="print the statements and plans of every operation, not only of a "
                         "missed goal")
    args = ap.parse_args(argv)
    url = args.db_url or default_care_url(args.engine, args.jobs)
    print(f"engine {args.engine}, {args.jobs:,} jobs, {url}")
    services, facts = care_shop(url, args.jobs, args.reuse, args.reseed_care)
    bench = Bench(services, facts, args.runs)
    bench.explain_all = args.explain
    bench.undo_rounds()  # a run stopped half-way leaves its rows
    bench.setting("survey.delay_hours", "")
    bench.setting("care.warranty_reminder", "no")
    print(f"figures at {facts.moment:%Y-%m-%d %H:%M} UTC, where the demo data ends; "
          f"load average {os.getloadavg()[0]:.2f}")
    header(args.engine, args.jobs)
    try:
        bench.survey_rounds("next morning (default)")
        bench.setting("survey.delay_hours", "0")
        bench.survey_rounds("delay_hours=0")
        bench.setting("survey.delay_hours", "")
        bench.care_round()
        bench.health(random.Random(7))
        bench.at_risk()
        print("\n".join(bench.explained))
        print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    finally:
        bench.setting("survey.delay_hours", "")
        bench.undo_rounds()
        services.close()


def default_care_url(engine: str, jobs: int) -> str:
    label = f"{jobs // 1_000_000}m" if jobs % 1_000_000 == 0 else f"{jobs // 1000}k"
    if engine == "sqlite":
        return f"sqlite:///{DATA / f'bench_care_{label}.db'}"
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/tamirgah_bench_care_{label}"


if __name__ == "__main__":
    main()
