"""A paper onto a named printer, without a dialog."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.printing.errors import PrinterUnavailable
from app.printing.service import JobPaper
from ui.printing.raster import page_images

TROUBLED = (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)


def printer_names() -> list[str]:
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def check_printer(name: str) -> QPrinterInfo:
    """The printer if this PC knows it and it is not stopped; else PrinterUnavailable."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrinterUnavailable(name, "is not known to this PC", printer_names())
    if info.state() in TROUBLED:
        raise PrinterUnavailable(name, "is offline or stopped", printer_names())
    return info


def printer_for_paper(paper: JobPaper, info: QPrinterInfo | None = None) -> QPrinter:
    """A printer set to the paper's own size; without info, one that only previews."""
    printer = (QPrinter(info, QPrinter.PrinterMode.HighResolution) if info is not None
               else QPrinter(QPrinter.PrinterMode.HighResolution))
    width, height = paper.page_sizes_mm[0]
    page = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, paper.size,
                     QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    printer.setFullPage(True)
    printer.setDocName(paper.file_name.removesuffix(".pdf"))
    return printer


def paint_pages(paper: JobPaper, printer: QPrinter) -> None:
    """Draw every page of the paper's PDF on the printer at its own resolution."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable(printer.printerName(), "did not accept the paper",
                                 printer_names())
    try:
        dpi = printer.resolution()
        for index, image in enumerate(page_images(paper.pdf, dpi)):
            if index:
                printer.newPage()
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            painter.drawImage(target, image)
    finally:
        painter.end()


def print_paper(paper: JobPaper, printer_name: str) -> None:
    """Send the paper to the printer; raises PrinterUnavailable with a message to show."""
    info = check_printer(printer_name)
    paint_pages(paper, printer_for_paper(paper, info))
