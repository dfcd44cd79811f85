"""The whole story through the real windows on a real database: a new shop's first run, the
login, an intake with its papers, diagnosis and estimate, approval, repair, ready, payment and
delivery with the invoice, checking the database, the outbox and the PDFs on the way."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.auth.roles import Role
from app.bootstrap import Services
from app.jobs.workflow import Status
from app.notify.states import MessageStatus
from tests.factories import row_counts
from tests.ui.test_intake import (
    accept_pdf_offers,  # noqa: F401 - a fixture
    type_text,
)
from tests.ui.test_job_window import (
    answer_modal,
    click_message_button,
    click_move,
    read_again,
)
from ui.job.estimate_editor import DESCRIPTION, UNIT_PRICE
from ui.shell.desk import Desk
from ui.shell.main_window import MainWindow
from ui.start.first_run import FirstRunWizard
from ui.start.login import LoginDialog


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This PC's own data folder, with no printer set, so papers are offered as PDF."""
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def log_in(qtbot: QtBot, services: Services, username: str, password: str) -> Desk:
    login = LoginDialog(services, "en")
    qtbot.addWidget(login)
    login.username.setText(username)
    login.password.setText(password)
    login.try_login()
    qtbot.waitUntil(lambda: not login.checking)  # checked off the UI thread
    assert login.actor is not None, login.error.text()
    return Desk(services, login.actor, "en", "gregorian")


def test_first_run_to_delivery(qtbot: QtBot, shop_services: Services, tmp_path: Path,
                               accept_pdf_offers: list[str]) -> None:  # noqa: F811
    services = shop_services
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.en.setChecked(True)
    wizard.next()
    wizard.shop_name.setText("Novin Mobile")
    wizard.shop_phone.setText("021 8888 1234")
    wizard.next()
    for field, text in ((wizard.username, "sara"), (wizard.full_name, "Sara Karimi"),
                        (wizard.password, "counter-42"), (wizard.password_again, "counter-42")):
        field.setText(text)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.actor is not None)  # set up off the UI thread
    for name, role in (("ali", Role.RECEPTION), ("reza", Role.TECHNICIAN)):
        services.users.create(wizard.actor, username=name, full_name=name.title(),
                              role=role, password="bench-pass")

    # reception takes the job in
    reception = log_in(qtbot, services, "ali", "bench-pass")
    desk_window = MainWindow(reception)
    qtbot.addWidget(desk_window)
    desk_window.show()
    intake = desk_window.intake
    intake.printing.ask_path = lambda name: tmp_path / name
    desk_window.nav.setCurrentRow(desk_window.stack.indexOf(intake))
    before = row_counts(services)
    type_text(intake.customer.mobile, "09351234567")
    qtbot.waitUntil(lambda: "New customer" in intake.customer.state.text())
    type_text(intake.customer.name, "Reza Ahmadi")
    type_text(intake.device.brand, "Samsung")
    type_text(intake.device.model, "Galaxy A52")
    type_text(intake.problem.problem, "Screen cracked, touch dead")
    with qtbot.waitSignal(intake.job_created, timeout=20_000) as created:
        intake.save_button.click()
    job_id = created.args[0]
    job = services.jobs.get(job_id)
    assert (job.customer_name, job.status) == ("Reza Ahmadi", Status.RECEIVED)
    assert row_counts(services)["jobs"] == before["jobs"] + 1
    papers = {e.data["document"]: Path(e.data["file"]) for e in job.events
              if e.kind == "printed"}
    assert set(papers) == {"receipt", "label"}
    assert all(p.read_bytes().startswith(b"%PDF") for p in papers.values())
    qtbot.waitUntil(lambda: desk_window.board.model.rowCount() == 1)

    # the technician diagnoses and writes the estimate
    tech = log_in(qtbot, services, "reza", "bench-pass")
    bench_window = MainWindow(tech)
    qtbot.addWidget(bench_window)
    bench_window.open_job(job_id)
    bench = bench_window.job_windows[job_id]
    click_move(qtbot, bench, Status.DIAGNOSING)
    bench.estimate.add_part.click()
    model = bench.estimate.model
    model.setData(model.index(0, DESCRIPTION), "LCD Samsung A52")
    model.setData(model.index(0, UNIT_PRICE), 2_400_000)
    bench.estimate.save.click()
    qtbot.waitUntil(lambda: not bench.working)
    click_move(qtbot, bench, Status.AWAITING_APPROVAL)

    # the customer approves at the desk; repair; ready
    desk_window.open_job(job_id)
    front = desk_window.job_windows[job_id]
    click_move(qtbot, front, Status.APPROVED)
    read_again(qtbot, bench)
    click_move(qtbot, bench, Status.IN_REPAIR)
    click_move(qtbot, bench, Status.READY)

    # payment and delivery with the invoice
    read_again(qtbot, front)
    front.payments.pay.click()
    qtbot.waitUntil(lambda: not front.working and front.detail.totals.balance == 0)
    front.printing.ask_path = lambda name: tmp_path / "invoice.pdf"
    answer_modal(click_message_button("Save as PDF…", []), QMessageBox)
    click_move(qtbot, front, Status.DELIVERED)
    qtbot.waitUntil(lambda: front.last_print is not None, timeout=15_000)

    final = services.jobs.get(job_id)
    assert final.status == Status.DELIVERED and final.totals.balance == 0
    assert final.warranty_end is not None
    assert (tmp_path / "invoice.pdf").read_bytes().startswith(b"%PDF")
    outbox = services.messages.outbox(job_id=job_id)
    assert sorted(m.event for m in outbox) == sorted([
        "received", "diagnosis_started", "estimate_ready", "approved", "ready_for_pickup",
        "delivered"])
    assert all(m.status == MessageStatus.QUEUED and m.to == "+989351234567" for m in outbox)
    delivered = next(m for m in outbox if m.event == "delivered")
    assert "Novin Mobile" in delivered.body and final.number in delivered.body
