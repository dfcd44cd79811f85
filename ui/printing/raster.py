"""PDF pages as images at a printer's resolution (pypdfium2; QtPdf is not in PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

MAX_DPI = 600  # an A4 page at 600 dpi is already 35 million pixels


def page_images(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page as a white-backed RGB image; bars and text edges land on printer dots."""
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=min(dpi, MAX_DPI) / 72, rev_byteorder=True,
                                 fill_color=(255, 255, 255, 255))
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                           else QImage.Format.Format_RGBA8888)
            yield image.copy()  # the bitmap's memory goes when the page does
            page.close()
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()
