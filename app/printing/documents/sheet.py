"""The technician's job sheet: every intake detail, the unlock, a checklist and room for notes."""

from __future__ import annotations

from app.jobs.intake_checks import CONDITION_ITEMS
from app.locale.intake_terms import condition_item_name, condition_value_name
from app.locale.labels import status_label
from app.printing.blocks import (
    Block,
    Checklist,
    NoteLines,
    Paragraph,
    Rule,
    Signatures,
    Space,
    UnlockPattern,
)
from app.printing.context import PaperContext
from app.printing.documents.common import customer_and_device, job_number

NOTE_LINES = 3


def sheet(ctx: PaperContext) -> list[Block]:
    job, fmt = ctx.job, ctx.fmt
    blocks: list[Block] = [
        ctx.header("sheet", status_label(job.status, ctx.lang)),
        *job_number(ctx, qr=False),
        ctx.fields([
            (ctx.t("received_at"), fmt.datetime(job.created_at)),
            (ctx.t("promised"), fmt.date(job.promised_date) if job.promised_date else ""),
            (ctx.t("priority"), ctx.t(f"priority_{job.priority}")),
            (ctx.t("technician"), job.technician_name or ""),
        ]),
        customer_and_device(ctx),
        ctx.fields([
            (ctx.t("accessories"), ctx.accessories() or ctx.t("none")),
            (ctx.t("estimate_range"), ctx.estimate_range()),
            (ctx.t("customer_request"), job.customer_note),
            (ctx.t("problem"), job.problem),
        ]),
        *_unlock(ctx),
        Rule(dashed=True),
        Paragraph(ctx.t("checklist"), bold=True, heading=True),
        Checklist([(condition_item_name(item, ctx.lang),
                    condition_value_name(job.condition[item], ctx.lang)
                    if item in job.condition else "—") for item in CONDITION_ITEMS]),
        Space(4),
        Paragraph(ctx.t("notes"), bold=True, heading=True),
        NoteLines(NOTE_LINES),
        Signatures([ctx.t("sig_technician")]),
    ]
    return blocks


def _unlock(ctx: PaperContext) -> list[Block]:
    """Shown only when the service revealed it for a role allowed to see it."""
    if not ctx.job.has_unlock:
        return [ctx.fields([(ctx.t("passcode"), ctx.t("unlock_none"))])]
    if ctx.unlock is None:
        return [ctx.fields([(ctx.t("passcode"), ctx.t("unlock_hidden"))])]
    if ctx.unlock.hidden:
        return [ctx.fields([(ctx.t("passcode"), ctx.t("unlock_no_key"))])]
    blocks: list[Block] = []
    if ctx.unlock.passcode:
        blocks.append(ctx.fields([(ctx.t("passcode"), ctx.fmt.code(ctx.unlock.passcode))]))
    if ctx.unlock.pattern:
        blocks += [Paragraph(ctx.t("pattern"), bold=True, heading=True),
                   UnlockPattern(ctx.unlock.pattern, ctx.fmt.digits)]
    return blocks
