"""Papers that must not say what is not true: the Print menu, `tamirgah print`, the service
and the self-test offer each paper only where it is true of the job (papers_for); before
delivery the invoice is a pro-forma that says so, the estimate lists lines as estimated, and
the intake receipt prints the customer's request."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.auth.roles import Actor, Role
from app.bootstrap import Services
from app.customers.service import NewCustomer
from app.errors import ValidationError
from app.jobs.edits import LineInput
from app.jobs.workflow import Status
from app.printing.papers import DOCUMENTS, papers_for
from app.printing.render import render
from app.printing.service import PaperService
from app.printing.vocab import say
from app.self_test import checks
from app.self_test.results import Level, Probe
from tests.db.printing import samples
from tests.db.printing.conftest import page_texts, squeeze
from tests.factories import intake_request, mobile, row_counts, user
from ui.launch import main
from ui.printing.menu import PrintMenu

LINES = [LineInput("part", "LCD Galaxy A52", 1, 4_500_000)]


@pytest.fixture
def papers(services: Services, workstation_home: Path) -> PaperService:
    return services.papers


def _text(pdf: bytes) -> str:
    return squeeze("".join(page_texts(pdf)))


def _bare(text: str) -> str:
    """Without direction marks and isolates, which only steer how the sentence is shown."""
    return text.translate({ord(c): None for c in "\u200e\u200f\u2066\u2067\u2068\u2069"})


def _awaiting_approval(services: Services, desk: Actor, lang: str = "fa") -> int:
    extra = {} if lang == "fa" else {"new_customer": NewCustomer(
        name="John Smith", mobile=mobile(4242), language="en")}
    job = services.jobs.intake(desk, intake_request(**extra))
    tech = user(services, Role.TECHNICIAN)
    v = services.jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
    v = services.jobs.set_estimate(tech, job.id, v, LINES)
    services.jobs.change_status(tech, job.id, Status.AWAITING_APPROVAL, v)
    return job.id


def _deliver(services: Services, desk: Actor, job_id: int) -> None:
    tech = user(services, Role.TECHNICIAN)
    v = services.jobs.approve(desk, job_id, services.jobs.get(job_id).version)
    v = services.jobs.change_status(tech, job_id, Status.IN_REPAIR, v)
    v = services.jobs.change_status(tech, job_id, Status.READY, v)
    services.jobs.add_payment(desk, job_id, services.jobs.get(job_id).totals.balance, "card")
    services.jobs.deliver(desk, job_id, services.jobs.get(job_id).version)


# --- which papers ----------------------------------------------------------------------------
def test_each_status_has_only_the_papers_that_are_true_of_it() -> None:
    assert papers_for(Status.AWAITING_APPROVAL) == ("receipt", "label", "sheet", "estimate",
                                                    "invoice")
    assert papers_for(Status.READY) == papers_for(Status.RECEIVED)
    assert papers_for(Status.DELIVERED) == ("receipt", "label", "sheet", "invoice",
                                            "warranty")
    assert papers_for(Status.CANCELLED) == ("receipt", "label", "sheet")
    assert all("warranty" not in papers_for(s) for s in Status if s != Status.DELIVERED)
    assert all(set(papers_for(s)) <= set(DOCUMENTS) for s in Status)


def test_the_service_refuses_a_warranty_card_before_delivery_in_words_and_records_nothing(
        services: Services, papers: PaperService) -> None:
    desk = user(services, Role.RECEPTION)
    job_id = _awaiting_approval(services, desk)
    number = services.jobs.get(job_id).number
    before = row_counts(services)
    with pytest.raises(ValidationError) as err:
        papers.prepare(desk, job_id, "warranty")
    assert err.value.code == "paper_not_true"
    assert err.value.message.startswith(f"Job {number} is awaiting approval: a warranty card "
                                        "is printed only after delivery.")
    persian = _bare(err.value.localized("fa"))
    assert "«در انتظار تأیید»" in persian and "کارت گارانتی فقط پس از تحویل" in persian
    assert "۱۴۰۵" in persian or "۱۴۰۶" in persian  # the job number in Persian digits
    assert row_counts(services) == before
    assert papers.papers_of(job_id) == ("receipt", "label", "sheet", "estimate", "invoice")


def test_a_reprint_of_a_warranty_card_after_the_delivery_was_taken_back_is_refused(
        services: Services, papers: PaperService) -> None:
    desk = user(services, Role.RECEPTION)
    job_id = _awaiting_approval(services, desk)
    _deliver(services, desk, job_id)
    card = papers.prepare(desk, job_id, "warranty")
    papers.record(desk, card, printer="Zebra")
    event = next(e for e in services.jobs.get(job_id).events if e.kind == "printed")
    services.jobs.undo_status_change(desk, job_id, services.jobs.get(job_id).version)
    with pytest.raises(ValidationError) as err:
        papers.prepare_again(desk, job_id, event.id)
    assert err.value.code == "paper_not_true"


def test_cli_refuses_an_untrue_paper_in_both_languages_with_exit_code_2(
        services: Services, workstation_home: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    desk = user(services, Role.RECEPTION)
    job_id = _awaiting_approval(services, desk)
    number = services.jobs.get(job_id).number
    url = services.db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "warranty.pdf"
    before = row_counts(services)
    assert main(["--database", url, "print", "warranty", number, "--out", str(out)]) == 2
    err = _bare(capsys.readouterr().err)
    assert f"Job {number} is awaiting approval: a warranty card is printed only after " \
           "delivery" in err
    assert "This job's papers: receipt, label, sheet, estimate, invoice." in err
    assert "کارت گارانتی فقط پس از تحویل چاپ می‌شود" in err
    assert not out.exists() and row_counts(services) == before
    # refused before the printer is looked for: no printer is set, yet that is not the answer
    assert main(["--database", url, "print", "warranty", number]) == 2
    assert "No a4 printer" not in capsys.readouterr().err


# --- what the papers say ---------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_before_delivery_the_invoice_is_a_pro_forma_with_no_receipt_of_the_device(
        services: Services, papers: PaperService, lang: str) -> None:
    desk = user(services, Role.RECEPTION)
    job_id = _awaiting_approval(services, desk, lang)
    proforma = _text(papers.prepare(desk, job_id, "invoice").pdf)
    assert squeeze(say("proforma", lang)) in proforma
    assert squeeze(say("proforma_subtitle", lang)) in proforma
    assert squeeze(say("invoice", lang)) not in proforma
    assert squeeze(say("delivered_note", lang)) not in proforma
    assert squeeze(say("sig_customer", lang)) not in proforma
    _deliver(services, desk, job_id)
    invoice = _text(papers.prepare(desk, job_id, "invoice").pdf)
    assert squeeze(say("invoice", lang)) in invoice
    assert squeeze(say("delivered_note", lang)) in invoice
    assert squeeze(say("proforma", lang)) not in invoice


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_estimate_lists_its_lines_as_estimated_not_as_work_done(lang: str) -> None:
    job = dataclasses.replace(samples.job(lang, delivered=False),
                              status=Status.AWAITING_APPROVAL)
    shop = samples.SHOP_FA if lang == "fa" else samples.SHOP_EN
    text = _text(render("estimate", job, shop, lang=lang, printed_at=samples.PRINTED).pdf)
    for key in ("estimate", "estimated_lines", "estimated_total", "approve_note"):
        assert squeeze(say(key, lang)) in text, key
    assert squeeze(say("work_done", lang)) not in text
    in_repair = dataclasses.replace(job, status=Status.IN_REPAIR)  # approved: it asks nothing
    text = _text(render("estimate", in_repair, shop, lang=lang, printed_at=samples.PRINTED).pdf)
    assert squeeze(say("estimate_note", lang)) in text
    assert squeeze(say("approve_note", lang)) not in text


REQUEST = {"fa": "لطفاً پیش از تعویض هر قطعه با شمارهٔ دوم تماس بگیرید و عکس‌ها و مخاطبین "
                 "iCloud را نگه دارید؛ کاور و محافظ صفحه را هم برگردانید.",
           "en": "Please call the second number before replacing any part, keep the photos "
                 "and contacts in Google Photos, and give back the case and screen guard."}


@pytest.mark.parametrize("size", ["80mm", "a5"])
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_intake_receipt_prints_the_customers_request_wrapped(lang: str,
                                                                 size: str) -> None:
    job = dataclasses.replace(samples.job(lang, delivered=False), customer_note=REQUEST[lang])
    shop = samples.SHOP_FA if lang == "fa" else samples.SHOP_EN
    rendered = render("receipt", job, shop, lang=lang, size=size, printed_at=samples.PRINTED)
    text = _text(rendered.pdf)
    assert squeeze(say("customer_request", lang)) in text
    assert squeeze(REQUEST[lang]) in text
    # wrapped like the problem: on lines of their own within the value column
    lines = [b for b in rendered.boxes
             if b.kind == "text" and len(b.text) > 4 and b.text.strip() in REQUEST[lang]]
    assert len(lines) >= 2 and len({b.y0 for b in lines}) == len(lines)
    problem = next(b for b in rendered.boxes
                   if b.kind == "text" and len(b.text) > 4 and job.problem.startswith(b.text))
    for box in lines:
        assert rendered.margin - 0.01 <= box.x0
        assert box.x1 <= rendered.pages[0][0] - rendered.margin + 0.01
        if lang == "en":  # the value column's start edge: left in English, right in Persian
            assert box.x0 == pytest.approx(problem.x0, abs=0.5)
        else:
            assert box.x1 == pytest.approx(problem.x1, abs=0.5)


# --- the self-test and the Print menu --------------------------------------------------------
def test_self_test_renders_only_the_papers_true_of_the_job_it_takes(
        services: Services) -> None:
    desk = user(services, Role.RECEPTION)
    _awaiting_approval(services, desk)
    probe = Probe(url="", services=services)
    result = checks.papers(probe)
    assert result.level == Level.OK
    said = result.says[0].values
    assert said["documents"] == 5 and said["count"] == 2 * (2 + 2 + 2 + 3 + 3)


def test_print_menu_offers_each_paper_only_where_it_is_true(qtbot: QtBot) -> None:
    menu = PrintMenu()
    qtbot.addWidget(menu)
    menu.offer(Status.AWAITING_APPROVAL)
    assert menu.offered() == ["receipt", "label", "sheet", "estimate", "invoice"]
    assert not menu.preview_actions["warranty"].isVisible()
    assert not menu.pdf_actions["warranty"].isVisible()
    assert menu.print_actions["invoice"].text() == "Pro-forma invoice (before delivery)"
    menu.offer(Status.DELIVERED)
    assert menu.offered() == ["receipt", "label", "sheet", "invoice", "warranty"]
    assert menu.pdf_actions["invoice"].text() == "Invoice and delivery receipt"
    menu.offer(Status.CANCELLED)
    assert menu.offered() == ["receipt", "label", "sheet"]
