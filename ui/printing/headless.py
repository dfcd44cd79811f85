"""Printing from the command line: Qt's print system without a window."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

from app.printing.service import JobPaper
from ui.printing import printer


def _app() -> QGuiApplication:
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["tamirgah"])


def printer_names() -> list[str]:
    _app()
    return printer.printer_names()


def check_printer(name: str) -> None:
    _app()
    printer.check_printer(name)


def print_paper(paper: JobPaper, name: str) -> None:
    _app()
    printer.print_paper(paper, name)
