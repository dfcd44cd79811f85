"""Demo customers and devices: names, unique mobiles, IMEIs with a true check digit, serials."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Generic, TypeVar

from app.customers.imei import luhn_check_digit
from app.demo import data
from app.locale.text import search_key

T = TypeVar("T")


class Pick(Generic[T]):
    """A weighted choice with its cumulative weights summed once (random.choices sums them
    on every call, and the loader makes millions)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect(self.cum, rng.random() * self.total)]


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    return search_key(text)


@dataclass(slots=True)
class DemoCustomer:
    """Just the attributes app.search.documents reads, so its functions take one as is."""

    id: int
    name: str
    mobile: str
    other_phones: list[str]
    email: str | None
    language: str
    doc: str = ""
    jobs_left: int = 0
    devices: list[DemoDevice] = field(default_factory=list)


@dataclass(slots=True)
class DemoDevice:
    id: int
    kind: str
    brand: str
    model: str
    imei: str | None
    serial: str | None
    doc_tail: str = ""
    free_at: float = 0.0  # when its latest job closed; inf while that job is open
    warranty_until: float = 0.0
    last_job: tuple[int, str] | None = None  # id and number of its latest delivered job


def customer_doc_fast(c: DemoCustomer) -> str:
    """app.search.documents.customer_doc, folded part by part so repeated parts fold once."""
    parts = [fold(c.name)]
    for phone in (c.mobile, *c.other_phones):
        parts.append(phone[1:])
        if phone.startswith("+98"):
            parts.append("0" + phone[3:])
    if c.email:
        parts.append(fold(c.email))
    return " | ".join(parts)


def job_doc_fast(number: str, c: DemoCustomer, d: DemoDevice) -> str:
    return f"{number} | {number.replace('-', '')} | {c.doc} | {d.doc_tail}"


def _device_tail(d: DemoDevice) -> str:
    parts = [fold(d.brand), fold(d.model)]
    parts.extend(fold(p) for p in (d.imei, d.serial) if p)
    return " | ".join(parts)


class People:
    def __init__(self, rng: random.Random, used_mobiles: set[int]) -> None:
        self.rng = rng
        self.used = used_mobiles
        prefixes, weights = zip(*data.MOBILE_PREFIXES, strict=True)
        self._prefix = Pick([int(p) * 10_000_000 for p in prefixes], weights)
        self._device = Pick(data.DEVICES, [d[3] for d in data.DEVICES])

    def mobile(self) -> str:
        rng = self.rng
        while True:
            number = self._prefix(rng) + int(rng.random() * 10_000_000)
            if number not in self.used:
                self.used.add(number)
                return f"+98{number}"

    def name(self) -> tuple[str, str]:
        """A full name and the customer's language."""
        rng = self.rng
        if rng.random() < 0.15:
            return f"{rng.choice(data.ENGLISH_FIRST)} {rng.choice(data.ENGLISH_LAST)}", (
                "en" if rng.random() < 0.8 else "fa")
        first = data.PERSIAN_MALE if rng.random() < 0.6 else data.PERSIAN_FEMALE
        return f"{rng.choice(first)} {rng.choice(data.PERSIAN_LAST)}", "fa"

    def email(self, name: str, language: str) -> str | None:
        rng = self.rng
        if language == "en" and rng.random() < 0.6:
            first, _, last = name.partition(" ")
            return f"{first.lower()}.{last.lower()}{rng.randrange(10, 99)}@gmail.com"
        if rng.random() < 0.08:
            host = rng.choice(("gmail.com", "yahoo.com", "chmail.ir"))
            return f"user{rng.randrange(1000, 999_999)}@{host}"
        return None

    def customer(self, customer_id: int) -> DemoCustomer:
        rng = self.rng
        name, language = self.name()
        other = [f"+9821{rng.randrange(22_000_000, 88_999_999)}"] if rng.random() < 0.05 else []
        c = DemoCustomer(customer_id, name, self.mobile(), other, self.email(name, language),
                         language)
        c.doc = customer_doc_fast(c)
        return c

    def device(self, device_id: int) -> DemoDevice:
        rng = self.rng
        kind, brand, models, _, scheme = self._device(rng)
        imei = self.imei(brand) if kind in ("phone", "tablet") else None
        serial = self.serial(scheme) if scheme and (kind != "tablet" or rng.random() < 0.5) \
            else None
        d = DemoDevice(device_id, kind, brand, rng.choice(models), imei, serial)
        d.doc_tail = _device_tail(d)
        return d

    def imei(self, brand: str) -> str:
        rng = self.rng
        tac = data.TAC_PREFIXES.get(brand, "35") + f"{rng.randrange(1_000_000):06d}"
        body = tac + f"{rng.randrange(1_000_000):06d}"
        return body + str(luhn_check_digit(body))

    def serial(self, scheme: str) -> str:
        prefix, alphabet, length = data.SERIAL_SCHEMES[scheme]
        return prefix + "".join(self.rng.choices(alphabet, k=length))
