"""A survey reply read as a score, and the scores summed up as the outside world does.

NPS asks 0–10: promoters 9–10, passives 7–8, detractors 0–6, and NPS = % promoters −
% detractors. A shop may ask a 1–5 CSAT question instead: 4–5 satisfied, 1–2 unhappy.
A reply of 11 or «لغو» stops marketing and 12 starts it again (Iranian operators' rule):
those are commands, never scores.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.locale.text import to_latin_digits


class Scale(StrEnum):
    NPS = "nps"  # 0–10
    CSAT = "csat"  # 1–5


class Mood(StrEnum):
    HAPPY = "happy"  # a promoter, or satisfied
    NEUTRAL = "neutral"  # a passive, or 3 of 5
    UNHAPPY = "unhappy"  # a detractor, or 1–2 of 5: a recovery task for the manager


class Command(StrEnum):
    STOP = "stop"  # 11, «لغو»
    START = "start"  # 12


RANGES = {Scale.NPS: (0, 10), Scale.CSAT: (1, 5)}
STOP_WORDS = frozenset({"11", "لغو", "stop"})
START_WORDS = frozenset({"12"})
# Words people answer with, as the number they mean on each scale.
WORDS: dict[Scale, dict[str, int]] = {
    Scale.NPS: {"صفر": 0, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6,
                "هفت": 7, "هشت": 8, "نه": 9, "ده": 10, "عالی": 10, "خیلی خوب": 9, "خوب": 8,
                "متوسط": 5, "بد": 2, "خیلی بد": 0, "افتضاح": 0, "excellent": 10,
                "great": 9, "good": 8, "ok": 6, "bad": 2, "terrible": 0},
    Scale.CSAT: {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "عالی": 5, "خیلی خوب": 5,
                 "خوب": 4, "متوسط": 3, "بد": 2, "خیلی بد": 1, "افتضاح": 1, "excellent": 5,
                 "great": 5, "good": 4, "ok": 3, "bad": 2, "terrible": 1},
}
_NOISE = re.compile(r"[\s\u200c\u200f\u200e.!،,:؛;_/()«»\"']+")


@dataclass(frozen=True)
class Reading:
    """What a reply says: a score on the scale, a command, or neither (for a person to read)."""

    score: int | None = None
    command: Command | None = None


def read_reply(text: str, scale: Scale) -> Reading:
    """A reply such as «۹», "9", «ده», «عالی» or "10!" as a score; 11 and 12 as commands; a
    sentence, a number off the scale or two numbers as neither."""
    plain = to_latin_digits(text).strip().lower()
    words = " ".join(part for part in _NOISE.split(plain) if part)
    if words in STOP_WORDS:
        return Reading(command=Command.STOP)
    if words in START_WORDS:
        return Reading(command=Command.START)
    low, high = RANGES[scale]
    if words.isdigit():
        value = int(words)
        return Reading(score=value) if low <= value <= high else Reading()
    meant = WORDS[scale].get(words)
    return Reading(score=meant) if meant is not None else Reading()


def mood(score: int, scale: Scale) -> Mood:
    if scale == Scale.NPS:
        return Mood.HAPPY if score >= 9 else Mood.NEUTRAL if score >= 7 else Mood.UNHAPPY
    return Mood.HAPPY if score >= 4 else Mood.NEUTRAL if score == 3 else Mood.UNHAPPY


@dataclass(frozen=True)
class Summary:
    """The score always with its response count and rate beside it."""

    scale: Scale
    sent: int
    answered: int
    happy: int
    unhappy: int

    @property
    def response_rate(self) -> float | None:
        return self.answered / self.sent if self.sent else None

    @property
    def score(self) -> float | None:
        """NPS from −100 to 100, or CSAT as the % satisfied; None without an answer."""
        if not self.answered:
            return None
        happy = 100 * self.happy / self.answered
        if self.scale == Scale.CSAT:
            return happy
        return happy - 100 * self.unhappy / self.answered


def summarise(scores: Iterable[int], scale: Scale, *, sent: int) -> Summary:
    answered = happy = unhappy = 0
    for score in scores:
        answered += 1
        feeling = mood(score, scale)
        happy += feeling == Mood.HAPPY
        unhappy += feeling == Mood.UNHAPPY
    return Summary(scale, max(sent, answered), answered, happy, unhappy)
