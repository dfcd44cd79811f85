"""Two workstations at once: conflicts are reported, numbers are never shared."""

import multiprocessing as mp
import threading

import pytest
from sqlalchemy import func, select

from app.auth.roles import Actor, Role
from app.bootstrap import Services, build
from app.errors import ConflictError
from app.jobs.views import JobDetail
from app.jobs.workflow import Status
from db.models import JobCounter
from tests.factories import intake_request, user


def test_stale_edit_is_a_conflict_naming_who_changed_it(db_url: str) -> None:
    desk_pc, bench_pc = build(db_url, migrate="never"), build(db_url, migrate="never")
    try:
        sara = user(desk_pc, Role.RECEPTION, "sara")
        reza = user(bench_pc, Role.TECHNICIAN, "reza")
        job = desk_pc.jobs.intake(sara, intake_request())
        opened_on_bench = bench_pc.jobs.get(job.id)
        desk_pc.jobs.update(sara, job.id, job.version, priority=2)
        with pytest.raises(ConflictError) as err:
            bench_pc.jobs.update(reza, job.id, opened_on_bench.version,
                                 customer_note="ready by Friday")
        assert "Sara" in err.value.message and job.number in err.value.message
        final = desk_pc.jobs.get(job.id)
        assert final.priority == 2 and final.customer_note == ""
    finally:
        desk_pc.close()
        bench_pc.close()


def _change(pc: Services, actor: Actor, job: JobDetail, target: Status,
            barrier: threading.Barrier, outcomes: list[str]) -> None:
    barrier.wait()
    try:
        pc.jobs.change_status(actor, job.id, target, job.version, reason="slip")
        outcomes.append("ok")
    except ConflictError:
        outcomes.append("conflict")


def test_simultaneous_status_changes_one_wins_one_conflicts(db_url: str) -> None:
    pcs = [build(db_url, migrate="never") for _ in range(2)]
    try:
        boss = user(pcs[0], Role.MANAGER)
        for _round in range(5):
            job = pcs[0].jobs.intake(boss, intake_request())
            barrier = threading.Barrier(2)
            outcomes: list[str] = []
            targets = (Status.DIAGNOSING, Status.CANCELLED)

            threads = [threading.Thread(target=_change, args=(pc, boss, job, t, barrier,
                                                              outcomes))
                       for pc, t in zip(pcs, targets, strict=True)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert sorted(outcomes) == ["conflict", "ok"]
            events = [e for e in pcs[0].jobs.get(job.id).events if e.kind == "status_changed"]
            assert len(events) == 1
            assert pcs[0].jobs.get(job.id).status == events[0].data["after"]
    finally:
        for pc in pcs:
            pc.close()


def _intake_loop(url: str, count: int, barrier: "mp.synchronize.Barrier", seed: int,
                 out: "mp.Queue[list[str]]") -> None:
    from app.auth.roles import SYSTEM

    services = build(url, migrate="never")
    barrier.wait()
    numbers = [services.jobs.intake(SYSTEM, intake_request(seed + i)).number
               for i in range(count)]
    out.put(numbers)


def test_two_workstations_creating_jobs_at_once_get_distinct_numbers(db_url: str) -> None:
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_intake_loop, args=(db_url, 25, barrier, seed, out))
             for seed in (1000, 2000)]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    numbers = results[0] + results[1]
    assert len(set(numbers)) == 50
    seqs = sorted(int(n.split("-")[1]) for n in numbers)
    assert seqs == list(range(1, 51))
    services = build(db_url, migrate="never")
    with services.db.read() as s:
        assert s.scalar(select(func.max(JobCounter.last_seq))) == 50
    services.close()
