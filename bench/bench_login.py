"""Login timing: can a username be told from the time a refusal takes?

    python bench/bench_login.py [--runs 30] [--db-url URL]

Times refusals for a real username with a wrong password and for unknown usernames, in
alternation, and a good login (password check, then the user's and the shop's unlock keys).
The brake is cleared between tries so every refusal does the full work. Prints medians and
spreads; it is not a pass/fail test.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete

from app.bootstrap import build
from app.errors import PermissionDenied
from db.models import LoginThrottle


def _timed(call: Callable[..., object], *args: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(PermissionDenied):
        call(*args)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--db-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        services = build(args.db_url or f"sqlite:///{folder}/login.db", migrate="always")
        users = services.users
        if not users.has_users():
            users.create(None, username="reza", full_name="Reza", role="technician",
                         password="bench-pass-1")
        users.authenticate("reza", "bench-pass-1")  # warm: dummy hash, keys, connections

        def unbraked() -> None:
            with services.db.write() as s:
                s.execute(delete(LoginThrottle))

        wrong, unknown, good = [], [], []
        for n in range(args.runs):
            wrong.append(_timed(users.authenticate, "reza", f"guess-{n}"))
            unknown.append(_timed(users.authenticate, f"nobody{n}", f"guess-{n}"))
            good.append(_timed(users.authenticate, "reza", "bench-pass-1"))
            unbraked()
        services.close()
    for name, times in (("wrong password, real user", wrong),
                        ("unknown username", unknown), ("good login", good)):
        q = statistics.quantiles(times, n=10)
        print(f"{name:26} median {statistics.median(times):7.1f} ms   "
              f"p10 {q[0]:7.1f}   p90 {q[-1]:7.1f}")
    gap = statistics.median(unknown) - statistics.median(wrong)
    print(f"unknown minus real, medians: {gap:+.1f} ms "
          f"({gap / statistics.median(wrong) * 100:+.1f}% of a real refusal)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
