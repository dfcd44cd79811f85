"""Print preview of a paper, with a Save as PDF button beside Qt's own print button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar, QWidget

from app.printing.service import JobPaper
from ui.printing.printer import check_printer, paint_pages, printer_for_paper


class PaperPreview(QPrintPreviewDialog):
    """The pages as they will print. Its print button prints on printer_name when given."""

    def __init__(self, paper: JobPaper, printer_name: str | None,
                 on_save_pdf: Callable[[], object], parent: QWidget | None = None) -> None:
        info = check_printer(printer_name) if printer_name else None
        self.printer_used = printer_for_paper(paper, info)
        super().__init__(self.printer_used, parent)
        self.paper = paper
        self.setWindowTitle(paper.file_name.removesuffix(".pdf"))
        self.paintRequested.connect(lambda printer: paint_pages(self.paper, printer))
        self.save_action = QAction(self.tr("Save as PDF…"), self)
        self.save_action.triggered.connect(on_save_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
