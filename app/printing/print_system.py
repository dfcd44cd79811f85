"""This PC's printers as the app sees them: a port that the desk's Qt print system fills.

app/ never imports Qt. The `tamirgah` command (ui/launch.py) hands its Qt print system to the
commands that print on paper or look at printers; without one they say so in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from app.errors import ValidationError

if TYPE_CHECKING:
    from app.printing.service import JobPaper


class PrintSystem(Protocol):
    def printer_names(self) -> list[str]: ...

    def check_printer(self, name: str) -> None:
        """Raises PrinterUnavailable when the printer is missing, stopped or offline."""

    def print_paper(self, paper: JobPaper, name: str) -> None: ...


def require(system: PrintSystem | None) -> PrintSystem:
    if system is None:
        raise ValidationError("Printing on a printer needs the tamirgah command's print system; "
                              "save the paper with --out FILE.pdf instead",
                              code="no_print_system")
    return system
