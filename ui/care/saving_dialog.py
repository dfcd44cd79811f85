"""A dialog that saves its own answer, so what was typed is never lost to a refusal: it
closes once the save went through; bad input is said over it and it stays open; a follow-up
changed on another PC meanwhile closes it, leaving `stale` for the page to say before it reads
its list again."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.errors import ConflictError, DomainError
from ui.shell.desk import Desk
from ui.shell.tasks import Operation, run_operation

# Refusals that mean the list on screen is out of date, not that the input was wrong.
STALE = frozenset({"task_conflict", "task_done", "no_task", "no_reply"})


class SavingDialog(QDialog):
    def __init__(self, desk: Desk, page: QWidget) -> None:
        super().__init__(page)
        self.desk, self.page = desk, page
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.saved: Any = None
        self.stale: DomainError | None = None
        self.saving = False

    @property
    def ok(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def operation(self) -> Operation[Any]:
        raise NotImplementedError

    def save(self) -> None:
        if self.saving:
            return
        self._busy(True)
        run_operation(self.operation(), parent=self.page, on_done=self._done,
                      on_error=self._failed, owner=self)

    def _busy(self, busy: bool) -> None:
        self.saving = busy
        self.buttons.setEnabled(not busy)

    def _done(self, result: Any) -> None:
        self._busy(False)
        self.saved = result
        self.accept()

    def _failed(self, err: Exception) -> None:
        self._busy(False)
        if isinstance(err, ConflictError) or (isinstance(err, DomainError)
                                              and err.code in STALE):
            self.stale = err
            self.reject()
            return
        self.desk.show_error(self, err)

    def reject(self) -> None:
        if not self.saving:  # a save on its way finishes first
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            event.ignore()
            return
        super().closeEvent(event)
