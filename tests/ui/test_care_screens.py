"""Customer care on the desk's own screens, driven through their real widgets on a real SQLite
shop whose clock the test moves: the job window's survey line, care timeline lines, new
promised date and complaint; the customer card's health, follow-ups and marketing switch; the
care settings; the board's promised dates at risk.

TAMIRGAH_PICTURES=<folder> keeps the Persian pictures there, to look at."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.auth.roles import Actor, Role
from app.bootstrap import Services, build
from app.care.promise_rules import promised_at_risk
from app.care.replies import CareReplies
from app.care.states import CameBy, HealthLevel, Severity, TaskKind
from app.jobs.service import LineInput
from app.jobs.workflow import Status
from app.locale.text import isolate, join_isolated
from app.notify.gateway import InboundSms
from app.notify.replies import take_replies
from app.notify.templates import MessageEvent
from build_scripts.translations import build as build_translations
from tests.factories import intake_request
from tests.moments import TEHRAN, Clock, tehran
from tests.ui.conftest import make_desk
from tests.ui.modal import on_modal
from ui.board.at_risk import AtRiskRule
from ui.board.board_page import BoardPage
from ui.board.job_table_model import AT_RISK_COLOUR, PROMISED
from ui.customers.customers_page import CustomersPage
from ui.job import JobWindow
from ui.job.care_dialogs import ComplaintDialog, PromiseDialog
from ui.job.conflict import ConflictDialog
from ui.settings.care_section import AFTER_HOURS, MORNING, CareSection
from ui.settings.templates_section import TemplatesSection
from ui.shell.desk import Desk
from ui.shell.i18n import apply_language


@dataclass
class Shop:
    services: Services
    clock: Clock
    reception: Desk
    tech: Actor
    manager: Desk

    def intake(self, seed: int, **overrides: object) -> int:
        overrides.setdefault("technician_id", self.tech.user_id)
        return self.services.jobs.intake(self.reception.actor,
                                         intake_request(seed, **overrides)).id

    def move(self, job_id: int, target: Status, actor: Actor | None = None) -> None:
        version = self.services.jobs.get(job_id).version
        self.services.jobs.change_status(actor or self.tech, job_id, target, version)

    def deliver(self, job_id: int) -> None:
        jobs, tech, desk = self.services.jobs, self.tech, self.reception.actor
        self.move(job_id, Status.DIAGNOSING)
        jobs.set_estimate(tech, job_id, jobs.get(job_id).version,
                          [LineInput("part", "LCD", 1, 900_000)])
        self.move(job_id, Status.AWAITING_APPROVAL)
        self.move(job_id, Status.APPROVED, desk)
        self.move(job_id, Status.IN_REPAIR)
        self.move(job_id, Status.READY)
        jobs.add_payment(desk, job_id, jobs.get(job_id).totals.balance, "cash")
        self.move(job_id, Status.DELIVERED, desk)

    def reply(self, job_id: int, body: str, provider_id: str) -> None:
        mobile = self.services.jobs.get(job_id).customer_mobile
        take_replies(self.services.db, "console", [InboundSms(mobile, body, self.clock.now,
                                                              provider_id)],
                     self.clock.now, jobs=self.services.jobs, care=CareReplies())


@pytest.fixture
def shop(sqlite_url: str) -> Iterator[Shop]:
    clock = Clock(tehran(2026, 12, 8, 11))  # a Tuesday late morning, shop time
    services = build(sqlite_url, migrate="never", clock=clock)
    manager = make_desk(services, Role.MANAGER, "fa")
    yield Shop(services, clock, make_desk(services, Role.RECEPTION, "fa"),
               make_desk(services, Role.TECHNICIAN, "fa").actor, manager)
    services.close()


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[None]:
    build_translations()
    apply_language(qapp, "fa")
    yield
    apply_language(qapp, "en")


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    target = Path(os.environ.get("TAMIRGAH_PICTURES") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path / "home"))


def open_job(qtbot: QtBot, desk: Desk, job_id: int) -> JobWindow:
    window = JobWindow(desk, job_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    return window


def double_click(qtbot: QtBot, view: QListWidget, item: QListWidgetItem) -> None:
    """A person's double-click: Qt's item views act on one that follows a press."""
    where = view.visualItemRect(item).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def timeline_texts(window: JobWindow) -> list[str]:
    model = window.timeline.model
    return [model.data(model.index(row, 2)) for row in range(model.rowCount())]


# --- the job window -------------------------------------------------------------------------
def test_the_job_window_shows_the_survey_and_its_timeline_in_words(
        qtbot: QtBot, shop: Shop, persian: None, pictures: Path) -> None:
    job_id = shop.intake(1)
    shop.deliver(job_id)
    shop.clock.now = tehran(2026, 12, 9, 10, 30)  # the next morning, after 10:00
    shop.services.care.send_due_surveys()
    shop.clock.now = tehran(2026, 12, 9, 11)
    shop.reply(job_id, "۳", "in-1")
    shop.reply(job_id, "صفحه هنوز چشمک می‌زند", "in-2")
    survey = shop.services.care.surveys(job_id)[0]
    assert (survey.score, survey.comment) == (3, "صفحه هنوز چشمک می‌زند")

    window = open_job(qtbot, shop.manager, job_id)
    header = window.header
    assert header.survey.isVisible() and header.survey_caption.text() == "نظرسنجی:"
    assert "نمرهٔ ۳ از ۱۰" in header.survey.text()
    assert "صفحه هنوز چشمک می‌زند" in header.survey.text()
    lines = timeline_texts(window)
    assert any(line.endswith("نظرسنجی پرسیده شد") for line in lines), lines
    assert any("پاسخ نظرسنجی: نمرهٔ ۳" in line for line in lines), lines
    assert any("توضیح مشتری: " in line and "چشمک" in line for line in lines), lines
    assert any("پیگیری «جبران نارضایتی» باز شد: شدت: جدی" in line for line in lines), lines
    assert any("پیامک به مشتری: نظرسنجی (۰ تا ۱۰)" in line for line in lines), lines
    assert any("پیامک به مشتری: نظرسنجی: چه چیزی درست پیش نرفت؟" in line
               for line in lines), lines
    assert not header.promise.isVisible()  # delivered: no promise left to move
    window.resize(1180, 700)
    window.grab().save(str(pictures / "job_survey_fa.png"))


def test_a_survey_not_asked_says_why(qtbot: QtBot, shop: Shop, persian: None) -> None:
    job_id = shop.intake(2)
    shop.services.customers.set_sms_opt_out(shop.reception.actor,
                                            shop.services.jobs.get(job_id).customer_id, True)
    shop.deliver(job_id)
    shop.clock.now = tehran(2026, 12, 9, 10, 30)
    shop.services.care.send_due_surveys()
    window = open_job(qtbot, shop.reception, job_id)
    assert window.header.survey.text().endswith("پرسیده نشد: مشتری پیامک نمی‌خواهد")
    assert any("نظرسنجی پرسیده نشد: مشتری پیامک نمی‌خواهد" in line
               for line in timeline_texts(window))


def choose_day(day: dt.date, seen: list[str]) -> Callable[[QWidget], None]:
    """Picks `day` in the promise dialog and presses OK; a refusal's text is kept in `seen`
    and the dialog is then cancelled."""
    def handle(box: QWidget) -> None:
        assert isinstance(box, PromiseDialog)
        box.date.set_day(day)
        box.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if box.isVisible():
            seen.append(box.error.text() if box.error.isVisible() else "")
            box.reject()
    return handle


def promised_moved(shop: Shop, job_id: int) -> int:
    return sum(m.event == MessageEvent.PROMISED_MOVED
               for m in shop.services.messages.outbox(job_id=job_id))


def test_a_new_promised_date_is_set_and_told_once_and_a_past_one_changes_nothing(
        qtbot: QtBot, shop: Shop, persian: None, pictures: Path) -> None:
    job_id = shop.intake(3, promised_date=dt.date(2026, 12, 9))
    shop.move(job_id, Status.DIAGNOSING)
    window = open_job(qtbot, shop.reception, job_id)
    header = window.header
    assert header.promise.isVisible() and header.promise.text() == \
        "تاریخ تحویل تازه و خبر به مشتری…"
    before = shop.services.jobs.get(job_id)

    refused: list[str] = []
    on_modal(PromiseDialog, choose_day(dt.date(2026, 12, 7), refused))
    header.promise.click()
    assert refused == ["موعد تحویل تازه نمی‌تواند گذشته باشد (امروز ۱۴۰۵/۰۹/۱۷ است)."]
    after = shop.services.jobs.get(job_id)
    assert (after.promised_date, after.version) == (before.promised_date, before.version)
    assert promised_moved(shop, job_id) == 0

    on_modal(PromiseDialog, choose_day(dt.date(2026, 12, 12), []))
    header.promise.click()
    qtbot.waitUntil(lambda: not window.working
                    and window.detail.promised_date == dt.date(2026, 12, 12))
    assert shop.services.jobs.get(job_id).promised_date == dt.date(2026, 12, 12)
    assert promised_moved(shop, job_id) == 1
    message = next(m for m in shop.services.messages.outbox(job_id=job_id)
                   if m.event == MessageEvent.PROMISED_MOVED)
    assert "۱۴۰۵/۰۹/۲۱" in message.body  # the new date, in the customer's calendar
    assert header.promised.text() == window.words.day(dt.date(2026, 12, 12))
    assert any("پیامک به مشتری: موعد تحویل تازه" in line for line in timeline_texts(window))
    window.grab().save(str(pictures / "job_promised_fa.png"))


def test_a_new_promised_date_over_another_pcs_change_is_a_conflict(
        qtbot: QtBot, shop: Shop, persian: None) -> None:
    job_id = shop.intake(4, promised_date=dt.date(2026, 12, 9))
    window = open_job(qtbot, shop.reception, job_id)
    other = shop.services.jobs.get(job_id)
    shop.services.jobs.update(shop.manager.actor, job_id, other.version, priority=1)
    conflicts: list[str] = []

    def not_now(box: QWidget) -> None:
        assert isinstance(box, ConflictDialog)
        conflicts.append(box.text())
        box.keep.click()

    def then_conflict(box: QWidget) -> None:
        on_modal(ConflictDialog, not_now)
        choose_day(dt.date(2026, 12, 14), [])(box)

    on_modal(PromiseDialog, then_conflict)
    window.header.promise.click()
    qtbot.waitUntil(lambda: bool(conflicts) and not window.working)
    assert "بعد از باز کردن شما" in conflicts[0] or "پس از" in conflicts[0], conflicts
    assert shop.services.jobs.get(job_id).promised_date == dt.date(2026, 12, 9)
    assert promised_moved(shop, job_id) == 0


def test_a_complaint_from_the_job_window_goes_to_a_manager(
        qtbot: QtBot, shop: Shop, persian: None, pictures: Path) -> None:
    job_id = shop.intake(5)
    window = open_job(qtbot, shop.reception, job_id)
    assert window.header.complaint.text() == "ثبت شکایت…"

    def complain(box: QWidget) -> None:
        assert isinstance(box, ComplaintDialog)
        ok = box.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing said yet
        box.text.setPlainText("دستگاه را با خط روی صفحه تحویل دادند")
        box.severity_buttons[Severity.HIGH].setChecked(True)
        box.came_by.setCurrentIndex(box.came_by.findData(CameBy.PHONE))
        box.grab().save(str(pictures / "complaint_fa.png"))
        ok.click()

    on_modal(ComplaintDialog, complain)
    window.header.complaint.click()
    qtbot.waitUntil(lambda: bool(shop.services.care.tasks(job_id=job_id))
                    and not window.working)
    [task] = shop.services.care.tasks(job_id=job_id)
    assert (task.kind, task.severity, task.came_by) == (TaskKind.COMPLAINT, "high", "phone")
    assert task.summary == "دستگاه را با خط روی صفحه تحویل دادند"
    assert task.assignee_name == "Boss"  # straight to the manager
    assert any("پیگیری «شکایت» باز شد: شدت: جدی" in line for line in timeline_texts(window))


# --- the customer card ----------------------------------------------------------------------
def test_the_customer_card_shows_health_follow_ups_and_the_at_risk_list(
        qtbot: QtBot, shop: Shop, persian: None, pictures: Path) -> None:
    job_id = shop.intake(6)
    calm_job = shop.intake(7)
    customer_id = shop.services.jobs.get(job_id).customer_id
    calm_id = shop.services.jobs.get(calm_job).customer_id
    page = CustomersPage(shop.reception)
    qtbot.addWidget(page)
    page.resize(1093, 560)
    page.show()
    page.open_customer(customer_id)
    qtbot.waitUntil(lambda: page.card is not None and not page.loading)
    assert page.health.text() == "سلامت مشتری: خوب" and page.health.isVisible()
    assert not page.reasons.isVisible()

    shop.services.care.complaint(shop.reception.actor, job_id=job_id,
                                 text_="سه روز دیرتر از قول آماده شد", severity="low",
                                 came_by="in_person")
    page.open_customer(calm_id)
    qtbot.waitUntil(lambda: page.card is not None and page.card.id == calm_id
                    and not page.loading)
    page.finder_tabs.setCurrentWidget(page.at_risk)
    listed = page.at_risk.list
    qtbot.waitUntil(lambda: page.at_risk.known and not page.at_risk.loading)
    assert listed.count() == 1
    item = listed.item(0)
    assert "شکایت باز ×۱" in item.text() and "مریم احمدی 6" in item.text()
    page.grab().save(str(pictures / "customers_at_risk_fa.png"))
    double_click(qtbot, listed, item)
    qtbot.waitUntil(lambda: page.card is not None and page.card.id == customer_id
                    and not page.loading)
    assert page.health.level == HealthLevel.AT_RISK
    assert page.health.text() == "سلامت مشتری: در خطر"
    assert page.reasons.text() == "شکایت باز ×۱" and page.reasons.isVisible()
    assert page.tabs.tabText(2) == "پیگیری‌ها (۱)"
    line = page.follow_ups.item(0).text()
    assert line == join_isolated(" · ", ["شکایت", "\u200e۱۴۰۵-۰۰۰۰۱\u200e",
                                         "موعد ۱۴۰۵/۰۹/۱۹ ۱۱:۰۰", "Boss"]) \
        + " — " + isolate("سه روز دیرتر از قول آماده شد")  # 24 working hours: Thursday
    page.tabs.setCurrentWidget(page.follow_ups)
    page.grab().save(str(pictures / "customer_card_fa.png"))
    opened: list[int] = []
    page.job_opened.connect(opened.append)
    follow_up = page.follow_ups.item(0)
    double_click(qtbot, page.follow_ups, follow_up)
    assert opened == [job_id]


def test_the_marketing_switch_records_the_customers_word(
        qtbot: QtBot, shop: Shop, persian: None) -> None:
    job_id = shop.intake(8)
    customer_id = shop.services.jobs.get(job_id).customer_id
    page = CustomersPage(shop.reception)
    qtbot.addWidget(page)
    page.show()
    page.open_customer(customer_id)
    qtbot.waitUntil(lambda: page.card is not None and not page.loading)
    assert page.marketing.isChecked() and not page.marketing_note.isVisible()
    page.marketing.click()
    qtbot.waitUntil(lambda: shop.services.care.marketing_stopped(customer_id))
    qtbot.waitUntil(lambda: not page.loading and page.marketing_note.isVisible())
    assert not page.marketing.isChecked()
    assert "در پذیرش" in page.marketing_note.text()  # said at the desk, not by SMS
    assert "«لغو ۱۱»" not in page.marketing_note.text()
    page.marketing.click()
    qtbot.waitUntil(lambda: not shop.services.care.marketing_stopped(customer_id))
    qtbot.waitUntil(lambda: not page.loading and not page.marketing_note.isVisible())
    assert page.marketing.isChecked()


def test_a_stop_by_sms_shows_on_the_card(qtbot: QtBot, shop: Shop, persian: None) -> None:
    job_id = shop.intake(9)
    customer_id = shop.services.jobs.get(job_id).customer_id
    shop.reply(job_id, "لغو", "in-9")
    page = CustomersPage(shop.reception)
    qtbot.addWidget(page)
    page.show()
    page.open_customer(customer_id)
    qtbot.waitUntil(lambda: page.card is not None and not page.loading)
    assert not page.marketing.isChecked() and page.marketing_note.isVisible()
    assert "«لغو ۱۱»" in page.marketing_note.text()


# --- settings -------------------------------------------------------------------------------
def test_the_care_section_saves_values_and_refuses_a_bad_one(
        qtbot: QtBot, shop: Shop, persian: None, pictures: Path) -> None:
    section = CareSection(shop.manager)
    qtbot.addWidget(section)
    section.resize(880, 1500)
    section.show()
    qtbot.waitUntil(lambda: not section.loading)
    settings = shop.services.settings
    assert section.when.currentData() == MORNING and not section.delay.isVisible()
    assert section.when.currentText() == "صبح روز بعد ساعت ۱۰:۰۰"
    assert [box.text() for box in section.days.values()] == [
        "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]  # shop's week
    assert section.days["friday"].isChecked() and not section.days["thursday"].isChecked()
    assert section.times["care.work_end"].text() == "۲۱:۰۰"
    section.grab().save(str(pictures / "settings_care_fa.png"))

    section.numbers["care.at_risk_hours"].setValue(48)
    section.days["thursday"].setChecked(True)
    section.when.setCurrentIndex(section.when.findData(AFTER_HOURS))
    assert section.delay.isVisible()
    section.delay.setValue(2)
    section.scale.setCurrentIndex(section.scale.findData("csat"))
    section.checks["care.warranty_reminder"].setChecked(True)
    section.times["care.work_end"].setTime(QTime(20, 30))
    section.save_button.click()
    qtbot.waitUntil(lambda: section.saved.text() == "ذخیره شد.")
    assert settings.get("care.at_risk_hours") == 48
    assert settings.get("care.closed_days") == ["thursday", "friday"]
    assert settings.get("survey.delay_hours") == 2
    assert settings.get("survey.scale") == "csat"
    assert settings.get("care.warranty_reminder") == "yes"
    assert settings.get("care.work_end") == "20:30"

    section.numbers["care.task_hours"].setValue(0)
    section.review_link.setText("ftp://example.com/review")
    section.save_button.click()
    errors = {key: error.text() for key, (_, error) in section.shop.fields.items()
              if error.isVisible()}
    assert errors.keys() == {"care.task_hours", "survey.review_link"}
    assert errors["care.task_hours"] == "بین ۱ و ۷۲۰."
    assert "«پیوند نظردهی» باید نشانی‌ای باشد که با https://" in errors["survey.review_link"]
    assert "ftp://example.com/review" in errors["survey.review_link"]
    assert settings.get("care.task_hours") == 24 and settings.get("survey.review_link") == ""

    section.when.setCurrentIndex(section.when.findData(MORNING))
    section.numbers["care.task_hours"].setValue(12)
    section.review_link.setText("https://example.com/review")
    section.save_button.click()
    qtbot.waitUntil(lambda: settings.get("care.task_hours") == 12)
    assert settings.get("survey.delay_hours") is None
    assert settings.get("survey.review_link") == "https://example.com/review"


def test_the_template_editor_names_the_care_messages_with_their_part_count(
        qtbot: QtBot, shop: Shop, persian: None) -> None:
    section = TemplatesSection(shop.manager)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: not section.loading and section.list.count() > 0)
    names = [section.list.item(row).text() for row in range(section.list.count())]
    for name in ("موعد تحویل تازه — فارسی", "نظرسنجی: ۰ تا ۱۰ — انگلیسی",
                 "نظرسنجی: چه چیزی درست پیش نرفت؟ — فارسی", "پاسخ وضعیت با پیامک — فارسی",
                 "پایان نزدیک گارانتی — فارسی"):
        assert any(n.startswith(name) for n in names), (name, names)
    section.select(MessageEvent.PROMISED_MOVED, "fa")
    assert "{promised_date}" in section.editor.toPlainText()
    assert "پیامک" in section.parts.text()


# --- the board ------------------------------------------------------------------------------
def test_the_board_flags_a_job_whose_promised_date_is_at_risk(
        qtbot: QtBot, shop: Shop, persian: None, pictures: Path) -> None:
    # Tuesday 11:00; the promised day ends at 21:00 (care.work_end), warned 24 hours before
    late = shop.intake(10, promised_date=dt.date(2026, 12, 8))  # ends tonight
    tomorrow = shop.intake(11, promised_date=dt.date(2026, 12, 9))  # ends in 34 hours
    ready = shop.intake(12, promised_date=dt.date(2026, 12, 8))
    shop.move(ready, Status.DIAGNOSING)
    shop.services.jobs.set_estimate(shop.tech, ready, shop.services.jobs.get(ready).version,
                                    [LineInput("part", "LCD", 1, 500_000)])
    for target, actor in ((Status.AWAITING_APPROVAL, None),
                          (Status.APPROVED, shop.reception.actor),
                          (Status.IN_REPAIR, None), (Status.READY, None)):
        shop.move(ready, target, actor)
    board = BoardPage(shop.reception)
    qtbot.addWidget(board)
    board.resize(1093, 500)
    board.show()
    model = board.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    rows = {model.row_at(position).id: position for position in range(3)}
    assert model.headers[PROMISED] == "موعد تحویل"
    flagged = {job for job, position in rows.items() if model.at_risk(position)}
    assert flagged == {late}
    cell = model.index(rows[late], PROMISED)
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == "موعد تحویل در خطر"
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) == AT_RISK_COLOUR
    assert model.data(cell, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(cell) == "۱۴۰۵/۰۹/۱۷"
    calm = model.index(rows[tomorrow], PROMISED)
    assert model.data(calm, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(calm, Qt.ItemDataRole.BackgroundRole) != AT_RISK_COLOUR
    board.grab().save(str(pictures / "board_at_risk_fa.png"))

    shop.services.settings.set(shop.manager.actor, "care.at_risk_hours", "48")
    board.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 3 and model.rule.hours == 48)
    rows = {model.row_at(position).id: position for position in range(3)}
    assert {job for job, position in rows.items() if model.at_risk(position)} == \
        {late, tomorrow}


TUESDAY_NOON = dt.datetime(2026, 12, 8, 12, tzinfo=TEHRAN)


@pytest.mark.parametrize(("promised", "status", "hours", "expected"), [
    (dt.date(2026, 12, 8), Status.IN_REPAIR, 24, True),  # tonight
    (dt.date(2026, 12, 5), Status.WAITING_PARTS, 24, True),  # already past
    (dt.date(2026, 12, 9), Status.RECEIVED, 24, False),  # ends in 33 hours
    (dt.date(2026, 12, 9), Status.RECEIVED, 33, True),  # exactly at the warning's edge
    (dt.date(2026, 12, 9), Status.RECEIVED, 32, False),
    (dt.date(2026, 12, 8), Status.READY, 24, False),  # ready: kept its word
    (dt.date(2026, 12, 8), Status.DELIVERED, 24, False),
    (dt.date(2026, 12, 8), Status.CANCELLED, 24, False),
    (dt.date(2026, 12, 8), Status.IN_REPAIR, 0, False),  # the warning switched off
    (None, Status.IN_REPAIR, 24, False),
])
def test_when_a_promised_date_is_at_risk(promised: dt.date | None, status: Status, hours: int,
                                         expected: bool) -> None:
    assert promised_at_risk(promised, status, TUESDAY_NOON.astimezone(dt.UTC), hours=hours,
                            work_end=dt.time(21), tz=TEHRAN) is expected


def test_the_boards_rule_is_read_from_the_shops_settings(shop: Shop) -> None:
    rule = AtRiskRule.of(shop.services.settings.all(), shop.clock.now)
    assert (rule.hours, rule.work_end, str(rule.tz)) == (24, dt.time(21), "Asia/Tehran")
    assert rule.at_risk(dt.date(2026, 12, 8), Status.RECEIVED)
    assert not rule.at_risk(dt.date(2026, 12, 10), Status.RECEIVED)
