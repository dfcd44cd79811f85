"""The dispatcher: sends what is due, settles lost answers, polls delivery, takes replies.

It runs on the PC chosen to send: as a background thread of the desk app or as
`tamirgah notifier`. Several dispatchers against one PostgreSQL are safe (rows are claimed
with FOR UPDATE SKIP LOCKED); on SQLite run one.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from app.locale.calendar import utcnow
from app.notify.alerts import blocking_alert, resolve_blocking
from app.notify.delivery import Polled, poll_delivery
from app.notify.gateway import GatewayError, SmsGateway
from app.notify.gateway_config import build_gateway, gateway_settings
from app.notify.reconcile import Reconciled, reconcile
from app.notify.reminders import queue_reminders
from app.notify.replies import Taken, take_replies
from app.notify.rules import QuietHours
from app.notify.sending import Attempt, Outcomes, attempt, claim_due, record_attempts
from db.engine import Database

log = logging.getLogger(__name__)

REMINDER_EVERY = dt.timedelta(minutes=10)
PROBE_EVERY = dt.timedelta(minutes=5)


@dataclass
class CycleReport:
    sent: Outcomes = field(default_factory=Outcomes)
    reconciled: Reconciled = field(default_factory=Reconciled)
    polled: Polled = field(default_factory=Polled)
    replies: Taken = field(default_factory=Taken)
    reminders: int = 0
    waiting: str = ""  # why nothing was sent: quiet hours, or an open alert

    def summary(self) -> str:
        s = self.sent
        parts = [f"sent {s.sent}", f"retrying {s.retried}", f"failed {s.failed}",
                 f"to review {s.review + self.reconciled.review}",
                 f"found sent {self.reconciled.found}", f"resent {self.reconciled.requeued}",
                 f"delivered {self.polled.delivered}",
                 f"replies {self.replies.approved + self.replies.declined + self.replies.unread}",
                 f"reminders {self.reminders}"]
        return ", ".join(parts) + (f" ({self.waiting})" if self.waiting else "")


class Dispatcher:
    def __init__(self, db: Database, *, concurrency: int = 16, batch: int = 64,
                 lease: dt.timedelta = dt.timedelta(minutes=2),
                 clock: Callable[[], dt.datetime] = utcnow, worker: str | None = None) -> None:
        self.db = db
        self.batch = batch
        self.concurrency = concurrency
        self.lease = lease
        self.clock = clock
        self.worker = worker or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.pool = ThreadPoolExecutor(max_workers=concurrency,
                                       thread_name_prefix="sms-send")
        self._gateway: tuple[tuple[Any, ...], SmsGateway] | None = None
        self._last_reminders: dt.datetime | None = None
        self._last_probe: dt.datetime | None = None

    def close(self) -> None:
        self.pool.shutdown(wait=True)

    def gateway(self) -> SmsGateway:
        """The gateway the settings name now; rebuilt only when they change."""
        with self.db.read() as s:
            name, config = gateway_settings(s)
        key = (name, tuple(sorted(config.items())))
        if self._gateway is None or self._gateway[0] != key:
            self._gateway = (key, build_gateway(name, config))
        return self._gateway[1]

    def run_once(self) -> CycleReport:
        report = CycleReport()
        gateway = self.gateway()
        report.reconciled = reconcile(self.db, gateway, self.clock(), self.lease)
        report.waiting = self._why_waiting(gateway)
        if not report.waiting:
            self._send_due(gateway, report)
        report.polled = poll_delivery(self.db, gateway, self.clock(), self.pool)
        report.replies = self._replies(gateway)
        now = self.clock()
        if self._last_reminders is None or now - self._last_reminders >= REMINDER_EVERY:
            report.reminders = queue_reminders(self.db, now)
            self._last_reminders = now
        return report

    def run_until(self, stop: threading.Event, interval: float = 5.0) -> None:
        while not stop.is_set():
            try:
                report = self.run_once()
                log.info("SMS dispatcher: %s", report.summary())
            except Exception:  # keep sending tomorrow even if one round hit a bad row
                log.exception("SMS dispatcher round failed")
            stop.wait(interval)

    def start_thread(self, interval: float = 5.0) -> tuple[threading.Thread, threading.Event]:
        stop = threading.Event()
        thread = threading.Thread(target=self.run_until, args=(stop, interval),
                                  name="sms-dispatcher", daemon=True)
        thread.start()
        return thread, stop

    def _send_due(self, gateway: SmsGateway, report: CycleReport) -> None:
        """Keep `concurrency` sends in flight; claim more as they finish, record in batches."""
        pending: set[Future[Attempt]] = set()
        finished: list[Attempt] = []
        claiming = True
        while True:
            room = 2 * self.concurrency - len(pending)
            if claiming and room > self.concurrency // 2:
                with self.db.write() as s:
                    claimed = claim_due(s, gateway.name, self.worker, self.clock(),
                                        min(room, self.batch))
                claiming = bool(claimed)
                pending |= {self.pool.submit(attempt, gateway, c) for c in claimed}
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            finished += [f.result() for f in done]
            if len(finished) >= self.batch or not pending:
                if self._record(gateway, finished, report):
                    claiming = False  # a blocking alert: let in-flight ones finish, no more
                finished = []
        if finished:
            self._record(gateway, finished, report)

    def _record(self, gateway: SmsGateway, finished: list[Attempt],
                report: CycleReport) -> bool:
        with self.db.write() as s:
            got = record_attempts(s, gateway, self.worker, finished, self.clock())
        total = report.sent
        for name in ("sent", "retried", "failed", "review", "checking"):
            setattr(total, name, getattr(total, name) + getattr(got, name))
        if got.blocked:
            report.waiting = f"sending paused: {got.blocked}"
        return bool(got.blocked)

    def _why_waiting(self, gateway: SmsGateway) -> str:
        now = self.clock()
        with self.db.read() as s:
            if QuietHours.from_settings(s).contains(now):
                return "quiet hours"
            alert = blocking_alert(s, gateway.name)
            reason = alert.reason if alert else ""
        if not reason:
            return ""
        if self._last_probe is None or now - self._last_probe >= PROBE_EVERY:
            self._last_probe = now
            if self._credit_is_back(gateway):
                with self.db.write() as s:
                    resolve_blocking(s, gateway.name, now)
                return ""
        return f"sending paused: {reason}"

    @staticmethod
    def _credit_is_back(gateway: SmsGateway) -> bool:
        """A balance answer proves the key works; a positive one that there is credit."""
        try:
            balance = gateway.balance()
        except GatewayError:
            return False
        return balance is not None and balance.amount > 0

    def _replies(self, gateway: SmsGateway) -> Taken:
        try:
            inbound = gateway.inbound()
        except GatewayError as err:
            log.warning("could not fetch replies: %s", err.reason)
            return Taken()
        return take_replies(self.db, gateway.name, inbound, self.clock()) if inbound else Taken()
