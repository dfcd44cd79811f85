"""A customer's yes or no to marketing, as an append-only log: the latest row holds. With no
row the customer has not said no (surveys may go; issue 16's campaigns ask for a yes)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.care.states import ConsentHow, ConsentPurpose
from db.models import Consent


def record_consent(s: Session, customer_id: int, given: bool, how: ConsentHow,
                   now: dt.datetime, *, purpose: ConsentPurpose = ConsentPurpose.MARKETING,
                   by_id: int | None = None, inbound_id: int | None = None) -> Consent:
    row = Consent(customer_id=customer_id, purpose=purpose, given=given, how=how, at=now,
                  by_id=by_id, inbound_id=inbound_id)
    s.add(row)
    s.flush()
    return row


def latest_consent(s: Session, customer_id: int,
                   purpose: ConsentPurpose = ConsentPurpose.MARKETING) -> Consent | None:
    return s.scalar(select(Consent).where(Consent.customer_id == customer_id,
                                          Consent.purpose == purpose)
                    .order_by(Consent.id.desc()).limit(1))


def marketing_stopped(s: Session, customer_id: int) -> bool:
    """Whether the customer's last word on marketing was no (11 / «لغو», or at the desk)."""
    latest = latest_consent(s, customer_id)
    return latest is not None and not latest.given
