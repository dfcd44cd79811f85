"""Error texts in the user's language. English comes from the error itself; Persian from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.locale.text import isolate, to_persian_digits

if TYPE_CHECKING:
    from app.errors import DomainError

FIELD_FA = {
    "mobile": "موبایل", "imei": "IMEI", "problem": "شرح ایراد", "deposit": "بیعانه",
    "promised_date": "تاریخ تحویل", "customer_note": "یادداشت مشتری", "name": "نام",
    "amount": "مبلغ", "reason": "علت", "technician_id": "تعمیرکار", "pattern": "الگوی قفل",
    "passcode": "رمز", "email": "ایمیل", "serial": "سریال", "estimate_min": "حداقل برآورد",
    "estimate_max": "حداکثر برآورد", "note": "یادداشت", "status": "وضعیت",
    "body": "متن پیامک", "shop.name": "نام تعمیرگاه", "shop.phone": "تلفن تعمیرگاه",
    "username": "نام کاربری", "password": "گذرواژه",
    "brand": "برند", "model": "مدل", "kind": "نوع دستگاه", "colour": "رنگ",
    "source": "آشنایی از طریق", "language": "زبان", "deposit_method": "روش پرداخت بیعانه",
    "priority": "اولویت",
    "full_name": "نام کامل", "accessories": "لوازم همراه", "value": "مقدار",
    "survey.review_link": "پیوند نظردهی",
    "text": "شرح", "summary": "خلاصه", "outcome": "نتیجه", "severity": "اهمیت",
    "came_by": "راه رسیدن", "until": "تا زمان", "assignee": "مسئول", "job": "کار",
}

FA = {
    "bad_phone": "شمارهٔ «{value}» معتبر نیست.",
    "not_mobile": "شمارهٔ «{value}» موبایل نیست.",
    "imei_check_digit": "رقم کنترل IMEI «{value}» درست نیست؛ دوباره از روی دستگاه بخوانید.",
    "imei_format": "IMEI باید ۱۵ رقم باشد.",
    "money_negative": "{field}: مبلغ نمی‌تواند منفی باشد.",
    "money_not_int": "{field}: مبلغ باید عدد صحیح باشد.",
    "money_zero": "{field}: مبلغ باید بیشتر از صفر باشد.",
    "money_too_large": "{field}: مبلغ از سقف {limit} بیشتر است.",
    "line_too_large": "ردیف {line}: تعداد × قیمت واحد از سقف مبلغ ({limit}) بیشتر می‌شود؛ "
                      "چیزی تغییر نکرد.",
    "estimate_too_large": "جمع برآورد از سقف مبلغ ({limit}) بیشتر می‌شود؛ چیزی تغییر نکرد.",
    "paid_too_large": "جمع پرداخت‌های این کار از سقف مبلغ ({limit}) بیشتر می‌شود؛ "
                      "چیزی ثبت نشد.",
    "required": "{field}: این بخش نباید خالی باشد.",
    "bad_characters": "{field}: نویسهٔ کنترلی یا خراب ({char}) دارد که نگه داشته نمی‌شود؛ "
                      "آن را بدون این نویسه دوباره وارد کنید.",
    "too_long": "{field}: حداکثر {limit} نویسه مجاز است.",
    "date_past": "{field}: تاریخ گذشته پذیرفته نیست.",
    "unknown_technician": "این تعمیرکار وجود ندارد یا غیرفعال است.",
    "mobile_taken": "مشتری دیگری با این موبایل ثبت شده است.",
    "illegal_transition": "این تغییر وضعیت مجاز نیست ({source} ← {target}).",
    "needs_estimate": "ابتدا برآورد هزینه را ثبت کنید.",
    "unpaid": "مانده حساب ({balance}) پرداخت نشده است؛ دریافت کنید یا مدیر تأیید کند.",
    "forbidden": "شما اجازهٔ این کار را ندارید.",
    "bad_login": "نام کاربری یا گذرواژه نادرست است.",
    "login_locked": "چند بار پشت سر هم گذرواژهٔ نادرست وارد شد؛ {seconds} ثانیهٔ دیگر دوباره "
                    "امتحان کنید.",
    "login_locked_minutes": "چند بار پشت سر هم گذرواژهٔ نادرست وارد شد؛ {minutes} دقیقهٔ دیگر "
                            "دوباره امتحان کنید.",
    "wrong_current_password": "گذرواژهٔ فعلی درست نیست.",
    "job_conflict": "این کار در این فاصله توسط {by} تغییر کرده است؛ دوباره باز کنید.",
    "customer_conflict": "این مشتری در ایستگاه دیگری تغییر کرده است؛ دوباره باز کنید.",
    "refund_too_large": "بیش از مبلغ پرداخت‌شده ({paid}) نمی‌توان بازپرداخت کرد.",
    "bad_pattern": "الگوی قفل باید دست‌کم ۴ نقطهٔ متفاوت از شبکهٔ ۳×۳ باشد.",
    "referrer_missing": "برای معرفی، موبایل مشتری معرف را وارد کنید؛ این شماره در مشتریان "
                        "ثبت نیست.",
    "estimate_range": "حداقل برآورد از حداکثر آن بیشتر است.",
    "customer_required": "یک مشتری ثبت‌شده را انتخاب کنید یا مشتری جدید وارد کنید.",
    "device_required": "یکی از دستگاه‌های مشتری را انتخاب کنید یا دستگاه جدید وارد کنید.",
    "device_not_customers": "این دستگاه متعلق به این مشتری نیست.",
    "bad_accessories": "لوازم همراه بیش از حد زیاد یا طولانی است.",
    "no_job": "چنین کاری پیدا نشد.",
    "no_customer": "چنین مشتری‌ای پیدا نشد.",
    "no_user": "کاربر فعالی با نام «{username}» وجود ندارد.",
    "bad_date": "تاریخ درست نیست؛ مثل ۲۰۲۶-۱۲-۳۱ بنویسید.",
    "unknown_setting": "تنظیم «{key}» وجود ندارد.",
    "bad_choice": "{field}: مقدار مجاز نیست.",
    "warranty_ended": "گارانتی این کار تمام شده است.",
    "unknown_document": "کاغذی به نام «{document}» وجود ندارد.",
    "bad_paper_size": "این کاغذ در اندازهٔ {sizes} چاپ می‌شود، نه «{size}».",
    "no_printer": "برای این کاغذ چاپگری روی این رایانه تعیین نشده است.",
    "paper_not_true": "کار {job_fa} «{status_fa}» است؛ {paper_fa} {when_fa} چاپ می‌شود. "
                      "برگه‌های این کار: {papers_fa}.",
    "printer_unavailable": "چاپگر «{printer}» در دسترس نیست (روی این رایانه نیست یا خاموش "
                           "یا متوقف است). می‌توانید کاغذ را به‌صورت PDF ذخیره کنید.",
    "cannot_write": "فایل «{file}» ذخیره نشد ({reason}).",
    "no_print_event": "این چاپ در تاریخچهٔ کار پیدا نشد.",
    "unknown_placeholder": "جای‌نگهدار «{{{name}}}» شناخته نیست.",
    "template_braces": "آکولادها باید جفت باشند؛ جای‌نگهدار را مانند {{job_number}} و آکولاد "
                       "ساده را به‌صورت {{{{ یا }}}} بنویسید.",
    "template_placeholder_form": "«{text}» جای‌نگهدار ساده نیست؛ آن را بی‌قالب‌بندی، فاصله یا "
                                 "نشانهٔ دیگر بنویسید، مانند {{job_number}}.",
    "template_still_broken": "قالب این پیامک هنوز قابل استفاده نیست؛ آن را در تنظیمات ← "
                             "قالب پیامک‌ها درست کنید و دوباره بفرستید.",
    "cannot_retry": "فقط پیامک ناموفق، لغوشده یا نامعلوم را می‌توان دوباره فرستاد.",
    "cannot_cancel": "فقط پیامک در صف یا نامعلوم را می‌توان لغو کرد.",
    "not_in_review": "این پیامک در انتظار بررسی نیست.",
    "opted_out": "این مشتری دریافت پیامک را لغو کرده است.",
    "nothing_to_undo": "تغییر وضعیتی در این چند ثانیهٔ اخیر نیست که برگردانده شود.",
    "secret_other_pc": "کلید «{field}» روی رایانهٔ دیگری ذخیره شده و این رایانه نمی‌تواند آن "
                       "را بخواند؛ آن را همین‌جا دوباره وارد کنید.",
    "gateway_option_missing": "تنظیم «{field}» سامانهٔ پیامک خالی است.",
    "unknown_gateway": "این سامانهٔ پیامک روی این رایانه نصب نیست.",
    "not_http_url": "«{field}» باید نشانی‌ای باشد که با https:// یا http:// شروع می‌شود، "
                    "مانند https://api.example.com؛ «{value}» نیست.",
    "unknown_event": "چنین رویداد پیامکی وجود ندارد.",
    "bad_time": "ساعت را مانند ۲۱:۰۰ بنویسید.",
    "passwords_differ": "دو گذرواژه یکی نیستند.",
    "short_password": "گذرواژه دست‌کم {limit} نویسه باشد.",
    "bad_username": "نام کاربری ۲ تا ۶۴ حرف کوچک لاتین، رقم، . _ - باشد.",
    "username_taken": "این نام کاربری گرفته شده است.",
    "no_backup": "فایل پشتیبان «{file}» پیدا نشد.",
    "bad_backup": "«{file}» نسخهٔ پشتیبان تعمیرگاه نیست؛ چیزی تغییر نکرد.",
    "newer_backup": "«{file}» از نسخهٔ تازه‌تر یا ناشناختهٔ تعمیرگاه است؛ چیزی تغییر نکرد.",
    "backup_in_use": "«{file}» همین پایگاه دادهٔ در حال استفاده است، نه نسخهٔ پشتیبان.",
    "no_pg_tools": "{tool} روی این رایانه نصب نیست؛ ابزارهای کلاینت PostgreSQL را نصب کنید.",
    "backup_failed": "{tool} کار را تمام نکرد: {reason}",
    "backup_unwritable": "نسخهٔ پشتیبان در پوشهٔ «{folder}» نوشته نشد ({reason})؛ چیزی ثبت نشد.",
    "bad_folder": "«{folder}» مسیر کامل یک پوشه نیست (مانند D:\\Backups).",
    "file_in_use": "«{file}» روی «{used}» نوشته می‌شد، فایلی که تعمیرگاه در حال استفاده "
                   "از آن است؛ چیزی نوشته نشد، نام فایل دیگری انتخاب کنید.",
    "no_print_system": "چاپ روی چاپگر به سامانهٔ چاپ فرمان tamirgah نیاز دارد؛ به جای آن "
                       "برگه را با ‎--out FILE.pdf ذخیره کنید.",
    "same_database": "این همان پایگاه دادهٔ در حال استفاده است؛ پایگاه دادهٔ تازه‌ای نام ببرید.",
    "task_conflict": "پیگیری شمارهٔ {task} پس از آنکه آن را دیدید در رایانهٔ دیگری تغییر کرد؛ "
                     "چیزی از تغییر شما ذخیره نشد. آن را دوباره ببینید و دوباره انجام دهید.",
    "task_done": "پیگیری شمارهٔ {task} پیش‌تر انجام و بسته شده است.",
    "no_task": "پیگیری شمارهٔ {task} پیدا نشد.",
    "bad_snooze": "زمان تعویق باید در ۳۰ روز آینده باشد.",
    "bad_assignee": "پیگیری را فقط به کاربری فعال می‌توان سپرد.",
    "complaint_target": "بگویید شکایت دربارهٔ کدام کار یا کدام مشتری است.",
    "managers_close": "این پیگیری را فقط مدیر یا مالک می‌بندد: بازگرداندن رضایت مشتری با آن‌هاست.",
    "reply_no_customer": "این پاسخ از شماره‌ای است که مال هیچ مشتری‌ای نیست؛ نخست مشتری را "
                         "ثبت کنید.",
    "no_reply": "چنین پاسخی پیدا نشد.",
    "complaint_not_found": "کار یا مشتری‌ای با «{value}» پیدا نشد؛ شمارهٔ کار یا موبایل مشتری "
                           "را وارد کنید.",
}


def error_text(error: DomainError, lang: str) -> str:
    if lang != "fa" or error.code not in FA:
        return error.message
    field = FIELD_FA.get(error.field or "", error.field or "")
    # A value a person or a provider gave keeps its own direction inside the Persian sentence:
    # «0912-12» would read «12-0912», and a value after a Latin word («IMEI «3569…»») would
    # take the quote marks into its run.
    params = {k: to_persian_digits(str(v)) if isinstance(v, int)
              else isolate(v) if isinstance(v, str) else v
              for k, v in error.params.items() if k != "field"}
    try:
        return FA[error.code].format(field=field, **params)
    except (KeyError, IndexError):
        return error.message
