"""Language and calendar: this PC's own UI language, and the shop's default language and
calendar (papers, SMS and every PC that chose none)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton

from app.this_pc import workstation
from ui.operations.settings import choose_pc_setting
from ui.settings.common import (
    OK_STYLE,
    SHOP,
    THIS_PC,
    ErrorLine,
    Section,
    ShopSettingsForm,
    field_with_error,
    form,
    scope_text,
)
from ui.shell.desk import Desk
from ui.shell.i18n import LANGUAGES
from ui.shell.tasks import run_operation

KEY = "language"


def this_pc_language(shop_language: str) -> str:
    """The UI language this PC shows: its own choice, else the shop's default."""
    chosen = workstation.get(KEY)
    return str(chosen) if chosen in LANGUAGES else shop_language


class LanguageSection(Section):
    language_changed = Signal(str)

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, SHOP)
        self.pc_box = QGroupBox()
        self.pc_language = QComboBox()
        self.pc_label = QLabel()
        self.pc_note = QLabel()
        self.pc_note.setWordWrap(True)
        self.pc_note.setStyleSheet("color: #555;")
        pc_form = form()
        pc_form.addRow(self.pc_label, self.pc_language)
        pc_form.addRow(self.pc_note)
        self.pc_box.setLayout(pc_form)

        self.shop_box = QGroupBox()
        self.shop_language = QComboBox()
        self.shop_calendar = QComboBox()
        self.language_error = ErrorLine()
        self.calendar_error = ErrorLine()
        self.shop_labels = [QLabel(), QLabel()]
        shop_form = form()
        shop_form.addRow(self.shop_labels[0],
                         field_with_error(self.shop_language, self.language_error))
        shop_form.addRow(self.shop_labels[1],
                         field_with_error(self.shop_calendar, self.calendar_error))
        self.save_button = QPushButton()
        self.saved = QLabel()
        self.saved.setStyleSheet(OK_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        shop_form.addRow(buttons)
        self.shop_box.setLayout(shop_form)
        self.shop = ShopSettingsForm(desk)
        self.shop.add("shop.language", lambda: str(self.shop_language.currentData()),
                      self.language_error)
        self.shop.add("shop.calendar", lambda: str(self.shop_calendar.currentData()),
                      self.calendar_error)
        self.body.addWidget(self.pc_box)
        self.body.addWidget(self.shop_box)
        self.body.addStretch(1)

        for code, name in LANGUAGES.items():
            self.pc_language.addItem(name, code)
            self.shop_language.addItem(name, code)
        self.pc_language.currentIndexChanged.connect(lambda _: self._choose_pc_language())
        self.save_button.clicked.connect(self.save)
        for widget in (self.pc_box, self.shop_box):
            widget.setEnabled(self.editable)
        self.translate_ui()
        self.load()

    def translate_ui(self) -> None:
        self.set_titles(self.tr("Language and calendar"))
        self.pc_box.setTitle(scope_text(THIS_PC))
        self.pc_label.setText(self.tr("Language of this PC's screens"))
        self.pc_note.setText(self.tr("The window opens again in the chosen language."))
        self.shop_box.setTitle(scope_text(SHOP))
        self.shop_labels[0].setText(self.tr("Shop's language (papers, SMS, new PCs)"))
        self.shop_labels[1].setText(self.tr("Calendar"))
        chosen = self.shop_calendar.currentData()
        self.shop_calendar.clear()
        self.shop_calendar.addItem(self.tr("Solar Hijri (Jalali)"), "jalali")
        self.shop_calendar.addItem(self.tr("Gregorian"), "gregorian")
        self.shop_calendar.setCurrentIndex(max(self.shop_calendar.findData(chosen), 0))
        self.save_button.setText(self.tr("Save for the shop"))

    def load(self) -> None:
        settings = self.desk.services.settings

        def read() -> tuple[str, str, str]:
            shop_language = str(settings.get("shop.language"))
            return (shop_language, this_pc_language(shop_language),
                    str(settings.get("shop.calendar")))

        self.reads.read(read, lambda found: self.show_values(*found))

    def show_values(self, shop_language: str, pc_language: str, calendar: str) -> None:
        self.pc_language.blockSignals(True)
        self.pc_language.setCurrentIndex(
            max(self.pc_language.findData(pc_language), 0))
        self.pc_language.blockSignals(False)
        self.shop_language.setCurrentIndex(max(self.shop_language.findData(shop_language), 0))
        self.shop_calendar.setCurrentIndex(
            max(self.shop_calendar.findData(calendar), 0))
        self.shop.remember()

    def _choose_pc_language(self) -> None:
        lang = str(self.pc_language.currentData())

        def chosen(_: object) -> None:
            if lang != self.desk.lang:
                self.language_changed.emit(lang)

        run_operation(choose_pc_setting(desk=self.desk, key=KEY, value=lang), parent=self,
                      on_done=chosen, on_error=lambda err: self.desk.show_error(self, err),
                      owner=self)

    def save(self) -> None:
        self.saved.setText("")
        self.shop.save(self, lambda _values: self.saved.setText(self.tr("Saved.")))
