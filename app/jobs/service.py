"""Job services: each write is one unit of work running an operation of app/jobs
(intake, edits, payments, moves, warranty); reads take a read transaction of their own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Perm
from app.auth.unlock_access import may_read
from app.clock import Clock, system_clock
from app.jobs import edits, moves, payments, warranty
from app.jobs.common import load_job, shop_timezone
from app.jobs.edits import EDITABLE_FIELDS as EDITABLE_FIELDS
from app.jobs.edits import MAX_LINES as MAX_LINES
from app.jobs.edits import LineInput as LineInput
from app.jobs.intake import IntakeRequest, create_job
from app.jobs.moves import MoveInput
from app.jobs.moves import NextAction as NextAction
from app.jobs.views import JobDetail, job_detail
from app.jobs.workflow import Status
from app.storage.sql import SqlUnitOfWork
from app.storage.unit_of_work import UnitOfWorkFactory
from app.validation import search_term
from db.engine import Database
from db.models import Job, JobEvent


@dataclass(frozen=True)
class UnlockInfo:
    passcode: str
    pattern: str
    hidden: bool = False  # on record, but this login does not hold the shop's unlock key

    def __repr__(self) -> str:
        return "UnlockInfo(***)"


class JobService:
    def __init__(self, db: Database, *, clock: Clock = system_clock,
                 uow: UnitOfWorkFactory | None = None) -> None:
        self.db = db
        self.clock = clock
        self.unit_of_work: UnitOfWorkFactory = uow or (lambda: SqlUnitOfWork(db))

    # --- reading -------------------------------------------------------------------------
    def get(self, job_id: int) -> JobDetail:
        with self.db.read() as s:
            job = load_job(s, job_id)
            events = s.scalars(select(JobEvent).where(JobEvent.job_id == job_id)
                               .order_by(JobEvent.id)).all()
            return job_detail(job, list(events), shop_timezone(s))

    def change_mark(self, job_id: int) -> tuple[int, int]:
        """(version, newest timeline id): changes whenever anything happens to the job."""
        with self.db.read() as s:
            version = s.scalar(select(Job.version).where(Job.id == job_id)) or 0
            last = s.scalar(select(func.max(JobEvent.id)).where(JobEvent.job_id == job_id))
            return version, last or 0

    def id_for_number(self, number: str) -> int | None:
        with self.db.read() as s:
            return s.scalar(select(Job.id).where(Job.number == search_term(number).strip()))

    def may_read_unlock(self, actor: Actor) -> bool:
        """Technicians and managers; reception only where the shop allows it."""
        if actor.can(Perm.READ_UNLOCK):
            return True
        with self.db.read() as s:
            return may_read(s, actor.role)

    def next_actions(self, actor: Actor, job_id: int) -> list[NextAction]:
        """Every move the table offers from here, with why this actor can or cannot make it."""
        detail = self.get(job_id)
        return moves.next_actions(actor, detail.status, detail.totals)

    # --- intake and edits ------------------------------------------------------------------
    def intake(self, actor: Actor, req: IntakeRequest) -> JobDetail:
        with self.unit_of_work() as uow:
            job_id = create_job(uow, actor, req, self.clock()).id
        return self.get(job_id)

    def reveal_unlock(self, actor: Actor, job_id: int) -> UnlockInfo:
        """The passcode and pattern, for the roles that need them; every look is on record.
        A login without the shop's unlock key gets them hidden, not an error."""
        with self.unit_of_work() as uow:
            if not edits.may_read_unlock(uow, actor):
                actor.require(Perm.READ_UNLOCK)  # raises, naming the permission
            opened = edits.reveal_unlock(uow, actor, job_id, self.clock())
        return UnlockInfo("", "", hidden=True) if opened is None else UnlockInfo(*opened)

    def update(self, actor: Actor, job_id: int, expected_version: int, **changes: Any) -> int:
        with self.unit_of_work() as uow:
            return edits.update(uow, actor, job_id, expected_version, changes, self.clock())

    def apply_update(self, s: Session, actor: Actor, job_id: int, expected_version: int,
                     changes: dict[str, Any]) -> int:
        """An edit inside the caller's transaction (care's new promised date and its
        message), with the same rules and timeline as `update`."""
        return edits.update(SqlUnitOfWork.joining(s), actor, job_id, expected_version, changes,
                            self.clock())

    def set_estimate(self, actor: Actor, job_id: int, expected_version: int,
                     lines: list[LineInput]) -> int:
        with self.unit_of_work() as uow:
            return edits.set_estimate(uow, actor, job_id, expected_version, lines,
                                      self.clock())

    def assign(self, actor: Actor, job_id: int, expected_version: int,
               technician_id: int | None) -> int:
        with self.unit_of_work() as uow:
            return edits.assign(uow, actor, job_id, expected_version, technician_id,
                                self.clock())

    def add_note(self, actor: Actor, job_id: int, note: str, *, customer_visible: bool) -> None:
        with self.unit_of_work() as uow:
            edits.add_note(uow, actor, job_id, note, customer_visible=customer_visible,
                           now=self.clock())

    def record_print(self, actor: Actor, job_id: int, document: str, **details: Any) -> None:
        with self.unit_of_work() as uow:
            edits.record_print(uow, actor, job_id, document, details, self.clock())

    # --- money -----------------------------------------------------------------------------
    def add_payment(self, actor: Actor, job_id: int, amount: int, method: str,
                    *, note: str = "") -> int:
        with self.unit_of_work() as uow:
            return payments.add_payment(uow, actor, job_id, amount, method, note, self.clock())

    def refund(self, actor: Actor, job_id: int, amount: int, method: str, *, reason: str) -> int:
        with self.unit_of_work() as uow:
            return payments.refund(uow, actor, job_id, amount, method, reason, self.clock())

    # --- the workflow ------------------------------------------------------------------------
    def change_status(self, actor: Actor, job_id: int, target: Status | str,
                      expected_version: int, *, reason: str = "",
                      promised_date: dt.date | None = None, override: bool = False) -> int:
        given = MoveInput(reason, promised_date, override)
        with self.unit_of_work() as uow:
            return moves.change_status(uow, actor, job_id, target, expected_version, given,
                                       self.clock())

    def apply_move(self, s: Session, actor: Actor, job: Job, target: Status | str, *,
                   reason: str = "", promised_date: dt.date | None = None,
                   override: bool = False, via: str = "") -> None:
        """One move from the workflow table inside the caller's transaction (a reply's)."""
        uow = SqlUnitOfWork.joining(s)
        moves.move(uow, actor, uow.jobs.get(job.id), target,
                   MoveInput(reason, promised_date, override, via), self.clock())

    def undo_status_change(self, actor: Actor, job_id: int, expected_version: int) -> int:
        """Take back a slip: the job's last move, by the same user or a manager, within the
        message grace period. The customer hears of neither move."""
        with self.unit_of_work() as uow:
            return moves.undo_last_move(uow, actor, job_id, expected_version, self.clock())

    def approve(self, actor: Actor, job_id: int, expected_version: int) -> int:
        return self.change_status(actor, job_id, Status.APPROVED, expected_version)

    def decline(self, actor: Actor, job_id: int, expected_version: int, reason: str) -> int:
        return self.change_status(actor, job_id, Status.DECLINED, expected_version,
                                  reason=reason)

    def deliver(self, actor: Actor, job_id: int, expected_version: int,
                *, override: bool = False) -> int:
        return self.change_status(actor, job_id, Status.DELIVERED, expected_version,
                                  override=override)

    # --- warranty ------------------------------------------------------------------------------
    def open_warranty_return(self, actor: Actor, job_id: int, problem: str,
                             *, override: bool = False) -> JobDetail:
        with self.unit_of_work() as uow:
            job_id = warranty.open_warranty_return(uow, actor, job_id, problem, self.clock(),
                                                   override=override).id
        return self.get(job_id)


__all__ = ["EDITABLE_FIELDS", "MAX_LINES", "JobService", "LineInput", "NextAction",
           "UnlockInfo"]
