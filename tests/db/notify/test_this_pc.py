"""The desk app's background dispatcher: on for a one-PC shop, off where another PC sends."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from app.notify import this_pc
from db.models import OutboxMessage
from tests.db.notify.conftest import Shop


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_one_pc_shop_sends_from_a_background_thread(shop: Shop) -> None:
    assert this_pc.sends_here(shop.services.db)
    shop.intake()
    stop = shop.services.sending.start_background(interval=0.1)
    assert stop is not None
    try:
        deadline = time.monotonic() + 20
        status = "queued"
        while status == "queued" and time.monotonic() < deadline:
            time.sleep(0.1)
            with shop.services.db.read() as s:
                status = s.scalar(select(OutboxMessage.status))
    finally:
        stop()
    assert status == "delivered"  # the console gateway reports delivery at once


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_with_a_shared_server_only_the_chosen_pc_sends(shop: Shop) -> None:
    assert not this_pc.sends_here(shop.services.db)
    assert shop.services.sending.start_background() is None
    this_pc.choose(True)
    assert this_pc.sends_here(shop.services.db)
    stop = shop.services.sending.start_background(interval=0.1)
    assert stop is not None
    stop()
