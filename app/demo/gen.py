"""The demo data set as batches of plain rows, in creation order, ready for bulk inserts.

Values are str, int or None only (timestamps as naive UTC text in SQLAlchemy's SQLite format,
JSON as text), so that one row serves sqlite3's executemany and PostgreSQL's COPY alike.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast
from zoneinfo import ZoneInfo

import jdatetime

from app.demo import data
from app.demo.jobs import JobFacts, JobMaker, Rows, Staff
from app.demo.people import DemoCustomer, DemoDevice, People, Pick, job_doc_fast
from app.jobs.intake_checks import ACCESSORIES, CONDITION_ITEMS
from app.jobs.numbering import format_number
from app.jobs.workflow import Status
from app.search.documents import customer_doc, job_doc
from app.settings.service import SPECS
from db.models import Customer, Device

UNLOCK_KEPT = int(SPECS["jobs.unlock_keep_days"].default) * 86400

COLUMNS: dict[str, tuple[str, ...]] = {
    "customers": ("id", "name", "mobile", "other_phones", "email", "birthday", "source",
                  "referred_by_id", "sms_opt_out", "sms_opt_out_at", "language", "notes",
                  "created_at", "version"),
    "customer_search": ("customer_id", "doc"),
    "devices": ("id", "customer_id", "kind", "brand", "model", "colour", "imei", "serial",
                "created_at"),
    "jobs": ("id", "number", "customer_id", "device_id", "problem", "condition", "accessories",
             "priority", "status", "promised_date", "technician_id", "estimate_min",
             "estimate_max", "warranty_days", "warranty_of_id", "customer_note", "created_at",
             "created_by_id", "updated_at", "updated_by_id", "status_changed_at",
             "delivered_at", "version"),
    "job_secrets": ("job_id", "passcode", "pattern"),
    "job_search": ("job_id", "doc"),
    "estimate_lines": ("id", "job_id", "position", "kind", "description", "quantity",
                       "unit_price", "discount"),
    "payments": ("id", "job_id", "at", "kind", "method", "amount", "is_deposit", "note",
                 "by_id"),
    "job_events": ("id", "job_id", "at", "actor_id", "kind", "data", "customer_event"),
}
ID_TABLES = ("customers", "devices", "jobs", "estimate_lines", "payments", "job_events")
DAYS = 730
OPEN_SECONDS = 11 * 3600  # jobs come in between 09:30 and 20:30 shop time
RETURN_WINDOW = 20_000  # customers who may still come back; bounds memory
LONG_SHARE, LONG_NEWEST, NEWEST_LONG = 0.12, 0.5, 40  # long problems: share, among the newest

_OPEN_MIX = Pick(list(Status), (10, 12, 10, 6, 3, 14, 8, 4, 3, 12, 12, 3))
_OLD_MIX = Pick((Status.DELIVERED, Status.CANCELLED, Status.READY, Status.DECLINED,
                 Status.UNREPAIRABLE, Status.WAITING_PARTS, Status.SENT_OUT, Status.APPROVED),
                (920, 50, 12, 4, 4, 5, 3, 2))
_ACCESSORIES_BY_KIND = {
    "phone": ("charger", "cable", "case", "sim", "memory_card", "box"),
    "tablet": ("charger", "cable", "case", "stylus", "box"),
    "laptop": ("charger", "bag", "battery"),
    "console": ("cable", "box"),
    "other": ("charger", "cable", "box"),
}


class Clock:
    """Epoch seconds to stored text, with the shop's days planned once."""

    def __init__(self, now: int, tz: str, jobs: int) -> None:
        self.zone = ZoneInfo(tz)
        self.now = now
        self.jobs = jobs
        today = dt.datetime.fromtimestamp(now, self.zone).date()
        self.first = today - dt.timedelta(days=DAYS)
        local = [self.first + dt.timedelta(days=d) for d in range(DAYS)]
        self.opens = [int(dt.datetime.combine(day, dt.time(9, 30), self.zone).timestamp())
                      for day in local]
        self.jyear = [jdatetime.date.fromgregorian(date=day).year for day in local]
        self._days: dict[int, str] = {}
        self._hms = [f"{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60)
                     for s in range(60)]

    def ts(self, t: int) -> str:
        d, s = divmod(t, 86400)
        day = self._days.get(d)
        if day is None:
            day = self._days[d] = str(dt.date(1970, 1, 1) + dt.timedelta(days=d))
        return f"{day} {self._hms[s]}.000000"

    def local_day(self, t: int, plus: int) -> str:
        return str(dt.datetime.fromtimestamp(t, self.zone).date() + dt.timedelta(days=plus))

    def year_counts(self) -> dict[int, int]:
        """How many jobs each Jalali year gets, to reserve their numbers up front."""
        counts: dict[int, int] = {}
        for i in range(self.jobs):
            year = self.jyear[self.day_of(i)]
            counts[year] = counts.get(year, 0) + 1
        return counts

    def day_of(self, i: int) -> int:
        return min(int((i + 0.5) * DAYS / self.jobs), DAYS - 1)

    def _first_of_day(self, d: int) -> int:
        return max(0, math.ceil(d * self.jobs / DAYS - 0.5))

    def created(self, i: int, u: float) -> int:
        """Job i's moment: its day's jobs spread in order over the opening hours."""
        d = self.day_of(i)
        first = self._first_of_day(d)
        last = self._first_of_day(d + 1) if d < DAYS - 1 else self.jobs
        frac = (i - first + u) / max(1, last - first)
        return self.opens[d] + int(frac * OPEN_SECONDS)


@dataclass
class Plan:
    """Everything the generator needs, picklable so that another process can run it."""

    now: int
    tz: str
    jobs: int
    seed: int
    staff: Staff
    next_ids: dict[str, int]
    seq_base: dict[int, int]
    used_mobiles: set[int]
    batch_jobs: int


class DemoGenerator:
    def __init__(self, plan: Plan) -> None:
        self.n = plan.jobs
        self.rng = rng = random.Random(plan.seed)
        self.now = plan.now
        self.clock = Clock(plan.now, plan.tz, plan.jobs)
        self.staff = plan.staff
        self.ids = dict(plan.next_ids)
        self.first_customer = plan.next_ids["customers"]
        self.seq = dict(plan.seq_base)
        self.batch_jobs = plan.batch_jobs
        self.people = People(rng, set(plan.used_mobiles))
        self.maker = JobMaker(rng, self.now, self.staff, self.ids, self.clock.ts,
                              self.clock.local_day)
        self.pool: list[DemoCustomer] = []
        self.open_count = max(24, self.n * 3 // 100)
        self.newest = list(Status)
        rng.shuffle(self.newest)
        self.conditions = [self._condition() for _ in range(400)]
        self.accessories = {kind: [json.dumps(sorted(rng.sample(items, rng.randrange(
            0, min(3, len(items)) + 1)))) for _ in range(50)]
            for kind, items in _ACCESSORIES_BY_KIND.items()}
        assert set().union(*_ACCESSORIES_BY_KIND.values()) <= set(ACCESSORIES)

    def _condition(self) -> str:
        rng = self.rng
        picked = {}
        for item in rng.sample(list(CONDITION_ITEMS), rng.randrange(2, len(CONDITION_ITEMS))):
            values = CONDITION_ITEMS[item]
            good = item == "powers_on" if isinstance(values[0], bool) else "ok"
            picked[item] = rng.choices(values, [8 if v == good else 1 for v in values])[0]
        return json.dumps(picked)

    def status(self, i: int) -> Status:
        age = self.n - 1 - i
        if age < len(self.newest) <= self.n:
            return self.newest[age]
        return (_OPEN_MIX if age < self.open_count else _OLD_MIX)(self.rng)

    def batches(self) -> Iterator[tuple[int, Rows]]:
        """(jobs in the batch, rows per table), oldest jobs first."""
        size = self.batch_jobs
        for start in range(0, self.n, size):
            rows: Rows = {table: [] for table in COLUMNS}
            for i in range(start, min(start + size, self.n)):
                self._job(rows, i, check=i == start)
            yield min(size, self.n - start), rows

    def _next(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table] - 1

    def _customer(self, rows: Rows, t: int) -> tuple[DemoCustomer, bool]:
        rng, pool = self.rng, self.pool
        if pool and rng.random() < 0.42:
            index = rng.randrange(max(0, len(pool) - RETURN_WINDOW), len(pool))
            c = pool[index]
            c.jobs_left -= 1
            if not c.jobs_left:
                pool[index] = pool[-1]
                pool.pop()
            return c, True
        c = self.people.customer(self._next("customers"))
        c.jobs_left = rng.choices((0, 1, 2, 3), (50, 28, 14, 8))[0]
        if c.jobs_left:
            pool.append(c)
            if len(pool) > 2 * RETURN_WINDOW:
                del pool[:RETURN_WINDOW]
        source = rng.choices(("walk_in", "instagram", "referral", "website", "other"),
                             (50, 20, 12, 10, 8))[0]
        referrer = None
        if source == "referral":
            if c.id > self.first_customer:
                referrer = rng.randrange(self.first_customer, c.id)
            else:
                source = "walk_in"
        opt_out = rng.random() < 0.05
        opt_out_at = self.clock.ts(rng.randrange(t, self.now)) if opt_out else None
        birthday = (str(dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(17_000)))
                    if rng.random() < 0.2 else None)
        notes = rng.choice(data.NOTES[c.language]) if rng.random() < 0.03 else ""
        rows["customers"].append((
            c.id, c.name, c.mobile, json.dumps(c.other_phones), c.email, birthday, source,
            referrer, int(opt_out), opt_out_at, c.language, notes, self.clock.ts(t - 30), 1))
        rows["customer_search"].append((c.id, c.doc))
        return c, False

    def _device(self, rows: Rows, c: DemoCustomer, returning: bool,
                t: int) -> tuple[DemoDevice, tuple[int, str] | None]:
        rng = self.rng
        if returning and c.devices and rng.random() < 0.45:
            d = rng.choice(c.devices)
            if d.free_at < t:
                warranty = (d.last_job if d.warranty_until >= t and rng.random() < 0.6
                            else None)
                return d, warranty
        d = self.people.device(self._next("devices"))
        c.devices.append(d)
        colours = data.COLOURS_FA if c.language == "fa" else data.COLOURS_EN
        colour = rng.choice(colours) if rng.random() < 0.8 else ""
        rows["devices"].append((d.id, c.id, d.kind, d.brand, d.model, colour, d.imei, d.serial,
                                self.clock.ts(t - 20)))
        return d, None

    def _job(self, rows: Rows, i: int, *, check: bool) -> None:
        rng, clock = self.rng, self.clock
        t = clock.created(i, rng.random())
        c, returning = self._customer(rows, t)
        d, warranty_of = self._device(rows, c, returning, t)
        year = clock.jyear[clock.day_of(i)]
        self.seq[year] = self.seq.get(year, 0) + 1
        number = format_number(year, self.seq[year])
        job_id = self._next("jobs")
        tech = rng.choice(self.staff.techs)
        lang = c.language
        facts = JobFacts(job_id, number, t, self.status(i), d.kind, warranty_of, lang)
        cols, outcome = self.maker.timeline(rows, facts, tech)
        if warranty_of:
            rows["job_events"].append((self._next("job_events"), warranty_of[0], clock.ts(t),
                                       cols["created_by_id"], "warranty_return_opened",
                                       json.dumps({"new_job": number}), None))
        d.free_at = outcome.closed_at
        if outcome.delivered_at is not None:
            d.warranty_until = outcome.delivered_at + outcome.warranty_days * 86400
            d.last_job = (job_id, number)
        problem = self._problem(d, lang, newest=self.n - 1 - i < NEWEST_LONG)
        promised = cols["promised_wp"] or (
            str(clock.first + dt.timedelta(days=clock.day_of(i) + rng.randrange(1, 8)))
            if rng.random() < 0.7 else None)
        total = cols["total"]
        low = high = None
        if rng.random() < 0.4:
            base = total or rng.randrange(5, 30) * 100_000
            low = int(base * rng.uniform(0.6, 0.9)) // 50_000 * 50_000
            high = max(low, int(base * rng.uniform(1.0, 1.4)) // 50_000 * 50_000)
        note = rng.choice(data.NOTES[lang]) if rng.random() < 0.05 else ""
        rows["jobs"].append((
            job_id, number, c.id, d.id, problem, rng.choice(self.conditions),
            rng.choice(self.accessories[d.kind]), rng.choices((0, 1, 2), (85, 12, 3))[0],
            cols["status"], promised, cols["technician_id"], low, high, outcome.warranty_days,
            warranty_of[0] if warranty_of else None, note, clock.ts(t), cols["created_by_id"],
            cols["updated_at"], cols["updated_by_id"], cols["status_changed_at"],
            cols["delivered_at"], cols["version"]))
        if d.kind in ("phone", "tablet") and rng.random() < 0.4:
            if rng.random() < 0.6:
                passcode, pattern = "".join(rng.choices("0123456789", k=rng.choice((4, 6)))), ""
            else:
                passcode, pattern = "", "-".join(rng.sample("123456789", rng.randrange(4, 8)))
            # as a shop keeping them jobs.unlock_keep_days (default) after delivery has them
            kept = outcome.delivered_at is None or outcome.delivered_at > self.now - UNLOCK_KEPT
            if kept:
                rows["job_secrets"].append((job_id, passcode, pattern))
        doc = job_doc_fast(number, c, d)
        if check:
            _same(doc, job_doc(number, cast(Customer, c), cast(Device, d)))
            _same(c.doc, customer_doc(cast(Customer, c)))
        rows["job_search"].append((job_id, doc))


    def _problem(self, d: DemoDevice, lang: str, *, newest: bool) -> str:
        """In the customer's language; now and then a long one with Latin names inside, and
        more often among the newest jobs, which a demo opens on."""
        rng = self.rng
        if rng.random() < (LONG_NEWEST if newest else LONG_SHARE):
            texts = data.LONG_PROBLEMS.get((d.kind, d.brand)) or data.LONG_PROBLEMS[d.kind, ""]
            return rng.choice(texts[1 if lang == "en" else 0])
        problems = data.PROBLEMS[d.kind][1 if lang == "en" else 0]
        problem = rng.choice(problems)
        if rng.random() < 0.15:
            problem += ("، " if lang == "fa" else ", ") + rng.choice(problems)
        return problem


def _same(fast: str, real: Any) -> None:
    if fast != real:
        raise RuntimeError(f"demo search text drifted from app.search.documents: {fast!r} "
                           f"!= {real!r}")
