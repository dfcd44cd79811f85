"""A barcode scanner is a keyboard that types a job number and Enter within a few
milliseconds. This filter spots that burst anywhere in the app and opens the job."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.locale.text import to_latin_digits

JOB_NUMBER = re.compile(r"^\d{4}-\d{5}$")
MAX_GAP = 0.035  # seconds between a scanner's keys; people type slower than this


class ScannerFilter(QObject):
    def __init__(self, on_scan: Callable[[str], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.on_scan = on_scan
        self.clock = clock
        self._typed = ""
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.isAutoRepeat():
            return False
        # A key passes the window, the focus widget and, if ignored, its parents: the filter
        # sees it at every hop, so it counts it only where it lands first, the focus widget.
        focus = QApplication.focusWidget()
        if watched is not (focus if focus is not None else QApplication.activeWindow()):
            return False
        now = self.clock()
        if now - self._last > MAX_GAP:
            self._typed = ""
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            number = to_latin_digits(self._typed)
            self._typed = ""
            if JOB_NUMBER.match(number):
                self._take_back(number)
                self.on_scan(number)
                return True  # the Enter was the scanner's, not a form's
            return False
        if event.text():
            self._typed += event.text()
        return False

    @staticmethod
    def _take_back(number: str) -> None:
        """The scanned characters went into whatever field had focus; remove them there."""
        field = QApplication.focusWidget()
        if isinstance(field, QLineEdit):
            text = field.text()
            for typed in (number, number.replace("-", "")):
                if to_latin_digits(text).endswith(typed):
                    field.setText(text[: len(text) - len(typed)])
                    break
