"""Whether this PC sends the shop's SMS, and the background dispatcher the desk app runs.

A shop on one PC (SQLite) sends from it unless told not to; with a shared PostgreSQL only
the PC chosen with `tamirgah sms this-pc on` sends, so a desk that is off never holds mail.
"""

from __future__ import annotations

from collections.abc import Callable

from app.notify.dispatcher import Dispatcher
from app.this_pc import workstation
from db.engine import Database

KEY = "sends_sms"


def sends_here(db: Database) -> bool:
    chosen = workstation.get(KEY)
    return bool(chosen) if chosen is not None else db.sqlite


def choose(sends: bool) -> None:
    workstation.put(KEY, sends)


def run_in_background(dispatcher: Dispatcher, interval: float = 5.0) -> Callable[[], None]:
    """Run `dispatcher` on its thread; returns how to stop it."""
    thread, stop = dispatcher.start_thread(interval)

    def shut_down() -> None:
        stop.set()
        thread.join(timeout=interval + 15)
        dispatcher.close()

    return shut_down
