"""Writes jobs in a loop and prints each number once its save has returned (for the crash test)."""

import sys

from app.auth.roles import SYSTEM
from app.bootstrap import build
from tests.factories import intake_request

services = build(sys.argv[1], migrate="never")
for i in range(1, 100_000):
    job = services.jobs.intake(SYSTEM, intake_request(500_000 + i, deposit=1000))
    print(job.number, flush=True)
