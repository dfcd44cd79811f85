"""Foundation benchmark: search, a page of jobs, opening a job and saving an intake.

    python bench/bench_foundation.py --engine sqlite --jobs 100000 [--reuse]
    python bench/bench_foundation.py --engine postgresql --jobs 1000000 [--db-url URL]

Prints figures against the goals; it is not a pass/fail test.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_seed import default_url, prepare
from bench_terms import pick_terms, sample_ids
from sqlalchemy import text

from app.auth.roles import Actor, Role
from app.bootstrap import Services
from app.customers.imei import luhn_check_digit
from app.customers.service import NewCustomer, NewDevice
from app.jobs.intake import IntakeRequest
from app.jobs.service import JobService
from app.jobs.workflow import OPEN_STATUSES, Status

GOAL_MS = 20.0
OVERHEAD_GOAL_MS = 2.0
BUDGET_S = 60.0  # per search kind, so a slow one cannot hold the machine for long
PAGE_SQL = """SELECT j.id, j.number, j.status, c.name, c.mobile, d.brand, d.model, j.created_at
FROM jobs j JOIN customers c ON c.id = j.customer_id JOIN devices d ON d.id = j.device_id
WHERE j.status IN ({statuses}) ORDER BY j.created_at DESC, j.id DESC LIMIT 50"""
PAGE_FILTERS = (tuple(sorted(OPEN_STATUSES)), (Status.READY,), (Status.DELIVERED,),
                (Status.IN_REPAIR, Status.WAITING_PARTS), (Status.RECEIVED,))


def timed(calls: list[Callable[[], Any]],
          warmup: list[Callable[[], Any]] | None = None) -> list[float]:
    for call in calls[:5] if warmup is None else warmup:  # warm the caches first
        call()
    out = []
    for call in calls:
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def paired(first: list[Callable[[], Any]],
           second: list[Callable[[], Any]]) -> tuple[list[float], list[float]]:
    """Time two ways of doing the same things term by term, which one goes first alternating,
    so that neither gets the caches the other warmed. One untimed pass first: figures are for
    a database in the OS cache, as a shop's is after a few minutes of work."""
    warm_until = time.perf_counter() + BUDGET_S / 2
    for call in first:
        if time.perf_counter() > warm_until:
            break
        call()
    times: tuple[list[float], list[float]] = ([], [])
    until = time.perf_counter() + BUDGET_S
    for i, calls in enumerate(zip(first, second, strict=True)):
        if i >= 20 and time.perf_counter() > until:
            print(f"  (time budget: {i} of {len(first)} runs)")
            break
        for way in (1, 0) if i % 2 else (0, 1):
            started = time.perf_counter()
            calls[way]()
            times[way].append((time.perf_counter() - started) * 1000)
    return times


def stats(ms: list[float]) -> tuple[float, float]:
    ordered = sorted(ms)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def raw_runner(services: Services) -> tuple[Callable[[str], Any], Callable[[], None]]:
    """Run a search's exact SQL on the bare DBAPI cursor."""
    raw = services.db.engine.raw_connection()
    cur = raw.cursor()
    sqlite = services.db.sqlite

    def run(term: str) -> Any:
        sql, params = services.search.job_query(term)
        if not sqlite:
            sql = re.sub(r"(?<!:):(\w+)", r"%(\1)s", sql)
        cur.execute(sql, params)
        rows = cur.fetchall()
        if not sqlite:
            raw.commit()
        return rows

    return run, raw.close


def page_call(services: Services, statuses: tuple[str, ...],
              second: bool = False) -> Callable[[], Any]:
    """One page of the job board: JobListing.page when the app has it, else its SQL."""
    listing = getattr(services, "listing", None)
    if listing is not None:
        from app.jobs.listing import JobFilter

        flt = JobFilter(statuses=tuple(Status(s) for s in statuses))
        after = listing.page(flt, limit=50).after if second else None
        return partial(listing.page, flt, limit=50, after=after)
    sql = text(PAGE_SQL.format(statuses=", ".join(f"'{s}'" for s in statuses)))

    def run() -> Any:
        with services.db.read() as s:
            return s.execute(sql).all()

    return run


def intake_calls(services: Services, rng: random.Random, customers: list[int],
                 runs: int) -> tuple[list[Callable[[], Any]], list[Callable[[], Any]]]:
    with services.db.read() as s:
        reception = s.execute(text("SELECT id FROM users WHERE username = 'reception'")).scalar()
    actor = Actor(reception, "reception", Role.RECEPTION)
    jobs: JobService = services.jobs

    def device() -> NewDevice:
        body = f"35{rng.randrange(10**11, 10**12)}"
        return NewDevice("phone", "Samsung", "Galaxy A54", "Black",
                         imei=body + str(luhn_check_digit(body)))

    def returning(customer_id: int) -> Callable[[], Any]:
        req = IntakeRequest(problem="Cracked screen", customer_id=customer_id,
                            new_device=device(), condition={"screen": "cracked"},
                            accessories=["case"], deposit=500_000)
        return lambda: jobs.intake(actor, req)

    def brand_new() -> Callable[[], Any]:
        mobile = f"0994{rng.randrange(10**6, 10**7)}"  # a prefix the demo never hands out
        req = IntakeRequest(problem="باتری زود خالی می‌شود",
                            new_customer=NewCustomer("بنچمارک آزمایشی", mobile),
                            new_device=device(), accessories=["charger"])
        return lambda: jobs.intake(actor, req)

    return ([returning(customers[i % len(customers)]) for i in range(runs + 3)],
            [brand_new() for _ in range(runs + 3)])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", choices=("sqlite", "postgresql"), required=True)
    ap.add_argument("--jobs", type=int, required=True)
    ap.add_argument("--db-url")
    ap.add_argument("--reuse", action="store_true", help="keep a database already seeded")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    url = args.db_url or default_url(args.engine, args.jobs)
    print(f"engine {args.engine}, {args.jobs:,} jobs, {url}")
    services, meta = prepare(url, args.jobs, reuse=args.reuse)
    print(f"seeding: {meta['seconds']:.1f} s for {meta['jobs']:,} jobs"
          + (" (reused database)" if meta["reused"] else ""))

    rng = random.Random(time.time_ns())  # intakes add rows: never the same mobiles twice
    terms = pick_terms(services, args.seed, args.runs)
    job_ids, customer_ids = sample_ids(services, args.seed, args.runs)
    header(args.engine, args.jobs)
    raw, close_raw = raw_runner(services)
    for kind, kind_terms in terms.items():
        service_ms, raw_ms = paired([partial(services.search.jobs, t) for t in kind_terms],
                                    [partial(raw, t) for t in kind_terms])
        row(f"search: {kind}", service_ms, stats(raw_ms)[0])
    close_raw()
    for statuses in PAGE_FILTERS:
        label = "open" if len(statuses) > 2 else "+".join(statuses)
        row(f"page of 50: {label}", timed([page_call(services, statuses)] * args.runs))
    row("page 2 (keyset): delivered",
        timed([page_call(services, (Status.DELIVERED,), second=True)] * args.runs))
    row("open job (get)", timed([partial(services.jobs.get, i) for i in job_ids]))
    returning, brand_new = intake_calls(services, rng, customer_ids, min(args.runs, 100))
    row("intake: returning customer", timed(returning[3:], returning[:3]))
    row("intake: new customer", timed(brand_new[3:], brand_new[:3]))
    if not hasattr(services, "listing"):
        print("(pages timed as SQL: the app has no job listing service yet)")
    services.close()


def header(engine: str, jobs: int) -> None:
    print(f"\n{engine}, {jobs:,} jobs   (ms; goals: median <= {GOAL_MS:.0f}, "
          f"service overhead <= {OVERHEAD_GOAL_MS:.0f})")
    print(f"{'operation':34} {'median':>8} {'p95':>8} {'raw med':>8} {'overhd':>7}  goal")


def row(name: str, ms: list[float], raw_median: float | None = None) -> None:
    median, p95 = stats(ms)
    verdict = "met" if median <= GOAL_MS else "MISSED"
    extra = " " * 17
    if raw_median is not None:
        overhead = median - raw_median
        extra = f"{raw_median:8.2f} {overhead:7.2f}"
        if overhead > OVERHEAD_GOAL_MS:
            verdict = "MISSED (overhead)" if verdict == "met" else "MISSED (both)"
    print(f"{name:34} {median:8.2f} {p95:8.2f} {extra}  {verdict}", flush=True)


if __name__ == "__main__":
    main()
