"""SQLAlchemy 2.0 models. Enumerated values are plain strings; app/ owns their meaning."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UTCDateTime

# Columns searched by prefix sort bytewise on PostgreSQL (see migration 0002).
PREFIX_KEY = String(20).with_variant(String(20, collation="C"), "postgresql")
PREFIX_DOC = Text().with_variant(Text(collation="C"), "postgresql")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON, list[str]: JSON}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]


class UnlockKey(Base):
    """The shop's one public key for unlock secrets; its private key is only in user_keys."""

    __tablename__ = "unlock_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    public_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class UserKey(Base):
    """A user's own key pair, its private half wrapped by their password (argon2id), and the
    shop's unlock key sealed to it when the user may read unlock secrets."""

    __tablename__ = "user_keys"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True,
                                         autoincrement=False)
    public_key: Mapped[str] = mapped_column(String(64))
    salt: Mapped[str] = mapped_column(String(40))
    wrapped_private: Mapped[str] = mapped_column(String(200))
    shop_key: Mapped[str | None] = mapped_column(String(300))
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[dt.datetime]


class LoginThrottle(Base):
    """Failed logins in a row per typed username, shared by every PC of the shop."""

    __tablename__ = "login_throttle"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    last_failed_at: Mapped[dt.datetime]


class FailedLogin(Base):
    """One refused login, for the manager to see."""

    __tablename__ = "failed_logins"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    username: Mapped[str] = mapped_column(String(64))
    known: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(String(20))
    workstation: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (Index("ix_failed_logins_at", "at"),)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    mobile: Mapped[str] = mapped_column(PREFIX_KEY, unique=True)
    other_phones: Mapped[list[str]] = mapped_column(default=list)
    email: Mapped[str | None] = mapped_column(String(200))
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20), default="walk_in")
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    sms_opt_out: Mapped[bool] = mapped_column(Boolean, default=False)
    sms_opt_out_at: Mapped[dt.datetime | None]
    language: Mapped[str] = mapped_column(String(2), default="fa")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    devices: Mapped[list[Device]] = relationship(back_populates="customer",
                                                 order_by="Device.id")
    __mapper_args__ = {"version_id_col": version}


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    brand: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100))
    colour: Mapped[str] = mapped_column(String(50), default="")
    imei: Mapped[str | None] = mapped_column(String(15), index=True)
    serial: Mapped[str | None] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime]

    customer: Mapped[Customer] = relationship(back_populates="devices")


class JobCounter(Base):
    """The last job sequence number handed out in each Jalali year."""

    __tablename__ = "job_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer)


class Job(Base):
    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(PREFIX_KEY, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"), index=True)
    problem: Mapped[str] = mapped_column(Text)
    condition: Mapped[dict[str, Any]] = mapped_column(default=dict)
    accessories: Mapped[list[str]] = mapped_column(default=list)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20))
    promised_date: Mapped[dt.date | None] = mapped_column(Date)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    estimate_min: Mapped[int | None] = mapped_column(BigInteger)
    estimate_max: Mapped[int | None] = mapped_column(BigInteger)
    warranty_days: Mapped[int] = mapped_column(Integer, default=0)
    warranty_of_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"))
    customer_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[dt.datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status_changed_at: Mapped[dt.datetime]
    delivered_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    customer: Mapped[Customer] = relationship()
    device: Mapped[Device] = relationship()
    technician: Mapped[User | None] = relationship(foreign_keys=[technician_id])
    updated_by: Mapped[User | None] = relationship(foreign_keys=[updated_by_id])
    lines: Mapped[list[EstimateLine]] = relationship(
        order_by="EstimateLine.position", cascade="all, delete-orphan")
    payments: Mapped[list[Payment]] = relationship(order_by="Payment.id")
    secret: Mapped[JobSecret | None] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_jobs_status_created", "status", "created_at"),
        Index("ix_jobs_created", "created_at"),
        Index("ix_jobs_technician_status", "technician_id", "status"),
        Index("ix_jobs_promised", "promised_date"),
        Index("ix_jobs_status_changed", "status", "status_changed_at"),
        Index("ix_jobs_status_promised", "status", "promised_date"),
    )


class JobSecret(Base):
    """Passcode and unlock pattern, apart from the job so that no listing query touches them."""

    __tablename__ = "job_secrets"

    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), primary_key=True)
    # Typed values only until the shop's unlock key exists (databases from before it); then
    # both are empty and `sealed` holds them, sealed to the shop's public key (app/auth).
    passcode: Mapped[str] = mapped_column(String(64), default="")
    pattern: Mapped[str] = mapped_column(String(32), default="")
    sealed: Mapped[str | None] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"JobSecret(job_id={self.job_id}, ***)"


class EstimateLine(Base):
    __tablename__ = "estimate_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(BigInteger)
    discount: Mapped[int] = mapped_column(BigInteger, default=0)


class Payment(Base):
    """Money in (kind payment) or out (kind refund); the amount is always positive."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), index=True)
    at: Mapped[dt.datetime]
    kind: Mapped[str] = mapped_column(String(10))
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(BigInteger)
    is_deposit: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(500), default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class JobEvent(Base):
    """One line of a job's append-only timeline (the database refuses updates and deletes)."""

    __tablename__ = "job_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"))
    at: Mapped[dt.datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(30))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    customer_event: Mapped[str | None] = mapped_column(String(30))

    actor: Mapped[User | None] = relationship()
    __table_args__ = (Index("ix_job_events_job", "job_id", "id"),)


class JobSearch(Base):
    """A folded text of everything reception searches a job by; indexed per engine."""

    __tablename__ = "job_search"

    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), primary_key=True,
                                        autoincrement=False)
    doc: Mapped[str] = mapped_column(Text)


class CustomerSearch(Base):
    __tablename__ = "customer_search"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True,
                                             autoincrement=False)
    doc: Mapped[str] = mapped_column(PREFIX_DOC)

    __table_args__ = (Index("ix_customer_search_doc_prefix", "doc"),)


class MessageTemplate(Base):
    """A shop's own wording of one customer message; events without a row use the default."""

    __tablename__ = "message_templates"

    event: Mapped[str] = mapped_column(String(30), primary_key=True)
    lang: Mapped[str] = mapped_column(String(2), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class OutboxMessage(Base):
    """One SMS, written in the same transaction as the change that caused it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    local_id: Mapped[str] = mapped_column(String(40), unique=True)
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    cause_event_id: Mapped[int | None] = mapped_column(ForeignKey("job_events.id"))
    event: Mapped[str] = mapped_column(String(30))
    transactional: Mapped[bool] = mapped_column(Boolean, default=True)
    to: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(2))
    body: Mapped[str] = mapped_column(Text)
    parts: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[dt.datetime]
    due_at: Mapped[dt.datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    gateway: Mapped[str | None] = mapped_column(String(40))
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[dt.datetime | None]
    # While "sending": no other dispatcher looks the message up or sends it again before this,
    # the time after which the first request can no longer be on its way to the provider.
    lease_until: Mapped[dt.datetime | None]
    provider_id: Mapped[str | None] = mapped_column(String(100))
    sent_at: Mapped[dt.datetime | None]
    delivered_at: Mapped[dt.datetime | None]
    polled_at: Mapped[dt.datetime | None]
    error: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime]

    __table_args__ = (
        Index("ix_outbox_status_due", "status", "due_at", "id"),
        Index("ix_outbox_job", "job_id", "id"),
        Index("ix_outbox_customer", "customer_id", "created_at"),
    )


class InboundMessage(Base):
    """A customer's reply fetched from the gateway, matched to their job where it can be."""

    __tablename__ = "inbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    gateway: Mapped[str] = mapped_column(String(40))
    provider_id: Mapped[str] = mapped_column(String(100))
    sender: Mapped[str] = mapped_column(String(30))
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime]
    # What identifies a reply: provider id, sender, text and time (app.notify.replies), since
    # some providers number replies per request and the id alone repeats.
    fingerprint: Mapped[str] = mapped_column(String(64))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"))
    outcome: Mapped[str] = mapped_column(String(12))
    read_at: Mapped[dt.datetime | None]
    read_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("uq_inbound_gateway_fingerprint", "gateway", "fingerprint", unique=True),
        Index("ix_inbound_job", "job_id", "id"),
        Index("ix_inbound_unread", "read_at", "id"),
        Index("ix_inbound_customer", "customer_id", "id"),
    )


class SmsAlert(Base):
    """Something about sending that a manager must act on: no credit, a bad key, a lost answer."""

    __tablename__ = "sms_alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    kind: Mapped[str] = mapped_column(String(20))
    gateway: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
    resolved_at: Mapped[dt.datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (Index("ix_sms_alerts_open", "resolved_at", "id"),)


class Consent(Base):
    """One customer's yes or no to a kind of contact, with when and how it was given; the
    latest row per customer and purpose is what holds (app/care/consent.py). Append-only."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    purpose: Mapped[str] = mapped_column(String(12))
    given: Mapped[bool] = mapped_column(Boolean)
    how: Mapped[str] = mapped_column(String(12))
    at: Mapped[dt.datetime]
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))

    __table_args__ = (Index("ix_consents_customer", "customer_id", "purpose", "id"),)


class Survey(Base):
    """One survey of one job: asked, answered, or skipped with its reason (app/care)."""

    __tablename__ = "surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"))
    round: Mapped[int] = mapped_column(Integer, default=1)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    scale: Mapped[str] = mapped_column(String(4))
    state: Mapped[str] = mapped_column(String(10))
    skip_reason: Mapped[str | None] = mapped_column(String(20))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
    created_at: Mapped[dt.datetime]
    score: Mapped[int | None] = mapped_column(Integer)
    answered_at: Mapped[dt.datetime | None]
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    why_message_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
    commented_at: Mapped[dt.datetime | None]

    __table_args__ = (
        Index("uq_surveys_job_round", "job_id", "round", unique=True),
        Index("ix_surveys_customer", "customer_id", "created_at"),
        Index("ix_surveys_answered", "answered_at"),
        Index("ix_surveys_created", "created_at"),
        Index("ix_surveys_customer_answered", "customer_id", "answered_at"),
    )


class CareTask(Base):
    """A follow-up someone owns: a recovery after a low score, a complaint, a reply to act on,
    a promised date at risk, a device not collected. Edited with its version (two PCs)."""

    __tablename__ = "care_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    survey_id: Mapped[int | None] = mapped_column(ForeignKey("surveys.id"))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    # The promised date a job-at-risk task is about: one task per job and promised date.
    about_date: Mapped[dt.date | None] = mapped_column(Date)
    severity: Mapped[str] = mapped_column(String(4), default="low")
    came_by: Mapped[str] = mapped_column(String(10))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_at: Mapped[dt.datetime]
    snoozed_until: Mapped[dt.datetime | None]
    state: Mapped[str] = mapped_column(String(6))
    outcome: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    escalated_to: Mapped[str | None] = mapped_column(String(10))
    escalated_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[dt.datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_care_tasks_open", "state", "due_at", "id"),
        Index("ix_care_tasks_job", "job_id", "kind", "state"),
        Index("ix_care_tasks_customer", "customer_id", "state"),
    )
