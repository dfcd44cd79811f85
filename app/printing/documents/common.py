"""Pieces several papers share: the job's big number with its codes, the device, the terms."""

from __future__ import annotations

from reportlab.lib.units import mm

from app.locale.intake_terms import condition_phrase
from app.printing.blocks import Block, Codes, Fields, Paragraph, Rule, Space
from app.printing.context import PaperContext


def job_number(ctx: PaperContext, *, qr: bool) -> list[Block]:
    side = (18 if ctx.roll else 20) * mm if qr else 0.0
    return [Paragraph(ctx.number(), scale=2.2, bold=True, align="center"),
            Codes(ctx.job.number, qr_side=side), Space(1 * mm)]


def customer_and_device(ctx: PaperContext) -> Fields:
    job, fmt = ctx.job, ctx.fmt
    device = job.device
    return ctx.fields([
        (ctx.t("customer"), job.customer_name),
        (ctx.t("mobile"), fmt.mobile(job.customer_mobile)),
        (ctx.t("device"), ctx.device()),
        (ctx.t("colour"), device.get("colour") or ""),
        (ctx.t("imei"), fmt.code(device.get("imei") or "")),
        (ctx.t("serial"), fmt.code(device.get("serial") or "")),
    ])


def condition_text(ctx: PaperContext) -> str:
    sep = "، " if ctx.lang == "fa" else ", "
    return sep.join(condition_phrase(item, value, ctx.lang)
                    for item, value in ctx.job.condition.items())


def terms(ctx: PaperContext, text: str) -> list[Block]:
    if not text.strip():
        return []
    return [Rule(dashed=True), Paragraph(ctx.t("terms"), scale=0.9, bold=True, heading=True),
            Paragraph(text, scale=0.85)]
