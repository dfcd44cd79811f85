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
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select

from app.clock import Clock
from app.errors import ValidationError
from app.jobs.unlock_retention import delete_old_unlock_secrets
from app.notify.alerts import blocking_alert, raise_alert, resolve_blocking
from app.notify.delivery import Polled, poll_delivery
from app.notify.gateway import GatewayError, SmsGateway
from app.notify.gateway_config import GatewayFactory, gateway_settings
from app.notify.outbox_settings import quiet_hours
from app.notify.reconcile import Reconciled, reconcile
from app.notify.reminders import queue_reminders
from app.notify.replies import CareReplies, Taken, Workflow, take_replies
from app.notify.sending import (
    Attempt,
    Outcomes,
    answer_wait,
    attempt,
    claim_due,
    record_attempts,
)
from app.notify.states import AlertKind, MessageStatus
from app.settings.service import read_setting
from db.engine import Database
from db.models import OutboxMessage

log = logging.getLogger(__name__)

REMINDER_EVERY = dt.timedelta(minutes=10)
CARE_EVERY = dt.timedelta(minutes=1)


class CareRound(Protocol):
    """The care work done on the dispatcher's rounds (app/care/care_round.py)."""

    def __call__(self, db: Database, now: dt.datetime) -> Any: ...
PROBE_EVERY = dt.timedelta(minutes=5)


@dataclass
class CycleReport:
    sent: Outcomes = field(default_factory=Outcomes)
    reconciled: Reconciled = field(default_factory=Reconciled)
    polled: Polled = field(default_factory=Polled)
    replies: Taken = field(default_factory=Taken)
    reminders: int = 0
    care: Any = None  # app/care's report of its round, when one ran
    waiting: str = ""  # why nothing was sent: quiet hours, or an open alert

    def summary(self) -> str:
        s, r = self.sent, self.replies
        parts = [f"sent {s.sent}", f"retrying {s.retried}", f"failed {s.failed}",
                 f"held {s.held}", f"answer lost {s.checking}",
                 f"to review {s.review + self.reconciled.review}",
                 f"found sent {self.reconciled.found}", f"resent {self.reconciled.requeued}",
                 f"delivered {self.polled.delivered}",
                 f"replies {r.approved + r.declined + r.unread + r.unmatched + r.kept_unread}",
                 f"survey answers {r.scored}", f"stop/start {r.commands}",
                 f"status answers {r.status}",
                 f"replies already stored {r.duplicates}",
                 f"reminders {self.reminders}"]
        if self.care is not None:
            parts.append(self.care.summary())
        return ", ".join(parts) + (f" ({self.waiting})" if self.waiting else "")


class Dispatcher:
    """Built by the composition root (Services.dispatcher), which hands in the job workflow
    replies act through, the factory that makes a gateway from its settings, and the clock."""

    def __init__(self, db: Database, *, jobs: Workflow, make_gateway: GatewayFactory,
                 clock: Clock, care: CareReplies | None = None,
                 care_round: CareRound | None = None, worker: str | None = None,
                 concurrency: int = 16,
                 batch: int = 64, lease: dt.timedelta = dt.timedelta(minutes=2)) -> None:
        self.db = db
        self.jobs = jobs
        self.care = care
        self.care_round = care_round
        self._last_care: dt.datetime | None = None
        self.make_gateway = make_gateway
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
            self._gateway = (key, self.make_gateway(name, config))
            self._last_probe = None  # new settings: find out at once whether sending can go on
        return self._gateway[1]

    def run_once(self) -> CycleReport:
        report = CycleReport()
        try:
            gateway = self.gateway()
        except ValidationError as err:
            report.waiting = self._settings_refused(err)
        else:
            self._with_gateway(gateway, report)
        now = self.clock()
        if self._last_reminders is None or now - self._last_reminders >= REMINDER_EVERY:
            report.reminders = queue_reminders(self.db, now)
            delete_old_unlock_secrets(self.db, now)  # a PC that sends may run for weeks
            self._last_reminders = now
        if self.care_round is not None and (
                self._last_care is None or now - self._last_care >= CARE_EVERY):
            # surveys come due and tasks go overdue on the clock, not on a reply
            report.care = self.care_round(self.db, now)
            self._last_care = now
        return report

    def _with_gateway(self, gateway: SmsGateway, report: CycleReport) -> None:
        report.reconciled = reconcile(self.db, gateway, self.clock(), self.lease, self.pool)
        report.waiting, paused = self._why_waiting(gateway)
        if not report.waiting:
            self._send_due(gateway, report)
        elif paused and self._probe_due() and self._probe(gateway, report):
            with self.db.write() as s:
                resolve_blocking(s, gateway.name, self.clock())
            report.waiting = ""
            self._send_due(gateway, report)
        report.polled = poll_delivery(self.db, gateway, self.clock(), self.pool)
        report.replies = self._replies(gateway)

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

    def _send_due(self, gateway: SmsGateway, report: CycleReport,
                  budget: int | None = None) -> None:
        """Keep `concurrency` sends in flight; claim more as they finish, record in batches.
        With a budget, claim no more than that many in all."""
        pending: set[Future[Attempt]] = set()
        finished: list[Attempt] = []
        claiming = True
        lease = max(self.lease, answer_wait(gateway))
        while True:
            room = 2 * self.concurrency - len(pending)
            if budget is not None:
                room = min(room, budget)
            if claiming and room > 0 and (room > self.concurrency // 2 or budget is not None):
                with self.db.write() as s:
                    claimed = claim_due(s, gateway.name, self.worker, self.clock(),
                                        min(room, self.batch), lease)
                claiming = bool(claimed)
                if budget is not None:
                    budget -= len(claimed)
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
        for name in ("sent", "retried", "failed", "review", "checking", "held"):
            setattr(total, name, getattr(total, name) + getattr(got, name))
        if got.blocked:
            total.blocked = got.blocked
            report.waiting = f"sending paused: {got.blocked}"
            self._last_probe = self.clock()  # the next try at the periodic probe
        return bool(got.blocked)

    def _why_waiting(self, gateway: SmsGateway) -> tuple[str, bool]:
        """Why nothing may be sent now ("" if it may), and whether an alert pauses it."""
        with self.db.read() as s:
            if quiet_hours(s).contains(self.clock()):
                return "quiet hours", False
            alert = blocking_alert(s, gateway.name)
            return (f"sending paused: {alert.reason}", True) if alert else ("", False)

    def _probe_due(self) -> bool:
        now = self.clock()
        if self._last_probe is None or now - self._last_probe >= PROBE_EVERY:
            self._last_probe = now
            return True
        return False

    def _probe(self, gateway: SmsGateway, report: CycleReport) -> bool:
        """Whether sending may go on after an account-level problem. The balance, where the
        provider tells it, must be positive; then one due message goes out as the real test
        (a message-level refusal also proves the account works). It goes back to the queue
        untouched if the problem is still there, and the open alert is not raised again."""
        try:
            balance = gateway.balance()
        except GatewayError as err:
            log.info("SMS still paused: %s", err.reason)
            return False
        if balance is not None and balance.amount <= 0:
            return False
        before = report.sent.sent + report.sent.failed
        self._send_due(gateway, report, budget=1)
        if report.sent.blocked:
            return False
        tried = report.sent.sent + report.sent.failed > before
        return tried or (balance is not None and not self._anything_due())

    def _anything_due(self) -> bool:
        with self.db.read() as s:
            return s.scalar(select(OutboxMessage.id).where(
                OutboxMessage.status == MessageStatus.QUEUED,
                OutboxMessage.due_at <= self.clock()).limit(1)) is not None

    def _settings_refused(self, err: ValidationError) -> str:
        """The gateway cannot even be built from the settings: nothing is sent, nothing fails,
        and the manager gets one alert saying which setting to fix."""
        kind = AlertKind.BAD_ADDRESS if err.code == "not_http_url" else AlertKind.BAD_SETTINGS
        now = self.clock()
        with self.db.write() as s:
            name = str(read_setting(s, "sms.gateway"))
            raise_alert(s, kind, name, err.message, now)
        log.warning("SMS sending paused: %s", err.message)
        self._gateway = None
        return f"sending paused: {err.message}"

    def _replies(self, gateway: SmsGateway) -> Taken:
        try:
            inbound = gateway.inbound()
        except GatewayError as err:
            log.warning("could not fetch replies: %s", err.reason)
            return Taken()
        if not inbound:
            return Taken()
        return take_replies(self.db, gateway.name, inbound, self.clock(), jobs=self.jobs,
                            care=self.care)
