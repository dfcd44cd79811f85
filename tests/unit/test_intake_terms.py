"""How the condition checklist reads on the intake form and on papers, in both languages."""

from __future__ import annotations

import pytest

from app.jobs.intake_checks import CONDITION_ITEMS
from app.locale.intake_terms import condition_item_name, condition_phrase


@pytest.mark.parametrize("item, value, fa, en", [
    ("battery_swollen", True, "باتری باد کرده", "Battery swollen"),
    ("battery_swollen", False, "باتری باد نکرده", "Battery not swollen"),
    ("water_damage", True, "آب خورده", "Water damaged"),
    ("water_damage", False, "آب نخورده", "No water damage"),
    ("powers_on", True, "روشن می‌شود", "Powers on"),
    ("powers_on", False, "روشن نمی‌شود", "Does not power on"),
    ("screen", "cracked", "صفحه نمایش: شکسته", "Screen: Cracked"),
])
def test_a_yes_or_no_item_reads_as_a_statement_and_the_others_as_item_and_value(
        item: str, value: object, fa: str, en: str) -> None:
    assert (condition_phrase(item, value, "fa"), condition_phrase(item, value, "en")) == (fa, en)


def test_every_yes_or_no_item_has_a_statement_for_both_answers_and_is_named_by_its_yes() -> None:
    for item, values in CONDITION_ITEMS.items():
        if not isinstance(values[0], bool):
            continue
        for lang in ("fa", "en"):
            said = {condition_phrase(item, answer, lang) for answer in (True, False)}
            assert len(said) == 2 and not any(":" in s for s in said), (item, lang)
            assert condition_item_name(item, lang) == condition_phrase(item, True, lang)
