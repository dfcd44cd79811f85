"""Every word printed on a paper, in Persian and English."""

from __future__ import annotations

from typing import Any

from app.jobs.money import PaymentKind, PayMethod
from app.locale.labels import PAY_METHOD_WORDS, SHORT

WORDS: dict[str, tuple[str, str]] = {
    "receipt": ("رسید پذیرش", "Intake receipt"),
    "customer_copy": ("نسخهٔ مشتری", "Customer's copy"),
    "sheet": ("برگهٔ کار تعمیرکار", "Technician job sheet"),
    "estimate": ("برآورد هزینهٔ تعمیر", "Repair estimate"),
    "invoice": ("فاکتور و رسید تحویل", "Invoice and delivery receipt"),
    "proforma": ("پیش‌فاکتور", "Pro-forma invoice"),
    "proforma_subtitle": ("رسید تحویل دستگاه نیست", "Not a delivery receipt"),
    "estimated_lines": ("کارها و قطعات برآوردشده", "Estimated work and parts"),
    "estimated_total": ("جمع کل برآورد", "Estimated total"),
    "warranty_card": ("کارت گارانتی", "Warranty card"),
    "job_number": ("شمارهٔ کار", "Job number"),
    "received_at": ("تاریخ پذیرش", "Received"),
    "date": ("تاریخ", "Date"),
    "customer": ("مشتری", "Customer"),
    "mobile": ("موبایل", "Mobile"),
    "phone": ("تلفن", "Tel."),
    "device": ("دستگاه", "Device"),
    "imei": ("IMEI", "IMEI"),
    "serial": ("سریال", "Serial"),
    "colour": ("رنگ", "Colour"),
    "problem": ("ایراد اعلام‌شده", "Problem"),
    "customer_request": ("درخواست مشتری", "Request"),
    "accessories": ("لوازم همراه", "Accessories"),
    "condition": ("وضعیت ظاهری", "Condition"),
    "estimate_range": ("برآورد هزینه", "Estimate"),
    "promised": ("زمان تحویل", "Promised"),
    "deposit": ("بیعانه", "Deposit"),
    "terms": ("شرایط پذیرش", "Terms"),
    "sig_customer": ("امضای مشتری", "Customer's signature"),
    "sig_shop": ("مهر و امضای تعمیرگاه", "Shop's stamp and signature"),
    "sig_technician": ("امضای تعمیرکار", "Technician's signature"),
    "none": ("ندارد", "None"),
    "range": ("{low} تا {high}", "{low} to {high}"),
    "from": ("از {low}", "from {low}"),
    "up_to": ("تا {high}", "up to {high}"),
    "col_row": ("ردیف", "#"),
    "col_desc": ("شرح", "Description"),
    "col_qty": ("تعداد", "Qty"),
    "col_price": ("فی", "Unit price"),
    "col_discount": ("تخفیف", "Discount"),
    "col_total": ("مبلغ", "Amount"),
    "col_method": ("روش", "Method"),
    "subtotal": ("جمع", "Subtotal"),
    "discount": ("تخفیف", "Discount"),
    "total": ("جمع کل", "Total"),
    "paid": ("پرداخت‌شده", "Paid"),
    "refunded": ("بازپرداخت", "Refunded"),
    "balance": ("مانده قابل پرداخت", "Balance due"),
    "credit": ("بستانکاری مشتری", "Owed to the customer"),
    "settled": ("تسویه‌شده", "Settled"),
    "in_words": ("به حروف", "In words"),
    "warranty": ("گارانتی", "Warranty"),
    "warranty_until": ("{days} روز، تا {date}", "{days} days, until {date}"),
    "warranty_from_delivery": ("{days} روز از تاریخ تحویل", "{days} days from delivery"),
    "warranty_none": ("بدون گارانتی", "No warranty"),
    "warranty_end": ("پایان گارانتی", "Warranty ends"),
    "payments": ("پرداخت‌ها", "Payments"),
    "work_done": ("کار انجام‌شده", "Work done"),
    "passcode": ("رمز", "Passcode"),
    "pattern": ("الگوی قفل", "Unlock pattern"),
    "unlock_hidden": ("ثبت شده؛ فقط تعمیرکار می‌بیند", "On record; technicians only"),
    "unlock_no_key": ("ثبت شده؛ پنهان، چون این ورود هنوز کلید رمزها را ندارد",
                      "On record; hidden, as this login does not hold the passcode key yet"),
    "unlock_none": ("ندارد", "None"),
    "notes": ("یادداشت‌های تعمیرکار", "Technician's notes"),
    "checklist": ("چک‌لیست وضعیت (هنگام پذیرش / پس از تعمیر)",
                  "Condition checklist (at intake / after repair)"),
    "technician": ("تعمیرکار", "Technician"),
    "priority": ("اولویت", "Priority"),
    "status": ("وضعیت", "Status"),
    "delivered_at": ("تاریخ تحویل", "Delivered"),
    "page": ("{job} · صفحهٔ {n} از {total}", "{job} · page {n} of {total}"),
    "approve_note": ("با تأیید شما تعمیر آغاز می‌شود. مبلغ نهایی از این برآورد بیشتر نمی‌شود "
                     "مگر با هماهنگی شما.",
                     "Work starts once you approve. The final bill will not exceed this "
                     "estimate without asking you first."),
    "estimate_note": ("این برگه برآورد است، نه صورت‌حساب؛ مبلغ نهایی در فاکتور تحویل می‌آید.",
                      "This is an estimate, not a bill: the final amount is on the invoice "
                      "at delivery."),
    "proforma_note": ("مبلغ نهایی هنگام تحویل دستگاه در فاکتور تحویل می‌آید.",
                      "The final bill is made when the device is handed back."),
    "delivered_note": ("دستگاه را سالم و کامل تحویل گرفتم.",
                       "I have received the device in working order, with its accessories."),
    "warranty_terms": ("گارانتی فقط کار انجام‌شده و قطعات تعویضی را شامل می‌شود و با ضربه، "
                       "آب‌خوردگی یا باز شدن دستگاه در جای دیگر باطل می‌شود. "
                       "این کارت را تا پایان گارانتی نگه دارید.",
                       "The warranty covers the work done and the parts replaced. Drops, "
                       "liquid damage or repairs elsewhere void it. Keep this card until "
                       "the warranty ends."),
    "belongs_to": ("متعلق به کار", "Belongs to job"),
    "priority_0": ("عادی", "Normal"),
    "priority_1": ("فوری", "Urgent"),
    "priority_2": ("خیلی فوری", "Very urgent"),
    # payment methods and kinds: the app's one set of words (app/locale/labels.py)
    **{f"method_{method}": PAY_METHOD_WORDS[method] for method in PayMethod},
    "deposit_mark": ("بیعانه", "deposit"),
    "refund_mark": SHORT[PaymentKind.REFUND],
}

# A paper by name, and when it is printed: for refusing one that would not be true (papers.py).
PAPER_NAMES: dict[str, tuple[str, str]] = {
    "receipt": ("رسید پذیرش", "intake receipt"),
    "label": ("برچسب", "label"),
    "sheet": ("برگهٔ کار", "job sheet"),
    "estimate": ("برآورد هزینه", "estimate"),
    "invoice": ("فاکتور", "invoice"),
    "warranty": ("کارت گارانتی", "warranty card"),
}
PAPER_WHEN: dict[str, tuple[str, str]] = {
    "estimate": ("فقط برای کار باز، پیش از تحویل", "only for an open job, before delivery"),
    "invoice": ("پیش از تحویل (پیش‌فاکتور) یا پس از آن، نه برای کار لغوشده",
                "before delivery (as a pro-forma) or after it, never for a cancelled job"),
    "warranty": ("فقط پس از تحویل", "only after delivery"),
}

DEFAULT_TERMS = {
    "fa": "دستگاه فقط در برابر این رسید تحویل داده می‌شود.\n"
          "مسئولیت اطلاعات داخل دستگاه با مشتری است؛ پیش از تحویل از آن پشتیبان بگیرید.\n"
          "دستگاهی که تا ۶۰ روز پس از اعلام آماده‌بودن تحویل گرفته نشود، مشمول هزینهٔ "
          "انبارداری می‌شود.",
    "en": "The device is handed back only against this receipt.\n"
          "The data on the device is the customer's responsibility; back it up before "
          "handing it in.\n"
          "A device not collected within 60 days of our 'ready' message is charged for "
          "storage.",
}


def say(key: str, lang: str, **values: Any) -> str:
    fa, en = WORDS[key]
    text = fa if lang == "fa" else en
    return text.format(**values) if values else text


def paper_name(document: str, lang: str) -> str:
    fa, en = PAPER_NAMES[document]
    return fa if lang == "fa" else en


def paper_when(document: str, lang: str) -> str:
    fa, en = PAPER_WHEN.get(document, ("همیشه", "at any time"))
    return fa if lang == "fa" else en
