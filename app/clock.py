"""The time the app runs on: one clock, handed to every service by the composition root, so a
test can put a fake clock in (a shop's quiet hours, a promised date, a credit's expiry)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.locale.calendar import utcnow

Clock = Callable[[], dt.datetime]  # returns an aware UTC time

system_clock: Clock = utcnow
