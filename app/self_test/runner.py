"""The checks in order, each guarded: an exception or a hang is that check's failure, and the
next check still runs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.self_test import checks, gateway_check, pc_checks
from app.self_test.results import Probe, Result, failed, say


@dataclass(frozen=True)
class Check:
    name: str  # also its title's key in report.WORDS
    run: Callable[[Probe], Result]
    timeout: float | None  # seconds; None runs it on the main thread (Qt wants that)


CHECKS = (
    Check("database", checks.database, 60),
    Check("fonts", checks.fonts, 30),
    Check("papers", checks.papers, 180),
    Check("templates", checks.templates, 60),
    Check("gateway", gateway_check.gateway, 90),
    Check("backups", pc_checks.backups, 30),
    Check("printers", pc_checks.printers, None),
)


def run_check(check: Check, probe: Probe) -> Result:
    if check.timeout is None:
        return _guarded(check, probe)
    answer: list[Result] = []
    worker = threading.Thread(target=lambda: answer.append(_guarded(check, probe)),
                              name=f"self-test {check.name}", daemon=True)
    worker.start()
    worker.join(check.timeout)
    if not answer:  # left behind; a daemon thread does not keep the program from ending
        return failed(say("timed_out", seconds=f"{check.timeout:g}"))
    return answer[0]


def _guarded(check: Check, probe: Probe) -> Result:
    try:
        return check.run(probe)
    except Exception as err:
        return failed(say("crashed", error=err))
