"""The warranty card: which job, which device, what was done and until when it is covered."""

from __future__ import annotations

from app.printing.blocks import Block, Codes, Paragraph, Rule, Signatures, Space
from app.printing.context import PaperContext


def warranty(ctx: PaperContext) -> list[Block]:
    job, fmt = ctx.job, ctx.fmt
    end = fmt.date(job.warranty_end) if job.warranty_end else ""
    work = [line.description for line in job.lines] or [job.problem]
    bullet = "• "
    return [
        ctx.header("warranty_card"),
        ctx.fields([(ctx.t("job_number"), ctx.number()),
                (ctx.t("customer"), job.customer_name),
                (ctx.t("device"), ctx.device()),
                (ctx.t("imei"), fmt.code(job.device.get("imei") or "")),
                (ctx.t("serial"), fmt.code(job.device.get("serial") or "")),
                (ctx.t("delivered_at"), fmt.date(ctx.day(job.delivered_at))
                 if job.delivered_at else ""),
                (ctx.t("warranty"), ctx.warranty())]),
        Space(2),
        *([Paragraph(f"{ctx.t('warranty_end')}: {end}", scale=1.5, bold=True,
                     align="center")] if end else []),
        Rule(dashed=True),
        Paragraph(ctx.t("work_done"), bold=True, heading=True),
        *[Paragraph(bullet + item) for item in work],
        Rule(dashed=True),
        Paragraph(ctx.t("warranty_terms"), scale=0.85),
        Space(2),
        Codes(job.number),
        Signatures([ctx.t("sig_shop")]),
    ]
