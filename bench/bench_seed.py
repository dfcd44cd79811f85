"""A benchmark database: made fresh and seeded with the demo loader, or reused."""

from __future__ import annotations

import json
import time
from pathlib import Path

import psycopg
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app.bootstrap import Services, build
from app.demo import load_demo
from db.models import Job

DATA = Path(__file__).resolve().parent / "data"


def default_url(engine: str, jobs: int) -> str:
    label = f"{jobs // 1_000_000}m" if jobs % 1_000_000 == 0 else f"{jobs // 1000}k"
    if engine == "sqlite":
        return f"sqlite:///{DATA / f'bench_{label}.db'}"
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/tamirgah_bench_{label}"


def _meta_path(url: str) -> Path:
    u = make_url(url)
    name = Path(u.database or "db").stem if u.get_backend_name() == "sqlite" else u.database
    return DATA / f"{u.get_backend_name()}_{name}.json"


def _seeded_jobs(url: str) -> int:
    """Jobs in the database at ``url``, or -1 when there is no usable database there."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if not u.database or not Path(u.database).exists():
            return -1
    else:
        try:
            psycopg.connect(_libpq(url, u.database or ""), connect_timeout=5).close()
        except psycopg.OperationalError:
            return -1
    try:
        services = build(url, migrate="never")
    except Exception:
        return -1
    try:
        with services.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Job)) or 0)
    except Exception:
        return -1
    finally:
        services.close()


def _libpq(url: str, database: str) -> str:
    u = make_url(url)
    return (f"host={u.host or '127.0.0.1'} port={u.port or 5432} user={u.username or 'postgres'} "
            f"dbname={database}" + (f" password={u.password}" if u.password else ""))


def _fresh(url: str) -> None:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = Path(u.database or "")
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    with psycopg.connect(_libpq(url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{u.database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{u.database}"')


def prepare(url: str, jobs: int, *, reuse: bool, seed: int = 1405) -> tuple[Services, dict]:
    """Services on a database holding at least ``jobs`` demo jobs; the seeding's facts."""
    DATA.mkdir(parents=True, exist_ok=True)
    meta_file = _meta_path(url)
    if reuse and _seeded_jobs(url) >= jobs and meta_file.exists():
        meta = json.loads(meta_file.read_text())
        meta["reused"] = True
        return build(url, migrate="always"), meta  # the schema the code expects
    _fresh(url)
    services = build(url, migrate="always")
    started = time.perf_counter()

    def progress(done: int) -> None:
        print(f"  seeded {done:>9,} jobs  {time.perf_counter() - started:7.1f} s", flush=True)

    summary = load_demo(services.db, jobs=jobs, seed=seed, progress=progress)
    meta = {"jobs": jobs, "seconds": round(summary.seconds, 1), "rows": summary.rows,
            "reused": False}
    meta_file.write_text(json.dumps(meta, indent=1))
    return services, meta
