"""What reception records of a device at intake: its condition, accessories and unlock."""

from __future__ import annotations

from typing import Any

from app.errors import ValidationError
from app.locale.text import is_blank
from app.validation import text

CONDITION_ITEMS: dict[str, tuple[Any, ...]] = {
    "screen": ("ok", "scratched", "cracked", "dead"),
    "housing": ("ok", "scratched", "dented", "broken"),
    "water_damage": (True, False),
    "powers_on": (True, False),
    "buttons": ("ok", "faulty"),
    "camera": ("ok", "faulty"),
    "charging_port": ("ok", "faulty"),
    "battery_swollen": (True, False),
}
ACCESSORIES = ("charger", "cable", "case", "sim", "memory_card", "box", "battery", "stylus",
               "bag")
MAX_ACCESSORIES = 20


def check_condition(condition: dict[str, Any]) -> dict[str, Any]:
    for item, value in condition.items():
        allowed = CONDITION_ITEMS.get(item)
        if allowed is None:
            raise ValidationError(f"Unknown condition item '{item}'", code="bad_condition",
                                  field="condition", item=item)
        if value not in allowed or (isinstance(value, bool) != isinstance(allowed[0], bool)):
            raise ValidationError(f"'{value}' is not a value for {item}",
                                  code="bad_condition_value", field="condition", item=item)
    return dict(condition)


def check_accessories(items: list[str]) -> list[str]:
    if len(items) > 4 * MAX_ACCESSORIES:
        raise ValidationError("Too many or too long accessory entries", code="bad_accessories",
                              field="accessories")
    cleaned = [text(i, "accessories", limit=1000) for i in items]
    cleaned = [i for i in cleaned if not is_blank(i)]
    if len(cleaned) > MAX_ACCESSORIES or any(len(i) > 100 for i in cleaned):
        raise ValidationError("Too many or too long accessory entries", code="bad_accessories",
                              field="accessories")
    return list(dict.fromkeys(cleaned))


def check_estimate_range(low: int | None, high: int | None) -> None:
    if low is not None and high is not None and low > high:
        raise ValidationError("The estimate's low end is above its high end",
                              code="estimate_range", field="estimate_min")


def check_pattern(pattern: str) -> str:
    """An unlock pattern is the 3×3 grid's points 1-9 in drawing order, e.g. '1-2-3-6-9'."""
    if not pattern:
        return ""
    points = pattern.split("-")
    if (len(points) < 4 or len(set(points)) != len(points)
            or any(p not in "123456789" or len(p) != 1 for p in points)):
        raise ValidationError("A pattern joins at least 4 different points of the 3×3 grid",
                              code="bad_pattern", field="pattern")
    return pattern


def check_passcode(passcode: str) -> str:
    """Kept exactly as typed (a space may be part of it), but like all text without control
    or broken characters."""
    if not isinstance(passcode, str):
        raise ValidationError("passcode: text expected", code="not_text", field="passcode")
    if len(passcode) > 64:
        raise ValidationError("A passcode has at most 64 characters", code="too_long",
                              field="passcode", limit=64)
    text(passcode, "passcode", limit=64)  # refuses control and broken characters
    return passcode
