"""The Print menu of a job: print, preview or save as PDF each paper that is true of the job.

Which papers those are is app/printing/papers.py's `papers_for` (by the job's status): the
warranty card only after delivery, the estimate while the job is open, and the invoice, which
before delivery is a pro-forma and is named so here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.jobs.workflow import Status
from app.printing.papers import DOCUMENTS, is_delivered, papers_for


class PrintMenu(QMenu):
    print_requested = Signal(str)
    preview_requested = Signal(str)
    pdf_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.print_actions = {doc: self.addAction("") for doc in DOCUMENTS}
        self.addSeparator()
        self.preview_menu = self.addMenu("")
        self.preview_actions = {doc: self.preview_menu.addAction("") for doc in DOCUMENTS}
        self.pdf_menu = self.addMenu("")
        self.pdf_actions = {doc: self.pdf_menu.addAction("") for doc in DOCUMENTS}
        for actions, signal in ((self.print_actions, self.print_requested),
                                (self.preview_actions, self.preview_requested),
                                (self.pdf_actions, self.pdf_requested)):
            for doc, action in actions.items():
                action.triggered.connect(lambda _=False, d=doc, s=signal: s.emit(d))
        self.status: Status | None = None
        self.translate_ui()

    def translate_ui(self) -> None:
        self.preview_menu.setTitle(self.tr("Preview"))
        self.pdf_menu.setTitle(self.tr("Save as PDF"))
        for doc, action in self._every_action():
            action.setText(self.name(doc))

    def offer(self, status: Status | str) -> None:
        """Only the papers a job in `status` may have, under names that say what they are."""
        self.status = Status(status)
        allowed = papers_for(self.status)
        for doc, action in self._every_action():
            action.setVisible(doc in allowed)
            action.setText(self.name(doc))

    def offered(self) -> list[str]:
        """The papers the menu shows now, in its order."""
        return [doc for doc, action in self.print_actions.items() if action.isVisible()]

    def name(self, document: str) -> str:
        names = {"receipt": self.tr("Intake receipt"), "label": self.tr("Labels"),
                 "sheet": self.tr("Job sheet"), "estimate": self.tr("Estimate"),
                 "warranty": self.tr("Warranty card")}
        if document == "invoice":
            if self.status is not None and is_delivered(self.status):
                return self.tr("Invoice and delivery receipt")
            return self.tr("Pro-forma invoice (before delivery)")
        return names.get(document, document)

    def _every_action(self) -> list[tuple[str, QAction]]:
        return [(doc, action) for actions in (self.print_actions, self.preview_actions,
                                              self.pdf_actions)
                for doc, action in actions.items()]
