"""What the desk calls to put a job's paper on paper, in two steps: the slow one off the UI
thread, then the one that may need a dialog on it.

    printing = PaperPrinting(papers, actor, parent=window, lang="fa")
    paper = printing.render(job_id, "receipt")     # off the UI thread: the PDF, nothing recorded
    spooled = printing.spool(paper)                # off the UI thread too: to this PC's printer
    printing.settle(spooled)                       # UI thread: printed, or offers to save a PDF
    printing.preview(paper)                        # UI thread: preview, print there, or save
    printing.save(paper)                           # UI thread: asks where, writes the PDF

Printing is slow (Qt takes a page image per page: 0.2 s for a receipt, over a second for an
A4 invoice), and Qt paints on a QPrinter from any thread, so `spool` shows nothing and may run
in the background. Every print and saved PDF goes on the job's timeline; a cancelled one does
not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.auth.roles import Actor
from app.errors import DomainError
from app.printing.errors import PrinterUnavailable
from app.printing.service import JobPaper, PaperService
from ui.printing.preview import PaperPreview
from ui.printing.printer import print_paper

AskPath = Callable[[str], Path | None]


class Outcome(StrEnum):
    PRINTED = "printed"
    SAVED = "saved"  # as PDF, instead of or besides printing
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Spooled:
    """A paper handed to this PC's printer, or why it was not (in the user's words)."""

    paper: JobPaper
    trouble: str | None = None


TEXT = {
    "fa": {"no_printer": "برای این کاغذ ({role}) چاپگری روی این رایانه تعیین نشده است.",
           "trouble": "چاپ نشد",
           "offer": "می‌توانید آن را به‌صورت PDF ذخیره کنید.",
           "save_pdf": "ذخیره به‌صورت PDF…", "cancel": "انصراف",
           "save_title": "ذخیرهٔ PDF"},
    "en": {"no_printer": "No printer is set on this PC for this paper ({role}).",
           "trouble": "Not printed",
           "offer": "You can save it as a PDF instead.",
           "save_pdf": "Save as PDF…", "cancel": "Cancel", "save_title": "Save PDF"},
}


class PaperPrinting:
    def __init__(self, papers: PaperService, actor: Actor, *, parent: QWidget | None = None,
                 lang: str = "fa", ask_path: AskPath | None = None) -> None:
        self.papers = papers
        self.actor = actor
        self.parent = parent
        self.text = TEXT["fa" if lang == "fa" else "en"]
        self.lang = lang
        self.ask_path = ask_path or self._ask_path

    # --- the public calls -----------------------------------------------------------------
    def render(self, job_id: int, document: str, *, lang: str | None = None,
               size: str | None = None) -> JobPaper:
        return self.papers.prepare(self.actor, job_id, document, lang=lang, size=size)

    def render_again(self, job_id: int, event_id: int) -> JobPaper:
        """The paper a 'printed' event of the job's timeline names, for a reprint."""
        return self.papers.prepare_again(self.actor, job_id, event_id)

    def preview(self, paper: JobPaper) -> Outcome:
        """The preview dialog: print from there, or save the paper as PDF."""
        printer = self.papers.printer_for(paper)
        saved: list[Path] = []

        def save() -> None:
            path = self.save(paper)
            if path is not None:
                saved.append(path)
        try:
            dialog = PaperPreview(paper, printer, save, self.parent)
        except PrinterUnavailable:
            dialog = PaperPreview(paper, None, save, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.papers.record(self.actor, paper, printer=dialog.printer_used.printerName()
                               or "preview")
            return Outcome.PRINTED
        return Outcome.SAVED if saved else Outcome.CANCELLED

    def spool(self, paper: JobPaper) -> Spooled:
        """To this PC's printer for the paper, recorded on the timeline. Shows nothing, so it
        may run off the UI thread."""
        printer = self.papers.printer_for(paper)
        if not printer:
            return Spooled(paper, self.text["no_printer"].format(role=paper.printer_role))
        try:
            print_paper(paper, printer)
        except PrinterUnavailable as err:
            return Spooled(paper, err.localized(self.lang))
        self.papers.record(self.actor, paper, printer=printer)
        return Spooled(paper)

    def settle(self, spooled: Spooled) -> Outcome:
        """On the UI thread: printed, or the offer to save the paper as a PDF instead."""
        if spooled.trouble is None:
            return Outcome.PRINTED
        return self._offer_pdf(spooled.paper, spooled.trouble)

    def save(self, paper: JobPaper) -> Path | None:
        """Asks where, writes the PDF and puts it on the timeline; None if not saved."""
        path = self.ask_path(paper.file_name)
        if path is None:
            return None
        try:
            return self.papers.save_pdf(self.actor, paper, path)
        except DomainError as err:
            QMessageBox.warning(self.parent, self.text["save_title"], err.localized(self.lang))
            return None

    # --- the steps ----------------------------------------------------------------------------
    def _offer_pdf(self, paper: JobPaper, reason: str) -> Outcome:
        box = QMessageBox(QMessageBox.Icon.Warning, self.text["trouble"],
                          f"{reason}\n{self.text['offer']}", parent=self.parent)
        save = box.addButton(self.text["save_pdf"], QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.text["cancel"], QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save and self.save(paper) is not None:
            return Outcome.SAVED
        return Outcome.CANCELLED

    def _ask_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, self.text["save_title"],
                                              str(Path.home() / suggested), "PDF (*.pdf)")
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
