"""This PC's printers: one per kind of paper (receipt, label, A4), and each paper's size."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton

from app.errors import DomainError
from app.printing.papers import DOCUMENT_SIZES, PRINTER_ROLES
from app.printing.printers import preferred_size, printer_for
from ui.operations.settings import save_printers
from ui.printing.printer import printer_names
from ui.settings.common import (
    OK_STYLE,
    THIS_PC,
    ErrorLine,
    Section,
    explain,
    field_with_error,
    form,
    while_open,
)
from ui.shell.desk import Desk
from ui.shell.tasks import in_background, run_operation


class PrintersSection(Section):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, THIS_PC)
        self.known: list[str] | None = None  # this PC's printers, once the system answered
        self.printers = {role: QComboBox() for role in PRINTER_ROLES}
        self.sizes = {document: QComboBox() for document in DOCUMENT_SIZES}
        # "receipt" and "label" name both a printer and a document: a label and an error line
        # of their own for each row, or the second row would take the first one's.
        self.printer_labels = {role: QLabel() for role in PRINTER_ROLES}
        self.size_labels = {document: QLabel() for document in DOCUMENT_SIZES}
        self.printer_errors = {role: ErrorLine() for role in PRINTER_ROLES}
        self.size_errors = {document: ErrorLine() for document in DOCUMENT_SIZES}
        self.printer_box = QGroupBox()
        self.size_box = QGroupBox()
        printer_form = form()
        for role, combo in self.printers.items():
            printer_form.addRow(self.printer_labels[role],
                                field_with_error(combo, self.printer_errors[role]))
        self.printer_box.setLayout(printer_form)
        size_form = form()
        for document, combo in self.sizes.items():
            size_form.addRow(self.size_labels[document],
                             field_with_error(combo, self.size_errors[document]))
        self.size_box.setLayout(size_form)
        self.refresh_button = QPushButton()
        self.save_button = QPushButton()
        self.saved = QLabel()
        self.saved.setStyleSheet(OK_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.saved, 1)
        self.body.addWidget(self.printer_box)
        self.body.addWidget(self.size_box)
        self.body.addLayout(buttons)
        self.body.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.refresh_button.clicked.connect(self.find_printers)
        for widget in (self.printer_box, self.size_box, self.save_button):
            widget.setEnabled(self.editable)
        self.translate_ui()
        self.find_printers()

    def translate_ui(self) -> None:
        self.set_titles(self.tr("Printers on this PC"))
        self.printer_box.setTitle(self.tr("Printer for each kind of paper"))
        self.size_box.setTitle(self.tr("Paper size for each document"))
        texts = {"receipt": self.tr("Receipts (80 mm roll)"),
                 "label": self.tr("Labels"), "a4": self.tr("A4 and A5 papers")}
        documents = {"receipt": self.tr("Receipt"), "label": self.tr("Label"),
                     "sheet": self.tr("Job sheet"), "estimate": self.tr("Estimate"),
                     "invoice": self.tr("Invoice"), "warranty": self.tr("Warranty card")}
        for role, label in self.printer_labels.items():
            label.setText(texts[role])
        for document, label in self.size_labels.items():
            label.setText(documents[document])
        self.save_button.setText(self.tr("Save printers"))
        self.refresh_button.setText(self.tr("Look for printers again"))
        self.fill()

    def find_printers(self) -> None:
        """Asking the system for its printers can take a while: off the UI thread."""
        self.saved.setText(self.tr("Looking for printers…"))
        self.refresh_button.setEnabled(False)

        def done(names: list[str]) -> None:
            self.known = names
            self.refresh_button.setEnabled(True)
            self.saved.setText("" if names else self.tr("This PC has no printers."))
            self.fill()

        def failed(err: Exception) -> None:
            self.refresh_button.setEnabled(True)
            self.saved.setText("")
            self.desk.show_error(self, err)

        in_background(printer_names, while_open(self, done), while_open(self, failed),
                      busy=False)

    def fill(self) -> None:
        """The combo boxes from what this PC chose and the printers it has."""
        for role, combo in self.printers.items():
            chosen = printer_for(role)
            combo.clear()
            combo.addItem(self.tr("(none: save as PDF)"), "")
            for name in self.known or []:
                combo.addItem(name, name)
            if chosen and combo.findData(chosen) < 0:
                missing = (self.tr("{printer} (not found on this PC)") if self.known is not None
                           else "{printer}")
                combo.addItem(missing.format(printer=chosen), chosen)
            combo.setCurrentIndex(max(combo.findData(chosen or ""), 0))
        for document, combo in self.sizes.items():
            chosen = preferred_size(document) or ""
            combo.clear()
            for position, size in enumerate(DOCUMENT_SIZES[document]):
                text = self.tr("{size} (default)").format(size=size) if position == 0 else size
                combo.addItem(text, size if position else "")
            combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def save(self) -> None:
        self.saved.setText("")
        for error in (*self.printer_errors.values(), *self.size_errors.values()):
            error.show_text("")
        printers = {role: str(combo.currentData() or "") or None
                    for role, combo in self.printers.items()}
        sizes = {document: str(combo.currentData() or "") or None
                 for document, combo in self.sizes.items()}

        def refused(err: Exception) -> None:
            if isinstance(err, DomainError):
                document = str(err.params.get("document", ""))
                line = self.size_errors.get(document, self.printer_errors["receipt"])
                line.show_text(explain(err, self.desk.lang))
            else:
                self.desk.show_error(self, err)

        run_operation(save_printers(desk=self.desk, printers=printers, sizes=sizes),
                      parent=self, on_error=refused, owner=self,
                      on_done=lambda _: self.saved.setText(self.tr("Saved on this PC.")))
