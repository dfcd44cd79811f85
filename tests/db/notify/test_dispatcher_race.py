"""Two dispatchers on two PCs against one PostgreSQL, racing over the same 1,000 messages."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from app.bootstrap import build
from app.locale.calendar import utcnow
from app.notify.enqueue import enqueue_job_message
from app.notify.templates import MessageEvent
from db.models import Job, OutboxMessage
from tests.db.notify.conftest import Shop
from tests.fakes.kavenegar import FakeKavenegar

MESSAGES = 1000


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_two_dispatchers_send_each_of_1000_messages_exactly_once(
        shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    job_id = shop.intake()
    with shop.services.db.write() as s:
        job = s.get(Job, job_id)
        assert job is not None
        s.query(OutboxMessage).delete()
        for _ in range(MESSAGES):
            enqueue_job_message(s, job, MessageEvent.READY, utcnow())
    kavenegar.latency = 0.005
    url = shop.services.db.engine.url.render_as_string(hide_password=False)
    sent: dict[str, int] = {}
    start = threading.Barrier(2)

    def run(name: str) -> None:
        services = build(url, migrate="never")  # a second PC: its own engine and pool
        dispatcher = services.dispatcher(concurrency=8, batch=20, worker=name)
        total = 0
        start.wait()
        try:
            while True:
                got = dispatcher.run_once().sent.sent
                if got == 0:
                    break
                total += got
        finally:
            dispatcher.close()
            services.close()
        sent[name] = total

    threads = [threading.Thread(target=run, args=(n,)) for n in ("pc-a", "pc-b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert kavenegar.send_count == MESSAGES
    assert len({m.local_id for m in kavenegar.accepted}) == MESSAGES
    assert sent["pc-a"] + sent["pc-b"] == MESSAGES and min(sent.values()) > 0
    with shop.services.db.read() as s:
        statuses = dict(s.execute(select(OutboxMessage.status, func.count())
                                  .group_by(OutboxMessage.status)).all())
    assert statuses == {"sent": MESSAGES}
