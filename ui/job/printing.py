"""Papers for the job screen: rendered off the UI thread, then printed (or saved) on it."""

from __future__ import annotations

from app.printing.service import JobPaper
from ui.printing.desk import Outcome, PaperPrinting


class JobPrinting(PaperPrinting):
    """PaperPrinting split in two steps, so the slow rendering can run in the background."""

    def render(self, job_id: int, document: str) -> JobPaper:
        """Safe off the UI thread: reads the job and draws the PDF; records nothing."""
        return self.papers.prepare(self.actor, job_id, document)

    def render_again(self, job_id: int, event_id: int) -> JobPaper:
        return self.papers.prepare_again(self.actor, job_id, event_id)

    def print_rendered(self, paper: JobPaper) -> Outcome:
        """On the UI thread: to this PC's printer, or the offer to save a PDF."""
        return self._print(paper)
