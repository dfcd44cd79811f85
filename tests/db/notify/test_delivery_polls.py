"""Two dispatchers (two PCs) never both ask the provider about the same sent message: the
poll is claimed in the database, as sends are."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

from app.bootstrap import build
from app.locale.calendar import utcnow
from tests.db.notify.conftest import Shop
from tests.fakes.kavenegar import FakeKavenegar

MESSAGES = 60


def test_two_dispatchers_poll_each_sent_message_once(shop: Shop,
                                                      kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    shop.queue(MESSAGES)
    first = shop.dispatcher()
    assert first.run_once().sent.sent == MESSAGES
    first.close()
    kavenegar.latency = 0.02
    before = kavenegar.request_count("/sms/status.json")  # the first round's own poll
    url = shop.services.db.engine.url.render_as_string(hide_password=False)
    later = utcnow() + dt.timedelta(minutes=3)
    start = threading.Barrier(2)
    polled: dict[str, int] = {}

    def poll(name: str) -> None:
        services = build(url, migrate="never")  # another PC: its own engine and pool
        dispatcher = replace(services, clock=lambda: later).dispatcher(worker=name)
        try:
            dispatcher.gateway()
            start.wait()
            polled[name] = dispatcher.run_once().polled.delivered
        finally:
            dispatcher.close()
            services.close()

    threads = [threading.Thread(target=poll, args=(n,)) for n in ("pc-a", "pc-b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(polled) == 2
    assert kavenegar.request_count("/sms/status.json") - before == MESSAGES
