"""The self-test's words in Persian and English: one line per check, a summary, where the data
and the log are.

Persian lines are plain text in reading order (no shaping, no direction marks), so a terminal
that does bidi shows them right and a log or e-mail keeps them as they are; paths, URLs and
numbers are left as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.self_test.results import Level, Result, Say
from app.this_pc.paths import command_name

LANGUAGES = ("fa", "en")
WIDE = 110  # a check's parts longer than this together go on lines of their own

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "header": "Tamirgah self-test {version}",
        "database": "Database", "fonts": "Fonts", "papers": "Papers",
        "templates": "Message templates", "gateway": "SMS gateway", "printers": "Printers",
        "ok": "OK", "warning": "WARNING", "failed": "FAILED",
        "none": "none", "receipt": "receipt", "label": "label", "a4": "A4",
        "db_ok": "{url}, schema revision {revision} (current)",
        "db_ok_server": "{url}: the server answers; schema revision {revision} (current)",
        "db_no_file": "no database yet at {path}: start the app once, or run "
                      "`{cli} db upgrade`",
        "db_unreachable": "{url}: cannot connect: {error}",
        "db_empty": "{url}: the database has no Tamirgah schema (not migrated): run "
                    "`{cli} db upgrade`",
        "db_old": "{url}: schema revision {revision}, this version needs {head}: run "
                  "`{cli} db upgrade`",
        "db_new": "{url}: schema revision {revision} comes from a newer Tamirgah (this one "
                  "knows up to {head}): update Tamirgah on this PC",
        "db_no_migrations": "{url}: the program's migration scripts are missing or "
                            "incomplete (newest found: {found}, needed: {head}); reinstall "
                            "Tamirgah",
        "fonts_ok": "{files} load, with their licence {licence} ({folder})",
        "fonts_missing": "missing: {files} (looked in {folder})",
        "font_bad": "{file} does not load: {error}",
        "font_no_persian": "{file} lacks Persian or Latin letters",
        "fonts_no_licence": "the licence {file} is not beside the fonts ({folder})",
        "papers_ok": "{count} papers render ({documents} documents in every size, Persian "
                     "and English) from {source}",
        "real_job": "job {number}",
        "sample_no_jobs": "a sample job (the shop has no jobs yet)",
        "sample_no_db": "a sample job (the database is not open)",
        "papers_failed": "{failed} of {count} papers do not render",
        "paper_failed": "{paper}: {error}",
        "templates_ok": "{count} messages are valid ({own} in the shop's own wording)",
        "templates_ok_defaults": "{count} messages are valid (the built-in wording)",
        "templates_no_db": "only the {count} built-in messages were checked, and they are "
                           "valid: the database is not open",
        "template_bad": "{event} ({lang}): {error}",
        "gateway_ok": "{name}: its settings are complete and its secrets are readable with "
                      "this PC's key",
        "gateway_console": "console: messages are only written to a file, not sent ({path}); "
                           "choose a provider in Settings",
        "gateway_unknown": "the chosen gateway '{name}' is not installed in this program "
                           "(found: {found})",
        "gateway_none_found": "no SMS gateway plugins found: the program's package "
                              "information is missing",
        "gateway_no_db": "the shop's choice cannot be read: the database is not open "
                         "(installed: {found})",
        "gateway_plugin_broken": "the gateway plugin {name} does not load: {error}",
        "gateway_option_missing": "{key} is not set ({help}): {cli} config set {key} VALUE",
        "gateway_no_key": "{key} is set, but this PC has no key to read it ({key_file}): set "
                          "it again on this PC",
        "gateway_secret": "{error}",
        "gateway_online_failed": "{name}: the provider did not answer the balance check: "
                                 "{error}",
        "gateway_balance": "balance {amount} {unit}",
        "gateway_no_balance": "the provider does not tell its balance",
        "printers_unchecked": "not checked: run the tamirgah command, which has the desk's "
                              "print system",
        "printers_none": "no printers are set for this PC (visible: {visible}); papers can "
                         "still be saved as PDF",
        "printer_ok": "{role}: {name}",
        "printer_missing": "the {role} printer '{name}' is not known to this PC",
        "printer_stopped": "the {role} printer '{name}' is offline or stopped",
        "printers_visible": "visible: {visible}",
        "backups": "Backups",
        "backups_no_db": "not looked at: the database did not open",
        "backups_folder_unwritable": "this PC makes the daily backup but cannot write to "
                                     "{folder}",
        "backups_no_pg_dump": "this PC makes the daily backup but PostgreSQL's pg_dump is not "
                              "installed here",
        "backups_here": "this PC makes the daily copy",
        "backups_elsewhere": "another PC makes the daily copy",
        "backups_none_yet": "no backup has been made yet",
        "backups_last": "the last one {age} ({file})",
        "backups_daily_off": "daily backups are off (backup.daily = no)",
        "backups_stale": "no daily copy since: is the desk running on the PC that makes it?",
        "backups_daily": "daily, keeping {keep}, in {folder}",
        "hours_ago": "{n} hours ago", "days_ago": "{n} days ago",
        "timed_out": "did not finish within {seconds} s",
        "crashed": "the check itself failed: {error}",
        "summary": "{total} checks: {ok} OK, {warnings} {warning_word}, {failed} failed",
        "warning_one": "warning", "warning_many": "warnings",
        "data": "Data folder: {path} ({why})",
        "why_env": "set by TAMIRGAH_HOME", "why_portable": "portable: beside the program",
        "why_user": "this user's data folder",
        "log": "Log file: {path}",
    },
    "fa": {
        "header": "خودآزمایی تعمیرگاه {version}",
        "database": "پایگاه داده", "fonts": "قلم‌ها", "papers": "برگه‌های چاپی",
        "templates": "متن پیامک‌ها", "gateway": "درگاه پیامک", "printers": "چاپگرها",
        "ok": "درست", "warning": "هشدار", "failed": "ناموفق",
        "none": "هیچ", "receipt": "رسید", "label": "برچسب", "a4": "A4",
        "db_ok": "{url}، نسخهٔ ساختار {revision} (به‌روز)",
        "db_ok_server": "{url}: سرور پاسخ می‌دهد؛ نسخهٔ ساختار {revision} (به‌روز)",
        "db_no_file": "هنوز پایگاه داده‌ای در {path} نیست: یک بار برنامه را باز کنید یا "
                      "`{cli} db upgrade` را اجرا کنید",
        "db_unreachable": "{url}: اتصال برقرار نشد: {error}",
        "db_empty": "{url}: پایگاه داده ساختار تعمیرگاه را ندارد (به‌روزرسانی نشده): "
                    "`{cli} db upgrade` را اجرا کنید",
        "db_old": "{url}: نسخهٔ ساختار {revision} است و این نسخهٔ برنامه {head} می‌خواهد: "
                  "`{cli} db upgrade` را اجرا کنید",
        "db_new": "{url}: نسخهٔ ساختار {revision} از نسخهٔ تازه‌تری از برنامه است (این نسخه "
                  "تا {head} را می‌شناسد): برنامهٔ این رایانه را به‌روز کنید",
        "db_no_migrations": "{url}: پرونده‌های به‌روزرسانی ساختار همراه برنامه نیستند یا کامل "
                            "نیستند (تازه‌ترین: {found}، لازم: {head})؛ برنامه را دوباره "
                            "نصب کنید",
        "fonts_ok": "{files} بارگذاری می‌شوند و پروانهٔ آن‌ها {licence} کنارشان است "
                    "({folder})",
        "fonts_missing": "پیدا نشد: {files} (در {folder})",
        "font_bad": "{file} بارگذاری نمی‌شود: {error}",
        "font_no_persian": "{file} حروف فارسی یا لاتین ندارد",
        "fonts_no_licence": "پروانهٔ {file} کنار قلم‌ها نیست ({folder})",
        "papers_ok": "{count} برگه ساخته می‌شود ({documents} نوع برگه در همهٔ اندازه‌ها، فارسی "
                     "و انگلیسی) از {source}",
        "real_job": "پذیرش {number}",
        "sample_no_jobs": "یک پذیرش نمونه (هنوز پذیرشی ثبت نشده)",
        "sample_no_db": "یک پذیرش نمونه (پایگاه داده باز نیست)",
        "papers_failed": "{failed} برگه از {count} برگه ساخته نمی‌شود",
        "paper_failed": "{paper}: {error}",
        "templates_ok": "{count} متن پیامک درست است ({own} متن را تعمیرگاه خودش نوشته)",
        "templates_ok_defaults": "{count} متن پیامک درست است (متن‌های پیش‌فرض)",
        "templates_no_db": "فقط {count} متن پیش‌فرض بررسی شد و درست است: پایگاه داده باز "
                           "نیست",
        "template_bad": "{event} ({lang}): {error}",
        "gateway_ok": "{name}: تنظیماتش کامل است و کلیدهای محرمانه‌اش با کلید این رایانه "
                      "خوانده می‌شوند",
        "gateway_console": "console: پیامک‌ها فقط در یک فایل نوشته می‌شوند و فرستاده "
                           "نمی‌شوند ({path})؛ در تنظیمات یک سرویس پیامک برگزینید",
        "gateway_unknown": "درگاه انتخاب‌شدهٔ «{name}» در این برنامه نصب نیست (موجود: "
                           "{found})",
        "gateway_none_found": "هیچ افزونهٔ درگاه پیامکی پیدا نشد: اطلاعات بستهٔ برنامه "
                              "همراهش نیست",
        "gateway_no_db": "انتخاب تعمیرگاه خوانده نمی‌شود: پایگاه داده باز نیست (نصب‌شده: "
                         "{found})",
        "gateway_plugin_broken": "افزونهٔ درگاه {name} بارگذاری نمی‌شود: {error}",
        "gateway_option_missing": "{key} تنظیم نشده ({help}): "
                                  "{cli} config set {key} VALUE",
        "gateway_no_key": "{key} تنظیم شده اما این رایانه کلیدی برای خواندنش ندارد "
                          "({key_file}): آن را روی همین رایانه دوباره تنظیم کنید",
        "gateway_secret": "{error}",
        "gateway_online_failed": "{name}: سرویس پیامک به پرسش اعتبار پاسخ نداد: {error}",
        "gateway_balance": "اعتبار {amount} {unit}",
        "gateway_no_balance": "این سرویس اعتبار را اعلام نمی‌کند",
        "printers_unchecked": "بررسی نشد: فرمان tamirgah را اجرا کنید که سامانهٔ چاپ میز کار "
                              "را دارد",
        "printers_none": "برای این رایانه چاپگری تنظیم نشده (در دسترس: {visible})؛ برگه‌ها "
                         "را می‌توان به صورت PDF ذخیره کرد",
        "printer_ok": "{role}: {name}",
        "printer_missing": "چاپگر {role} «{name}» در این رایانه نیست",
        "printer_stopped": "چاپگر {role} «{name}» خاموش یا متوقف است",
        "printers_visible": "در دسترس: {visible}",
        "backups": "پشتیبان‌ها",
        "backups_no_db": "بررسی نشد: پایگاه داده باز نشد",
        "backups_folder_unwritable": "پشتیبان روزانه را این رایانه می‌گیرد ولی نمی‌تواند در "
                                     "{folder} بنویسد",
        "backups_no_pg_dump": "پشتیبان روزانه را این رایانه می‌گیرد ولی pg_dump از PostgreSQL "
                              "روی آن نصب نیست",
        "backups_here": "نسخهٔ روزانه را این رایانه می‌گیرد",
        "backups_elsewhere": "نسخهٔ روزانه را رایانهٔ دیگری می‌گیرد",
        "backups_none_yet": "هنوز هیچ پشتیبانی گرفته نشده",
        "backups_last": "آخرین آن {age} ({file})",
        "backups_daily_off": "پشتیبان روزانه خاموش است (backup.daily = no)",
        "backups_stale": "از آن پس نسخهٔ روزانه‌ای نیست: آیا برنامه روی رایانه‌ای که آن را "
                         "می‌گیرد باز است؟",
        "backups_daily": "روزانه، {keep} نسخه نگه داشته می‌شود، در {folder}",
        "hours_ago": "{n} ساعت پیش", "days_ago": "{n} روز پیش",
        "timed_out": "در {seconds} ثانیه تمام نشد",
        "crashed": "خود بررسی با خطا روبه‌رو شد: {error}",
        "summary": "{total} بررسی: {ok} درست، {warnings} {warning_word}، {failed} ناموفق",
        "warning_one": "هشدار", "warning_many": "هشدار",
        "data": "پوشهٔ داده‌ها: {path} ({why})",
        "why_env": "تعیین‌شده با TAMIRGAH_HOME", "why_portable": "قابل حمل: کنار برنامه",
        "why_user": "پوشهٔ دادهٔ این کاربر",
        "log": "فایل گزارش خطاها: {path}",
    },
}
SEPARATOR = {"en": "; ", "fa": "؛ "}
TRANSLATED_VALUES = frozenset({"role"})  # values that are themselves keys of WORDS


def words(key: str, lang: str, /, **values: Any) -> str:
    return WORDS[lang][key].format(cli=command_name(),
                                   **{k: _value(k, v, lang) for k, v in values.items()})


def text(item: Say, lang: str) -> str:
    return words(item.key, lang, **item.values)


def _value(name: str, value: Any, lang: str) -> str:
    if isinstance(value, Say):
        return text(value, lang)
    if value is None:
        return WORDS[lang]["none"]
    if isinstance(value, BaseException):
        return describe(value, lang)
    if name in TRANSLATED_VALUES:
        return WORDS[lang].get(str(value), str(value))
    return str(value)


def describe(err: BaseException, lang: str) -> str:
    from app.errors import DomainError

    if isinstance(err, DomainError):
        return err.localized(lang)
    message = " ".join(str(err).split())
    return f"{type(err).__name__}: {message}" if message else type(err).__name__


def check_lines(name: str, result: Result, lang: str) -> list[str]:
    """`  OK       Database: …`; parts too long for one line follow on lines of their own."""
    level = WORDS[lang][result.level.value]
    head = f"{level:<8} {WORDS[lang][name]}: "
    parts = [text(item, lang) for item in result.says]
    joined = SEPARATOR[lang].join(parts)
    if len(head) + len(joined) <= WIDE or len(parts) < 2:
        return [head + joined]
    return [head + parts[0], *(f"{'':8}   - {part}" for part in parts[1:])]


def summary(results: Sequence[Result], lang: str) -> str:
    count = {level: sum(1 for r in results if r.level == level) for level in Level}
    warnings = count[Level.WARNING]
    return words("summary", lang, total=len(results), ok=count[Level.OK], warnings=warnings,
                 failed=count[Level.FAILED],
                 warning_word=WORDS[lang]["warning_one" if warnings == 1 else "warning_many"])


def where(lang: str, data: Path, why: str, log: Path) -> list[str]:
    return [words("data", lang, path=data, why=WORDS[lang][f"why_{why}"]),
            words("log", lang, path=log)]


def header(lang: str, version: str) -> str:
    return words("header", lang, version=version).strip()


def every_key_in_both() -> Mapping[str, set[str]]:
    """Keys one language has and the other lacks (a test keeps this empty)."""
    en, fa = set(WORDS["en"]), set(WORDS["fa"])
    return {"en only": en - fa, "fa only": fa - en}
