"""One demo job's rows: a legal walk through the workflow table, its money and its timeline."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.auth.roles import Role
from app.demo import data
from app.demo.people import Pick
from app.jobs.workflow import TERMINAL, Status, find_transition

LANGUAGES = ("fa", "en")

S = Status
D, AA, AP, DEC, IR = S.DIAGNOSING, S.AWAITING_APPROVAL, S.APPROVED, S.DECLINED, S.IN_REPAIR
WP, SO, UNR, RDY, DLV, CAN = (S.WAITING_PARTS, S.SENT_OUT, S.UNREPAIRABLE, S.READY,
                              S.DELIVERED, S.CANCELLED)
Path = tuple[Status, ...]

_READY: tuple[tuple[int, Path], ...] = (
    (60, (D, AA, AP, IR, RDY)), (10, (D, AA, AP, IR, WP, IR, RDY)), (6, (D, AA, AP, WP, IR, RDY)),
    (4, (D, AA, D, AA, AP, IR, RDY)), (4, (D, AA, AP, SO, RDY)), (2, (D, AA, AP, IR, RDY, IR, RDY)),
    (6, (D, AA, DEC, RDY)), (4, (D, UNR, RDY)), (2, (D, AA, AP, IR, UNR, RDY)),
    (1, (D, SO, UNR, RDY)),
)
# The statuses a job passes after 'received' on its way to each status, with weights.
PATHS: dict[Status, tuple[tuple[int, Path], ...]] = {
    S.RECEIVED: ((1, ()),),
    D: ((10, (D,)), (1, (D, AA, D))),
    AA: ((10, (D, AA)), (1, (D, AA, D, AA))),
    AP: ((1, (D, AA, AP)),),
    DEC: ((1, (D, AA, DEC)),),
    IR: ((8, (D, AA, AP, IR)), (2, (D, AA, AP, IR, WP, IR)), (1, (D, AA, AP, SO, IR))),
    WP: ((6, (D, AA, AP, WP)), (4, (D, AA, AP, IR, WP))),
    SO: ((4, (D, SO)), (3, (D, AA, AP, SO)), (2, (D, AA, AP, IR, SO))),
    UNR: ((5, (D, UNR)), (2, (D, AA, AP, IR, UNR)), (1, (D, SO, UNR))),
    RDY: _READY,
    DLV: tuple((w, (*p, DLV)) for w, p in _READY),
    CAN: ((4, (CAN,)), (3, (D, CAN)), (5, (D, AA, CAN)), (1, (D, AA, AP, CAN)),
          (1, (D, AA, AP, WP, CAN))),
}
PATH_PICKS = {status: Pick([p for _, p in paths], [w for w, _ in paths])
              for status, paths in PATHS.items()}
# Event data is written as JSON text directly: json.dumps was a third of the loader's time.
# language -> target -> reasons, in the customer's language as the shop would type them
_REASONS = {lang: {target: [json.dumps(r) for r in reasons[lang]] for target, reasons in (
    (DEC, data.REASONS_DECLINE), (SO, data.REASONS_SENT_OUT), (UNR, data.REASONS_UNREPAIRABLE),
    (CAN, data.REASONS_CANCEL))} for lang in LANGUAGES}
_REFUND_REASONS = {lang: [json.dumps(r) for r in data.REFUND_REASONS[lang]]
                   for lang in LANGUAGES}
_METHOD = Pick(("card", "cash", "transfer"), (60, 25, 15))
_WARRANTY = Pick((30, 90, 0), (80, 12, 8))


@dataclass(frozen=True)
class Step:
    target: Status
    event: str | None
    bench: bool  # a technician's move rather than the desk's
    head: str  # the event data's JSON text without its closing brace


def _steps() -> dict[tuple[Status, Status], Step]:
    steps = {}
    for source in Status:
        for target in Status:
            t = find_transition(source, target)
            if t is not None:
                steps[source, target] = Step(
                    target, t.event.value if t.event else None, Role.RECEPTION not in t.roles,
                    json.dumps({"before": source, "after": target})[:-1])
    return steps


STEPS = _steps()


@dataclass
class Staff:
    reception: int
    manager: int
    techs: tuple[int, ...]


@dataclass
class JobFacts:
    """What the caller knows of a job before its timeline is made."""

    id: int
    number: str
    created: int  # epoch seconds, UTC
    status: Status
    kind: str
    warranty_of: tuple[int, str] | None
    lang: str  # the customer's: the texts people typed for the job are in it


@dataclass
class JobOutcome:
    closed_at: float  # inf while the job is open
    delivered_at: int | None
    warranty_days: int


Rows = dict[str, list[tuple[Any, ...]]]
Event = tuple[int, int | None, str, str, str | None]  # at, actor, kind, JSON data, customer event


class JobMaker:
    def __init__(self, rng: random.Random, now: int, staff: Staff, ids: dict[str, int],
                 ts: Callable[[int], str], day: Callable[[int, int], str]) -> None:
        self.rng, self.now, self.staff, self.ids = rng, now, staff, ids
        self.ts, self.day = ts, day  # epoch -> stored timestamp; epoch, +days -> local date

    def _id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table] - 1

    def lines(self, kind: str, lang: str) -> list[tuple[str, str, int, int, int]]:
        rng = self.rng
        parts, labour = data.LINES[kind][lang]
        chosen = [("part", *rng.choice(parts))]
        if rng.random() < 0.25:
            chosen.append(("part", *rng.choice(parts)))
        chosen.append(("labour", *rng.choice(labour)))
        out = []
        for line_kind, text, low, high in dict.fromkeys(chosen):
            price = int(low + rng.random() * (high - low)) // 10_000 * 10_000
            discount = (int(5 + rng.random() * 25) * 10_000
                        if line_kind == "labour" and rng.random() < 0.1 else 0)
            out.append((line_kind, text, 1, price, min(discount, price)))
        return out

    def _times(self, job: JobFacts, steps: int) -> list[int]:
        rng = self.rng
        spare = self.now - job.created - 120
        if job.status in TERMINAL:
            span = 3600 * (2 + rng.expovariate(1 / 80))
        elif spare > 30 * 86400:
            span = 86400 * (1 + rng.random() * 24)
        else:
            span = spare * (0.2 + rng.random() * 0.7)
        span = max(min(span, spare), 60 * steps)
        return [job.created + int(span * (j + 0.1 + rng.random() * 0.8) / steps)
                for j in range(steps)]

    def timeline(self, rows: Rows, job: JobFacts, tech: int) -> tuple[dict[str, Any],
                                                                      JobOutcome]:
        """Write the job's lines, payments and events; return the job columns they decide."""
        rng, staff = self.rng, self.staff
        path = PATH_PICKS[job.status](rng)
        times = self._times(job, len(path))
        t0 = job.created
        reception = staff.reception if rng.random() < 0.9 else staff.manager
        events: list[Event] = []
        warranty = f', "warranty_of": "{job.warranty_of[1]}"' if job.warranty_of else ""
        events.append((t0, reception, "created",
                       f'{{"status": "received", "number": "{job.number}"{warranty}}}',
                       "received"))
        final = self.lines(job.kind, job.lang) if AA in path else []
        total = sum(q * p - d for _, _, q, p, d in final)
        paid = 0
        payments = rows["payments"]

        def pay(at: int, amount: int, kind: str, by: int, extra: str) -> None:
            nonlocal paid
            pid = self._id("payments")
            method = _METHOD(rng)
            deposit = extra == "deposit"
            note = json.loads(extra) if extra.startswith('"') else ""
            payments.append((pid, job.id, self.ts(at), kind, method, amount, int(deposit),
                             note, by))
            tail = (', "deposit": true' if deposit else
                    f', "reason": {extra}, "payment_id": {pid}' if note else
                    f', "payment_id": {pid}')
            events.append((at, by, kind, f'{{"amount": {amount}, "method": "{method}"{tail}}}',
                           None))
            paid += amount if kind == "payment" else -amount

        if rng.random() < 0.35:
            deposit = int(4 + rng.random() * 36) * 50_000
            if total:
                deposit = min(deposit, total // 100_000 * 50_000) or 100_000
            pay(t0, deposit, "payment", reception, "deposit")
        has_tech = bool(path) or rng.random() < 0.5
        touched = (t0, reception)
        if path and rng.random() < 0.5:
            touched = (t0 + max(1, (times[0] - t0) // 4), staff.reception)
            events.append((*touched, "assigned",
                           f'{{"technician_id": {{"before": null, "after": {tech}}}}}', None))

        current, prev_at, shown, promised = S.RECEIVED, t0, 0, None
        delivered_at = None
        warranty_days = _WARRANTY(rng)
        reasons, refunds = _REASONS[job.lang], _REFUND_REASONS[job.lang]
        for at, target in zip(times, path, strict=True):
            step = STEPS[current, target]
            before = at - max(1, (at - prev_at) // 5)
            if target == AA:
                after = total if shown or rng.random() < 0.8 else total * 115 // 100
                events.append((before, tech, "estimate_changed", _estimate(shown, after,
                                                                            len(final)), None))
                shown = after
            if current == DEC and target == RDY:
                fee_text, low, high = data.DIAGNOSIS_FEE[job.lang]
                total = int(low + rng.random() * (high - low)) // 10_000 * 10_000
                final = [("labour", fee_text, 1, total, 0)]
                events.append((before, tech, "estimate_changed", _estimate(shown, total, 1),
                               None))
                shown = total
            actor = tech if step.bench else staff.reception
            extra = ""
            if target in reasons:
                extra = f', "reason": {rng.choice(reasons[target])}'
            elif target == WP:
                promised = self.day(at, int(3 + rng.random() * 12))
                extra = f', "promised_date": "{promised}"'
            elif target == DLV:
                balance = total - paid
                if balance > 0 and rng.random() < 0.01:
                    actor = staff.manager
                    extra = f', "override_unpaid": {balance}'
                elif balance > 0:
                    pay(before, balance, "payment", staff.reception, "")
                elif balance < 0:
                    pay(before, -balance, "refund", staff.manager, rng.choice(refunds))
                delivered_at = at
                end = self.day(at, warranty_days) if warranty_days else ""
                extra += f', "warranty_end": "{end}"'
            events.append((at, actor, "status_changed", step.head + extra + "}", step.event))
            touched = (at, actor)
            if target == CAN and paid > 0 and rng.random() < 0.85:
                pay(at + 120, paid, "refund", staff.manager, rng.choice(refunds))
            current, prev_at = target, at

        job_id = job.id
        add_line = rows["estimate_lines"].append
        for pos, (kind, text, qty, price, disc) in enumerate(final):
            add_line((self._id("estimate_lines"), job_id, pos, kind, text, qty, price, disc))
        first = self.ids["job_events"]
        self.ids["job_events"] += len(events)
        ts = self.ts
        rows["job_events"].extend((first + k, job_id, ts(e[0]), e[1], e[2], e[3], e[4])
                                  for k, e in enumerate(events))
        columns = {
            "status": str(current), "status_changed_at": ts(times[-1] if times else t0),
            "updated_at": ts(touched[0]), "updated_by_id": touched[1],
            "created_by_id": reception, "delivered_at": ts(delivered_at) if delivered_at else None,
            "technician_id": tech if has_tech else None, "promised_wp": promised,
            "total": total,
            "version": 1 + sum(1 for e in events if e[2] in _TOUCHING),
        }
        closed = float(times[-1]) if current in TERMINAL else float("inf")
        return columns, JobOutcome(closed, delivered_at, warranty_days)


_TOUCHING = frozenset({"status_changed", "assigned", "estimate_changed"})


def _estimate(before: int, after: int, lines: int) -> str:
    return f'{{"total": {{"before": {before}, "after": {after}}}, "lines": {lines}}}'
