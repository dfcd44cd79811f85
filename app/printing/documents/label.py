"""Device labels (50×30 and 62×29 mm): job number, barcode, whose, what, why and since when.

A label has no second line for anything: each text is cut with an ellipsis to fit its row.
Accessories that leave the device (a charger, a box) get a label of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm

from app.locale.intake_terms import accessory_name
from app.printing.bidi_text import fit, isolate
from app.printing.context import PaperContext
from app.printing.fonts import font_name
from app.printing.surface import LEADING, Surface, baseline_below, code128_width

NUMBER_SIZE = 9.5
TEXT_SIZE = 7.0
BAR_HEIGHT = 7.5 * mm
# Kept on or in the device, so no label of their own.
STAYS_ON_DEVICE = frozenset({"case", "sim", "memory_card", "stylus"})

PageDraw = Callable[[Surface], None]


def separate_accessories(accessories: Sequence[str]) -> list[str]:
    return [a for a in accessories if a not in STAYS_ON_DEVICE]


def labels(ctx: PaperContext, accessories: Sequence[str] | None = None) -> list[PageDraw]:
    """The device's label, then one per accessory kept apart (all that leave it, by default)."""
    extra = separate_accessories(ctx.job.accessories) if accessories is None else accessories
    job = ctx.job
    device_rows = [_join(job.customer_name, ctx.fmt.mobile_tail(job.customer_mobile)),
                   ctx.device(), " ".join(job.problem.split())]
    pages = [_page(ctx, device_rows)]
    for item in extra:
        pages.append(_page(ctx, [f"{accessory_name(item, ctx.lang)} · {ctx.t('belongs_to')}",
                                 _join(job.customer_name,
                                       ctx.fmt.mobile_tail(job.customer_mobile)),
                                 ctx.device()]))
    return pages


def _join(name: str, tail: str) -> str:
    """The name keeps its own direction; the line keeps the label's ("name · 4567")."""
    return f"{isolate(name)} · {tail}" if tail else name


def _page(ctx: PaperContext, rows: list[str]) -> PageDraw:
    paper = ctx.paper
    assert paper.height is not None
    height = paper.height

    def draw(s: Surface) -> None:
        left, right = paper.margin, paper.width - paper.margin
        width = right - left
        top = height - paper.margin
        baseline = baseline_below(top, NUMBER_SIZE, bold=True)
        date = ctx.fmt.date(ctx.day(ctx.job.created_at))
        date_w = s.text(date, left, right, baseline + 0.4, size=TEXT_SIZE, align="end")
        number_room = width - date_w - 1.5 * mm
        s.text(fit(ctx.number(), font_name(bold=True), NUMBER_SIZE, number_room), left,
               left + number_room if not s.rtl else right, baseline, size=NUMBER_SIZE,
               bold=True, align="start")
        top -= NUMBER_SIZE * LEADING
        bars = min(code128_width(ctx.job.number), width)
        s.barcode(ctx.job.number, left + (width - bars) / 2, top - BAR_HEIGHT,
                  bar_height=BAR_HEIGHT, max_width=bars)
        top -= BAR_HEIGHT + 0.3 * mm
        for row in rows:
            if not row:
                continue
            s.text(fit(row, font_name(), TEXT_SIZE, width), left, right,
                   baseline_below(top, TEXT_SIZE), size=TEXT_SIZE)
            top -= TEXT_SIZE * LEADING
    return draw

