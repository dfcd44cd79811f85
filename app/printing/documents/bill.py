"""The estimate (lines as estimated, not work done), and the invoice: with its delivery receipt
once the job is delivered, before that a pro-forma that says so and asks no receipt of the
device."""

from __future__ import annotations

from app.jobs.views import LineView
from app.jobs.workflow import Status
from app.printing.blocks import Block, Column, Paragraph, Rule, Signatures, Space, Table
from app.printing.context import PaperContext
from app.printing.vocab import WORDS
from app.validation import MAX_MONEY

# Until the customer has answered, the estimate asks for approval; after, it says what it is.
ASKS_APPROVAL = frozenset({Status.RECEIVED, Status.DIAGNOSING, Status.AWAITING_APPROVAL})


def estimate(ctx: PaperContext) -> list[Block]:
    return _bill(ctx, "estimate")


def invoice(ctx: PaperContext) -> list[Block]:
    return _bill(ctx, "invoice" if ctx.delivered else "proforma")


def _bill(ctx: PaperContext, kind: str) -> list[Block]:
    """kind: estimate, proforma (an invoice before delivery) or invoice (at delivery)."""
    job, fmt = ctx.job, ctx.fmt
    when = job.delivered_at if kind == "invoice" and job.delivered_at else ctx.printed_at
    blocks: list[Block] = [
        ctx.header(kind, ctx.t("proforma_subtitle") if kind == "proforma" else ""),
        ctx.fields([(ctx.t("job_number"), ctx.number()), (ctx.t("date"), fmt.datetime(when)),
                (ctx.t("customer"), job.customer_name),
                (ctx.t("mobile"), fmt.mobile(job.customer_mobile)),
                (ctx.t("device"), ctx.device()),
                (ctx.t("imei"), fmt.code(job.device.get("imei") or "")),
                (ctx.t("serial"), fmt.code(job.device.get("serial") or ""))]),
        Space(2),
    ]
    if job.lines:
        if kind == "estimate":
            blocks.append(Paragraph(ctx.t("estimated_lines"), bold=True, heading=True))
        blocks.append(_lines_table(ctx, job.lines))
    else:
        blocks.append(ctx.fields([(ctx.t("estimate_range"),
                               ctx.estimate_range() or ctx.t("none"))]))
    blocks += [Rule(), _summary(ctx, kind)]
    total = job.totals.estimate
    if ctx.shop.amount_in_words and 0 < total <= MAX_MONEY:  # an older version let more in
        blocks.append(Paragraph(f"{ctx.t('in_words')}: {fmt.amount_words(total)}", scale=0.9))
    if kind != "estimate" and job.payments:
        blocks += [Rule(dashed=True), Paragraph(ctx.t("payments"), bold=True, heading=True),
                   _payments_table(ctx)]
    blocks += [Rule(dashed=True),
               ctx.fields([(ctx.t("warranty"), ctx.warranty())]),
               Paragraph(ctx.t(_note(ctx, kind)), scale=0.9),
               Signatures(_signatures(ctx, kind))]
    return blocks


def _note(ctx: PaperContext, kind: str) -> str:
    if kind == "estimate":
        return "approve_note" if ctx.job.status in ASKS_APPROVAL else "estimate_note"
    return "proforma_note" if kind == "proforma" else "delivered_note"


def _signatures(ctx: PaperContext, kind: str) -> list[str]:
    """The customer signs an estimate (to approve it) and the delivery receipt, never a
    pro-forma: that would read as a receipt of the device."""
    if kind == "proforma":
        return [ctx.t("sig_shop")]
    return [ctx.t("sig_customer")] if ctx.roll else [ctx.t("sig_customer"), ctx.t("sig_shop")]


def _lines_table(ctx: PaperContext, lines: list[LineView]) -> Table:
    fmt = ctx.fmt
    if ctx.roll:
        columns = [Column(ctx.t("col_desc"), 0.48), Column(ctx.t("col_qty"), 0.16, "center"),
                   Column(ctx.t("col_total"), 0.36, numeric=True)]
        rows = [[line.description, fmt.number(line.quantity), fmt.number(line.total)]
                for line in lines]
        return Table(columns, rows)
    columns = [Column(ctx.t("col_row"), 0.08, "center"), Column(ctx.t("col_desc"), 0.36),
               Column(ctx.t("col_qty"), 0.09, "center"),
               Column(ctx.t("col_price"), 0.16, numeric=True),
               Column(ctx.t("col_discount"), 0.14, numeric=True),
               Column(ctx.t("col_total"), 0.17, numeric=True)]
    rows = [[fmt.number(i), line.description, fmt.number(line.quantity),
             fmt.number(line.unit_price), fmt.number(line.discount) if line.discount else "",
             fmt.number(line.total)] for i, line in enumerate(lines, start=1)]
    return Table(columns, rows)


def _summary(ctx: PaperContext, kind: str) -> Table:
    t, fmt = ctx.job.totals, ctx.fmt
    rows: list[tuple[str, int | None]] = []
    if t.discount:
        rows += [(ctx.t("subtotal"), t.estimate + t.discount), (ctx.t("discount"), t.discount)]
    total = ctx.t("estimated_total" if kind == "estimate" else "total")
    rows.append((total, t.estimate))
    if kind == "estimate":
        deposit = ctx.deposit()
        if t.paid:
            rows.append((ctx.t("paid") if t.paid != deposit else ctx.t("deposit"), t.paid))
    else:
        if t.paid:
            rows.append((ctx.t("paid"), t.paid))
        if t.refunded:
            rows.append((ctx.t("refunded"), t.refunded))
    balance = t.balance
    if balance > 0 or kind == "estimate":
        rows.append((ctx.t("balance"), max(balance, 0)))
    elif balance < 0:
        rows.append((ctx.t("credit"), -balance))
    else:
        rows.append((ctx.t("settled"), None))  # a word, not "0 Toman"
    emphasised = frozenset({len(rows) - 1, [r[0] for r in rows].index(total)})
    label_share = 0.5 if ctx.roll else 0.7
    return Table([Column("", label_share, "end" if not ctx.roll else "start"),
                  Column("", 1 - label_share, numeric=True)],
                 [[label, fmt.amount(value) if value is not None else ""]
                  for label, value in rows],
                 show_header=False, bold_rows=emphasised)


def _payments_table(ctx: PaperContext) -> Table:
    fmt = ctx.fmt
    columns = [Column(ctx.t("date"), 0.4), Column(ctx.t("col_method"), 0.25),
               Column(ctx.t("col_total"), 0.35, numeric=True)]
    rows = []
    for p in ctx.job.payments:
        method = ctx.t(f"method_{p.method}") if f"method_{p.method}" in WORDS else p.method
        mark = ctx.t("deposit_mark") if p.is_deposit else (
            ctx.t("refund_mark") if p.kind == "refund" else "")
        rows.append([fmt.datetime(p.at), f"{method} ({mark})" if mark else method,
                     fmt.amount(-p.amount if p.kind == "refund" else p.amount)])
    return Table(columns, rows)
