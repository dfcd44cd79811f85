"""What a template costs: the SMS parts of its longest realistic message.

A raw template is no measure: "{job_number}" is 12 characters and a job number 10, while a
customer's name or a shop's name can be four times its placeholder. The count a manager sees is
that of the template filled with long values a real shop meets.
"""

from __future__ import annotations

from app.locale.amounts import format_amount
from app.locale.text import ltr_run
from app.notify.sms_parts import PartCount, count_parts
from app.notify.templates import render

BIG_AMOUNT = 99_999_999_999  # a hundred billion less one: a big job in rials, with its unit
LONGEST_JOB_NUMBER = "1405-99999"  # the year and five digits of the counter

_FA = {
    "customer_name": "سیده فاطمه‌الزهرا میرحسینی طباطبایی‌نژاد",
    "job_number": ltr_run(LONGEST_JOB_NUMBER),
    "device": "Samsung Galaxy Z Fold6 Enterprise Edition",
    "estimate": format_amount(BIG_AMOUNT, lang="fa", currency="toman"),
    "total": format_amount(BIG_AMOUNT, lang="fa", currency="toman"),
    "amount_due": format_amount(BIG_AMOUNT, lang="fa", currency="toman"),
    "promised_date": "۱۴۰۵/۱۲/۲۹",
    "warranty": "گارانتی تا ۱۴۰۶/۱۲/۲۹.",
    "warranty_end": "۱۴۰۶/۱۲/۲۹",
    "ready_date": "۱۴۰۵/۱۲/۲۹",
    "shop_name": "تعمیرگاه تخصصی موبایل و لپ‌تاپ پارسیان الکترونیک",
    "shop_phone": "02188881234",
    "today": "۱۴۰۵/۱۲/۲۹",
    "review_link": "https://g.page/r/parsian-electronics-mobile-laptop/review",
    "open_jobs": f"{ltr_run(LONGEST_JOB_NUMBER)}: در انتظار قطعه؛ "
                 f"{ltr_run('1405-99998')}: آمادهٔ تحویل؛ {ltr_run('1405-99997')}: در حال تعمیر.",
}

_EN = {
    "customer_name": "Seyedeh Fatemeh-Zahra Mirhosseini Tabatabaeinejad",
    "job_number": LONGEST_JOB_NUMBER,
    "device": "Samsung Galaxy Z Fold6 Enterprise Edition",
    "estimate": format_amount(BIG_AMOUNT, lang="en", currency="toman"),
    "total": format_amount(BIG_AMOUNT, lang="en", currency="toman"),
    "amount_due": format_amount(BIG_AMOUNT, lang="en", currency="toman"),
    "promised_date": "2027-03-20",
    "warranty": "Warranty until 2028-03-19.",
    "warranty_end": "2028-03-19",
    "ready_date": "2027-03-20",
    "shop_name": "Parsian Electronics Mobile and Laptop Repair Centre",
    "shop_phone": "02188881234",
    "today": "2027-03-20",
    "review_link": "https://g.page/r/parsian-electronics-mobile-laptop/review",
    "open_jobs": f"{LONGEST_JOB_NUMBER}: Waiting for parts; 1405-99998: Ready for pickup; "
                 "1405-99997: In repair.",
}

LONGEST: dict[str, dict[str, str]] = {"fa": _FA, "en": _EN}


def longest_message(body: str, lang: str, shop_name: str = "") -> str:
    """The template filled with the long values (the shop's own name where it is longer);
    raises ValidationError as render does."""
    values = dict(LONGEST[lang])
    if len(shop_name) > len(values["shop_name"]):
        values["shop_name"] = shop_name
    return render(body, values)


def parts_at_most(body: str, lang: str, shop_name: str = "") -> PartCount:
    """The parts of the template's longest realistic message."""
    return count_parts(longest_message(body, lang, shop_name))
