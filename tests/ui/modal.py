"""Answering a real modal window from a test: the window's exec() blocks the test's code, so
the answer is given from the event loop once the window is up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def on_modal(kind: type[QWidget], handle: Callable[[QWidget], None],
             tries: int = 500) -> None:
    """Handle the next modal window of `kind` once it is open (polled, up to ~10 s). If the
    handler fails, the window is closed so that exec() returns and the test can fail."""
    def poll(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, kind) and box.isVisible():
            try:
                handle(box)
            except BaseException:
                box.close()
                raise
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))
        elif box is not None:
            box.close()
    QTimer.singleShot(0, lambda: poll(tries))
