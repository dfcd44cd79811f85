"""One set of words for every vocabulary, in both languages (app/locale/labels.py)."""

from __future__ import annotations

from enum import StrEnum

import pytest

from app.jobs.money import PaymentKind, PayMethod
from app.jobs.timeline import TimelineKind
from app.jobs.workflow import Status
from app.locale.labels import (
    STATUS,
    TABLES,
    label,
    label_of,
    message_status_label,
    status_label,
)
from app.notify.states import AlertKind, MessageStatus, ReplyOutcome
from app.printing.vocab import say


def test_every_status_has_a_name_in_both_languages() -> None:
    for lang in ("fa", "en"):
        assert set(STATUS[lang]) == {s.value for s in Status}
    assert status_label(Status.READY, "fa") == "آمادهٔ تحویل"
    assert status_label("waiting_parts", "en") == "Waiting for parts"


@pytest.mark.parametrize("kind", [Status, MessageStatus, ReplyOutcome, AlertKind, PaymentKind,
                                  PayMethod, TimelineKind])
def test_every_member_of_every_vocabulary_has_both_words(kind: type[StrEnum]) -> None:
    assert kind in TABLES
    for member in kind:
        assert member in TABLES[kind]
        fa, en = label(member, "fa"), label(member, "en")
        assert fa and en
        assert any("\u0600" <= c <= "\u06ff" for c in fa), (member, fa)


def test_a_message_state_reads_the_same_everywhere() -> None:
    assert message_status_label("queued", "en") == "waiting to be sent"
    assert label(MessageStatus.QUEUED, "fa") == "در انتظار ارسال"


def test_a_value_no_vocabulary_knows_is_shown_as_it_is() -> None:
    assert label_of(MessageStatus, "lost", "fa") == "lost"
    assert status_label("", "en") == ""


def test_any_other_language_reads_english() -> None:
    assert label(AlertKind.NO_CREDIT, "de") == "No credit"


def test_the_invoice_names_methods_and_refunds_with_the_same_words() -> None:
    for method in PayMethod:
        for lang in ("fa", "en"):
            assert say(f"method_{method}", lang) == label(method, lang)
    assert say("refund_mark", "en") == label(PaymentKind.REFUND, "en", short=True) == "refund"
    assert say("refund_mark", "fa") == label(PaymentKind.REFUND, "fa")
