"""Papers of real jobs through PaperService and `tamirgah print`: what is recorded, and that bad
input is refused with a message and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.auth.roles import Role
from app.bootstrap import Services
from app.customers.service import NewCustomer
from app.errors import NotFound, ValidationError
from app.printing import printers
from app.printing.service import PaperService
from tests.db.printing.conftest import page_texts, squeeze
from tests.factories import intake_request, mobile, row_counts, user
from ui.launch import main


@pytest.fixture
def papers(services: Services, workstation_home: Path) -> PaperService:
    return PaperService(services.jobs, services.settings)


def _url(services: Services) -> str:
    return services.db.engine.url.render_as_string(hide_password=False)


def _prints(services: Services, job_id: int) -> list[dict]:
    return [e.data for e in services.jobs.get(job_id).events if e.kind == "printed"]


def test_cli_saves_a_receipt_and_puts_it_on_the_timeline(
        services: Services, workstation_home: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    job = services.jobs.intake(user(services, Role.RECEPTION), intake_request(deposit=250_000))
    out = tmp_path / "receipt.pdf"
    assert main(["--database", _url(services), "print", "receipt", job.number,
                 "--out", str(out)]) == 0
    assert job.number in capsys.readouterr().out
    text = squeeze(page_texts(out.read_bytes())[0])
    assert "۲۵۰٬۰۰۰" in text and "رسیدپذیرش" in text  # the customer's language, Persian
    assert _prints(services, job.id) == [{"document": "receipt", "lang": "fa", "size": "80mm",
                                          "pages": 1, "file": str(out)}]


def test_cli_english_invoice_on_a5(services: Services, workstation_home: Path,
                                   tmp_path: Path) -> None:
    job = services.jobs.intake(user(services, Role.RECEPTION), intake_request())
    out = tmp_path / "invoice.pdf"
    assert main(["--database", _url(services), "print", "invoice", job.number, "--lang", "en",
                 "--size", "A5", "--out", str(out)]) == 0
    text = squeeze(page_texts(out.read_bytes())[0])
    assert "Pro-formainvoice" in text and "Invoiceanddeliveryreceipt" not in text  # not delivered
    assert _prints(services, job.id)[0]["size"] == "a5"


@pytest.mark.parametrize(("args", "message"), [
    (["label", "{number}", "--size", "a4"], "A label is printed on 50x30, 62x29, not 'a4'"),
    (["receipt", "1405-99999"], "No job 1405-99999"),
    (["receipt", "{number}", "--printer", "No Such Printer"],
     "Printer 'No Such Printer' is not known to this PC"),
    (["invoice", "{number}"], "No a4 printer is set on this PC"),
    (["receipt", "{number}", "--out", "/nonexistent/dir/r.pdf"], "Cannot write"),
])
def test_bad_requests_are_refused_and_change_nothing(
        services: Services, workstation_home: Path, capsys: pytest.CaptureFixture[str],
        args: list[str], message: str) -> None:
    job = services.jobs.intake(user(services, Role.RECEPTION), intake_request())
    before = row_counts(services)
    argv = ["--database", _url(services), "print", *[a.format(number=job.number) for a in args]]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
    assert row_counts(services) == before


def test_unknown_document_is_refused_by_the_parser(
        services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    before = row_counts(services)
    with pytest.raises(SystemExit) as exit_:
        main(["--database", _url(services), "print", "memo", "1405-00001"])
    assert exit_.value.code == 2
    assert "invalid choice: 'memo'" in capsys.readouterr().err
    assert row_counts(services) == before


def test_job_sheet_shows_the_unlock_only_to_a_technician(services: Services,
                                                        papers: PaperService) -> None:
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request(passcode="917364", pattern="1-2-3-6-9"))
    hidden = papers.prepare(desk, job.id, "sheet")
    assert "۹۱۷۳۶۴" not in squeeze("".join(page_texts(hidden.pdf)))
    assert not any(e.kind == "unlock_viewed" for e in services.jobs.get(job.id).events)
    shown = papers.prepare(user(services, Role.TECHNICIAN), job.id, "sheet")
    assert "۹۱۷۳۶۴" in squeeze("".join(page_texts(shown.pdf)))
    assert [e.kind for e in services.jobs.get(job.id).events].count("unlock_viewed") == 1
    assert _prints(services, job.id) == []  # rendering is not printing


def test_language_follows_the_customer_for_customer_papers(services: Services,
                                                          papers: PaperService) -> None:
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request(new_customer=NewCustomer(
        name="John Smith", mobile=mobile(777), language="en")))
    assert papers.prepare(desk, job.id, "receipt").lang == "en"
    assert papers.prepare(desk, job.id, "label").lang == "fa"  # the shop's own language


def test_reprint_from_the_timeline_renders_the_same_paper(services: Services,
                                                         papers: PaperService) -> None:
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request())
    first = papers.prepare(desk, job.id, "label", lang="en", size="62x29")
    papers.record(desk, first, printer="Zebra")
    event = next(e for e in services.jobs.get(job.id).events if e.kind == "printed")
    again = papers.prepare_again(desk, job.id, event.id)
    assert (again.document, again.lang, again.size) == ("label", "en", "62x29")
    assert again.pdf == first.pdf
    with pytest.raises(NotFound):
        papers.prepare_again(desk, job.id, event.id - 1)  # not a print event


def test_this_pcs_printers_and_sizes(services: Services, papers: PaperService) -> None:
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request())
    printers.set_printer("receipt", "TM-T20")
    printers.set_preferred_size("invoice", "80mm")
    paper = papers.prepare(desk, job.id, "invoice")
    assert paper.size == "80mm" and papers.printer_for(paper) == "TM-T20"
    with pytest.raises(ValidationError):
        printers.set_preferred_size("label", "a4")
    with pytest.raises(ValidationError):
        printers.set_printer("fax", "x")
    printers.set_printer("receipt", None)
    assert printers.printer_for("receipt") is None


def test_shop_logo_from_settings_is_on_the_papers(services: Services, papers: PaperService,
                                                  tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    from app.auth.roles import SYSTEM
    logo = tmp_path / "logo.png"
    image = Image.new("RGB", (120, 120), "white")
    ImageDraw.Draw(image).ellipse((10, 10, 110, 110), fill="navy")
    image.save(logo)
    with pytest.raises(ValidationError):
        services.settings.set(SYSTEM, "shop.logo", str(tmp_path / "missing.png"))
    services.settings.set(SYSTEM, "shop.logo", str(logo))
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request())
    for document, size in (("receipt", "80mm"), ("invoice", "a4")):
        paper = papers.prepare(desk, job.id, document, size=size)
        images = [b for b in paper.rendered.boxes if b.kind == "image"]
        assert len(images) == 1 and images[0].text == str(logo)


def test_app_clis_commands_without_the_desks_print_system_say_what_they_cannot_do(
        services: Services, workstation_home: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """app/ never imports Qt: run without ui/launch.py, the command prints to PDF but says
    that a printer needs the tamirgah command, and that the desk starts from there."""
    from app.cli.commands import main as commands_only

    job = services.jobs.intake(user(services, Role.RECEPTION), intake_request())
    before = row_counts(services)
    assert commands_only(["--database", _url(services), "print", "label", job.number,
                          "--printer", "PDF"]) == 2
    assert "needs the tamirgah command's print system" in capsys.readouterr().err
    assert row_counts(services) == before
    assert commands_only(["--database", _url(services), "print", "label", job.number,
                          "--out", str(tmp_path / "label.pdf")]) == 0
    assert commands_only([]) == 2
    assert "the desk starts from the tamirgah command" in capsys.readouterr().err
