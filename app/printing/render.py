"""render(): one job's paper as PDF bytes, in the paper's language and size."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from app.jobs.service import UnlockInfo
from app.jobs.views import JobDetail
from app.locale.calendar import utcnow
from app.printing.blocks import Block
from app.printing.context import PaperContext
from app.printing.documents.bill import estimate, invoice
from app.printing.documents.label import labels
from app.printing.documents.receipt import receipt
from app.printing.documents.sheet import sheet
from app.printing.documents.warranty import warranty
from app.printing.flow import Meta, Rendered, render_fixed, render_flow
from app.printing.formats import Formats
from app.printing.papers import LANGUAGES, paper_for
from app.printing.shop import ShopInfo

FLOWED: dict[str, Callable[[PaperContext], list[Block]]] = {
    "receipt": receipt, "sheet": sheet, "estimate": estimate, "invoice": invoice,
    "warranty": warranty,
}


def render(document: str, job: JobDetail, shop: ShopInfo, *, lang: str,
           size: str | None = None, unlock: UnlockInfo | None = None,
           printed_at: dt.datetime | None = None,
           accessories: Sequence[str] | None = None) -> Rendered:
    """The PDF of ``document`` for ``job``; raises ValidationError on a bad document or size.

    unlock: the passcode and pattern for the job sheet, only when the caller may see them.
    accessories: which accessories get a label of their own (default: those that leave the
    device).
    printed_at: the time of rendering (now by default); also the PDF's creation date.
    """
    paper = paper_for(document, size)
    if lang not in LANGUAGES:
        lang = "en"
    printed_at = printed_at or utcnow()
    ctx = PaperContext(job=job, shop=shop, paper=paper,
                       fmt=Formats(lang, shop.currency, shop.timezone),
                       printed_at=printed_at, unlock=unlock)
    meta = Meta(title=f"{document} {job.number}",
                footer=lambda n, total: ctx.t("page", job=ctx.number(),
                                              n=ctx.fmt.number(n), total=ctx.fmt.number(total)),
                author=shop.name, created=printed_at.astimezone(ZoneInfo(shop.timezone)))
    rtl = lang == "fa"
    if document == "label":
        return render_fixed(labels(ctx, accessories), paper, rtl, meta)
    return render_flow(FLOWED[document](ctx), paper, rtl, meta)
