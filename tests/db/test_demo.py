"""The demo loader: realistic, internally consistent, findable, and safe to append."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict

import pytest
from sqlalchemy import func, select

from app.auth.roles import Role
from app.bootstrap import Services
from app.customers.imei import imei_verdict
from app.customers.phone import national_form, normalize_phone
from app.demo import DEMO_PASSWORD, DemoSummary, load_demo
from app.jobs.intake import IntakeRequest
from app.jobs.intake_checks import check_accessories, check_condition
from app.jobs.numbering import format_number
from app.jobs.workflow import TERMINAL, Status, find_transition
from app.locale.calendar import jalali_year, utcnow
from app.search.documents import customer_doc, job_doc
from db.models import (
    CareTask,
    Customer,
    CustomerSearch,
    Device,
    Job,
    JobCounter,
    JobEvent,
    JobSearch,
    Payment,
    Survey,
)

JOBS = 300


def _load(services: Services, jobs: int = JOBS, seed: int = 1405) -> DemoSummary:
    summary = load_demo(services.db, jobs=jobs, seed=seed)
    assert summary.jobs == jobs
    return summary


def test_statuses_numbers_and_counters(services: Services) -> None:
    summary = _load(services)
    with services.db.read() as s:
        jobs = s.execute(select(Job.id, Job.number, Job.status, Job.created_at)
                         .order_by(Job.id)).all()
        counters = {c.year: c.last_seq for c in s.scalars(select(JobCounter))}
    assert {j.status for j in jobs} == set(Status)
    numbers = [j.number for j in jobs]
    assert len(set(numbers)) == len(numbers)
    last: dict[int, int] = defaultdict(int)
    for number in numbers:
        year, seq = number.split("-")
        last[int(year)] = max(last[int(year)], int(seq))
    assert dict(last) == counters
    assert {y: b for y, (_, b) in summary.numbers.items()} == counters
    created = [j.created_at for j in jobs]
    assert created == sorted(created), "ids increase with the creation time"
    for j in jobs:
        assert j.number.startswith(f"{jalali_year(j.created_at)}-")
    assert [u.username for u in summary.users] == ["manager", "reception", "tech1", "tech2"]
    assert services.users.authenticate("tech1", DEMO_PASSWORD).role == Role.TECHNICIAN


def test_people_devices_and_search_text(services: Services) -> None:
    _load(services)
    with services.db.read() as s:
        customers = s.scalars(select(Customer)).all()
        devices = s.scalars(select(Device)).all()
        jobs = s.scalars(select(Job)).all()
        docs = {r.job_id: r.doc for r in s.scalars(select(JobSearch))}
        customer_docs = {r.customer_id: r.doc for r in s.scalars(select(CustomerSearch))}
        for job in jobs:
            assert docs[job.id] == job_doc(job.number, job.customer, job.device)
            check_condition(job.condition)
            assert check_accessories(job.accessories) == job.accessories
        for c in customers:
            assert customer_docs[c.id] == customer_doc(c)
    mobiles = [c.mobile for c in customers]
    assert len(set(mobiles)) == len(mobiles)
    for mobile in mobiles:
        assert normalize_phone(national_form(mobile)) == mobile
    assert any("\u200c" in c.name for c in customers), "Persian names with ZWNJ"
    assert any(c.name.isascii() for c in customers), "some English names"
    assert {c.source for c in customers} == {"walk_in", "instagram", "referral", "website",
                                            "other"}
    for c in customers:
        assert (c.referred_by_id is not None) == (c.source == "referral")
        assert c.referred_by_id is None or c.referred_by_id < c.id
        assert c.sms_opt_out == (c.sms_opt_out_at is not None)
    per_customer = Counter(j.customer_id for j in jobs)
    assert set(per_customer.values()) <= {1, 2, 3, 4} and max(per_customer.values()) > 1
    assert {d.kind for d in devices} == {"phone", "tablet", "laptop", "console", "other"}
    for d in devices:
        if d.kind in ("phone", "tablet"):
            assert d.imei is not None and imei_verdict(d.imei) is None
        if d.kind in ("laptop", "console"):
            assert d.serial and d.imei is None


def test_timelines_follow_the_workflow(services: Services) -> None:
    _load(services)
    with services.db.read() as s:
        events: dict[int, list[JobEvent]] = defaultdict(list)
        for e in s.scalars(select(JobEvent).order_by(JobEvent.id)):
            events[e.job_id].append(e)
        jobs = {j.id: j for j in s.scalars(select(Job))}
        payments = s.scalars(select(Payment)).all()
    assert all(p.amount > 0 for p in payments)
    for job_id, job in jobs.items():
        timeline = events[job_id]
        assert (timeline[0].kind, timeline[0].customer_event) == ("created", "received")
        assert [e.at for e in timeline] == sorted(e.at for e in timeline)
        status = Status.RECEIVED
        for e in timeline:
            if e.kind != "status_changed":
                continue
            assert e.data["before"] == status
            t = find_transition(status, Status(e.data["after"]))
            assert t is not None, (job.number, status, e.data["after"])
            assert e.customer_event == (t.event.value if t.event else None)
            status = t.target
        assert status == job.status
        detail = services.jobs.get(job_id) if job_id % 25 == 0 else None
        if detail is not None:
            assert detail.totals.estimate == sum(line.total for line in detail.lines)
        if job.status == Status.DELIVERED:
            assert job.delivered_at is not None and job.delivered_at <= utcnow()
            assert job.delivered_at == job.status_changed_at
        else:
            assert job.delivered_at is None
        if job.status in TERMINAL:
            continue
        assert not any(e.kind == "status_changed" and e.data["after"] in TERMINAL
                       for e in timeline)


def test_demo_jobs_are_found_and_open(services: Services) -> None:
    _load(services)
    with services.db.read() as s:
        newest = s.scalar(select(Job).order_by(Job.id.desc()).limit(1))
        assert newest is not None
        name, mobile, number = newest.customer.name, newest.customer.mobile, newest.number
    word = max(name.split(), key=len)
    for term in (word[:4], mobile[-4:], national_form(mobile)[:6], number):
        assert newest.id in [h.id for h in services.search.jobs(term)], term
    with services.db.read() as s:
        delivered = s.scalars(select(Job.id).where(Job.status == Status.DELIVERED)).all()
    for job_id in delivered[:40]:
        detail = services.jobs.get(job_id)
        overridden = any("override_unpaid" in e.data for e in detail.events)
        assert detail.totals.balance == 0 or overridden
        assert detail.totals.net_paid == sum(
            p.amount if p.kind == "payment" else -p.amount for p in detail.payments)
        assert detail.events[-1].kind in ("status_changed", "refund",
                                          "warranty_return_opened")


def test_a_real_intake_continues_the_numbers(services: Services) -> None:
    _load(services)
    year = jalali_year(utcnow())
    with services.db.read() as s:
        last = s.scalar(select(JobCounter.last_seq).where(JobCounter.year == year)) or 0
        customer_id = s.scalar(select(func.min(Customer.id)))
        device_id = s.scalar(select(Device.id).where(Device.customer_id == customer_id))
    actor = services.users.authenticate("reception", DEMO_PASSWORD)
    detail = services.jobs.intake(actor, IntakeRequest(problem="Battery swollen",
                                                       customer_id=customer_id,
                                                       device_id=device_id))
    assert detail.number == format_number(year, last + 1)


def test_a_second_load_appends_without_collisions(services: Services) -> None:
    first = _load(services, jobs=120, seed=1)
    second = _load(services, jobs=80, seed=1)  # the same seed: same names, same mobiles
    assert all(u.created for u in first.users) and not any(u.created for u in second.users)
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Job)) == 200
        numbers = s.scalars(select(Job.number)).all()
        mobiles = s.scalars(select(Customer.mobile)).all()
        events = s.execute(select(JobEvent.data).where(JobEvent.kind == "created")).all()
    assert len(set(numbers)) == 200 and len(set(mobiles)) == len(mobiles)
    assert len(events) == 200
    for year, (low, _) in second.numbers.items():
        assert low == first.numbers.get(year, (0, 0))[1] + 1


@pytest.mark.parametrize("process", [False])
def test_rows_can_be_made_on_a_thread(services: Services, process: bool) -> None:
    summary = load_demo(services.db, jobs=40, seed=3, process=process)
    assert summary.rows["jobs"] == 40 and summary.rows["job_events"] > 40
    json.dumps(summary.rows)


def test_a_jobs_texts_are_in_its_customers_language_with_the_hard_cases(
        services: Services) -> None:
    _load(services)
    persian = re.compile("[\u0600-\u06ff]")
    latin = re.compile("[A-Za-z]{2,}")
    with services.db.read() as s:
        ids = s.scalars(select(Job.id).order_by(Job.id)).all()
    seen = set()
    for job_id in ids[-60:]:
        job = services.jobs.get(job_id)
        lang = job.customer_language
        seen.add(lang)
        texts = [job.problem, job.customer_note, *(line.description for line in job.lines)]
        for text in filter(None, texts):
            assert bool(persian.search(text)) == (lang == "fa"), (lang, text)
    assert seen == {"fa", "en"}
    newest = [services.jobs.get(job_id).problem for job_id in ids[-40:]]
    assert any(persian.search(p) and latin.search(p) and len(p) > 50 for p in newest)


def test_the_demo_shop_has_weeks_of_customer_care_to_show(services: Services) -> None:
    summary = _load(services, jobs=3000)
    with services.db.read() as s:
        surveys = s.scalars(select(Survey)).all()
        tasks = s.scalars(select(CareTask)).all()
        delivered = {j.id: j.status_changed_at for j in s.scalars(
            select(Job).where(Job.status == Status.DELIVERED))}
    assert summary.rows["surveys"] == len([v for v in surveys if v.round == 1]) > 20
    answered = [v for v in surveys if v.score is not None]
    assert 0 < len(answered) < len(surveys)
    assert all(v.job_id in delivered and v.created_at > delivered[v.job_id] for v in surveys)
    kinds = Counter((t.kind, t.state) for t in tasks)
    assert kinds[("complaint", "open")] == 1
    assert kinds[("recovery", "done")] + kinds[("recovery", "open")] == len(
        [v for v in answered if v.score is not None and v.score <= 6])
    today = utcnow().date()
    results = services.care.results(today - dt.timedelta(days=60), today)
    assert results.overall.answered == len(answered) and results.overall.score is not None
