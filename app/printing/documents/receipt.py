"""The intake receipt: the customer's proof that the device is now the shop's responsibility."""

from __future__ import annotations

from app.printing.blocks import Block, Rule, Signatures
from app.printing.context import PaperContext
from app.printing.documents.common import (
    condition_text,
    customer_and_device,
    job_number,
    terms,
)
from app.printing.vocab import DEFAULT_TERMS


def receipt(ctx: PaperContext) -> list[Block]:
    job, fmt = ctx.job, ctx.fmt
    deposit = ctx.deposit()
    blocks: list[Block] = [
        ctx.header("receipt", ctx.t("customer_copy")),
        *job_number(ctx, qr=True),
        ctx.fields([(ctx.t("received_at"), fmt.datetime(job.created_at))]),
        customer_and_device(ctx),
        Rule(dashed=True),
        ctx.fields([
            (ctx.t("problem"), job.problem),
            (ctx.t("customer_request"), job.customer_note),  # the intake form promises it
            (ctx.t("accessories"), ctx.accessories() or ctx.t("none")),
            (ctx.t("condition"), condition_text(ctx)),
            (ctx.t("estimate_range"), ctx.estimate_range()),
            (ctx.t("promised"), fmt.date(job.promised_date) if job.promised_date else ""),
            (ctx.t("deposit"), fmt.amount(deposit) if deposit else ""),
        ]),
        *terms(ctx, ctx.shop.terms(ctx.lang) or DEFAULT_TERMS[ctx.lang]),
        Signatures([ctx.t("sig_customer")] if ctx.roll
                   else [ctx.t("sig_customer"), ctx.t("sig_shop")]),
    ]
    return blocks
