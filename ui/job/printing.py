"""Papers for the job screen: rendered and printed off the UI thread; a printer problem is
settled on it (the offer to save a PDF)."""

from __future__ import annotations

from app.printing.service import JobPaper
from ui.printing.desk import PaperPrinting


class JobPrinting(PaperPrinting):
    """PaperPrinting in steps: render and `spool` in the background, then `settle`."""

    def render(self, job_id: int, document: str) -> JobPaper:
        """Safe off the UI thread: reads the job and draws the PDF; records nothing."""
        return self.papers.prepare(self.actor, job_id, document)

    def render_again(self, job_id: int, event_id: int) -> JobPaper:
        return self.papers.prepare_again(self.actor, job_id, event_id)
