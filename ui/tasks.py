"""Running service calls off the UI thread, so a slow database or gateway never freezes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Work(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as err:  # handed to the UI thread, shown there in words
            self.relay.failed.emit(err)
        else:
            self.relay.done.emit(result)


_relays: set[_Relay] = set()  # kept alive until their signal is delivered


def in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                  on_error: Callable[[Exception], None], *, busy: bool = True) -> None:
    """Run `fn` on the thread pool; `on_done`/`on_error` run back on the UI thread.

    With busy=True the wait cursor shows until it finishes.
    """
    relay = _Relay()
    _relays.add(relay)
    if busy:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def finish() -> None:
        _relays.discard(relay)
        if busy:
            QApplication.restoreOverrideCursor()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(err: Any) -> None:
        finish()
        on_error(err)

    relay.done.connect(done, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Work(fn, relay))
