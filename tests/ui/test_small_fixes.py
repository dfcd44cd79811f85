"""Small things a shop owner notices on screen (issue 12): the printers' captions, amounts
grouped as they are typed, a customer suggestion never cut off, and background answers that
never raise once their screen is gone."""

from __future__ import annotations

import time

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.auth.roles import Role
from app.bootstrap import Services
from app.customers.service import NewCustomer
from app.printing.papers import DOCUMENT_SIZES, PRINTER_ROLES
from tests.factories import intake_request, mobile
from tests.ui.conftest import make_desk
from ui.board.board_page import BoardPage
from ui.intake.amount_edit import AmountEdit, cursor_after_regrouping
from ui.intake.customer_box import CustomerBox
from ui.settings.printers_section import PrintersSection
from ui.shell import tasks

LONG_NAME = "سید محمدحسین میرزاحسینی‌نژاد اصفهانی"


def caption_of(field: QWidget, form: QFormLayout) -> str:
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        holder = item.widget() if item is not None else None
        if holder is not None and holder.isAncestorOf(field):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            caption = label.widget() if label is not None else None
            return caption.text() if isinstance(caption, QLabel) else ""
    return ""


def test_every_printer_and_paper_size_row_has_its_own_caption(
        qtbot: QtBot, shop_services: Services) -> None:
    section = PrintersSection(make_desk(shop_services, Role.MANAGER, "en"))
    qtbot.addWidget(section)
    section.show()
    printer_form = section.printer_box.layout()
    size_form = section.size_box.layout()
    assert isinstance(printer_form, QFormLayout) and isinstance(size_form, QFormLayout)
    printers = [caption_of(section.printers[role], printer_form) for role in PRINTER_ROLES]
    sizes = [caption_of(section.sizes[doc], size_form) for doc in DOCUMENT_SIZES]
    assert printers == ["Receipts (80 mm roll)", "Labels", "A4 and A5 papers"]
    assert sizes == ["Receipt", "Label", "Job sheet", "Estimate", "Invoice", "Warranty card"]
    for label in (*section.printer_labels.values(), *section.size_labels.values()):
        assert label.isVisible()


@pytest.mark.parametrize(("lang", "typed", "shown"), [
    ("en", "1234567", "1,234,567"),
    ("fa", "۱۲۳۴۵۶۷", "۱٬۲۳۴٬۵۶۷"),
    ("fa", "2500000", "۲٬۵۰۰٬۰۰۰"),
])
def test_amounts_are_grouped_as_they_are_typed(qtbot: QtBot, lang: str, typed: str,
                                               shown: str) -> None:
    edit = AmountEdit("deposit", lang)
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    seen = []
    for key in typed:  # a key event carrying the digit, as a Persian keyboard sends it
        QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0,
                                               Qt.KeyboardModifier.NoModifier, key))
        seen.append(edit.text())
    assert edit.text() == shown  # grouped as typed: the field was never left
    assert edit.cursorPosition() == len(shown)
    assert len(seen[3]) == 5 and seen[3][1] in ",٬"  # already grouped at the fourth digit
    assert edit.amount() == int(typed.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))


def test_a_digit_typed_in_the_middle_keeps_the_cursor_beside_it(qtbot: QtBot) -> None:
    edit = AmountEdit("deposit", "en")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.keyClicks(edit, "123456")
    assert edit.text() == "123,456"
    edit.setCursorPosition(1)  # after the 1
    qtbot.keyClicks(edit, "9")
    assert edit.text() == "1,923,456" and edit.cursorPosition() == 3
    assert cursor_after_regrouping("1234", 4, "1,234") == 5
    assert cursor_after_regrouping("12,34", 0, "1,234") == 0


def test_what_is_not_an_amount_yet_is_left_as_typed(qtbot: QtBot) -> None:
    edit = AmountEdit("deposit", "en")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.keyClicks(edit, "-")
    assert edit.text() == "-"
    qtbot.keyClicks(edit, "5000")
    assert edit.text() == "-5,000"  # negative: the service refuses it in words
    edit.clear()
    qtbot.keyClicks(edit, "12x")
    assert edit.text() == "12x"


def test_a_long_customer_suggestion_is_not_cut_off(
        qtbot: QtBot, shop_services: Services) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "fa")
    shop_services.jobs.intake(desk.actor, intake_request(
        81, new_customer=NewCustomer(name=LONG_NAME, mobile=mobile(81))))
    box = CustomerBox(desk)
    qtbot.addWidget(box)
    box.mobile.setFixedWidth(220)  # a narrow mobile field
    box.show()
    box.activateWindow()
    box.mobile.setFocus()
    qtbot.keyClicks(box.mobile, mobile(81)[:7])
    qtbot.waitUntil(lambda: box.suggestions.rowCount() == 1)
    popup = box.completer.popup()
    assert popup is not None
    box.show_suggestions()  # as it is shown while the clerk's focus is in the field
    qtbot.waitUntil(popup.isVisible)
    text = box.suggestions.item(0).text()
    assert LONG_NAME in text
    needed = popup.fontMetrics().horizontalAdvance(text)
    assert popup.viewport().width() >= needed > box.mobile.width() - 60


def test_a_background_answer_whose_relay_is_gone_raises_nowhere(
        qtbot: QtBot, capfd: pytest.CaptureFixture[str]) -> None:
    answers: list[object] = []

    def slow() -> int:
        time.sleep(0.2)
        return 1

    tasks.in_background(slow, answers.append, answers.append)
    relay = next(iter(tasks._relays))
    shiboken6.delete(relay)  # as when the app shuts down under a read still on its way
    tasks._relays.discard(relay)
    assert QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    assert answers == []
    assert "Error" not in capfd.readouterr().err


def test_a_board_searched_quickly_and_closed_raises_nowhere(
        qtbot: QtBot, shop_services: Services, capfd: pytest.CaptureFixture[str]) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "en")
    for seed in range(5):
        shop_services.jobs.intake(desk.actor, intake_request(seed))
    for _ in range(3):
        board = BoardPage(desk)
        board.show()
        for key in "0912000":
            qtbot.keyClicks(board.search_box, key)
        board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        board.close()
        QApplication.processEvents()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(5):
        QApplication.processEvents()
    assert not tasks._relays  # every answer was delivered, and dropped for the closed board
    err = capfd.readouterr().err
    assert "RuntimeError" not in err and "Traceback" not in err
