"""Running service calls off the UI thread, so a slow database or gateway never freezes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

from app.changes import Changes
from ui.shell.hub import Hub

T = TypeVar("T")


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
            self._deliver("failed", err)
        else:
            self._deliver("done", result)

    def _deliver(self, name: str, value: Any) -> None:
        """Hand the answer to the UI thread. Nothing raised here may reach the pool thread's
        error printer: if the app is shutting down and the relay went with it (PySide says
        "Signal source has been deleted"), nobody waits for the answer any more. A bare try:
        at interpreter exit a module global such as contextlib may already be gone."""
        try:  # noqa: SIM105
            getattr(self.relay, name).emit(value)
        except RuntimeError:
            pass


_relays: set[_Relay] = set()  # kept alive until their signal is delivered


def in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                  on_error: Callable[[Exception], None], *, busy: bool = True,
                  owner: QObject | None = None) -> None:
    """Run `fn` on the thread pool; `on_done`/`on_error` run back on the UI thread.

    With busy=True the wait cursor shows until it finishes. With an `owner`, the answer is
    dropped if the owner is gone by then (a closed window must not be written to).
    """
    relay = _Relay()  # no parent: it lives until its answer is delivered, never mid-emit
    _relays.add(relay)
    if busy:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    finished = False

    def finish() -> None:
        nonlocal finished
        if finished:
            return
        finished = True
        _relays.discard(relay)
        if busy:
            QApplication.restoreOverrideCursor()


    def still_there() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def done(result: Any) -> None:
        finish()
        if still_there():
            on_done(result)

    def failed(err: Any) -> None:
        finish()
        if still_there():
            on_error(err)

    relay.done.connect(done, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Work(fn, relay))


@dataclass(frozen=True)
class Operation(Generic[T]):
    """A service call to run off the UI thread, and what it changes once it succeeded.

    Made by the small functions of ui/operations; run by `run_operation`."""
    work: Callable[[], T]
    changes: Callable[[T], Changes]
    hub: Hub


def run_operation(op: Operation[T], *, parent: QObject | None,
                  on_done: Callable[[T], None] | None = None,
                  on_error: Callable[[Exception], None], busy: bool = True,
                  owner: QObject | None = None) -> None:
    """Run the operation off the UI thread; back here, `on_done` gets its result and the
    hub announces what changed, `parent` being the screen that started it."""
    def done(result: T) -> None:
        if on_done is not None:
            on_done(result)
        op.hub.announce(op.changes(result), parent if still(parent) else None)

    in_background(op.work, done, on_error, busy=busy, owner=owner)


def still(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class Latest:
    """Generations of one kind of request (a page, a search): only the newest one's answer
    is shown; an older one still on its way is dropped, or skipped before it starts."""

    def __init__(self) -> None:
        self.current = 0

    def next(self) -> int:
        self.current += 1
        return self.current

    def is_current(self, generation: int) -> bool:
        return generation == self.current


class Reads:
    """One screen's reads off the UI thread: only the newest answer is shown, and `loading`
    is True while one is on its way (the screen shows a quiet "loading" state meanwhile).

        self.reads = Reads(self)
        self.reads.read(lambda: settings.all(), self.show_values)
    """

    def __init__(self, owner: QObject,
                 on_error: Callable[[Exception], None] | None = None) -> None:
        self.owner = owner
        self.on_error = on_error
        self.latest = Latest()
        self.waiting = 0

    @property
    def loading(self) -> bool:
        return self.waiting > 0

    def read(self, fn: Callable[[], T], show: Callable[[T], None],
             on_error: Callable[[Exception], None] | None = None) -> None:
        generation = self.latest.next()
        self.waiting += 1

        def done(value: T) -> None:
            self.waiting -= 1
            if self.latest.is_current(generation):
                show(value)

        def failed(err: Exception) -> None:
            self.waiting -= 1
            handler = on_error or self.on_error
            if self.latest.is_current(generation) and handler is not None:
                handler(err)

        in_background(fn, done, failed, busy=False, owner=self.owner)


def wait_off_ui(fn: Callable[[], T]) -> T:
    """`fn`'s result, computed on the thread pool while the UI thread keeps handling events
    (for start-up steps that come before any window: nothing to show until it is there)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: list[Any] = []

    def done(value: Any) -> None:
        outcome.append((True, value))
        loop.quit()

    def failed(err: Exception) -> None:
        outcome.append((False, err))
        loop.quit()

    in_background(fn, done, failed, busy=False)
    if not outcome:
        loop.exec()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value
