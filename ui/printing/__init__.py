"""Putting papers on printers through Qt's print system, with preview and save as PDF.

The desk calls PaperPrinting (desk.py); headless code calls headless.print_paper.
"""
