"""Intake at reception, driven through the real widgets on a real SQLite database.

No printer is set on this test PC, so printing offers to save the PDF; the tests accept that
offer, and the saved PDFs and the 'printed' timeline events are checked.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.auth.roles import Role
from app.bootstrap import Services
from app.customers.service import NewDevice
from app.demo.data import PROBLEMS
from app.locale.text import isolate
from app.printing.papers import PRINTER_ROLES
from app.printing.service import PaperService
from app.this_pc import workstation
from build_scripts.translations import build
from db.models import Customer
from tests.db.printing.conftest import cups_queue  # noqa: F401  (a fixture)
from tests.factories import intake_request, mobile, row_counts, valid_imei
from tests.ui.conftest import make_desk
from ui.intake.intake_page import IntakePage
from ui.intake.pattern_widget import PatternPad
from ui.printing.desk import PaperPrinting
from ui.shell.desk import Desk
from ui.shell.i18n import apply_language

ROOT = Path(__file__).resolve().parents[2]
SAVE_PDF = {"fa": "ذخیره به‌صورت PDF…", "en": "Save as PDF…"}


@pytest.fixture(autouse=True)
def no_printers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder of this test's own, so no printer is set on 'this PC'."""
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()


@pytest.fixture
def accept_pdf_offers() -> Iterator[list[str]]:
    """Answer every 'no printer: save as PDF?' box with Save; yields the boxes' texts."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() in SAVE_PDF.values()).click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(30)
    yield seen
    timer.stop()


def make_page(qtbot: QtBot, desk: Desk, pdf_dir: Path) -> IntakePage:
    services = desk.services
    printing = PaperPrinting(PaperService(services.jobs, services.settings), desk.actor,
                             lang=desk.lang, ask_path=lambda name: pdf_dir / name)
    page = IntakePage(desk, printing)
    qtbot.addWidget(page)
    page.resize(1030, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


class Clerk:
    """Drives the form as a person would, counting every key press and click (a drag across
    the pattern grid counts as one input: one gesture of the hand)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.inputs = 0

    def type(self, widget: QWidget, text: str) -> None:
        type_text(widget, text)
        self.inputs += len(text)

    def key(self, widget: QWidget, key: Qt.Key,
            modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.inputs += 1

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        if pos is None:  # a checkbox takes a click on its box, not on the middle of its text
            pos = QPoint(8, widget.height() // 2) if widget.layoutDirection() == \
                Qt.LayoutDirection.LeftToRight else QPoint(widget.width() - 8,
                                                           widget.height() // 2)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.inputs += 1

    def draw(self, pad: PatternPad, points: list[int]) -> None:
        drag(self.qtbot, pad, points)
        self.inputs += 1


def type_text(widget: QWidget, text: str) -> None:
    """Key clicks for each character, Persian ones too (QTest's keyClicks takes ASCII only)."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char,
                           Qt.KeyboardModifier.NoModifier)


def drag(qtbot: QtBot, pad: PatternPad, points: list[int]) -> None:
    """Press on the first dot, move across the others, release on the last."""
    centres = [pad.centre(p).toPoint() for p in points]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=centres[0])
    for previous, centre in itertools.pairwise(centres):
        qtbot.mouseMove(pad, (previous + centre) / 2)  # the pointer passes between dots too
        qtbot.mouseMove(pad, centre)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=centres[-1])


def returning_customer(services: Services, desk: Desk) -> tuple[str, int, int]:
    """A customer with an earlier job on a Samsung and a laptop added later: (mobile, id of
    the Samsung, id of the laptop)."""
    job = services.jobs.intake(desk.actor, intake_request(71))
    laptop = services.customers.add_device(desk.actor, job.customer_id, NewDevice(
        kind="laptop", brand="Lenovo", model="ThinkPad T14", serial="PF3K2J1"))
    return mobile(71), job.device_id, laptop


def test_a_returning_customers_intake_takes_few_inputs_and_prints_both_papers(
        qtbot: QtBot, shop_services: Services, tmp_path: Path,
        accept_pdf_offers: list[str]) -> None:
    """An experienced clerk, a returning customer, the device they brought before.

    The clerk types the mobile (11 keys), Tab, Down to pick the Samsung from the offered
    devices, Tab to the problem, clicks a quick pick, ticks the cracked screen and the charger,
    clicks the passcode field and types 4 digits, clicks the deposit and types 6 digits, and
    presses Ctrl+Enter. That is at most 40 inputs, about 30 here. At a steady 2 inputs a
    second for typing digits (clerks type numbers much faster) and up to 2 seconds for each of
    the few mouse clicks, it is well under 30 seconds of hands, leaving half of the 60 seconds
    for reading the screen and talking to the customer. The printer dialogs answered by the
    fixture do not count: at a shop the printers are set and no dialog appears.
    """
    desk = make_desk(shop_services, Role.RECEPTION, "fa")
    number, samsung, laptop = returning_customer(shop_services, desk)
    before = row_counts(shop_services)
    page = make_page(qtbot, desk, tmp_path)
    clerk = Clerk(qtbot)
    assert page.focusWidget() is page.customer.mobile  # the cursor waits in the mobile field

    clerk.type(page.customer.mobile, number)
    qtbot.waitUntil(lambda: page.customer.card is not None)
    assert "مریم احمدی 71" in page.customer.state.text()
    assert page.customer.new_fields.isHidden()
    assert [page.device.choice.itemData(i) for i in range(page.device.choice.count())] == \
        [laptop, samsung, -1]  # newest first, then "a new device"
    clerk.key(page.customer.mobile, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.device.choice
    clerk.key(page.device.choice, Qt.Key.Key_Down)
    assert page.device.device_id() == samsung and page.device.new_fields.isHidden()
    clerk.key(page.device.choice, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.problem.problem
    clerk.click(page.problem.picks[0], page.problem.picks[0].rect().center())
    clerk.click(page.condition.boxes["screen"][2][1])  # cracked
    clerk.click(page.accessories.boxes["charger"])
    clerk.click(page.unlock.passcode, page.unlock.passcode.rect().center())
    clerk.type(page.unlock.passcode, "2580")
    clerk.click(page.terms.deposit, page.terms.deposit.rect().center())
    clerk.type(page.terms.deposit, "۲۰۰۰۰۰")  # Persian digits, as a Persian keyboard gives
    with qtbot.waitSignal(page.job_created, timeout=20_000) as created:
        clerk.key(page.terms.deposit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert clerk.inputs <= 40, clerk.inputs

    job = shop_services.jobs.get(created.args[0])
    assert (job.customer_mobile, job.device_id) == ("+98" + number[1:], samsung)
    assert job.problem == PROBLEMS["phone"][0][0]
    assert job.condition == {"screen": "cracked"} and job.accessories == ["charger"]
    assert job.has_unlock and [p.amount for p in job.payments] == [200_000]
    after = row_counts(shop_services)
    assert after["jobs"] == before["jobs"] + 1
    assert (after["customers"], after["devices"]) == (before["customers"], before["devices"])
    prints = [e.data for e in job.events if e.kind == "printed"]
    assert [p["document"] for p in prints] == ["receipt", "label"]
    for paper in prints:
        assert Path(paper["file"]).read_bytes().startswith(b"%PDF")
    assert len(accept_pdf_offers) == 2 and "چاپگری" in accept_pdf_offers[0]
    # ready for the next customer
    assert page.customer.mobile.text() == "" and page.problem.text() == ""
    assert page.terms.deposit.text() == "" and page.unlock.pattern() == ""
    assert page.focusWidget() is page.customer.mobile
    assert job.number.split("-")[1].lstrip("0") in page.message.text().translate(
        str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))


def test_a_new_customer_and_device_are_created_inline(
        qtbot: QtBot, shop_services: Services, tmp_path: Path,
        accept_pdf_offers: list[str]) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "en")
    referrer = shop_services.jobs.intake(desk.actor, intake_request(5))
    page = make_page(qtbot, desk, tmp_path)
    c, d, t = page.customer, page.device, page.terms
    qtbot.keyClicks(c.mobile, "0935 123 4567")
    qtbot.waitUntil(lambda: "New customer" in c.state.text())
    assert not c.new_fields.isHidden() and d.choice.isHidden()
    type_text(c.name, "Reza Karimi")
    c.source.setCurrentIndex(c.source.findData("referral"))
    assert not c.referrer.isHidden()
    qtbot.keyClicks(c.referrer, mobile(5))
    c.language.setCurrentIndex(c.language.findData("en"))
    d.kind.setCurrentIndex(d.kind.findData("laptop"))
    assert page.problem.picks[0].text() == "No power"  # quick picks follow the kind
    d.brand.setText("Len")
    d.brand_completer.setCompletionPrefix("Len")
    assert d.brand_completer.currentCompletion() == "Lenovo"
    d.brand.setText("Lenovo")
    d.model_completer.setCompletionPrefix("think")
    assert d.model_completer.currentCompletion() == "ThinkPad T14"
    qtbot.keyClicks(d.model, "ThinkPad T14")
    qtbot.keyClicks(d.serial, "PF1ABC23")
    qtbot.keyClicks(page.problem.problem, "Fan is loud")
    page.problem.picks[3].click()
    drag(qtbot, page.unlock.pad, [1, 2, 3, 6, 9])
    t.promise.setChecked(True)
    qtbot.keyClicks(t.low, "1500000")
    qtbot.keyClicks(t.high, "2,500,000")
    t.priority.setCurrentIndex(2)
    with qtbot.waitSignal(page.job_created, timeout=20_000) as created:
        page.save_button.click()

    job = shop_services.jobs.get(created.args[0])
    card = shop_services.customers.card(job.customer_id)
    assert (card.name, card.mobile, card.source, card.language) == \
        ("Reza Karimi", "+989351234567", "referral", "en")
    assert job.device == {**job.device, "kind": "laptop", "brand": "Lenovo",
                          "model": "ThinkPad T14", "serial": "PF1ABC23"}
    assert job.problem == "Fan is loud, Noisy fan"
    assert (job.estimate_min, job.estimate_max, job.priority) == (1_500_000, 2_500_000, 2)
    assert job.promised_date is not None
    manager = make_desk(shop_services, Role.MANAGER, "en").actor
    assert shop_services.jobs.reveal_unlock(manager, job.id).pattern == "1-2-3-6-9"
    with shop_services.db.read() as s:
        stored = s.get(Customer, card.id)
        assert stored is not None and stored.referred_by_id == referrer.customer_id
    assert "saved for Reza Karimi" in page.message.text()


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_imei_verdict_shows_as_it_is_typed(qtbot: QtBot, shop_services: Services,
                                               tmp_path: Path, lang: str) -> None:
    page = make_page(qtbot, make_desk(shop_services, Role.RECEPTION, lang), tmp_path)
    imei, verdict = page.device.imei, page.device.verdict
    good = valid_imei(4242)
    words = {"en": ("✗ 14 of 15 digits", "✓ valid", "✗ wrong check digit"),
             "fa": ("✗ ۱۴ از ۱۵ رقم", "✓ معتبر", "✗ رقم کنترل نادرست")}[lang]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if lang == "fa":
        build()
        apply_language(app, "fa")
        page.translate_ui()
    try:
        qtbot.keyClicks(imei, good[:14])
        assert verdict.text() == words[0]
        qtbot.keyClicks(imei, good[14])
        assert verdict.text() == words[1]
        imei.setText(good[:14] + str((int(good[14]) + 1) % 10))
        assert verdict.text() == words[2]
        imei.setText(good.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")))
        assert verdict.text() == words[1]  # Persian digits are read as digits
        imei.clear()
        assert verdict.text() == ""
    finally:
        apply_language(app, "en")


def test_the_pattern_is_drawn_with_the_mouse(qtbot: QtBot) -> None:
    pad = PatternPad()
    qtbot.addWidget(pad)
    pad.show()
    seen: list[str] = []
    pad.changed.connect(seen.append)
    drag(qtbot, pad, [1, 2, 3, 6, 9])
    assert pad.pattern() == "1-2-3-6-9" and seen[-1] == "1-2-3-6-9"
    drag(qtbot, pad, [7, 9, 3])  # straight over 8 and 6: they are taken on the way
    assert pad.pattern() == "7-8-9-6-3"
    drag(qtbot, pad, [5, 1, 5, 9])  # a dot is used once
    assert pad.pattern() == "5-1-9"
    pad.clear()
    assert pad.pattern() == "" and seen[-1] == ""
    pad.set_pattern("2-5-8-9")
    assert pad.pattern() == "2-5-8-9"
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    type_text(pad, "1۵9")  # the keyboard draws too, Persian digits as well
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    qtbot.keyClicks(pad, "6")
    assert pad.pattern() == "1-5-6"


def test_the_clear_button_empties_the_drawn_pattern(qtbot: QtBot, shop_services: Services,
                                                    tmp_path: Path) -> None:
    page = make_page(qtbot, make_desk(shop_services, Role.RECEPTION, "en"), tmp_path)
    drag(qtbot, page.unlock.pad, [3, 5, 7, 8])
    assert page.unlock.shown.text() == "\u20663-5-7-8\u2069"
    qtbot.mouseClick(page.unlock.clear_button, Qt.MouseButton.LeftButton)
    assert page.unlock.pattern() == "" and page.unlock.shown.text() == "(none)"


def test_bad_input_is_named_at_its_field_and_saves_nothing(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "fa")
    page = make_page(qtbot, desk, tmp_path)
    before = row_counts(shop_services)
    qtbot.keyClicks(page.customer.mobile, "0912")
    type_text(page.customer.name, "علی رضایی")
    page.device.brand.setText("Samsung")
    page.device.model.setText("Galaxy A14")
    type_text(page.problem.problem, "شارژ نمی‌گیرد")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.isVisible() and not page.saving)
    assert page.message.text() == f"شمارهٔ «{isolate('0912')}» معتبر نیست."
    assert QApplication.focusWidget() is page.customer.mobile
    assert "border" in page.customer.mobile.styleSheet()

    page.customer.mobile.setText("09123334455")
    page.terms.deposit.setText("-50000")
    page.save_button.click()
    qtbot.waitUntil(lambda: "منفی" in page.message.text() and not page.saving)
    assert page.message.text() == "بیعانه: مبلغ نمی‌تواند منفی باشد."
    assert QApplication.focusWidget() is page.terms.deposit
    assert page.customer.mobile.styleSheet() == ""  # the earlier mark is gone

    page.terms.deposit.clear()
    page.terms.low.setText("۵۰۰٬۰۰۰")
    page.terms.high.setText("300000")
    page.save_button.click()
    qtbot.waitUntil(lambda: "برآورد" in page.message.text() and not page.saving)
    assert page.message.text() == "حداقل برآورد از حداکثر آن بیشتر است."
    assert QApplication.focusWidget() is page.terms.low

    page.terms.high.clear()
    page.customer.source.setCurrentIndex(page.customer.source.findData("referral"))
    page.customer.referrer.setText("09127654321")  # nobody has this number
    page.save_button.click()
    qtbot.waitUntil(lambda: "معرف" in page.message.text() and not page.saving)
    assert QApplication.focusWidget() is page.customer.referrer

    page.terms.deposit.setText("۱۲x")
    page.save_button.click()  # not a number at all: refused before the service is asked
    assert page.message.text() == "بیعانه: مبلغ باید عدد صحیح باشد."
    assert row_counts(shop_services) == before
    assert (page.customer.name.text(), page.problem.text()) == ("علی رضایی", "شارژ نمی‌گیرد")


def test_save_works_from_any_field_with_ctrl_enter(
        qtbot: QtBot, shop_services: Services, tmp_path: Path,
        accept_pdf_offers: list[str]) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "en")
    number, _, laptop = returning_customer(shop_services, desk)
    page = make_page(qtbot, desk, tmp_path)
    page.customer.mobile.setText(number)
    qtbot.waitUntil(lambda: page.customer.card is not None)
    qtbot.keyClicks(page.problem.problem, "Loose charging port")
    page.unlock.pad.setFocus()
    with qtbot.waitSignal(page.job_created, timeout=20_000) as created:
        qtbot.keyClick(page.unlock.pad, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shop_services.jobs.get(created.args[0]).device_id == laptop  # newest, offered first


def test_the_intake_screen_in_persian_is_right_to_left_translated_and_unclipped(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    """Renders the screen in both languages (TAMIRGAH_SCREENSHOTS=1 writes them to
    docs/images/intake_fa.png and intake_en.png for the README)."""
    target = ROOT / "docs" / "images" if os.environ.get("TAMIRGAH_SCREENSHOTS") else tmp_path
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    build()
    for lang, name in (("fa", "رضا کریمی"), ("en", "Reza Karimi")):
        apply_language(app, lang)
        try:
            page = make_page(qtbot, make_desk(shop_services, Role.RECEPTION, lang), tmp_path)
            page.resize(1030, 740)
            type_text(page.customer.mobile, "09351234567")
            qtbot.waitUntil(lambda p=page: p.customer.state.text().startswith(  # type: ignore[misc]
                ("مشتری جدید", "New customer")))
            type_text(page.customer.name, name)
            page.device.brand.setText("Samsung")
            page.device.model.setText("Galaxy A54")
            page.device.colour.setText(page.device.colour_completer.model().index(0, 0).data())
            type_text(page.device.imei, valid_imei(5151))
            page.problem.picks[0].click()
            page.condition.set_condition({"screen": "cracked", "powers_on": True})
            page.accessories.boxes["charger"].setChecked(True)
            drag(qtbot, page.unlock.pad, [1, 2, 3, 6, 9])
            page.terms.promise.setChecked(True)
            page.terms.deposit.set_amount(500_000)
            page.customer.mobile.setFocus()
            app.processEvents()
            assert page.isRightToLeft() == (lang == "fa")
            scroll = page.findChild(QScrollArea)
            assert scroll is not None and not scroll.horizontalScrollBar().isVisible()
            if lang == "fa":
                assert page.customer.title() == "مشتری"
                assert page.save_button.text() == "ثبت و چاپ (Ctrl+Enter)"
                assert page.device.verdict.text() == "✓ معتبر"
                assert page.terms.deposit.text() == "۵۰۰٬۰۰۰"
            page.grab().save(str(target / f"intake_{lang}.png"))
            page.close()
        finally:
            apply_language(app, "en")
    assert (target / "intake_fa.png").stat().st_size > 10_000


def test_customers_are_suggested_as_the_number_is_typed(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "en")
    number, _, laptop = returning_customer(shop_services, desk)
    page = make_page(qtbot, desk, tmp_path)
    page.activateWindow()
    page.customer.mobile.setFocus()
    # the completer follows the field only while it has focus, which a busy machine gives late
    qtbot.waitUntil(page.customer.mobile.hasFocus)
    qtbot.keyClicks(page.customer.mobile, number[:7])
    qtbot.waitUntil(lambda: not page.customer.suggesting  # what was typed last, answered
                    and page.customer.suggestions.rowCount() == 1)
    assert page.customer.suggestions.item(0).text() == f"{number}  مریم احمدی 71"
    popup = page.customer.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the clerk picks the suggestion
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer.card is not None)
    assert page.customer.mobile.text() == number and page.device.device_id() == laptop


def test_tab_walks_a_new_customers_form_in_reading_order(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    page = make_page(qtbot, make_desk(shop_services, Role.RECEPTION, "en"), tmp_path)
    c, d = page.customer, page.device
    expected = [c.name, c.source, c.language, d.kind, d.brand, d.model, d.colour, d.imei,
                d.serial, page.problem.problem, page.problem.note, page.unlock.passcode,
                page.unlock.pad, page.terms.promise]
    walked = []
    widget: QWidget = c.mobile
    for _ in expected:
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled()
                   and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        walked.append(widget)
    assert walked == expected


def test_quick_picks_come_from_the_keyboard_too(qtbot: QtBot, shop_services: Services,
                                                tmp_path: Path) -> None:
    page = make_page(qtbot, make_desk(shop_services, Role.RECEPTION, "en"), tmp_path)
    with qtbot.waitActive(page):
        page.activateWindow()
    page.problem.problem.setFocus()
    qtbot.keyClick(page.problem.problem, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.problem.problem, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert page.problem.text() == "Does not power on, Not charging"


def test_the_form_is_free_for_the_next_customer_while_the_papers_print(
        qtbot: QtBot, shop_services: Services, tmp_path: Path,
        cups_queue: str) -> None:  # noqa: F811
    workstation.put("printers", {role: cups_queue for role in PRINTER_ROLES})
    desk = make_desk(shop_services, Role.RECEPTION, "en")
    number, _, _ = returning_customer(shop_services, desk)
    page = make_page(qtbot, desk, tmp_path)
    created: list[int] = []
    page.job_created.connect(created.append)
    page.customer.mobile.setText(number)
    qtbot.waitUntil(lambda: page.customer.card is not None)
    qtbot.keyClicks(page.problem.problem, "No sound from the speaker")
    page.save_button.click()

    qtbot.waitUntil(lambda: "Printing the receipt and the label" in page.message.text())
    assert created == []  # the papers are still printing in the background...
    assert page.customer.mobile.text() == "" and page.save_button.isEnabled()  # ...form free
    qtbot.waitUntil(lambda: created != [], timeout=20_000)
    assert "Receipt: printed; label: printed." in page.message.text()
    job = shop_services.jobs.get(created[0])
    printed = [e.data for e in job.events if e.kind == "printed"]
    assert [(p["document"], p["printer"]) for p in printed] == [("receipt", cups_queue),
                                                                ("label", cups_queue)]
