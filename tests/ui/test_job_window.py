"""The job screen driven through its real widgets on a real SQLite shop.

TAMIRGAH_SCREENSHOTS=1 also writes docs/images/job_fa.png and job_en.png.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.auth.roles import Actor, Role
from app.bootstrap import Services
from app.customers.service import NewCustomer
from app.jobs.service import LineInput
from app.jobs.views import JobDetail
from app.jobs.workflow import Requirement, Status
from app.locale.calendar import utcnow
from app.locale.text import isolate, join_isolated
from app.notify.gateway import InboundSms
from app.notify.replies import take_replies
from app.notify.states import MessageStatus
from build_scripts.translations import build as build_translations
from db.models import JobEvent
from tests.factories import intake_request
from tests.ui.conftest import make_desk
from ui.board.colours import status_colour
from ui.job import JobWindow
from ui.job.estimate_editor import DESCRIPTION, QUANTITY, UNIT_PRICE
from ui.job.move_dialog import MoveDialog
from ui.job.timeline import UNREAD_COLOUR
from ui.job.unlock import UnlockDialog
from ui.job.words import JobWords
from ui.printing.desk import Outcome
from ui.printing.preview import PaperPreview
from ui.shell.desk import Desk
from ui.shell.i18n import apply_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_printers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of this test's own: this PC has no printer set for any paper."""
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def answer_modal(handle: Callable[[QWidget], None], kind: type[QWidget] = QWidget,
                 tries: int = 250) -> None:
    """Handle the next modal dialog of `kind` once it is open (polled, up to ~5 s)."""
    def poll(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, kind):
            handle(box)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))
    QTimer.singleShot(0, lambda: poll(tries))


def click_message_button(text: str, seen: list[str]) -> Callable[[QWidget], None]:
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text() == text).click()
    return handle


def open_window(qtbot: QtBot, desk: Desk, job_id: int) -> JobWindow:
    window = JobWindow(desk, job_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)  # the job is read off the UI thread
    return window


def read_again(qtbot: QtBot, window: JobWindow) -> None:
    window.reload()
    qtbot.waitUntil(lambda: window.loaded)


def click_move(qtbot: QtBot, window: JobWindow, target: Status) -> None:
    qtbot.waitUntil(lambda: window.loaded)
    button = window.header.action_buttons[target]
    assert button.isEnabled(), button.toolTip()
    button.click()
    qtbot.waitUntil(lambda: not window.working and window.detail.status == target)


def status_of(services: Services, job_id: int) -> Status:
    return services.jobs.get(job_id).status


def timeline_texts(window: JobWindow) -> list[str]:
    model = window.timeline.model
    return [model.data(model.index(row, 2)) for row in range(model.rowCount())]


def test_from_diagnosis_to_delivery_with_the_invoice_saved_as_pdf(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    services = shop_services
    reception = make_desk(services, Role.RECEPTION, "en")
    bench = make_desk(services, Role.TECHNICIAN, "en")
    job = services.jobs.intake(reception.actor, intake_request(11))

    tech = open_window(qtbot, bench, job.id)
    assert tech.header.status.text() == "Received"
    assert status_colour(Status.RECEIVED).name() in tech.header.status.styleSheet()
    click_move(qtbot, tech, Status.DIAGNOSING)
    waiting = tech.header.action_buttons[Status.AWAITING_APPROVAL]
    assert not waiting.isEnabled() and "Needs an estimate first" in waiting.text()
    assert waiting.toolTip() == "Needs an estimate first"

    editor = tech.estimate
    editor.add_part.click()
    model = editor.model
    model.setData(model.index(0, DESCRIPTION), "LCD Samsung A52")
    model.setData(model.index(0, UNIT_PRICE), 2_400_000)
    editor.add_labour.click()
    model.setData(model.index(1, DESCRIPTION), "Replace the screen")
    model.setData(model.index(1, QUANTITY), 1)
    model.setData(model.index(1, UNIT_PRICE), 350_000)
    assert "2,750,000 Toman" in editor.totals.text() and editor.unsaved.text()
    editor.save.click()
    qtbot.waitUntil(lambda: not tech.working)
    saved = services.jobs.get(job.id)
    assert [(line.kind, line.description, line.total) for line in saved.lines] == [
        ("part", "LCD Samsung A52", 2_400_000), ("labour", "Replace the screen", 350_000)]
    assert editor.unsaved.text() == ""
    click_move(qtbot, tech, Status.AWAITING_APPROVAL)

    desk = open_window(qtbot, reception, job.id)
    assert not desk.estimate.add_part.isVisibleTo(desk)  # reception reads the estimate only
    click_move(qtbot, desk, Status.APPROVED)
    read_again(qtbot, tech)
    click_move(qtbot, tech, Status.IN_REPAIR)
    click_move(qtbot, tech, Status.READY)

    read_again(qtbot, desk)
    deliver = desk.header.action_buttons[Status.DELIVERED]
    assert not deliver.isEnabled() and "2,750,000 Toman is unpaid" in deliver.toolTip()
    assert desk.payments.amount.value() == 2_750_000  # the balance, offered
    desk.payments.method.setCurrentIndex(desk.payments.method.findData("card"))
    desk.payments.pay.click()
    qtbot.waitUntil(lambda: not desk.working and desk.detail.totals.balance == 0)
    assert desk.payments.summary.text().endswith("· settled")  # not "balance 0 Toman"

    invoice = tmp_path / "invoice.pdf"
    desk.printing.ask_path = lambda suggested: invoice
    seen: list[str] = []
    answer_modal(click_message_button("Save as PDF…", seen), QMessageBox)
    click_move(qtbot, desk, Status.DELIVERED)
    qtbot.waitUntil(lambda: desk.last_print is not None, timeout=15_000)
    assert "No printer is set on this PC" in seen[0]
    assert invoice.read_bytes().startswith(b"%PDF")

    final = services.jobs.get(job.id)
    assert final.status == Status.DELIVERED and final.totals.balance == 0
    assert [(p.amount, p.method) for p in final.payments] == [(2_750_000, "card")]
    printed = [e.data for e in final.events if e.kind == "printed"]
    assert printed == [{"document": "invoice", "lang": "fa", "size": "a4", "pages": 1,
                        "file": str(invoice)}]
    outbox = services.messages.outbox(job_id=job.id)
    assert sorted(m.event for m in outbox) == sorted([
        "received", "diagnosis_started", "estimate_ready", "approved", "ready_for_pickup",
        "delivered"])
    assert all(m.status == MessageStatus.QUEUED for m in outbox)
    texts = timeline_texts(desk)
    assert any("SMS to the customer: device delivered — waiting to be sent" in t
               for t in texts)
    assert any(t.startswith("\u200ePrinted: invoice") for t in texts)
    assert any("Payment: 2,750,000 Toman (Card)" in t for t in texts)
    assert any("Estimate saved: 0 Toman → 2,750,000 Toman, 2 lines" in t for t in texts)
    assert sum("SMS to the customer" in t for t in texts) == 6
    printed_row = next(r for r, t in enumerate(texts) if "Printed: invoice" in t)
    desk.timeline.select_row(printed_row)
    assert desk.timeline.reprint.isEnabled()
    assert desk.header.warranty.isVisibleTo(desk)

    again = tmp_path / "invoice-again.pdf"
    desk.printing.ask_path = lambda suggested: again
    desk.last_print = None
    answer_modal(click_message_button("Save as PDF…", []), QMessageBox)
    desk.timeline.reprint.click()
    qtbot.waitUntil(lambda: desk.last_print is not None, timeout=15_000)
    assert again.read_bytes().startswith(b"%PDF")
    printed = [e.data for e in services.jobs.get(job.id).events if e.kind == "printed"]
    assert [p["document"] for p in printed] == ["invoice", "invoice"]
    read_again(qtbot, tech)
    assert not tech.estimate.model.editable and not tech.estimate.save.isEnabled()


def test_a_manager_refunds_with_a_reason(qtbot: QtBot, shop_services: Services) -> None:
    boss = make_desk(shop_services, Role.MANAGER, "en")
    job = shop_services.jobs.intake(boss.actor, intake_request(21))
    window = open_window(qtbot, boss, job.id)
    panel = window.payments
    panel.amount.setValue(300_000)
    panel.pay.click()
    qtbot.waitUntil(lambda: not window.working and window.detail.totals.paid == 300_000)
    panel.amount.setValue(100_000)
    panel.reason.setText("Customer bought no case")
    panel.refund.click()
    qtbot.waitUntil(lambda: not window.working and window.detail.totals.refunded == 100_000)
    assert panel.reason.text() == ""
    assert "refunded 100,000 Toman" in panel.summary.text()
    assert panel.history.count() == 2
    texts = timeline_texts(window)
    reason = isolate("Customer bought no case")  # a person's words keep their own direction
    assert any(f"Refund: 100,000 Toman (Cash) — {reason}" in t for t in texts)


def test_a_move_that_needs_a_reason_asks_for_it(qtbot: QtBot,
                                                shop_services: Services) -> None:
    reception = make_desk(shop_services, Role.RECEPTION, "en")
    job = shop_services.jobs.intake(reception.actor, intake_request(12))
    window = open_window(qtbot, reception, job.id)
    bench_only = window.header.action_buttons[Status.DIAGNOSING]
    assert not bench_only.isEnabled()
    assert "Only for: manager, owner, technician" in bench_only.text()
    seen: list[bool] = []

    def cancel_first(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveDialog)
        seen.append(dialog.buttons.buttons()[0].isEnabled())
        dialog.reject()

    answer_modal(cancel_first, MoveDialog)
    window.header.action_buttons[Status.CANCELLED].click()
    qtbot.waitUntil(lambda: bool(seen))
    assert status_of(shop_services, job.id) == Status.RECEIVED

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveDialog)
        ok = next(b for b in dialog.buttons.buttons()
                  if dialog.buttons.buttonRole(b) == dialog.buttons.ButtonRole.AcceptRole)
        seen.append(ok.isEnabled())
        qtbot.keyClicks(dialog.reason, "Customer took it elsewhere")
        seen.append(ok.isEnabled())
        ok.click()

    answer_modal(give_reason, MoveDialog)
    click_move(qtbot, window, Status.CANCELLED)
    assert seen[1:] == [False, True]
    event = [e for e in shop_services.jobs.get(job.id).events if e.kind == "status_changed"][-1]
    assert event.data["reason"] == "Customer took it elsewhere"
    assert any(f"reason: {isolate('Customer took it elsewhere')}" in t
               for t in timeline_texts(window))
    assert window.header.action_buttons == {}  # nothing follows a cancellation


def test_a_change_from_another_workstation_opens_the_conflict_dialog(
        qtbot: QtBot, shop_services: Services) -> None:
    services = shop_services
    bench = make_desk(services, Role.TECHNICIAN, "en")
    boss = make_desk(services, Role.MANAGER, "en")
    job = services.jobs.intake(boss.actor, intake_request(13))
    window = open_window(qtbot, bench, job.id)
    services.jobs.change_status(boss.actor, job.id, Status.DIAGNOSING, job.version)
    note = "Screen connector is loose"
    window.notes.text.setPlainText(note)
    window.estimate.add_part.click()
    window.estimate.model.setData(window.estimate.model.index(0, DESCRIPTION), "Connector")

    seen: list[str] = []
    answer_modal(click_message_button("Reload", seen), QMessageBox)
    window.header.action_buttons[Status.DIAGNOSING].click()
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.waitUntil(lambda: window.detail.status == Status.DIAGNOSING)
    manager_name = boss.actor.username.title()
    assert f"{manager_name} changed this job at" in seen[0]
    assert "Nothing of yours was saved" in seen[0]
    assert window.header.status.text() == "Diagnosing"  # reloaded
    assert window.notes.text.toPlainText() == note  # what was typed is still there
    assert window.estimate.model.lines[0].description == "Connector"
    assert [e.kind for e in services.jobs.get(job.id).events].count("status_changed") == 1
    window.notes.add.click()
    qtbot.waitUntil(lambda: not window.working and window.notes.text.toPlainText() == "")
    assert any(f"Internal note: {isolate(note)}" in t for t in timeline_texts(window))


def test_reception_cannot_reveal_the_passcode_and_the_technician_sees_the_pattern(
        qtbot: QtBot, shop_services: Services) -> None:
    reception = make_desk(shop_services, Role.RECEPTION, "en")
    bench = make_desk(shop_services, Role.TECHNICIAN, "en")
    job = shop_services.jobs.intake(reception.actor,
                                    intake_request(14, pattern="1-2-3-6-9"))
    desk = open_window(qtbot, reception, job.id)
    assert not desk.header.reveal.isVisibleTo(desk)
    assert not desk.payments.refund.isVisibleTo(desk)  # a refund is the manager's
    tech = open_window(qtbot, bench, job.id)
    assert tech.header.reveal.isVisibleTo(tech)
    assert not tech.payments.pay.isVisibleTo(tech)
    tech.header.reveal.click()
    qtbot.waitUntil(lambda: tech.unlock_dialog is not None and tech.unlock_dialog.isVisible())
    dialog = tech.unlock_dialog
    assert isinstance(dialog, UnlockDialog)
    assert dialog.passcode.text() == "2580"
    assert dialog.pattern.points == [1, 2, 3, 6, 9] and dialog.pattern.isVisible()
    image = dialog.pattern.grab().toImage()
    centre = dialog.pattern.centre(6).toPoint()
    assert image.pixelColor(centre).name() == "#2563eb"  # a point of the path, drawn
    unused = dialog.pattern.centre(7).toPoint()
    assert image.pixelColor(unused).name() == "#94a3b8"
    kinds = [e.kind for e in shop_services.jobs.get(job.id).events]
    assert kinds.count("unlock_viewed") == 1
    assert any("Passcode and pattern viewed" in t for t in timeline_texts(tech))


def test_undo_within_the_grace_period_takes_the_move_and_its_message_back(
        qtbot: QtBot, shop_services: Services) -> None:
    bench = make_desk(shop_services, Role.TECHNICIAN, "en")
    reception = make_desk(shop_services, Role.RECEPTION)
    job = shop_services.jobs.intake(reception.actor, intake_request(15))
    window = open_window(qtbot, bench, job.id)
    assert not window.header.undo.isVisibleTo(window)
    click_move(qtbot, window, Status.DIAGNOSING)
    assert window.header.undo.isVisibleTo(window)
    assert window.header.undo_timer.remainingTime() > 50_000  # the 60 s grace period
    window.header.undo.click()
    qtbot.waitUntil(lambda: not window.working and window.detail.status == Status.RECEIVED)
    assert not window.header.undo.isVisibleTo(window)
    messages = {m.event: m.status for m in shop_services.messages.outbox(job_id=job.id)}
    assert messages["diagnosis_started"] == MessageStatus.CANCELLED
    assert any("Status change undone" in t for t in timeline_texts(window))


def test_a_customer_reply_shows_unread_until_marked_read(qtbot: QtBot,
                                                        shop_services: Services) -> None:
    reception = make_desk(shop_services, Role.RECEPTION, "en")
    job = shop_services.jobs.intake(reception.actor, intake_request(20))
    take_replies(shop_services.db, "kavenegar", [InboundSms(
        job.customer_mobile, "Is it ready yet?", utcnow(), "in-1")], utcnow(),
        jobs=shop_services.jobs)
    window = open_window(qtbot, reception, job.id)
    model = window.timeline.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].kind == "reply")
    assert model.data(model.index(row, 2)) == \
        f"\u200eCustomer's reply (unread): {isolate('Is it ready yet?')}"
    assert model.data(model.index(row, 2), Qt.ItemDataRole.BackgroundRole) == UNREAD_COLOUR
    assert not window.timeline.mark_read.isEnabled()
    window.timeline.select_row(row)
    assert window.timeline.mark_read.isEnabled() and not window.timeline.reprint.isEnabled()
    window.timeline.mark_read.click()
    qtbot.waitUntil(lambda: not window.working)
    assert shop_services.messages.unread_count(job.id) == 0
    row = next(r for r in range(model.rowCount()) if model.rows[r].kind == "reply")
    assert model.data(model.index(row, 2)) == \
        f"\u200eCustomer's reply: {isolate('Is it ready yet?')}"
    assert model.data(model.index(row, 2), Qt.ItemDataRole.BackgroundRole) is None


def delivered_job(services: Services, boss: Actor) -> JobDetail:
    tech = make_desk(services, Role.TECHNICIAN).actor
    jobs = services.jobs
    job = jobs.intake(boss, intake_request(16))
    v = jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
    v = jobs.set_estimate(tech, job.id, v, [LineInput("labour", "Cleaning", 1, 200_000)])
    for target in (Status.AWAITING_APPROVAL, Status.APPROVED, Status.IN_REPAIR, Status.READY):
        v = jobs.change_status(tech, job.id, target, v)
    jobs.add_payment(boss, job.id, 200_000, "cash")
    jobs.change_status(boss, job.id, Status.DELIVERED, v)
    return jobs.get(job.id)


def test_a_warranty_return_opens_a_new_linked_job(qtbot: QtBot,
                                                  shop_services: Services) -> None:
    boss = make_desk(shop_services, Role.MANAGER, "en")
    job = delivered_job(shop_services, boss.actor)
    window = open_window(qtbot, boss, job.id)
    assert window.header.warranty.isVisibleTo(window)
    assert window.header.action_buttons == {}
    opened: list[int] = []
    window.open_job.connect(opened.append)

    def describe(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Screen flickers again")
        dialog.accept()

    answer_modal(describe, QInputDialog)
    window.header.warranty.click()
    qtbot.waitUntil(lambda: bool(opened))
    new = shop_services.jobs.get(opened[0])
    assert new.warranty_of_id == job.id and new.problem == "Screen flickers again"
    assert new.customer_id == job.customer_id and new.device_id == job.device_id
    assert any(f"Warranty return opened: New job \u200e{new.number}" in t
               for t in timeline_texts(window))


def test_a_manager_delivers_unpaid_only_by_ticking_the_override(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    boss = make_desk(shop_services, Role.MANAGER, "en")
    tech = make_desk(shop_services, Role.TECHNICIAN).actor
    jobs = shop_services.jobs
    job = jobs.intake(boss.actor, intake_request(17))
    v = jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
    v = jobs.set_estimate(tech, job.id, v, [LineInput("labour", "Cleaning", 1, 300_000)])
    for target in (Status.AWAITING_APPROVAL, Status.APPROVED, Status.IN_REPAIR, Status.READY):
        v = jobs.change_status(tech, job.id, target, v)
    window = open_window(qtbot, boss, job.id)
    window.printing.ask_path = lambda suggested: None

    def override(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveDialog)
        assert "300,000 Toman unpaid" in dialog.override.text()
        dialog.override.setChecked(True)
        dialog.accept()

    answer_modal(override, MoveDialog)
    answer_modal(click_message_button("Cancel", []), QMessageBox)  # no printer: no PDF
    click_move(qtbot, window, Status.DELIVERED)
    qtbot.waitUntil(lambda: window.last_print is not None, timeout=15_000)
    event = [e for e in jobs.get(job.id).events if e.kind == "status_changed"][-1]
    assert event.data["override_unpaid"] == 300_000


def test_a_refused_payment_is_explained_in_persian(qtbot: QtBot,
                                                   shop_services: Services) -> None:
    reception = make_desk(shop_services, Role.RECEPTION, "fa")
    job = shop_services.jobs.intake(reception.actor, intake_request(18))
    window = open_window(qtbot, reception, job.id)
    window.payments.amount.setValue(0)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    answer_modal(read, QMessageBox)
    window.payments.pay.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert "مبلغ باید بیشتر از صفر باشد" in seen[0]
    assert shop_services.jobs.get(job.id).payments == []


def render_screens(services: Services, qtbot: QtBot, directory: Path,
                   extras: Path) -> list[Path]:
    """The job screen of a job in the middle of its repair, in Persian and in English."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    build_translations()
    saved = []
    jobs = services.jobs
    for lang in ("fa", "en"):
        boss = make_desk(services, Role.MANAGER, lang)
        tech = make_desk(services, Role.TECHNICIAN, lang).actor
        job = jobs.intake(boss.actor, intake_request(40 if lang == "fa" else 41,
                                                     pattern="1-5-9-6"))
        v = jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
        part = "ال‌سی‌دی اصل سامسونگ A52" if lang == "fa" else "LCD Samsung A52, original"
        labour = "تعویض صفحه نمایش" if lang == "fa" else "Replace the screen"
        v = jobs.set_estimate(tech, job.id, v, [
            LineInput("part", part, 1, 2_450_000, 50_000), LineInput("labour", labour, 1,
                                                                      350_000)])
        v = jobs.change_status(tech, job.id, Status.AWAITING_APPROVAL, v)
        v = jobs.change_status(boss.actor, job.id, Status.APPROVED, v)
        jobs.add_payment(boss.actor, job.id, 1_000_000, "card")
        jobs.add_note(tech, job.id, "کانکتور LCD شل بود" if lang == "fa"
                      else "The LCD connector was loose", customer_visible=False)
        apply_language(app, lang)
        try:
            window = open_window(qtbot, boss, job.id)
            window.resize(1180, 720)
            assert window.isRightToLeft() == (lang == "fa")
            path = directory / f"job_{lang}.png"
            window.grab().save(str(path))
            saved.append(path)
            window.tabs.setCurrentIndex(1)
            window.grab().save(str(extras / f"job_{lang}_payments.png"))
            window.header.reveal.click()
            qtbot.waitUntil(lambda w=window: w.unlock_dialog is not None)  # type: ignore[misc]
            assert window.unlock_dialog is not None
            window.unlock_dialog.grab().save(str(extras / f"unlock_{lang}.png"))
            dialog = MoveDialog(window.words, Status.WAITING_PARTS,
                                frozenset({Requirement.PROMISED_DATE, Requirement.REASON}),
                                0, window)
            dialog.grab().save(str(extras / f"move_{lang}.png"))
        finally:
            apply_language(app, "en")
    return saved


def test_the_job_screen_in_persian_is_right_to_left_and_translated(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    target = ROOT / "docs" / "images" if os.environ.get("TAMIRGAH_SCREENSHOTS") else tmp_path
    fa, en = render_screens(shop_services, qtbot, target, tmp_path)
    assert fa.stat().st_size > 10_000 and en.stat().st_size > 10_000
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    reception = make_desk(shop_services, Role.RECEPTION, "fa")
    job = shop_services.jobs.intake(reception.actor, intake_request(19))
    apply_language(app, "fa")
    try:
        window = open_window(qtbot, reception, job.id)
        assert window.isRightToLeft()
        assert window.header.status.text() == "پذیرش‌شده"
        assert window.payments.pay.text() == "دریافت وجه"
        assert window.header.number.text() == f"کار \u200e{window.words.digits(job.number)}\u200f"
        assert "۱۴" in window.header.number.text()
    finally:
        apply_language(app, "en")


def test_reception_assigns_a_technician_and_a_technician_takes_an_unassigned_job(
        qtbot: QtBot, shop_services: Services) -> None:
    reception = make_desk(shop_services, Role.RECEPTION, "en")
    bench = make_desk(shop_services, Role.TECHNICIAN, "en")
    first = shop_services.jobs.intake(reception.actor, intake_request(61))
    second = shop_services.jobs.intake(reception.actor, intake_request(62))
    tech_name = shop_services.users.get(bench.actor.user_id or 0).full_name

    desk = open_window(qtbot, reception, first.id)
    assert desk.header.assign.isVisibleTo(desk) and desk.header.assign.text() == "Assign…"

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(tech_name)
        dialog.accept()

    answer_modal(pick, QInputDialog)
    desk.header.assign.click()
    qtbot.waitUntil(lambda: not desk.working and desk.detail.technician_id == bench.actor.user_id)
    assert desk.header.technician.text() == tech_name

    taker = open_window(qtbot, bench, second.id)
    assert taker.header.assign.text() == "Take this job"
    taker.header.assign.click()
    qtbot.waitUntil(lambda: not taker.working and taker.detail.technician_id is not None)
    assert not taker.header.assign.isVisibleTo(taker)  # now it is theirs
    queue = shop_services.listing.technician_queue(bench.actor.user_id or 0)
    assert {row.id for row in queue} == {first.id, second.id}


def test_reception_sees_the_passcode_where_the_shop_allows_it(qtbot: QtBot,
                                                              shop_services: Services) -> None:
    from app.auth.roles import SYSTEM

    reception = make_desk(shop_services, Role.RECEPTION, "en")
    job = shop_services.jobs.intake(reception.actor, intake_request(63, passcode="4455"))
    refused = open_window(qtbot, reception, job.id)
    assert not refused.header.reveal.isVisibleTo(refused)
    shop_services.settings.set(SYSTEM, "jobs.reception_sees_unlock", "yes")
    allowed = open_window(qtbot, reception, job.id)
    assert allowed.header.reveal.isVisibleTo(allowed)


def test_any_paper_can_be_previewed_or_saved_as_pdf_from_the_print_menu(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    reception = make_desk(shop_services, Role.RECEPTION)
    job = shop_services.jobs.intake(reception.actor, intake_request(19))
    window = open_window(qtbot, reception, job.id)
    saved = tmp_path / "estimate.pdf"
    window.printing.ask_path = lambda suggested: saved

    window.header.pdf_actions["estimate"].trigger()
    qtbot.waitUntil(lambda: window.last_print is not None, timeout=15_000)
    assert window.last_print is Outcome.SAVED and saved.read_bytes().startswith(b"%PDF")
    printed = [e.data for e in shop_services.jobs.get(job.id).events if e.kind == "printed"]
    assert printed[-1]["document"] == "estimate" and printed[-1]["file"] == str(saved)

    seen: list[str] = []

    def close_preview(dialog: QWidget) -> None:
        assert isinstance(dialog, PaperPreview)
        seen.append(dialog.windowTitle())
        dialog.reject()

    window.last_print = None
    answer_modal(close_preview, PaperPreview)
    window.header.preview_actions["invoice"].trigger()
    qtbot.waitUntil(lambda: window.last_print is not None, timeout=15_000)
    assert seen and window.last_print is Outcome.CANCELLED  # looked at, nothing recorded
    after = [e for e in shop_services.jobs.get(job.id).events if e.kind == "printed"]
    assert len(after) == len(printed)


LONG_PROBLEM = ("گوشی Galaxy A52 5G (SM-A526B) بعد از آپدیت One UI 6 روشن نمی‌شود و باتری "
                "EB-BA426ABY باد کرده است؛ مشتری می‌گوید WhatsApp هم هنگ می‌کرد. ") * 6


def test_mixed_texts_keep_their_order_and_their_own_direction_in_the_english_window(
        qtbot: QtBot, shop_services: Services) -> None:
    boss = make_desk(shop_services, Role.MANAGER, "en")
    job = shop_services.jobs.intake(boss.actor, intake_request(
        71, problem=LONG_PROBLEM, new_customer=NewCustomer(name="سید محمد موسوی",
                                                           mobile="09123450071")))
    shop_services.jobs.add_note(boss.actor, job.id, "کانکتور LCD شل بود.",
                                customer_visible=False)
    with shop_services.db.write() as s:  # a line the app wrote itself, with no user
        s.add(JobEvent(job_id=job.id, at=utcnow(), actor_id=None, kind="note",
                       data={"text": "checked", "customer_visible": False}))
    window = open_window(qtbot, boss, job.id)
    window.resize(1000, 700)
    header = window.header
    # the name, then the mobile, whatever their scripts ("0912… · سید…" before)
    assert header.customer.text() == join_isolated(" · ", ["سید محمد موسوی", "09123450071"])
    # a long problem wraps to three lines at most, in its own direction, whole on hover
    problem = header.problem
    assert problem.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: problem.cut)
    assert problem.toolTip() == LONG_PROBLEM.strip()
    line = problem.fontMetrics().lineSpacing()
    assert problem.height() <= 3 * line + 2 and problem.width() <= window.width()
    assert problem.minimumSizeHint().width() < 200  # no line of it widens the window
    model = window.timeline.model
    rows = {model.rows[r].what: r for r in range(model.rowCount())}
    note = rows["Internal note"]
    assert model.data(model.index(note, 2)).endswith(isolate("کانکتور LCD شل بود."))
    who = [model.rows[r].who for r in range(model.rowCount())]
    assert "system" in who  # the English word, from the one table of words


def test_the_move_buttons_say_what_they_do_and_cancel_stands_apart(
        qtbot: QtBot, shop_services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    build_translations()
    for lang, approve, cancel in (("en", "Approve", "Cancel job"),
                                  ("fa", "تأیید مشتری", "لغو کار")):
        boss = make_desk(shop_services, Role.MANAGER, lang)
        jobs = shop_services.jobs
        job = jobs.intake(boss.actor, intake_request(72 if lang == "en" else 73))
        v = jobs.change_status(boss.actor, job.id, Status.DIAGNOSING, job.version)
        v = jobs.set_estimate(boss.actor, job.id, v, [LineInput("labour", "Cleaning", 1, 9)])
        jobs.change_status(boss.actor, job.id, Status.AWAITING_APPROVAL, v)
        apply_language(app, lang)
        try:
            window = open_window(qtbot, boss, job.id)
            buttons = window.header.action_buttons
            assert buttons[Status.APPROVED].text() == approve  # not "Approved", a state
            assert buttons[Status.CANCELLED].text() == cancel
            assert "#b91c1c" in buttons[Status.CANCELLED].styleSheet()  # it looks destructive
            assert buttons[Status.APPROVED].styleSheet() == ""
            header = window.header
            assert header.ending_row.indexOf(buttons[Status.CANCELLED]) >= 0
            assert header.actions_row.indexOf(buttons[Status.CANCELLED]) < 0
            cancel_button, approve_button = buttons[Status.CANCELLED], buttons[Status.APPROVED]
            width = window.width()
            qtbot.waitUntil(lambda c=cancel_button, a=approve_button, w=width:  # type: ignore[misc]
                            abs(c.x() - a.x()) > w / 2)  # at the other end of the row
        finally:
            apply_language(app, "en")


def test_an_overpaid_job_says_the_shop_owes_the_customer(
        qtbot: QtBot, shop_services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    build_translations()
    for lang, owed in (("en", "the shop owes the customer 14,000,000 Toman"),
                       ("fa", "بستانکاری مشتری ۱۴٬۰۰۰٬۰۰۰ تومان")):
        boss = make_desk(shop_services, Role.MANAGER, lang)
        job = shop_services.jobs.intake(boss.actor, intake_request(74 if lang == "en" else 75))
        shop_services.jobs.add_payment(boss.actor, job.id, 14_000_000, "card")
        apply_language(app, lang)
        try:
            window = open_window(qtbot, boss, job.id)
            summary = window.payments.summary.text()
            assert summary.endswith(owed), summary
            assert "-" not in summary and "−" not in summary
        finally:
            apply_language(app, "en")
    assert JobWords("fa", "jalali", "Asia/Tehran", "IRT").owed(0) == "settled"  # no catalogue
