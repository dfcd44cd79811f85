"""`tamirgah print DOCUMENT JOB_NUMBER`: a paper to a PDF file or straight to a printer.

Everything is checked (document, size, language, job, whether the paper is true of the job,
printer) before the paper is rendered, so a bad request changes nothing; the print goes on the
job's timeline only once it is done.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.auth.roles import SYSTEM
from app.errors import ValidationError
from app.printing.papers import DOCUMENTS, LANGUAGES, PAPERS, paper_for
from app.printing.print_system import require
from app.printing.printers import printer_for

if TYPE_CHECKING:
    from app.bootstrap import Services


def print_command(services: Services, *, document: str, number: str, lang: str | None,
                  size: str | None, out: str | None, printer: str | None) -> str:
    """Returns what was done, for the user; raises a DomainError on anything wrong."""
    papers = services.papers
    size = papers.check(document, size, lang)
    job_id = papers.job_id(number)
    try:
        papers.check_true(job_id, document)
    except ValidationError as err:  # the terminal's reader may read either language
        raise ValidationError(f"{err.message}\n{err.localized('fa')}", code=err.code,
                              field=err.field, **err.params) from None
    if out is None:
        printer = printer or printer_for(PAPERS[size].printer)
        if not printer:
            role = paper_for(document, size).printer
            raise ValidationError(f"No {role} printer is set on this PC; name one with "
                                  "--printer NAME or save the paper with --out FILE.pdf",
                                  code="no_printer", role=role)
        require(services.print_system).check_printer(printer)
    paper = papers.prepare(SYSTEM, job_id, document, lang=lang, size=size)
    if out is not None:
        target = papers.save_pdf(SYSTEM, paper, out)
        return f"saved {document} of {paper.number} ({paper.size}, {paper.lang}) to {target}"
    assert printer is not None
    require(services.print_system).print_paper(paper, printer)
    papers.record(SYSTEM, paper, printer=printer)
    return f"printed {document} of {paper.number} ({paper.size}, {paper.lang}) on {printer}"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("print", help="print a job's paper, or save it as PDF",
                       description="Print one of a job's papers on a printer of this PC, or "
                                   "save it as a PDF file. Without --out or --printer it goes "
                                   "to this PC's printer for that paper size.")
    p.add_argument("document", choices=DOCUMENTS,
                   help="which paper; a warranty card only after delivery, and before it the "
                        "invoice is a pro-forma")
    p.add_argument("number", metavar="JOB_NUMBER", help="e.g. 1405-00123")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="default: the customer's language (the shop's for label and sheet)")
    p.add_argument("--size", help="receipt: 80mm|a5; label: 50x30|62x29; sheet: a4|a5; "
                                  "estimate, invoice, warranty: a4|a5|80mm")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--out", metavar="FILE.pdf", help="save the PDF here")
    target.add_argument("--printer", metavar="NAME", help="print on this printer")


def run(args: argparse.Namespace, services: Services) -> int:
    print(print_command(services, document=args.document, number=args.number,
                        lang=args.lang, size=args.size, out=args.out, printer=args.printer))
    return 0
