"""One demo job's rows: a legal walk through the workflow table, its money and its timeline."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app import demo_data as data
from app.auth.roles import Role
from app.jobs.workflow import TERMINAL, Status, find_transition

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
_REASONS = {DEC: data.REASONS_DECLINE, SO: data.REASONS_SENT_OUT,
            UNR: data.REASONS_UNREPAIRABLE, CAN: data.REASONS_CANCEL}


@dataclass(frozen=True)
class Step:
    target: Status
    event: str | None
    bench: bool  # a technician's move rather than the desk's
    plain: str  # the event data when the move needs nothing more


def _steps() -> dict[tuple[Status, Status], Step]:
    steps = {}
    for source in Status:
        for target in Status:
            t = find_transition(source, target)
            if t is not None:
                steps[source, target] = Step(
                    target, t.event.value if t.event else None, Role.RECEPTION not in t.roles,
                    json.dumps({"before": source, "after": target}))
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


@dataclass
class JobOutcome:
    closed_at: float  # inf while the job is open
    delivered_at: int | None
    warranty_days: int


Rows = dict[str, list[tuple[Any, ...]]]


class JobMaker:
    def __init__(self, rng: random.Random, now: int, staff: Staff, ids: dict[str, int],
                 ts: Callable[[int], str], day: Callable[[int, int], str]) -> None:
        self.rng, self.now, self.staff, self.ids = rng, now, staff, ids
        self.ts, self.day = ts, day  # epoch -> stored timestamp; epoch, +days -> local date

    def _id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table] - 1

    def lines(self, kind: str) -> list[tuple[str, str, int, int, int]]:
        rng = self.rng
        parts, labour = data.LINES[kind]
        chosen = [("part", *rng.choice(parts))]
        if rng.random() < 0.25:
            chosen.append(("part", *rng.choice(parts)))
        chosen.append(("labour", *rng.choice(labour)))
        out = []
        for line_kind, text, low, high in dict.fromkeys(chosen):
            price = rng.randrange(low, high + 1) // 10_000 * 10_000
            discount = (rng.randrange(5, 30) * 10_000
                        if line_kind == "labour" and rng.random() < 0.1 else 0)
            out.append((line_kind, text, 1, price, min(discount, price)))
        return out

    def timeline(self, rows: Rows, job: JobFacts, actor_tech: int) -> tuple[dict[str, Any],
                                                                            JobOutcome]:
        """Write the job's lines, payments and events; return the job columns they decide."""
        rng, ts, staff = self.rng, self.ts, self.staff
        path = rng.choices([p for _, p in PATHS[job.status]],
                           [w for w, _ in PATHS[job.status]])[0]
        t0 = job.created
        spare = self.now - t0 - 120
        if job.status in TERMINAL:
            span = 3600 * (2 + rng.expovariate(1 / 80))
        elif spare > 30 * 86400:
            span = 86400 * rng.uniform(1, 25)
        else:
            span = spare * rng.uniform(0.2, 0.9)
        span = max(min(span, spare), 60 * len(path))
        times = [t0 + int(span * (j + rng.uniform(0.1, 0.9)) / len(path))
                 for j in range(len(path))]
        events: list[tuple[int, int | None, str, str, str | None]] = []
        reception = staff.reception if rng.random() < 0.9 else staff.manager
        created: dict[str, Any] = {"status": S.RECEIVED, "number": job.number}
        if job.warranty_of:
            created["warranty_of"] = job.warranty_of[1]
        events.append((t0, reception, "created", json.dumps(created), "received"))

        final = self.lines(job.kind) if AA in path else []
        total = sum(q * p - d for _, _, q, p, d in final)
        paid = 0
        touched = (t0, reception)

        def pay(at: int, amount: int, kind: str, by: int, extra: dict[str, Any]) -> None:
            nonlocal paid
            pid = self._id("payments")
            method = rng.choices(("card", "cash", "transfer"), (60, 25, 15))[0]
            is_deposit = extra.get("deposit", False)
            note = extra.get("reason", "")
            rows["payments"].append((pid, job.id, ts(at), kind, method, amount,
                                     int(is_deposit), note, by))
            body = {"amount": amount, "method": method, **extra}
            if not is_deposit:
                body["payment_id"] = pid
            events.append((at, by, kind, json.dumps(body), None))
            paid += amount if kind == "payment" else -amount

        if rng.random() < 0.35:
            deposit = rng.randrange(4, 40) * 50_000
            if total:
                deposit = min(deposit, total // 100_000 * 50_000) or 100_000
            pay(t0, deposit, "payment", reception, {"deposit": True})
        if path and rng.random() < 0.5:
            at = t0 + max(1, (times[0] - t0) // 4)
            events.append((at, staff.reception, "assigned", json.dumps(
                {"technician_id": {"before": None, "after": actor_tech}}), None))
            touched = (at, staff.reception)
            tech_at_intake = False
        else:
            tech_at_intake = path != () or rng.random() < 0.5

        current, prev_at, shown, promised = S.RECEIVED, t0, 0, None
        delivered_at = None
        warranty_days = rng.choices((30, 90, 0), (80, 12, 8))[0]
        for at, target in zip(times, path, strict=True):
            step = STEPS[current, target]
            before = at - max(1, (at - prev_at) // 5)
            if target == AA:
                after = total if shown or rng.random() < 0.8 else total * 115 // 100
                events.append((before, actor_tech, "estimate_changed", json.dumps(
                    {"total": {"before": shown, "after": after}, "lines": len(final)}), None))
                shown = after
            if current == DEC and target == RDY:
                fee_text, low, high = data.DIAGNOSIS_FEE
                final = [("labour", fee_text, 1, rng.randrange(low, high) // 10_000 * 10_000, 0)]
                total = final[0][3]
                events.append((before, actor_tech, "estimate_changed", json.dumps(
                    {"total": {"before": shown, "after": total}, "lines": 1}), None))
                shown = total
            actor = actor_tech if step.bench else staff.reception
            extra: dict[str, Any] = {}
            if target in _REASONS:
                extra["reason"] = rng.choice(_REASONS[target])
            if target == WP:
                promised = self.day(at, rng.randrange(3, 15))
                extra["promised_date"] = promised
            if target == DLV:
                balance = total - paid
                if balance > 0 and rng.random() < 0.01:
                    actor = staff.manager
                    extra["override_unpaid"] = balance
                elif balance > 0:
                    pay(at - 30, balance, "payment", staff.reception, {})
                elif balance < 0:
                    pay(at - 30, -balance, "refund", staff.manager,
                        {"reason": rng.choice(data.REFUND_REASONS)})
                delivered_at = at
                end = self.day_utc(at, warranty_days) if warranty_days else ""
                extra["warranty_end"] = end
            body = json.dumps({"before": current, "after": target, **extra}) if extra \
                else step.plain
            events.append((at, actor, "status_changed", body, step.event))
            touched = (at, actor)
            if target == CAN and paid > 0 and rng.random() < 0.85:
                pay(at + 120, paid, "refund", staff.manager,
                    {"reason": rng.choice(data.REFUND_REASONS)})
            current, prev_at = target, at

        for pos, (kind, text, qty, price, disc) in enumerate(final):
            rows["estimate_lines"].append((self._id("estimate_lines"), job.id, pos, kind, text,
                                           qty, price, disc))
        for at, actor_id, kind, body, customer_event in events:
            rows["job_events"].append((self._id("job_events"), job.id, ts(at), actor_id, kind,
                                       body, customer_event))
        columns = {
            "status": str(current), "status_changed_at": ts(times[-1] if times else t0),
            "updated_at": ts(touched[0]), "updated_by_id": touched[1],
            "created_by_id": reception, "delivered_at": ts(delivered_at) if delivered_at else None,
            "technician_id": actor_tech if tech_at_intake or len(events) > 2 else None,
            "promised_wp": promised, "total": total,
            "version": 1 + sum(1 for e in events if e[2] in ("status_changed", "assigned",
                                                             "estimate_changed")),
        }
        closed = float(times[-1]) if current in TERMINAL else float("inf")
        return columns, JobOutcome(closed, delivered_at, warranty_days)

    def day_utc(self, at: int, days: int) -> str:
        import datetime as dt

        return str(dt.datetime.fromtimestamp(at, dt.UTC).date() + dt.timedelta(days=days))
