"""Migration 0004 on a shop that already has replies: each gets its fingerprint, so one
fetched again is still known; going back keeps every reply, even two sharing an id."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from app.notify.replies import fingerprint
from db.engine import make_engine
from db.migrate import downgrade, upgrade

AT = dt.datetime(2026, 11, 20, 9, 30, 15, 250000)


@pytest.fixture(params=["sqlite", "postgresql"])
def blank_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shop.db'}"
    return str(request.getfixturevalue("empty_pg"))


def test_replies_get_their_fingerprint_and_survive_a_downgrade(blank_url: str) -> None:
    engine = make_engine(blank_url)
    try:
        upgrade(engine, "0003")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO inbound_messages (gateway, provider_id, sender, body, received_at,"
                " outcome) VALUES ('kavenegar', '1', '+989121234567', 'بله', :at, 'approved')"),
                {"at": AT})
        upgrade(engine, "0004")
        with engine.begin() as conn:
            stored = conn.execute(text("SELECT fingerprint FROM inbound_messages")).scalar_one()
            assert stored == fingerprint("1", "+989121234567", "بله", AT.replace(tzinfo=dt.UTC))
            # a provider numbering per request: a later "1" with the same id is its own reply
            conn.execute(text(
                "INSERT INTO inbound_messages (gateway, provider_id, sender, body, received_at,"
                " outcome, fingerprint) VALUES ('kavenegar', '1', '+989121234567', '1', :at,"
                " 'approved', 'later')"), {"at": AT + dt.timedelta(hours=2)})
            conn.execute(text("UPDATE outbox SET lease_until = NULL"))
        downgrade(engine, "0003")
        with engine.begin() as conn:
            ids = sorted(conn.execute(text("SELECT provider_id FROM inbound_messages")).scalars())
        assert len(ids) == 2 and ids[0] == "1" and ids[1].startswith("1#")
    finally:
        engine.dispose()
