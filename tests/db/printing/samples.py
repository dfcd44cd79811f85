"""Jobs to print, built as the service hands them out, with fixed dates so pictures compare."""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.jobs.money import Totals
from app.jobs.service import UnlockInfo
from app.jobs.views import JobDetail, LineView, PaymentView
from app.jobs.workflow import Status
from app.printing.shop import ShopInfo

AT = dt.datetime(2026, 5, 4, 7, 5, tzinfo=dt.UTC)  # 1405/02/14 10:35 in Tehran
PRINTED = dt.datetime(2026, 5, 9, 9, 30, tzinfo=dt.UTC)

SHOP_FA = ShopInfo(name="تعمیرگاه موبایل پارسا", phone="+982166554433",
                   address="تهران، خیابان ولیعصر، پاساژ علاءالدین، طبقهٔ دوم، واحد ۲۱۴")
SHOP_EN = dataclasses.replace(SHOP_FA, name="Parsa Mobile Repair",
                              address="Unit 214, 2nd floor, Aladdin Mall, Valiasr St, Tehran")

LONG_PROBLEM_FA = (
    "گوشی بعد از افتادن در آب خاموش شده و روشن نمی‌شود؛ قبل از آن هم صفحه‌نمایش گاهی "
    "سیاه می‌شد و لمس در گوشهٔ پایین سمت چپ کار نمی‌کرد. مشتری می‌گوید بلندگوی مکالمه "
    "صدای خش‌دار دارد و دوربین جلو تار است. اطلاعات داخل گوشی (عکس‌ها و مخاطبین) برای "
    "مشتری بسیار مهم است و درخواست دارد پیش از هر تعویض قطعه، با شمارهٔ ۰۹۱۲۳۴۵۶۷۸۹ "
    "تماس گرفته شود. مدل دقیق Galaxy A52 5G (SM-A526B) است و گارانتی شرکتی ندارد. ") * 2
LONG_PROBLEM_EN = (
    "The phone died after it fell into water and does not switch on; before that the "
    "screen sometimes went black and touch did not work in the lower left corner. The "
    "customer says the earpiece crackles and the front camera is blurry. The photos and "
    "contacts matter a lot: call 09123456789 before replacing any part. Exact model: "
    "Galaxy A52 5G (SM-A526B), no company warranty. ") * 2


def _lines(count: int, lang: str, big: bool = False) -> list[LineView]:
    names_fa = ["تعویض ال‌سی‌دی Galaxy A52 اصلی", "اجرت تعویض صفحه", "باتری ۴۵۰۰ میلی‌آمپر",
                "شست‌وشوی برد با اولتراسونیک", "فلت شارژ USB-C"]
    names_en = ["Galaxy A52 LCD, original", "Labour: screen replacement",
                "Battery 4500 mAh", "Ultrasonic board cleaning", "USB-C charging flex"]
    names = names_fa if lang == "fa" else names_en
    out = []
    for i in range(count):
        price = (1_250_000_000 if big else 1_450_000) + i * 35_000
        qty = 1 + i % 3
        discount = 50_000 if i % 4 == 1 else 0
        out.append(LineView("part" if i % 2 == 0 else "labour", names[i % len(names)], qty,
                            price, discount, qty * price - discount))
    return out


def _totals(lines: list[LineView], payments: list[PaymentView]) -> Totals:
    return Totals(estimate=sum(line.total for line in lines),
                  discount=sum(line.discount for line in lines),
                  paid=sum(p.amount for p in payments if p.kind == "payment"),
                  refunded=sum(p.amount for p in payments if p.kind == "refund"))


def job(lang: str = "fa", *, lines: int = 3, big: bool = False, long_problem: bool = False,
        delivered: bool = True, latin_name: bool = False) -> JobDetail:
    line_views = _lines(lines, lang, big)
    payments = [PaymentView(1, AT, "payment", "cash", 500_000, True, "")]
    if delivered and line_views:
        rest = sum(line.total for line in line_views) - 500_000
        payments.append(PaymentView(2, PRINTED, "payment", "card", rest, False, ""))
    if lang == "fa":
        name = "Sara Johnson" if latin_name else "مریم احمدی‌نژاد"
        problem = LONG_PROBLEM_FA if long_problem else "صفحه‌نمایش شکسته و لمس کار نمی‌کند"
        colour, note = "مشکی", "لطفاً قبل از تعویض قطعه تماس بگیرید"
    else:
        name = "Sara Johnson"
        problem = LONG_PROBLEM_EN if long_problem else "Cracked screen, touch does not work"
        colour, note = "Black", "Please call before replacing parts"
    return JobDetail(
        id=1, number="1405-00123", status=Status.DELIVERED if delivered else Status.RECEIVED,
        version=3, customer_id=1, customer_name=name, customer_mobile="+989121234567",
        customer_language=lang, customer_opted_out=False, device_id=1,
        device={"kind": "phone", "brand": "Samsung", "model": "Galaxy A52", "colour": colour,
                "imei": "356938035643809", "serial": "R58N12ABCDE"},
        problem=problem,
        condition={"screen": "cracked", "housing": "scratched", "powers_on": True,
                   "water_damage": False},
        accessories=["charger", "case", "box"], has_unlock=True, priority=1,
        promised_date=dt.date(2026, 5, 10), technician_id=2, technician_name="رضا کریمی"
        if lang == "fa" else "Reza Karimi",
        estimate_min=1_500_000, estimate_max=2_800_000, warranty_days=90,
        warranty_end=dt.date(2026, 8, 7) if delivered else None, warranty_of_id=None,
        customer_note=note, created_at=AT, updated_at=PRINTED,
        delivered_at=PRINTED if delivered else None, lines=line_views, payments=payments,
        totals=_totals(line_views, payments), events=[])


def bare_job(lang: str = "fa") -> JobDetail:
    """Every optional field empty: no colour, IMEI, serial, accessories, dates or money."""
    base = job(lang, lines=0, delivered=False)
    return dataclasses.replace(
        base, device={"kind": "other", "brand": "", "model": "", "colour": "", "imei": None,
                      "serial": None},
        condition={}, accessories=[], has_unlock=False, promised_date=None,
        technician_id=None, technician_name=None, estimate_min=None, estimate_max=None,
        warranty_days=0, warranty_end=None, customer_note="", payments=[],
        totals=Totals(0, 0, 0, 0), priority=0)


UNLOCK = UnlockInfo(passcode="2580", pattern="1-4-7-8-9-6-3")
