"""The desk's announcements: an operation finished and these things changed.

The main window listens and reads again only the pages and job windows whose `concerns()`
the changes touch. The screen that started the operation (`origin`) is left out: it already
shows the outcome it asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.changes import Changes


class Hub(QObject):
    changed = Signal(object, object)  # Changes, the QObject that started it (or None)

    def announce(self, changes: Changes, origin: QObject | None = None) -> None:
        if changes:
            self.changed.emit(changes, origin)
