"""SMS dispatcher figures against the stand-in Kavenegar with a fixed latency per request.

Prints messages per second for a full outbox drained by one dispatcher at a few concurrency
levels (and the duplicate count, which must be zero), and the cost a queued message adds to
a status change. Goal: at least 200 messages/s at 50 ms latency with zero duplicates.

    .venv/bin/python bench/bench_sms.py --engine sqlite --messages 3000
    .venv/bin/python bench/bench_sms.py --engine postgresql --messages 3000
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import multiprocessing.connection
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TAMIRGAH_HOME", tempfile.mkdtemp(prefix="tamirgah-bench-sms-"))

from sqlalchemy import create_engine, text  # noqa: E402

from app.auth.roles import SYSTEM, Role  # noqa: E402
from app.bootstrap import Services, build  # noqa: E402
from app.jobs.workflow import Status  # noqa: E402
from app.locale.calendar import utcnow  # noqa: E402
from app.notify.dispatcher import Dispatcher  # noqa: E402
from app.notify.enqueue import enqueue_job_message  # noqa: E402
from app.notify.templates import MessageEvent  # noqa: E402
from db.models import Job  # noqa: E402
from tests.factories import intake_request, user  # noqa: E402
from tests.fakes.kavenegar import FakeKavenegar  # noqa: E402

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"


def fresh_database(engine: str) -> tuple[str, str | None]:
    if engine == "sqlite":
        return f"sqlite:///{tempfile.mkdtemp(prefix='bench-sms-')}/shop.db", None
    name = f"tamirgah_bench_sms_{uuid.uuid4().hex[:6]}"
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"{PG_SERVER}/{name}", name


def drop(name: str | None) -> None:
    if name:
        admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


class ProviderProcess:
    """The stand-in provider in its own process, so it does not share the dispatcher's GIL,
    as a real provider would not. Asked over a pipe how many it accepted."""

    def __init__(self, latency: float) -> None:
        self.conn, child = mp.Pipe()
        self.process = mp.Process(target=_serve, args=(child, latency), daemon=True)
        self.process.start()
        self.config: dict[str, str] = self.conn.recv()

    def counts(self) -> tuple[int, int]:
        """Messages accepted, and distinct local ids among them."""
        self.conn.send("counts")
        accepted, distinct = self.conn.recv()
        return int(accepted), int(distinct)

    def stop(self) -> None:
        self.conn.send("stop")
        self.process.join(10)


def _serve(conn: mp.connection.Connection, latency: float) -> None:
    with FakeKavenegar(latency=latency) as fake:
        conn.send({k: str(v) for k, v in fake.gateway_config().items()})
        while conn.recv() == "counts":
            with fake.lock:
                conn.send((len(fake.accepted), len({m.local_id for m in fake.accepted})))


def configure(services: Services, provider: ProviderProcess) -> None:
    for key, value in {"sms.gateway": "kavenegar", "sms.quiet_start": "00:00",
                       "sms.quiet_end": "00:00", "sms.grace_seconds": "0",
                       **{f"sms.kavenegar.{k}": v for k, v in provider.config.items()}}.items():
        services.settings.set(SYSTEM, key, value)


def throughput(services: Services, provider: ProviderProcess, messages: int,
               concurrency: int) -> tuple[float, int]:
    job_id = services.jobs.intake(user(services, Role.RECEPTION), intake_request()).id
    with services.db.write() as s:
        job = s.get(Job, job_id)
        assert job is not None
        now = utcnow()
        for _ in range(messages):
            enqueue_job_message(s, job, MessageEvent.READY, now)
    before, before_distinct = provider.counts()
    dispatcher = Dispatcher(services.db, concurrency=concurrency, batch=concurrency * 4)
    dispatcher.gateway()  # build the HTTP client outside the timing
    started = time.perf_counter()
    sent = dispatcher.run_once().sent.sent  # one round drains everything due
    seconds = time.perf_counter() - started
    dispatcher.close()
    after, after_distinct = provider.counts()
    accepted = after - before
    assert sent == accepted == messages + 1, (sent, accepted)  # +1: the job's "received"
    return accepted / seconds, accepted - (after_distinct - before_distinct)


def status_change_cost(services: Services, rounds: int) -> tuple[float, float]:
    """Median ms of received → diagnosing with its message queued, and switched off."""
    reception, tech = user(services, Role.RECEPTION), user(services, Role.TECHNICIAN)

    def timed() -> float:
        job = services.jobs.intake(reception, intake_request())
        started = time.perf_counter()
        services.jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
        return (time.perf_counter() - started) * 1000

    with_message = statistics.median(timed() for _ in range(rounds))
    services.settings.set(SYSTEM, "sms.events_off", "diagnosis_started")
    without = statistics.median(timed() for _ in range(rounds))
    services.settings.set(SYSTEM, "sms.events_off", "")
    return with_message, without


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[8, 16, 32])
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    url, pg_name = fresh_database(args.engine)
    services = build(url, migrate="always")
    try:
        provider = ProviderProcess(args.latency_ms / 1000)
        try:
            configure(services, provider)
            print(f"{args.engine}: {args.messages} queued messages, provider latency "
                  f"{args.latency_ms:.0f} ms per request")
            for concurrency in args.concurrency:
                rate, duplicates = throughput(services, provider, args.messages, concurrency)
                print(f"  concurrency {concurrency:3}: {rate:7.1f} messages/s, "
                      f"duplicates {duplicates}")
            with_message, without = status_change_cost(services, args.rounds)
            print(f"  status change, median of {args.rounds}: {with_message:.2f} ms with its "
                  f"message queued, {without:.2f} ms with the message switched off "
                  f"(+{with_message - without:.2f} ms)")
        finally:
            provider.stop()
    finally:
        services.close()
        drop(pg_name)


if __name__ == "__main__":
    main()
