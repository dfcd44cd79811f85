from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.notify.longest_values import LONGEST, longest_message, parts_at_most
from app.notify.outbox_rules import QuietHours, retry_delay
from app.notify.service import SAMPLE
from app.notify.sms_parts import count_parts
from app.notify.templates import (
    DEFAULTS,
    PLACEHOLDERS,
    MessageEvent,
    check_template,
    parse,
    placeholders_in,
    render,
)

TEHRAN = ZoneInfo("Asia/Tehran")


def test_every_default_uses_only_known_placeholders_in_both_languages() -> None:
    for lang, texts in DEFAULTS.items():
        assert set(texts) == set(DEFAULTS["fa"]), lang
        for body in texts.values():
            assert check_template(body) == body.strip()
            assert set(placeholders_in(body)) <= set(PLACEHOLDERS)


@pytest.mark.parametrize("body, code", [
    ("سلام {nam}", "unknown_placeholder"),
    ("Job {job_number", "template_braces"),
    ("   ", "required"),
    ("x" * 1001, "too_long"),
    ("{job_number:d}", "template_placeholder_form"),
    ("{job_number:*>9999}", "template_placeholder_form"),
    ("{job_number!s}", "template_placeholder_form"),
    ("{job_number.__class__}", "template_placeholder_form"),
    ("{job_number[0]}", "template_placeholder_form"),
    ("{ job_number}", "template_placeholder_form"),
    ("{}", "template_placeholder_form"),
    ("{0}", "template_placeholder_form"),
    ("{job_number:{shop_name}}", "template_braces"),
    ("job } done", "template_braces"),
])
def test_bad_templates_are_refused_with_a_reason(body: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_template(body)
    assert err.value.code == code


def test_render_fills_placeholders_and_leaves_no_gap_for_an_empty_one() -> None:
    text = render("Job {job_number} is done. {warranty} {shop_name}",
                  {"job_number": "1405-00001", "warranty": "", "shop_name": "Fixit"})
    assert text == "Job 1405-00001 is done. Fixit"


def test_literal_braces_are_written_doubled_as_in_python() -> None:
    body = check_template("{{ticket}} {job_number} }}")
    assert render(body, {"job_number": "1405-00001"}) == "{ticket} 1405-00001 }"


def test_a_stored_template_render_cannot_run_refuses_in_words_rather_than_crashing() -> None:
    for body in ("{job_number:d}", "{nam}", "{job_number"):
        with pytest.raises(ValidationError):
            render(body, {"job_number": "1405-00001"})


_PIECES = st.sampled_from(["{", "}", "{{", "}}", ":", "!", ".", "0", " ", "d",
                           "سلام", "Hi", *PLACEHOLDERS])


@given(st.lists(_PIECES, max_size=12).map("".join),
       st.dictionaries(st.sampled_from(list(PLACEHOLDERS)), st.text(max_size=30)))
def test_an_accepted_template_always_renders_with_no_more_than_its_values(
        body: str, values: dict[str, str]) -> None:
    try:
        body = check_template(body)
    except ValidationError:
        return
    names = placeholders_in(body)
    text = render(body, values)
    filled = {name: values.get(name, "") for name in PLACEHOLDERS}
    assert " ".join(text.split()) == " ".join(body.format_map(filled).split())
    assert len(text) <= len(body) + sum(len(filled[name]) for name in names)


_WITH_BRACKETS = st.sampled_from(["[", "]", "[[", "]]", "{{", "}}", ":", " ", "\n", "Hi",
                                  "پیگیری", *(f"{{{p}}}" for p in PLACEHOLDERS)])
_VALUE = st.text(alphabet="ab ]}[{\n", max_size=6)


@given(st.lists(_WITH_BRACKETS, max_size=14).map("".join),
       st.dictionaries(st.sampled_from(list(PLACEHOLDERS)), _VALUE))
def test_square_brackets_never_make_a_template_fail_and_only_ever_take_text_away(
        body: str, values: dict[str, str]) -> None:
    body = check_template(body) if body.strip() else "x"
    names = placeholders_in(body)
    text = render(body, values)
    assert len(text) <= len(body) + sum(len(values.get(name, "")) for name in names)
    every = render(body, dict.fromkeys(PLACEHOLDERS, "§"))
    assert every.count("§") == len(names)  # with every value there, nothing goes
    some = render(body, {name: "§" if values.get(name, "").strip() else "" for name in names})
    assert some.count("§") <= sum(1 for name in names if values.get(name, "").strip())


@pytest.mark.parametrize("body, phone, text", [
    ("ثبت شد. [پیگیری: {shop_phone}]", "", "ثبت شد."),
    ("ثبت شد. [پیگیری: {shop_phone}]", "021", "ثبت شد. پیگیری: 021"),
    ("پاسخ دهید [یا با {shop_phone} تماس بگیرید].", "", "پاسخ دهید."),
    ("decline[, or call {shop_phone}].", "", "decline."),
    ("decline[, or call {shop_phone}].", "021", "decline, or call 021."),
    ("[Questions: {shop_phone}] Thanks", "", "Thanks"),
    ("Booked.\n[Questions: {shop_phone}]\nThanks", "", "Booked.\nThanks"),
    ("Booked.\n[Questions: {shop_phone}] Thanks", "", "Booked.\nThanks"),
    ("Booked. [{shop_name}, {shop_phone}]", "", "Booked."),  # any empty one takes the part
    ("Open [Sat-Thu] {shop_phone}", "", "Open [Sat-Thu]"),  # no placeholder: text as typed
    ("Call [[{shop_phone}]]", "021", "Call [021]"),  # doubled: a bracket that prints
    ("Call [{shop_phone}", "021", "Call [021"),  # unpaired: text
    ("Call {shop_phone}]", "021", "Call 021]"),
    ("[a [b {shop_phone}] c]", "", "[a c]"),  # nested: the inner pair is the part
    ("Call: {shop_phone}", "", "Call:"),  # a stored template without brackets reads as before
])
def test_an_optional_part_goes_when_its_placeholder_is_empty(
        body: str, phone: str, text: str) -> None:
    assert render(check_template(body), {"shop_phone": phone, "shop_name": "Fixit"}) == text


def test_the_parser_tells_optional_parts_from_text() -> None:
    [before, part, after] = parse("Hi {customer_name}. [Call {shop_phone} now]!")
    assert (before.optional, part.optional, after.optional) == (False, True, False)
    assert part.pieces == (("Call ", "shop_phone"), (" now", None))
    assert before.names() == ["customer_name"] and after.pieces == (("!", None),)


def test_default_templates_lose_the_phones_label_not_a_bare_label_when_it_is_empty() -> None:
    for lang, texts in DEFAULTS.items():
        values = {**LONGEST[lang], "shop_phone": "", "promised_date": ""}
        for event, body in texts.items():
            text = render(body, values)
            assert not text.rstrip(".").endswith((":", "با", "call")), (lang, event, text)
            assert "[" not in text and "]" not in text and "  " not in text, (lang, event)
    assert render(DEFAULTS["fa"][MessageEvent.RECEIVED], {**LONGEST["fa"], "shop_phone": ""}) \
        .endswith("ثبت شد.")
    assert render(DEFAULTS["en"][MessageEvent.ESTIMATE_READY],
                  {**LONGEST["en"], "shop_phone": ""}).endswith("or 2 to decline.")


def test_the_part_count_is_of_the_text_without_brackets() -> None:
    with_part = "{customer_name} عزیز، ثبت شد. [پیگیری: {shop_phone}]"
    written_out = "{customer_name} عزیز، ثبت شد. پیگیری: {shop_phone}"
    assert parts_at_most(with_part, "fa") == parts_at_most(written_out, "fa")
    assert "[" not in longest_message(with_part, "fa")


def test_long_values_fill_every_placeholder_and_outgrow_the_sample() -> None:
    for lang, values in LONGEST.items():
        assert set(values) == set(PLACEHOLDERS), lang
        for name, value in values.items():
            assert len(value) >= len(SAMPLE[lang][name]), (lang, name)


def test_the_count_shown_is_that_of_the_long_message_not_of_the_raw_text() -> None:
    body = "Dear {customer_name}, job {job_number} at {shop_name}: {amount_due} due."
    assert count_parts(body).parts == 1
    long = parts_at_most(body, "en")
    assert long.parts == 1 and long.units > count_parts(body).units
    persian = "{customer_name} عزیز، {device} آماده است. {amount_due}. {shop_name}"
    assert count_parts(persian).parts == 1
    assert parts_at_most(persian, "fa").parts == 3


@pytest.mark.parametrize("text, encoding, parts", [
    ("a" * 160, "GSM-7", 1),
    ("a" * 161, "GSM-7", 2),
    ("a" * 306, "GSM-7", 2),
    ("a" * 307, "GSM-7", 3),
    ("{" * 80, "GSM-7", 1),  # extension characters take two septets each
    ("{" * 81, "GSM-7", 2),
    ("س" * 70, "UCS-2", 1),
    ("س" * 71, "UCS-2", 2),
    ("س" * 134, "UCS-2", 2),
    ("س" * 135, "UCS-2", 3),
    ("a" * 69 + "ب", "UCS-2", 1),  # one Persian letter makes the whole text UCS-2
    ("", "GSM-7", 0),
])
def test_sms_parts_follow_gsm7_and_ucs2_limits(text: str, encoding: str, parts: int) -> None:
    count = count_parts(text)
    assert (count.encoding, count.parts) == (encoding, parts)


def test_quiet_hours_across_midnight_hold_messages_until_morning() -> None:
    quiet = QuietHours(dt.time(21), dt.time(9), TEHRAN)
    evening = dt.datetime(2026, 11, 22, 22, 30, tzinfo=TEHRAN)
    early = dt.datetime(2026, 11, 23, 6, 0, tzinfo=TEHRAN)
    noon = dt.datetime(2026, 11, 23, 12, 0, tzinfo=TEHRAN)
    assert quiet.contains(evening) and quiet.contains(early) and not quiet.contains(noon)
    assert quiet.next_allowed(evening) == dt.datetime(2026, 11, 23, 9, 0, tzinfo=TEHRAN)
    assert quiet.next_allowed(early) == dt.datetime(2026, 11, 23, 9, 0, tzinfo=TEHRAN)
    assert quiet.next_allowed(noon) == noon


def test_retry_delay_doubles_and_is_capped_at_an_hour() -> None:
    first = dt.timedelta(seconds=30)
    assert [retry_delay(n, first).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert retry_delay(40, first) == dt.timedelta(hours=1)


def test_a_job_number_inside_persian_text_reads_left_to_right() -> None:
    from bidi import get_display

    from app.locale.text import ltr_run

    bare = get_display("پذیرش 1405-00138 آغاز شد")
    marked = get_display(f"پذیرش {ltr_run('1405-00138')} آغاز شد")
    assert "00138-1405" in bare  # what a phone shows without the marks
    assert "1405-00138" in marked


def test_the_shops_own_name_is_counted_where_it_is_longer_than_the_sample() -> None:
    body = "{customer_name} عزیز، دستگاه شما آماده است. {shop_name}"
    sample = parts_at_most(body, "fa")
    own = "تعمیرگاه" + " بزرگ و تخصصی موبایل و تبلت و لپ‌تاپ و کنسول بازی" * 3
    longer = parts_at_most(body, "fa", own)
    assert longer.units == sample.units - len(LONGEST["fa"]["shop_name"]) + len(own)
    assert longer.parts > sample.parts
    assert parts_at_most(body, "fa", "تک") == sample  # a short name never counts for less
