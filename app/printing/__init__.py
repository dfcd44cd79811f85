"""Printed papers: intake receipt, device label, job sheet, estimate, invoice, warranty card.

Pure Python over reportlab; never imports Qt. ui/printing puts the PDFs on a printer.
"""
