"""Paper sizes, which printer of the PC each goes to, and which sizes each document comes in."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from app.errors import ValidationError


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
