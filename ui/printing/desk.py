"""What the desk calls to put a job's paper on paper.

    printing = PaperPrinting(papers, actor, parent=window, lang="fa")
    printing.print_now(job_id, "receipt")      # no dialog; on printer trouble, offers the PDF
    printing.preview(job_id, "invoice")        # preview, print from there, or save as PDF
    printing.save_pdf(job_id, "warranty")      # asks where
    printing.reprint(job_id, event_id)         # the paper a 'printed' timeline event names

Printing a paper is slow (Qt takes a page image per page: 0.2 s for a receipt, over a second
for an A4 invoice), so the desk's screens split it: `spool` renders nothing but prints and
may run off the UI thread (Qt paints on a QPrinter from any thread); `settle` runs on the UI
thread and asks about a PDF when the printer could not take the paper.

Every print and saved PDF goes on the job's timeline; a cancelled one does not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.auth.roles import Actor
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
    def print_now(self, job_id: int, document: str, *, lang: str | None = None,
                  size: str | None = None) -> Outcome:
        """Print on this PC's printer for the paper, no dialog; on trouble, offer the PDF."""
        paper = self.papers.prepare(self.actor, job_id, document, lang=lang, size=size)
        return self._print(paper)

    def reprint(self, job_id: int, event_id: int) -> Outcome:
        return self._print(self.papers.prepare_again(self.actor, job_id, event_id))

    def preview(self, job_id: int, document: str, *, lang: str | None = None,
                size: str | None = None) -> Outcome:
        return self.preview_paper(self.papers.prepare(self.actor, job_id, document, lang=lang,
                                                      size=size))

    def preview_paper(self, paper: JobPaper) -> Outcome:
        """The preview dialog for a rendered paper: print from there, or save it as PDF."""
        printer = self.papers.printer_for(paper)
        saved: list[Path] = []

        def save() -> None:
            path = self._save(paper)
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

    def save_pdf(self, job_id: int, document: str, *, lang: str | None = None,
                 size: str | None = None) -> Path | None:
        return self.save_paper(self.papers.prepare(self.actor, job_id, document, lang=lang,
                                                   size=size))

    def save_paper(self, paper: JobPaper) -> Path | None:
        """Asks where, writes the PDF and puts it on the timeline; None if not saved."""
        return self._save(paper)

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

    # --- the steps ----------------------------------------------------------------------------
    def _print(self, paper: JobPaper) -> Outcome:
        return self.settle(self.spool(paper))

    def _offer_pdf(self, paper: JobPaper, reason: str) -> Outcome:
        box = QMessageBox(QMessageBox.Icon.Warning, self.text["trouble"],
                          f"{reason}\n{self.text['offer']}", parent=self.parent)
        save = box.addButton(self.text["save_pdf"], QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.text["cancel"], QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save and self._save(paper) is not None:
            return Outcome.SAVED
        return Outcome.CANCELLED

    def _save(self, paper: JobPaper) -> Path | None:
        path = self.ask_path(paper.file_name)
        if path is None:
            return None
        try:
            path.write_bytes(paper.pdf)
        except OSError as err:
            QMessageBox.warning(self.parent, self.text["save_title"], f"{path}: {err.strerror}")
            return None
        self.papers.record(self.actor, paper, file=str(path))
        return path

    def _ask_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, self.text["save_title"],
                                              str(Path.home() / suggested), "PDF (*.pdf)")
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
