"""What every document builder gets: the job, the shop, the paper and the paper's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.jobs.service import UnlockInfo
from app.jobs.views import JobDetail
from app.locale.calendar import shop_day
from app.locale.intake_terms import accessory_name, device_kind_name
from app.printing.blocks import Block, Fields, Header
from app.printing.formats import Formats
from app.printing.papers import Paper, is_delivered
from app.printing.shop import ShopInfo
from app.printing.vocab import say


@dataclass(frozen=True)
class PaperContext:
    job: JobDetail
    shop: ShopInfo
    paper: Paper
    fmt: Formats
    printed_at: dt.datetime
    unlock: UnlockInfo | None = None

    @property
    def lang(self) -> str:
        return self.fmt.lang

    @property
    def roll(self) -> bool:
        return self.paper.height is None

    @property
    def label_share(self) -> float:
        """The label column of this paper's label: value rows."""
        return 0.3 if self.roll else 0.24 if self.paper.name == "a5" else 0.2

    def fields(self, rows: Sequence[tuple[str, str]]) -> Fields:
        return Fields(rows, self.label_share)

    def t(self, key: str, **values: Any) -> str:
        return say(key, self.lang, **values)

    @property
    def delivered(self) -> bool:
        return is_delivered(self.job.status)

    def day(self, moment: dt.datetime) -> dt.date:
        """The shop's day of a stored (UTC) time, not UTC's."""
        return shop_day(moment, self.shop.timezone)

    def number(self) -> str:
        return self.fmt.code(self.job.number)

    def header(self, title_key: str, subtitle: str = "") -> Block:
        lines = [self.shop.address]
        if self.shop.phone:
            lines.append(f"{self.t('phone')}: {self.fmt.mobile(self.shop.phone)}")
        return Header(self.shop.name, [line for line in lines if line], self.t(title_key),
                      logo=self.shop.logo, centred=self.roll, subtitle=subtitle)

    def device(self) -> str:
        d = self.job.device
        kind = device_kind_name(d.get("kind") or "", self.lang) if d.get("kind") else ""
        return " ".join(part for part in (kind, d.get("brand"), d.get("model")) if part)

    def accessories(self) -> str:
        names = [accessory_name(a, self.lang) for a in self.job.accessories]
        return ("، " if self.lang == "fa" else ", ").join(names)

    def estimate_range(self) -> str:
        low, high = self.job.estimate_min, self.job.estimate_max
        if low is not None and high is not None and low != high:
            return self.t("range", low=self.fmt.amount(low), high=self.fmt.amount(high))
        if low is not None or high is not None:
            one = low if low is not None else high
            assert one is not None
            if low is None:
                return self.t("up_to", high=self.fmt.amount(one))
            return self.fmt.amount(one)
        return ""

    def deposit(self) -> int:
        return sum(p.amount for p in self.job.payments if p.is_deposit and p.kind == "payment")

    def warranty(self) -> str:
        job = self.job
        if not job.warranty_days:
            return self.t("warranty_none")
        days = self.fmt.number(job.warranty_days)
        if job.warranty_end is not None:
            return self.t("warranty_until", days=days, date=self.fmt.date(job.warranty_end))
        return self.t("warranty_from_delivery", days=days)
