"""A made-up job, built in memory, for rendering the papers when the shop has no job yet.

Nothing here touches the database: it is the shape JobService.get hands out, filled by hand.
"""

from __future__ import annotations

import datetime as dt

from app.jobs.money import Totals
from app.jobs.service import UnlockInfo
from app.jobs.views import JobDetail, LineView, PaymentView
from app.jobs.workflow import Status
from app.printing.shop import ShopInfo

_RECEIVED = dt.datetime(2026, 5, 4, 7, 5, tzinfo=dt.UTC)
_DELIVERED = dt.datetime(2026, 5, 9, 9, 30, tzinfo=dt.UTC)

SAMPLE_SHOP = ShopInfo(name="تعمیرگاه نمونه · Sample Repairs", phone="+982100000000",
                       address="تهران · Tehran")
SAMPLE_UNLOCK = UnlockInfo(passcode="0000", pattern="1-2-3-5-7-8-9")


def sample_job() -> JobDetail:
    """A delivered phone repair with two lines, a deposit, the rest paid, and accessories:
    every part of every paper has something to draw."""
    lines = [LineView("part", "ال‌سی‌دی Galaxy A52 · LCD", 1, 1_450_000, 0, 1_450_000),
             LineView("labour", "اجرت تعویض · Labour", 1, 350_000, 50_000, 300_000)]
    total = sum(line.total for line in lines)
    payments = [PaymentView(1, _RECEIVED, "payment", "cash", 500_000, True, ""),
                PaymentView(2, _DELIVERED, "payment", "card", total - 500_000, False, "")]
    return JobDetail(
        id=0, number="1405-00001", status=Status.DELIVERED, version=1, customer_id=0,
        customer_name="مشتری نمونه", customer_mobile="+989120000000", customer_language="fa",
        customer_opted_out=False, device_id=0,
        device={"kind": "phone", "brand": "Samsung", "model": "Galaxy A52", "colour": "مشکی",
                "imei": "356938035643809", "serial": "R58N12ABCDE"},
        problem="صفحه‌نمایش شکسته · Cracked screen",
        condition={"screen": "cracked", "powers_on": True, "water_damage": False},
        accessories=["charger", "case"], has_unlock=True, priority=1,
        promised_date=dt.date(2026, 5, 10), technician_id=None, technician_name=None,
        estimate_min=1_500_000, estimate_max=2_000_000, warranty_days=90,
        warranty_end=dt.date(2026, 8, 7), warranty_of_id=None, customer_note="",
        created_at=_RECEIVED, updated_at=_DELIVERED, delivered_at=_DELIVERED, lines=lines,
        payments=payments,
        totals=Totals(estimate=total, discount=50_000, paid=total, refunded=0), events=[])
