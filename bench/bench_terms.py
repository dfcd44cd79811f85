"""Search terms taken from rows that are really in the benchmark database."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from sqlalchemy import func, select

from app.bootstrap import Services
from app.customers.phone import national_form
from db.models import Customer, Device, Job

_LATIN = re.compile(r"^[A-Za-z ]+$")


def _sample_rows(services: Services, rng: random.Random, count: int) -> list[tuple]:
    with services.db.read() as s:
        low, high = s.execute(select(func.min(Job.id), func.max(Job.id))).one()
        ids = sorted({rng.randint(low, high) for _ in range(count)})
        rows = s.execute(
            select(Job.id, Job.number, Customer.id, Customer.name, Customer.mobile,
                   Device.imei, Device.serial)
            .join(Customer, Customer.id == Job.customer_id)
            .join(Device, Device.id == Job.device_id)
            .where(Job.id.in_(ids))).all()
    return [tuple(r) for r in rows]


def _piece(rng: random.Random, text: str, low: int, high: int) -> str:
    size = min(len(text), rng.randint(low, high))
    start = rng.randrange(0, len(text) - size + 1)
    return text[start:start + size]


def _name_piece(rng: random.Random, name: str) -> str:
    word = max(name.split(), key=len) if rng.random() < 0.5 else rng.choice(name.split())
    word = word if len(word) >= 3 else name.replace(" ", "")
    return _piece(rng, word, 3, 5)


def pick_terms(services: Services, seed: int, runs: int) -> dict[str, list[str]]:
    """``runs`` terms for each kind of search, drawn from a seeded sample of jobs."""
    rng = random.Random(seed)
    rows = _sample_rows(services, rng, runs * 12)
    persian = [r for r in rows if not _LATIN.match(r[3])]
    english = [r for r in rows if _LATIN.match(r[3])]
    imeis = [r[5] for r in rows if r[5]]
    serials = [r[6] for r in rows if r[6]]

    def many(make: Callable[[], str]) -> list[str]:
        return [make() for _ in range(runs)]

    return {
        "job number": many(lambda: rng.choice(rows)[1]),
        "mobile 4-7 digits": many(lambda: _piece(rng, national_form(rng.choice(rows)[4]), 4, 7)),
        "Persian name piece": many(lambda: _name_piece(rng, rng.choice(persian)[3])),
        "English name piece": many(lambda: _name_piece(rng, rng.choice(english)[3])),
        "IMEI piece": many(lambda: _piece(rng, rng.choice(imeis), 6, 9)),
        "serial piece": many(lambda: _piece(rng, rng.choice(serials), 4, 7)),
        "2 characters": many(lambda: rng.choice(rows)[3].replace(" ", "")[:2]),
    }


def sample_ids(services: Services, seed: int, runs: int) -> tuple[list[int], list[int]]:
    """Random job ids and customer ids, for opening jobs and returning-customer intakes."""
    rng = random.Random(seed + 1)
    rows = _sample_rows(services, rng, runs * 2)
    return [r[0] for r in rows][:runs], [r[2] for r in rows][:runs]
