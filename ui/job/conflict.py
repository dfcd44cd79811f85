"""Another workstation changed the job since this one read it: say who and when, offer to
reload, and keep what the user typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.errors import ConflictError
from ui.job.words import JobWords


class ConflictDialog(QMessageBox):
    def __init__(self, words: JobWords, err: ConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        who = str(err.params.get("by") or "")
        at = err.params.get("at")
        when = words.moment(at) if isinstance(at, dt.datetime) else ""
        self.setWindowTitle(self.tr("Changed on another workstation"))
        if who:
            self.setText(self.tr("{who} changed this job at {when}, after you opened it.")
                         .format(who=who, when=when))
        else:
            self.setText(self.tr("This job was changed on another workstation after you "
                                 "opened it."))
        self.setInformativeText(self.tr(
            "Nothing of yours was saved. Reload to see their change; what you typed stays on "
            "the screen, so you can make your change again."))
        self.reload: QPushButton = self.addButton(self.tr("Reload"),
                                                  QMessageBox.ButtonRole.AcceptRole)
        self.keep: QPushButton = self.addButton(self.tr("Not now"),
                                                QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.reload)

    def wants_reload(self) -> bool:
        self.exec()
        return self.clickedButton() is self.reload
