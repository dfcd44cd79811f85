"""Two dispatchers on one PostgreSQL server meeting the same account problem at the same
moment raise one alert, not two."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from app.bootstrap import build
from app.locale.calendar import utcnow
from app.notify.alerts import raise_alert
from app.notify.states import AlertKind
from db.models import SmsAlert


def test_two_dispatchers_raising_the_same_problem_at_once_raise_one_alert(
        pg_url: str) -> None:
    one, two = build(pg_url, migrate="never"), build(pg_url, migrate="never")
    try:
        entered, done = threading.Event(), threading.Event()

        def other_pc() -> None:
            entered.set()
            with two.db.write() as s:
                raise_alert(s, AlertKind.BAD_KEY, "kavenegar", "the key is wrong", utcnow())
            done.set()

        with one.db.write() as s:
            raise_alert(s, AlertKind.BAD_KEY, "kavenegar", "the key is wrong", utcnow())
            racer = threading.Thread(target=other_pc)
            racer.start()
            entered.wait(5)
            assert not done.wait(0.5)  # it waits for this transaction rather than adding its own
        racer.join(10)
        assert done.is_set()
        with one.db.read() as s:
            assert s.scalar(select(func.count()).select_from(SmsAlert)) == 1
    finally:
        one.close()
        two.close()
