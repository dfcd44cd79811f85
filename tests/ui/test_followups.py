"""The follow-ups page on a real database, on a clock the test moves: a delivered job's survey
answered "3" opens a recovery task, which is assigned, snoozed, shown again, refused as
changed on another PC, and closed with its outcome and note; a complaint recorded through the
dialog goes to a manager; an unread reply becomes a task; the menu counts and turns red."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.auth.roles import Actor, Role
from app.bootstrap import Services, build
from app.care.replies import CareReplies
from app.care.views import TaskView
from app.care.working_hours import working_hours
from app.jobs.service import LineInput
from app.jobs.views import JobDetail
from app.jobs.workflow import Status
from app.locale.calendar import format_datetime
from app.locale.text import isolate, to_persian_digits
from app.notify.gateway import InboundSms
from app.notify.replies import take_replies
from build_scripts.translations import build as build_translations
from tests.factories import intake_request, user
from tests.moments import TEHRAN, Clock, tehran
from tests.ui.modal import on_modal
from ui.care.complaint_dialog import FollowUpComplaintDialog
from ui.care.followups import Show
from ui.care.followups_page import FollowUpsPage
from ui.care.task_dialogs import (
    FollowUpAssignDialog,
    FollowUpDoneDialog,
    FollowUpSnoozeDialog,
    ReplyTaskDialog,
    snooze_times,
)
from ui.operations import care as care_ops
from ui.shell.desk import Desk
from ui.shell.i18n import apply_language
from ui.shell.main_window import MainWindow
from ui.shell.tasks import run_operation


@dataclass
class Shop:
    services: Services
    clock: Clock
    boss: Actor  # the first manager: recoveries and complaints go to them
    reception: Actor
    tech: Actor

    def desk(self, actor: Actor, lang: str = "en") -> Desk:
        return Desk(self.services, actor, lang, "jalali" if lang == "fa" else "gregorian")

    def job(self, seed: int) -> JobDetail:
        return self.services.jobs.intake(self.reception, intake_request(seed))

    def deliver(self, job: JobDetail) -> None:
        jobs, tech = self.services.jobs, self.tech
        v = jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
        v = jobs.set_estimate(tech, job.id, v, [LineInput("labour", "Screen", 1, 300_000)])
        for target in (Status.AWAITING_APPROVAL, Status.APPROVED, Status.IN_REPAIR,
                       Status.READY):
            v = jobs.change_status(tech, job.id, target, v)
        jobs.add_payment(self.reception, job.id, 300_000, "cash")
        jobs.change_status(self.reception, job.id, Status.DELIVERED, v)

    def reply(self, sender: str, body: str, key: str) -> None:
        take_replies(self.services.db, "kavenegar",
                     [InboundSms(sender, body, self.clock.now, key)], self.clock.now,
                     jobs=self.services.jobs, care=CareReplies())

    def recovery(self) -> tuple[JobDetail, TaskView]:
        """Delivered on a Tuesday; the survey goes out Wednesday morning and is answered 3."""
        job = self.job(1)
        self.deliver(job)
        self.clock.now = tehran(2026, 12, 9, 10, 30)
        assert self.services.care.send_due_surveys().surveys_asked == 1
        self.reply(job.customer_mobile, "3", "score-1")
        [task] = self.services.care.tasks()
        assert task.kind == "recovery"
        return job, task


@pytest.fixture
def shop(sqlite_url: str) -> Iterator[Shop]:
    clock = Clock(tehran(2026, 12, 8, 11))  # a Tuesday morning, shop time
    services = build(sqlite_url, migrate="never", clock=clock)
    boss = user(services, Role.MANAGER, "boss")
    yield Shop(services, clock, boss, user(services, Role.RECEPTION),
               user(services, Role.TECHNICIAN))
    services.close()


def open_page(qtbot: QtBot, desk: Desk) -> FollowUpsPage:
    page = FollowUpsPage(desk)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: FollowUpsPage) -> None:
    qtbot.waitUntil(lambda: page.found is not None and not page.loading)


def keys(page: FollowUpsPage) -> list[tuple[str, int]]:
    return [row.key for row in page.model.rows]


def cell(page: FollowUpsPage, key: tuple[str, int], column: str) -> str:
    from ui.care.followups_model import COLUMNS

    position = keys(page).index(key)
    return str(page.model.data(page.model.index(position, COLUMNS.index(column))))


def test_a_recovery_is_assigned_snoozed_refused_when_stale_and_closed(
        qtbot: QtBot, shop: Shop) -> None:
    job, task = shop.recovery()
    other = shop.job(2)
    shop.reply(other.customer_mobile, "Can I come on Saturday?", "reply-2")
    page = open_page(qtbot, shop.desk(shop.boss))
    care = shop.services.care
    mine = ("task", task.id)
    [reply] = shop.services.messages.replies(unread_only=True)
    assert keys(page) == [("reply", reply.id), mine]  # received earlier than the task's due
    assert cell(page, mine, "kind") == "Recovery"
    assert cell(page, mine, "summary") == "Scored 3"
    assert cell(page, mine, "job") == job.number
    assert cell(page, mine, "owner") == "Boss"
    assert cell(page, mine, "due") == format_datetime(task.due_at, calendar="gregorian",
                                                      lang="en")
    assert cell(page, mine, "marks") == "serious"  # not overdue yet
    assert cell(page, ("reply", reply.id), "kind") == "Unread reply"
    assert cell(page, ("reply", reply.id), "job") == other.number
    assert other.customer_name in cell(page, ("reply", reply.id), "customer")

    # Assign to reception
    page.select(mine)
    assert page.assign.isEnabled() and page.done.isEnabled() and not page.make_task.isEnabled()

    def give(dialog: QWidget) -> None:
        assert isinstance(dialog, FollowUpAssignDialog)
        dialog.choose(shop.reception.user_id)
        dialog.ok.click()

    on_modal(FollowUpAssignDialog, give)
    page.assign.click()
    assert care.task(task.id).assignee_id == shop.reception.user_id
    qtbot.waitUntil(lambda: cell(page, mine, "owner") == shop.reception.username.title())

    # Snoozed for three days: out of the list, back with "include snoozed"
    def three_days(dialog: QWidget) -> None:
        assert isinstance(dialog, FollowUpSnoozeDialog)
        dialog.three_days.setChecked(True)
        dialog.ok.click()

    on_modal(FollowUpSnoozeDialog, three_days)
    page.snooze.click()
    assert care.task(task.id).snoozed_until == shop.clock.now + dt.timedelta(days=3)
    qtbot.waitUntil(lambda: mine not in keys(page))
    page.snoozed.setChecked(True)
    qtbot.waitUntil(lambda: mine in keys(page))
    assert cell(page, mine, "marks").startswith("serious · snoozed until ")

    # Changed on another PC behind the page's back: the page says so and changes nothing
    page.select(mine)
    seen = care.task(task.id)
    care.assign(shop.boss, task.id, seen.version, None)
    said: list[str] = []

    def resolve(note: str) -> object:
        def answer(dialog: QWidget) -> None:
            assert isinstance(dialog, FollowUpDoneDialog)
            assert [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())] == [
                "reached", "resolved", "refunded", "free_redo", "not_reachable"]
            dialog.choose("resolved")
            dialog.note.setPlainText(note)
            dialog.ok.click()
        return answer

    def tell(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.close()

    on_modal(FollowUpDoneDialog, resolve("Called; the screen is redone for free"))
    on_modal(QMessageBox, tell)
    page.done.click()
    assert said and "was changed on another PC" in said[0]
    after = care.task(task.id)
    assert (after.state, after.outcome, after.note, after.assignee_id) == ("open", None, "",
                                                                           None)
    qtbot.waitUntil(lambda: page.selected() is not None
                    and page.selected().task.version == after.version)  # read again
    assert cell(page, mine, "owner") == "nobody yet"

    # Done with its outcome and note: it leaves the open list, and shows in the history
    on_modal(FollowUpDoneDialog, resolve("Called; the screen is redone for free"))
    page.done.click()
    closed = care.task(task.id)
    assert (closed.state, closed.outcome, closed.note) == (
        "done", "resolved", "Called; the screen is redone for free")
    qtbot.waitUntil(lambda: mine not in keys(page))
    page.show_combo.setCurrentIndex(page.show_combo.findData(Show.DONE.value))
    qtbot.waitUntil(lambda: keys(page) == [mine])
    assert cell(page, mine, "marks").startswith("resolved · ")
    position = keys(page).index(mine)
    hover = page.model.data(page.model.index(position, 3), 3)  # the summary's tooltip
    assert "Note: Called; the screen is redone for free" in str(hover)
    assert not page.snoozed.isEnabled() and not page.done.isEnabled()


def test_reception_records_a_complaint_that_goes_to_a_manager_and_cannot_close_it(
        qtbot: QtBot, shop: Shop) -> None:
    job = shop.job(3)
    page = open_page(qtbot, shop.desk(shop.reception))
    assert page.empty.isVisible() and not page.table.isVisible()
    care = shop.services.care
    refused: list[str] = []
    dialogs: list[FollowUpComplaintDialog] = []

    def complain(dialog: QWidget) -> None:
        assert isinstance(dialog, FollowUpComplaintDialog)
        dialogs.append(dialog)
        assert not dialog.ok.isEnabled()  # nothing said yet
        dialog.about.setText("1405-99999")  # no such job, no such mobile
        dialog.what.setPlainText("The back cover was scratched when I collected it")
        dialog.ok.click()

    def refusal(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        refused.append(box.text())
        assert care.tasks(open_only=False) == []  # nothing saved
        box.close()
        dialog = dialogs[0]
        assert dialog.isVisible()  # kept open, with what was typed

        def again() -> None:
            dialog.about.setText(job.number)
            dialog.high.setChecked(True)
            dialog.came_by.setCurrentIndex(dialog.came_by.findData("phone"))
            dialog.ok.click()
        QTimer.singleShot(0, again)

    on_modal(FollowUpComplaintDialog, complain)
    on_modal(QMessageBox, refusal)
    page.complaint.click()
    assert refused == ["No job number or customer mobile '1405-99999'"]
    [task] = care.tasks()
    assert (task.kind, task.job_id, task.severity, task.came_by, task.assignee_id) == (
        "complaint", job.id, "high", "phone", shop.boss.user_id)
    assert task.summary == "The back cover was scratched when I collected it"
    qtbot.waitUntil(lambda: keys(page) == [("task", task.id)])
    assert page.table.isVisible() and not page.empty.isVisible()
    page.select(("task", task.id))
    assert page.snooze.isEnabled() and page.assign.isEnabled()
    assert not page.done.isEnabled()  # reception records; a manager closes
    assert page.why.isVisibleTo(page)
    assert page.why.text().startswith("Only a manager or the owner closes")
    assert page.done.toolTip() == page.why.text()

    # A mobile names the customer too, typed with Persian digits
    def by_mobile(dialog: QWidget) -> None:
        assert isinstance(dialog, FollowUpComplaintDialog)
        dialog.about.setText("۰۹۱۲۰۰۰۰۰۰۳")
        dialog.what.setPlainText("Nobody answered the phone")
        dialog.ok.click()

    page.table.clearSelection()
    on_modal(FollowUpComplaintDialog, by_mobile)
    page.complaint.click()
    second = [t for t in care.tasks() if t.id != task.id]
    assert [(t.customer_id, t.job_id, t.came_by) for t in second] == [
        (job.customer_id, None, "in_person")]


def test_an_unread_reply_becomes_a_task_and_a_strangers_is_marked_read(
        qtbot: QtBot, shop: Shop) -> None:
    job = shop.job(4)
    shop.reply(job.customer_mobile, "Is it ready? I can come tomorrow", "reply-4")
    shop.clock.now += dt.timedelta(minutes=5)
    shop.reply("09359998877", "Who is this?", "stranger")
    page = open_page(qtbot, shop.desk(shop.tech))  # any role works the replies
    customer_reply, stranger = sorted(shop.services.messages.replies(unread_only=True),
                                      key=lambda r: r.id)
    assert keys(page) == [("reply", customer_reply.id), ("reply", stranger.id)]
    assert cell(page, ("reply", stranger.id), "customer") == isolate("09359998877")

    page.select(("reply", stranger.id))
    assert not page.make_task.isEnabled() and page.mark_read.isEnabled()
    assert "no customer's" in page.why.text()
    page.select(("reply", customer_reply.id))
    assert page.make_task.isEnabled() and not page.why.isVisibleTo(page)

    def summarise(dialog: QWidget) -> None:
        assert isinstance(dialog, ReplyTaskDialog)
        dialog.summary.setText("Call back: wants to collect tomorrow")
        dialog.ok.click()

    on_modal(ReplyTaskDialog, summarise)
    page.make_task.click()
    [task] = shop.services.care.tasks()
    assert (task.kind, task.job_id, task.summary) == ("reply", job.id,
                                                      "Call back: wants to collect tomorrow")
    qtbot.waitUntil(lambda: ("task", task.id) in keys(page)
                    and ("reply", customer_reply.id) not in keys(page))
    assert cell(page, ("task", task.id), "kind") == "Customer reply"
    page.select(("task", task.id))
    assert page.done.isEnabled()  # anyone closes a reply's task; giving it is reception's
    assert not page.assign.isEnabled()
    assert page.why.text() == "Only reception or a manager gives follow-ups to people."

    page.select(("reply", stranger.id))
    page.mark_read.click()
    qtbot.waitUntil(lambda: ("reply", stranger.id) not in keys(page))
    assert shop.services.messages.replies(unread_only=True) == []


def test_snooze_choices_skip_the_day_the_shop_is_closed() -> None:
    hours = working_hours(dt.time(9), dt.time(21), ["friday"], TEHRAN)
    morning, later = snooze_times(tehran(2026, 12, 9, 10, 30), hours)  # a Wednesday
    assert morning == tehran(2026, 12, 10, 9) and later == tehran(2026, 12, 12, 10, 30)
    morning, _ = snooze_times(tehran(2026, 12, 10, 22), hours)  # Thursday night
    assert morning == tehran(2026, 12, 12, 9)  # Friday is closed: Saturday


def nav_item(window: MainWindow) -> tuple[str, QColor]:
    item = window.nav.item([key for key, _ in window.pages].index("care"))
    return item.text(), item.foreground().color()


def test_the_menu_counts_follow_ups_red_when_overdue_and_opens_job_and_customer(
        qtbot: QtBot, shop: Shop) -> None:
    job, task = shop.recovery()
    desk = shop.desk(shop.boss)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: nav_item(window)[0] == "Follow-ups (1)")
    assert nav_item(window)[1] != QColor("#b91c1c")

    # Another screen records a complaint: the announced change reads the count again
    run_operation(care_ops.complaint(desk=desk, about=job.number, text="Rude on the phone",
                                     severity="low", came_by="phone"),
                  parent=None, on_error=lambda err: pytest.fail(str(err)))
    qtbot.waitUntil(lambda: nav_item(window)[0] == "Follow-ups (2)")

    shop.clock.now = task.due_at + dt.timedelta(minutes=1)  # the recovery is now overdue
    window.care.refresh_counts()
    qtbot.waitUntil(lambda: nav_item(window)[1] == QColor("#b91c1c"))

    window.nav.setCurrentRow([key for key, _ in window.pages].index("care"))
    settle(qtbot, window.care)
    window.care.select(("task", task.id))
    assert cell(window.care, ("task", task.id), "marks") == "serious · overdue"
    window.care.open_job.click()
    assert job.id in window.job_windows
    window.job_windows[job.id].close()
    window.care.open_customer.click()
    assert window.stack.currentWidget() is window.customers
    qtbot.waitUntil(lambda: window.customers.card is not None
                    and window.customers.card.id == job.customer_id)
    window.close()


def test_the_page_in_persian_reads_right_to_left_with_jalali_dates(
        qtbot: QtBot, shop: Shop, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _, task = shop.recovery()
    shop.reply(shop.job(5).customer_mobile, "سلام، گوشی من شنبه آماده است؟", "fa-1")
    build_translations()
    apply_language(app, "fa")
    try:
        page = open_page(qtbot, shop.desk(shop.boss, "fa"))
        mine = ("task", task.id)
        assert page.isRightToLeft() and page.table.isRightToLeft()
        assert cell(page, mine, "kind") == "جبران نارضایتی"
        assert cell(page, mine, "summary") == "نمرهٔ ۳"
        due = cell(page, mine, "due")
        assert due == format_datetime(task.due_at, calendar="jalali", lang="fa")
        assert due.startswith("۱۴۰۵/")
        assert page.nav_text() == "پیگیری‌ها (۱)"
        assert page.complaint.text() == "ثبت شکایت…"
        page.select(mine)
        assert page.selected() is not None  # selectable in a right-to-left table
        page.grab().save(str(tmp_path / "followups_fa.png"))

        # changed on another PC: said in Persian
        seen = shop.services.care.task(task.id)
        shop.services.care.snooze(shop.boss, task.id, seen.version,
                                  shop.clock.now + dt.timedelta(hours=2))
        said: list[str] = []

        def tomorrow(dialog: QWidget) -> None:
            assert isinstance(dialog, FollowUpSnoozeDialog)
            dialog.ok.click()

        def tell(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            said.append(box.text())
            box.close()

        on_modal(FollowUpSnoozeDialog, tomorrow)
        on_modal(QMessageBox, tell)
        page.snooze.click()
        assert said == [f"پیگیری شمارهٔ {to_persian_digits(str(task.id))} پس از آنکه آن را "
                        "دیدید در رایانهٔ دیگری تغییر کرد؛ چیزی از تغییر شما ذخیره نشد. آن را "
                        "دوباره ببینید و دوباره انجام دهید."]
        assert shop.services.care.task(task.id).snoozed_until == \
            shop.clock.now + dt.timedelta(hours=2)
    finally:
        apply_language(app, "en")
