"""Other workstations' changes reach this one within a second or two, and a lost database
connection is said out loud and retried, without a manual refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.jobs.listing import JobListing
from ui.shell.tasks import in_background

POLL_MS = 1000


class ChangeWatcher(QObject):
    """Polls a cheap change stamp off the UI thread; emits `changed` when it grows."""

    changed = Signal()
    connection_lost = Signal(str)
    connection_back = Signal()

    def __init__(self, listing: JobListing, interval_ms: int = POLL_MS) -> None:
        super().__init__()
        self.listing = listing
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.lost = False
        # Read now (off the UI thread), before the pages load, so a change made while they
        # load is not missed; no poll compares until it is in.
        self._stamp: tuple[int, int, int] | None = None
        self._busy = True
        in_background(listing.latest_change, self._first, self._first_failed, busy=False,
                      owner=self)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        if self._busy:
            return  # a slow server: do not pile up queries
        self._busy = True
        in_background(self.listing.latest_change, self._seen, self._failed, busy=False,
                      owner=self)

    def _first(self, stamp: tuple[int, int, int]) -> None:
        self._busy = False
        self._stamp = stamp

    def _first_failed(self, _err: Exception) -> None:
        self._busy = False  # the first poll says what is wrong, in the banner

    def _seen(self, stamp: tuple[int, int, int]) -> None:
        self._busy = False
        if self.lost:
            self.lost = False
            self.connection_back.emit()
            self._stamp = stamp
            self.changed.emit()  # whatever happened meanwhile
            return
        if self._stamp is not None and stamp != self._stamp:
            self.changed.emit()
        self._stamp = stamp

    def _failed(self, err: Exception) -> None:
        self._busy = False
        if not self.lost:
            self.lost = True
            self.connection_lost.emit(str(err).splitlines()[0] if str(err) else repr(err))
