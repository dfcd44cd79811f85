"""Names of the accessories and condition checks recorded at intake, in Persian and English."""

from __future__ import annotations

from typing import Any

ACCESSORY = {
    "charger": ("شارژر", "Charger"), "cable": ("کابل", "Cable"), "case": ("قاب", "Case"),
    "sim": ("سیم‌کارت", "SIM card"), "memory_card": ("کارت حافظه", "Memory card"),
    "box": ("جعبه", "Box"), "battery": ("باتری", "Battery"), "stylus": ("قلم", "Stylus"),
    "bag": ("کیف", "Bag"),
}
DEVICE_KIND = {
    "phone": ("گوشی", "Phone"), "tablet": ("تبلت", "Tablet"), "laptop": ("لپ‌تاپ", "Laptop"),
    "console": ("کنسول بازی", "Game console"), "other": ("سایر", "Other"),
}
# A yes-or-no item is named as the statement its "yes" makes, so that the intake form's
# "باتری باد کرده  [بله] [خیر]" reads as a question and a paper can say it outright.
CONDITION_ITEM = {
    "screen": ("صفحه نمایش", "Screen"), "housing": ("بدنه", "Housing"),
    "water_damage": ("آب خورده", "Water damaged"), "powers_on": ("روشن می‌شود", "Powers on"),
    "buttons": ("دکمه‌ها", "Buttons"), "camera": ("دوربین", "Camera"),
    "charging_port": ("درگاه شارژ", "Charging port"),
    "battery_swollen": ("باتری باد کرده", "Battery swollen"),
}
# What a paper says of a yes-or-no item: a statement, not "item: yes".
CONDITION_STATEMENT: dict[tuple[str, bool], tuple[str, str]] = {
    ("water_damage", True): ("آب خورده", "Water damaged"),
    ("water_damage", False): ("آب نخورده", "No water damage"),
    ("powers_on", True): ("روشن می‌شود", "Powers on"),
    ("powers_on", False): ("روشن نمی‌شود", "Does not power on"),
    ("battery_swollen", True): ("باتری باد کرده", "Battery swollen"),
    ("battery_swollen", False): ("باتری باد نکرده", "Battery not swollen"),
}
CONDITION_VALUE: dict[Any, tuple[str, str]] = {
    "ok": ("سالم", "OK"), "scratched": ("خط‌وخش", "Scratched"), "cracked": ("شکسته", "Cracked"),
    "dead": ("از کار افتاده", "Dead"), "dented": ("ضربه‌خورده", "Dented"),
    "broken": ("شکسته", "Broken"), "faulty": ("معیوب", "Faulty"),
    True: ("بله", "Yes"), False: ("خیر", "No"),
}


def _pick(table: dict[Any, tuple[str, str]], key: Any, lang: str) -> str:
    names = table.get(key)
    if names is None:
        return str(key)
    return names[0] if lang == "fa" else names[1]


def accessory_name(key: str, lang: str) -> str:
    """A known accessory by its name in ``lang``; free text a clerk typed stays as typed."""
    return _pick(ACCESSORY, key, lang)


def device_kind_name(key: str, lang: str) -> str:
    return _pick(DEVICE_KIND, key, lang)


def condition_item_name(key: str, lang: str) -> str:
    return _pick(CONDITION_ITEM, key, lang)


def condition_value_name(value: Any, lang: str) -> str:
    return _pick(CONDITION_VALUE, value, lang)


def condition_phrase(key: str, value: Any, lang: str) -> str:
    """One checked item as a paper says it: "باتری باد کرده", "صفحه نمایش: شکسته"."""
    if isinstance(value, bool) and (key, value) in CONDITION_STATEMENT:
        return _pick(CONDITION_STATEMENT, (key, value), lang)
    return f"{condition_item_name(key, lang)}: {condition_value_name(value, lang)}"
