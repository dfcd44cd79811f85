"""A printer that cannot take the paper now: unknown to this PC, stopped or offline."""

from __future__ import annotations

from collections.abc import Sequence

from app.errors import DomainError


class PrinterUnavailable(DomainError):
    code = "printer_unavailable"

    def __init__(self, printer: str, reason: str, known: Sequence[str] = ()) -> None:
        listed = f" Printers on this PC: {', '.join(known)}." if known else \
            " This PC knows no printers."
        super().__init__(f"Printer '{printer}' {reason}.{listed} "
                         "Save the paper as PDF instead.", printer=printer, reason=reason)
        self.printer = printer
        self.known = list(known)
