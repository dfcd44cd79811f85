"""A modal dialog while a backup or restore runs off the UI thread, with SQLite's page count
when there is one (PostgreSQL's tools say nothing, so it only shows that work goes on)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from app.backup.copies import Progress


class _Relay(QObject):
    moved = Signal(int, int)  # emitted on the worker thread, delivered on the UI thread


class WorkingDialog(QProgressDialog):
    """No cancel button and Escape does nothing: a copy half put back must not be left."""

    def __init__(self, parent: QWidget, title: str, text: str) -> None:
        super().__init__(text, "", 0, 0, parent)
        self.setWindowTitle(title)
        self.setCancelButton(None)  # no button
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self.relay = _Relay()  # no parent: it may outlive the dialog while the copy ends
        self.relay.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)

    def progress(self) -> Progress:
        """The callback the copy calls on its own thread."""
        relay = self.relay

        def moved(done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the app is closing: nobody is watching
                relay.moved.emit(done, total)

        return moved

    def _moved(self, done: int, total: int) -> None:
        if isValid(self) and total > 0:
            self.setMaximum(total)
            self.setValue(done)

    def reject(self) -> None:
        pass

    def finish(self) -> None:
        if isValid(self):
            self.hide()
            self.deleteLater()
