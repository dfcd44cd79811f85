"""Alerts a manager must see: no credit, a bad key, a message whose fate is unknown."""

from __future__ import annotations

import datetime as dt
import zlib

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.notify.states import AlertKind
from db.models import SmsAlert

# While one of these is open for the gateway in use, sending waits instead of failing everything.
BLOCKING = (AlertKind.NO_CREDIT, AlertKind.BAD_KEY, AlertKind.BAD_ADDRESS,
            AlertKind.BAD_SENDER, AlertKind.BAD_SETTINGS)


def raise_alert(session: Session, kind: AlertKind | str, gateway: str, reason: str,
                now: dt.datetime, message_id: int | None = None) -> None:
    """One open alert per kind and gateway; a repeat of a blocking one is not added again."""
    if kind in BLOCKING:
        _one_raiser_at_a_time(session, gateway)
        already = session.scalar(select(SmsAlert.id).where(
            SmsAlert.kind == kind, SmsAlert.gateway == gateway,
            SmsAlert.resolved_at.is_(None)).limit(1))
        if already is not None:
            return
    session.add(SmsAlert(at=now, kind=kind, gateway=gateway, reason=reason,
                         message_id=message_id))


def _one_raiser_at_a_time(session: Session, gateway: str) -> None:
    """Two dispatchers on one server meeting the same problem at once: the second waits for
    the first's transaction, then sees its alert. (SQLite writers already take turns.)"""
    if session.get_bind().dialect.name == "postgresql":
        key = zlib.crc32(f"tamirgah.sms_alert.{gateway}".encode())
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def blocking_alert(session: Session, gateway: str) -> SmsAlert | None:
    return session.scalar(select(SmsAlert).where(
        SmsAlert.kind.in_(BLOCKING), SmsAlert.gateway == gateway,
        SmsAlert.resolved_at.is_(None)).order_by(SmsAlert.id).limit(1))


def resolve_blocking(session: Session, gateway: str, now: dt.datetime,
                     user_id: int | None = None) -> int:
    open_alerts = session.scalars(select(SmsAlert).where(
        SmsAlert.kind.in_(BLOCKING), SmsAlert.gateway == gateway,
        SmsAlert.resolved_at.is_(None))).all()
    for alert in open_alerts:
        alert.resolved_at = now
        alert.resolved_by_id = user_id
    return len(open_alerts)
