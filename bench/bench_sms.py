"""SMS dispatcher figures against the stand-in Kavenegar with a fixed latency per request.

Prints messages per second for a full outbox drained by one dispatcher at a few concurrency
levels (and the duplicate count, which must be zero), and the cost a queued message adds to
a status change. Goal: at least 200 messages/s at 50 ms latency with zero duplicates.

With --drill, the drills of issue 11 instead: a wrong key over --messages due messages, slow
sends (are any sent twice?), the time to reconcile --messages lost answers while each look-up
takes --lookup-latency seconds, and two dispatchers polling the same sent messages:

    .venv/bin/python bench/bench_sms.py --drill wrong-key reconcile --messages 200
    .venv/bin/python bench/bench_sms.py --engine postgresql --drill polls --messages 200

    .venv/bin/python bench/bench_sms.py --engine sqlite --messages 3000
    .venv/bin/python bench/bench_sms.py --engine postgresql --messages 3000
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import math
import multiprocessing as mp
import multiprocessing.connection
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TAMIRGAH_HOME", tempfile.mkdtemp(prefix="tamirgah-bench-sms-"))

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from app.auth.roles import SYSTEM, Role  # noqa: E402
from app.bootstrap import Services, build  # noqa: E402
from app.jobs.workflow import Status  # noqa: E402
from app.locale.calendar import utcnow  # noqa: E402
from app.notify.enqueue import enqueue_job_message  # noqa: E402
from app.notify.reconcile import reconcile  # noqa: E402
from app.notify.templates import MessageEvent  # noqa: E402
from db.models import Job, OutboxMessage  # noqa: E402
from tests.factories import intake_request, user  # noqa: E402
from tests.fakes.base import FakeProvider  # noqa: E402
from tests.fakes.kavenegar import FakeKavenegar  # noqa: E402
from tests.fakes.twilio import FakeTwilio  # noqa: E402

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
    dispatcher = services.dispatcher(concurrency=concurrency, batch=concurrency * 4)
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


# -- drills from issue 11: what the dispatcher does when the provider is wrong or slow --------
# In-process stand-ins; every drill prints a count a reader can compare across revisions
# (the same file runs against an older checkout with its tests/fakes from this one).

def use_fake(services: Services, fake: FakeProvider, timeout: int = 2) -> None:
    name = "twilio" if isinstance(fake, FakeTwilio) else "kavenegar"
    for key, value in {"sms.gateway": name, "sms.quiet_start": "00:00",
                       "sms.quiet_end": "00:00", "sms.grace_seconds": "0",
                       "sms.timeout_seconds": str(timeout),
                       **{f"sms.{name}.{k}": str(v)
                          for k, v in fake.gateway_config().items()}}.items():
        services.settings.set(SYSTEM, key, value)


def queue(services: Services, count: int) -> None:
    """`count` due messages with distinct texts: the job's own and count - 1 more."""
    job_id = services.jobs.intake(user(services, Role.RECEPTION), intake_request()).id
    with services.db.write() as s:
        job = s.get(Job, job_id)
        assert job is not None
        for n in range(count - 1):
            enqueue_job_message(s, job, MessageEvent.READY, utcnow()).body += f" #{n}"


def statuses(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        return dict(s.execute(select(OutboxMessage.status, func.count())
                              .group_by(OutboxMessage.status)).all())


def drill_wrong_key(services: Services, count: int) -> None:
    with FakeKavenegar() as fake:
        use_fake(services, fake)
        services.settings.set(SYSTEM, "sms.kavenegar.api_key", "a-key-with-a-typo")
        queue(services, count)
        dispatcher = services.dispatcher()
        try:
            dispatcher.run_once()
            failed = statuses(services).get("failed", 0)
            services.settings.set(SYSTEM, "sms.kavenegar.api_key", fake.api_key)
            for _ in range(3):  # no manual retry: only the dispatcher's own rounds
                dispatcher.run_once()
        finally:
            dispatcher.close()
        after = statuses(services)
        print(f"  wrong key, {count} due: {failed}/{count} failed for good; after the key was "
              f"fixed {after.get('sent', 0)}/{count} sent with no manual retry "
              f"(provider accepted {fake.send_count})")


def drill_slow_sends(services: Services, count: int, provider: type[FakeProvider]) -> None:
    """Sends take 2.5 s at the provider, the client waits 1 s: every answer is lost.
    Kavenegar refuses a repeated localid; Twilio has no such id."""
    with provider() as fake:
        use_fake(services, fake, timeout=1)
        queue(services, count)
        fake.send_delay = 2.5
        dispatcher = services.dispatcher()
        try:
            dispatcher.run_once()
            dispatcher.run_once()  # the next round, while the first requests are on their way
            deadline = time.monotonic() + 30
            while fake.send_count < count and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(3)  # any resend of the second round lands too
            fake.send_delay = 0
            later = utcnow() + dt.timedelta(minutes=3)
            dispatcher.clock = lambda: later
            dispatcher.run_once()
            dispatcher.run_once()
        finally:
            dispatcher.close()
        print(f"  slow sends to {provider.__name__.removeprefix('Fake')}, {count} messages: "
              f"{fake.twice()}/{count} reached the provider "
              f"twice ({fake.send_count} accepted); outbox {statuses(services)}")


def drill_reconcile(services: Services, count: int, latency: float) -> None:
    """`count` lost answers, then a provider taking `latency` s per look-up."""
    with FakeKavenegar() as fake:
        use_fake(services, fake, timeout=max(2, math.ceil(latency * 2)))
        queue(services, count)
        fake.set_mode("accept_then_hang", count=count)
        dispatcher = services.dispatcher()
        try:
            dispatcher.run_once()
            fake.latency = latency
            gateway = dispatcher.gateway()
            later = utcnow() + dt.timedelta(minutes=5)
            extra = {"pool": dispatcher.pool} if "pool" in inspect.signature(
                reconcile).parameters else {}
            started = time.perf_counter()
            done = reconcile(services.db, gateway, later, dispatcher.lease, **extra)
            seconds = time.perf_counter() - started
        finally:
            dispatcher.close()
        print(f"  reconcile {count} lost answers at {latency:.1f} s per look-up: {seconds:.1f} s "
              f"(found sent {done.found}, resent {done.requeued}, provider could not say "
              f"{getattr(done, 'unanswered', count - done.found - done.requeued)})")


def drill_polls(url: str, services: Services, count: int) -> None:
    """Two dispatchers (two PCs) poll delivery of `count` sent messages at the same moment."""
    with FakeKavenegar() as fake:
        use_fake(services, fake)
        queue(services, count)
        first = services.dispatcher()
        first.run_once()
        first.close()
        fake.latency = 0.02
        before = fake.request_count("/sms/status.json")
        later = utcnow() + dt.timedelta(minutes=3)
        start = threading.Barrier(2)

        def poll(name: str) -> None:
            pc = build(url, migrate="never")
            dispatcher = replace(pc, clock=lambda: later).dispatcher(worker=name)
            try:
                start.wait()
                dispatcher.run_once()
            finally:
                dispatcher.close()
                pc.close()

        threads = [threading.Thread(target=poll, args=(n,)) for n in ("pc-a", "pc-b")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        calls = fake.request_count("/sms/status.json") - before
        print(f"  two dispatchers polling {count} sent messages: {calls} status calls")


DRILLS = ("wrong-key", "slow-sends", "slow-sends-kavenegar", "reconcile", "polls")


def run_drills(engine: str, names: list[str], count: int, latency: float) -> None:
    for name in names:
        url, pg_name = fresh_database(engine)
        services = build(url, migrate="always")
        try:
            print(f"{engine}, drill {name}:")
            if name == "wrong-key":
                drill_wrong_key(services, count)
            elif name == "slow-sends":
                drill_slow_sends(services, count, FakeTwilio)
            elif name == "slow-sends-kavenegar":
                drill_slow_sends(services, count, FakeKavenegar)
            elif name == "reconcile":
                drill_reconcile(services, count, latency)
            else:
                drill_polls(url, services, count)
        finally:
            services.close()
            drop(pg_name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[8, 16, 32])
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--drill", choices=DRILLS, nargs="+",
                        help="run these drills (with --messages due) instead of the figures")
    parser.add_argument("--lookup-latency", type=float, default=1.0,
                        help="seconds per provider request in the reconcile drill")
    args = parser.parse_args()
    if args.drill:
        run_drills(args.engine, args.drill, args.messages, args.lookup_latency)
        return
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
