"""Paper sizes, which printer of the PC each goes to, which sizes each document comes in, and
which papers a job may have at all: each says only what is true of the job (papers_for)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from app.errors import ValidationError
from app.jobs.workflow import Status
from app.locale.labels import status_label
from app.locale.text import ltr_run, to_persian_digits
from app.printing.vocab import paper_name, paper_when


@dataclass(frozen=True)
class Paper:
    name: str
    width: float
    height: float | None  # None: a roll, cut where the content ends
    margin: float
    body_size: float  # points
    printer: str  # the per-PC printer role: receipt, label or a4

    @property
    def width_mm(self) -> float:
        millimetres: float = self.width / mm  # reportlab is untyped: mm is Any to mypy
        return millimetres


PAPERS = {p.name: p for p in (
    Paper("80mm", 80 * mm, None, 4 * mm, 8.5, "receipt"),
    Paper("a5", 148 * mm, 210 * mm, 10 * mm, 8.5, "a4"),
    Paper("a4", 210 * mm, 297 * mm, 14 * mm, 9.5, "a4"),
    Paper("50x30", 50 * mm, 30 * mm, 1.5 * mm, 7.0, "label"),
    Paper("62x29", 62 * mm, 29 * mm, 1.5 * mm, 7.0, "label"),
)}

# The first size is the default, unless this PC chose another (workstation "paper_sizes").
DOCUMENT_SIZES: dict[str, tuple[str, ...]] = {
    "receipt": ("80mm", "a5"),
    "label": ("50x30", "62x29"),
    "sheet": ("a4", "a5"),
    "estimate": ("a4", "a5", "80mm"),
    "invoice": ("a4", "a5", "80mm"),
    "warranty": ("a5", "a4", "80mm"),
}
DOCUMENTS = tuple(DOCUMENT_SIZES)
PRINTER_ROLES = ("receipt", "label", "a4")
LANGUAGES = ("fa", "en")


def check_document(document: str) -> str:
    if document not in DOCUMENT_SIZES:
        raise ValidationError(f"Unknown document '{document}'. Choose one of: "
                              f"{', '.join(DOCUMENTS)}", code="unknown_document",
                              field="document", document=document)
    return document


# Which statuses each paper is true of. Before delivery the invoice is a pro-forma (it says so
# and asks for no receipt of the device); the warranty card exists only after delivery; the
# estimate is for a job still open. A cancelled job was never delivered: no invoice of it.
_EVERY = frozenset(Status)
_OPEN = frozenset(Status) - {Status.DELIVERED, Status.CANCELLED}
PAPER_STATUSES: dict[str, frozenset[Status]] = {
    "receipt": _EVERY,
    "label": _EVERY,
    "sheet": _EVERY,
    "estimate": _OPEN,
    "invoice": _OPEN | {Status.DELIVERED},
    "warranty": frozenset({Status.DELIVERED}),
}


def papers_for(status: Status | str) -> tuple[str, ...]:
    """The papers a job in this status may have, in the menu's order."""
    return tuple(d for d in DOCUMENTS if Status(status) in PAPER_STATUSES[d])


def is_delivered(status: Status | str) -> bool:
    """Whether the invoice is the real one with its delivery receipt, not a pro-forma."""
    return Status(status) == Status.DELIVERED


def check_true_of(document: str, status: Status | str, number: str) -> None:
    """Refuses, in words, a paper that would say what is not true of job `number`."""
    status = Status(status)
    allowed = papers_for(status)
    if check_document(document) in allowed:
        return
    raise ValidationError(
        f"Job {number} is {status_label(status, 'en').lower()}: a "
        f"{paper_name(document, 'en')} is printed {paper_when(document, 'en')}. "
        f"This job's papers: {', '.join(allowed)}.",
        code="paper_not_true", document=document, status=str(status), number=number,
        job_fa=ltr_run(to_persian_digits(number)), status_fa=status_label(status, "fa"),
        paper_fa=paper_name(document, "fa"), when_fa=paper_when(document, "fa"),
        papers_fa="، ".join(paper_name(d, "fa") for d in allowed))


def paper_for(document: str, size: str | None, preferred: str | None = None) -> Paper:
    """The paper for document: the size asked for, else this PC's choice, else the default."""
    sizes = DOCUMENT_SIZES[check_document(document)]
    if size is None:
        size = preferred if preferred in sizes else sizes[0]
    size = size.lower()
    if size not in sizes:
        raise ValidationError(f"A {document} is printed on {', '.join(sizes)}, not '{size}'",
                              code="bad_paper_size", field="size", document=document,
                              size=size, sizes=", ".join(sizes))
    return PAPERS[size]
