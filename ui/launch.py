"""The `tamirgah` command: the desk app when no subcommand is given, else app/cli's commands
with the desk's Qt print system handed in. Qt loads only for the desk or a printer, so the
other commands start without it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from app import cli

if TYPE_CHECKING:
    from app.printing.service import JobPaper


class QtPrintSystem:
    """Qt's print system without a window (ui/printing/headless.py), loaded on first use."""

    @staticmethod
    def _qt() -> ModuleType:
        from ui.printing import headless

        return headless

    def printer_names(self) -> list[str]:
        names: list[str] = self._qt().printer_names()
        return names

    def check_printer(self, name: str) -> None:
        self._qt().check_printer(name)

    def print_paper(self, paper: JobPaper, name: str) -> None:
        self._qt().print_paper(paper, name)


def start_desk(url: Callable[[], str], demo: bool) -> int:
    from ui.start.main import start_desk as start

    return start(url, demo=demo)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, desk=start_desk, print_system=QtPrintSystem())


if __name__ == "__main__":
    sys.exit(main())
