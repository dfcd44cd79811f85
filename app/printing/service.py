"""Papers for a job: load it, render it in the right language and size, and put every print on
the job's timeline. The CLI and the desk UI both go through here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.auth.roles import Actor, Perm
from app.errors import NotFound, ValidationError
from app.jobs.service import JobService
from app.jobs.views import EventView
from app.printing.flow import Rendered
from app.printing.papers import LANGUAGES, check_document, check_true_of, paper_for, papers_for
from app.printing.printers import preferred_size, printer_for
from app.printing.render import render
from app.printing.shop import ShopInfo
from app.settings.service import SettingsService
from app.this_pc.files_in_use import refuse_if_in_use

# Papers the customer takes home follow the customer's language; the shop's own, the shop's.
CUSTOMER_PAPERS = frozenset({"receipt", "estimate", "invoice", "warranty"})


@dataclass(frozen=True)
class JobPaper:
    job_id: int
    number: str
    document: str
    lang: str
    rendered: Rendered

    @property
    def pdf(self) -> bytes:
        return self.rendered.pdf

    @property
    def size(self) -> str:
        return self.rendered.paper.name

    @property
    def printer_role(self) -> str:
        """Which of this PC's printers takes it: receipt, label or a4."""
        return self.rendered.paper.printer

    @property
    def file_name(self) -> str:
        return f"{self.number}-{self.document}-{self.size}-{self.lang}.pdf"

    @property
    def page_sizes_mm(self) -> list[tuple[float, float]]:
        return [(w * 25.4 / 72, h * 25.4 / 72) for w, h in self.rendered.pages]


class PaperService:
    def __init__(self, jobs: JobService, settings: SettingsService) -> None:
        self.jobs = jobs
        self.settings = settings

    def job_id(self, number: str) -> int:
        job_id = self.jobs.id_for_number(number)
        if job_id is None:
            raise NotFound(f"No job {number.strip()}", code="no_job", number=number)
        return job_id

    def check(self, document: str, size: str | None = None, lang: str | None = None) -> str:
        """The paper size to use; a bad document, size or language is refused before anything
        is read or recorded."""
        paper = paper_for(check_document(document), size, preferred_size(document))
        if lang is not None and lang not in LANGUAGES:
            raise ValidationError(f"Papers are printed in {' or '.join(LANGUAGES)}, "
                                  f"not '{lang}'", code="bad_choice", field="lang")
        return paper.name

    def papers_of(self, job_id: int) -> tuple[str, ...]:
        """The papers this job may have now (papers.papers_for)."""
        return papers_for(self.jobs.get(job_id).status)

    def check_true(self, job_id: int, document: str) -> None:
        """Refuses a paper that would not be true of the job as it stands (a warranty card
        before delivery, say), before anything is rendered or recorded."""
        job = self.jobs.get(job_id)
        check_true_of(document, job.status, job.number)

    def prepare(self, actor: Actor, job_id: int, document: str, *, lang: str | None = None,
                size: str | None = None, accessories: Sequence[str] | None = None,
                printed_at: dt.datetime | None = None) -> JobPaper:
        """The paper, rendered; nothing is recorded until it is printed or saved.

        The job sheet shows the passcode and pattern only to a role that may read them, and
        that reading is itself on the timeline. A paper that would not be true of the job is
        refused (papers.check_true_of).
        """
        size = self.check(document, size, lang)
        job = self.jobs.get(job_id)
        check_true_of(document, job.status, job.number)
        shop = ShopInfo.from_settings(self.settings.all())
        if lang is None:
            lang = job.customer_language if document in CUSTOMER_PAPERS else shop.language
        unlock = None
        if document == "sheet" and job.has_unlock and actor.can(Perm.READ_UNLOCK):
            unlock = self.jobs.reveal_unlock(actor, job_id)  # hidden: the sheet says why
        rendered = render(document, job, shop, lang=lang, size=size, unlock=unlock,
                          printed_at=printed_at, accessories=accessories)
        return JobPaper(job_id, job.number, document, lang, rendered)

    def record(self, actor: Actor, paper: JobPaper, *, printer: str | None = None,
               file: str | None = None) -> None:
        details: dict[str, Any] = {"lang": paper.lang, "size": paper.size,
                                   "pages": paper.rendered.page_count}
        if printer:
            details["printer"] = printer
        if file:
            details["file"] = file
        self.jobs.record_print(actor, paper.job_id, paper.document, **details)

    def save_pdf(self, actor: Actor, paper: JobPaper, target: Path | str) -> Path:
        """Writes the paper as a PDF at `target` and puts it on the timeline. A file the shop
        is using (its database, say) or one that cannot be written is refused in words."""
        path = refuse_if_in_use(target, self.jobs.db.url)
        try:
            path.write_bytes(paper.pdf)
        except OSError as err:
            raise ValidationError(f"Cannot write {path}: {err.strerror or err}",
                                  code="cannot_write", file=str(path),
                                  reason=str(err.strerror or err)) from None
        self.record(actor, paper, file=str(path))
        return path

    def prepare_again(self, actor: Actor, job_id: int, event_id: int) -> JobPaper:
        """The paper named by a 'printed' event of the job's timeline, for a reprint."""
        event = self._print_event(job_id, event_id)
        return self.prepare(actor, job_id, event.data["document"], lang=event.data.get("lang"),
                            size=event.data.get("size"))

    def printer_for(self, paper: JobPaper) -> str | None:
        return printer_for(paper.printer_role)

    def _print_event(self, job_id: int, event_id: int) -> EventView:
        for event in self.jobs.get(job_id).events:
            if event.id == event_id and event.kind == "printed":
                return event
        raise NotFound(f"Job #{job_id} has no print #{event_id} on its timeline",
                       code="no_print_event")
