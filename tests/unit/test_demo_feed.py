from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from app.demo import data
from app.demo.feed import _unwrap, batches
from app.demo.gen import COLUMNS, ID_TABLES, Clock, DemoGenerator, Plan
from app.demo.jobs import Rows, Staff


def test_batches_stop_at_end_and_ignore_what_follows() -> None:
    stream: Iterator[tuple[str, Any]] = iter(
        [("rows", (2, {})), ("rows", (3, {})), ("end", None), ("rows", (9, {}))])
    assert [size for size, _ in _unwrap(stream)] == [2, 3]


def test_a_failure_in_the_row_maker_is_raised_with_its_traceback() -> None:
    stream: Iterator[tuple[str, Any]] = iter([("rows", (2, {})), ("error", "Traceback: boom")])
    made = _unwrap(stream)
    assert next(made)[0] == 2
    with pytest.raises(RuntimeError, match="boom"):
        next(made)


# --- what the rows say: in the customer's language, with the hard cases -----------------------

PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
LATIN_WORD = re.compile("[A-Za-z]{2,}")
BROKEN_VERB = re.compile(r"(?:^|\s)(?:ن?می|ها) ")  # «می شود», «نمی شود» want a ZWNJ, not a space


def _rows(jobs: int, process: bool = False) -> Rows:
    now = 1_760_000_000
    plan = Plan(now=now, tz="Asia/Tehran", jobs=jobs, seed=7, staff=Staff(1, 2, (3, 4, 2)),
                next_ids=dict.fromkeys(ID_TABLES, 1), used_mobiles=set(), batch_jobs=jobs,
                seq_base=dict.fromkeys(Clock(now, "Asia/Tehran", jobs).year_counts(), 0))
    if process:
        [(_, rows)] = list(batches(plan, process=True))
        return rows
    [(_, rows)] = list(DemoGenerator(plan).batches())
    return rows


def _column(table: str, name: str) -> int:
    return COLUMNS[table].index(name)


def _says(text: str, lang: str) -> bool:
    persian = bool(PERSIAN_LETTER.search(text))
    return persian if lang == "fa" else not persian


@pytest.fixture(scope="module")
def rows() -> Rows:
    return _rows(3000)


def test_job_texts_follow_the_customers_language(rows: Rows) -> None:
    lang = {r[0]: r[_column("customers", "language")] for r in rows["customers"]}
    job_lang = {r[0]: lang[r[_column("jobs", "customer_id")]] for r in rows["jobs"]}
    assert set(job_lang.values()) == {"fa", "en"}
    for customer in rows["customers"]:
        note = customer[_column("customers", "notes")]
        assert not note or _says(note, customer[_column("customers", "language")]), note
    for job in rows["jobs"]:
        for column in ("problem", "customer_note"):
            text = job[_column("jobs", column)]
            assert not text or _says(text, job_lang[job[0]]), (job_lang[job[0]], text)
    for line in rows["estimate_lines"]:
        text = line[_column("estimate_lines", "description")]
        assert _says(text, job_lang[line[1]]), (job_lang[line[1]], text)
    for payment in rows["payments"]:
        note = payment[_column("payments", "note")]
        assert not note or _says(note, job_lang[payment[1]]), note
    reasons = [(e[1], json.loads(e[5])["reason"]) for e in rows["job_events"]
               if "reason" in json.loads(e[5])]
    assert reasons
    for job_id, reason in reasons:
        assert _says(reason, job_lang[job_id]), (job_lang[job_id], reason)


def test_persian_problems_carry_latin_names_and_the_newest_jobs_show_them(rows: Rows) -> None:
    problems = [j[_column("jobs", "problem")] for j in rows["jobs"]]
    mixed = [p for p in problems if PERSIAN_LETTER.search(p) and LATIN_WORD.search(p)]
    assert len(mixed) > len(problems) // 20
    assert any(len(p) > 60 for p in mixed)
    assert sum(1 for p in problems[-40:] if LATIN_WORD.search(p) and len(p) > 40) >= 8
    lines = [line[_column("estimate_lines", "description")] for line in rows["estimate_lines"]]
    assert any(PERSIAN_LETTER.search(t) and LATIN_WORD.search(t) for t in lines)


def test_every_persian_word_list_is_written_with_its_zwnj() -> None:
    texts = [t for fa, _ in (*data.PROBLEMS.values(), *data.LONG_PROBLEMS.values()) for t in fa]
    texts += [t for kind in data.LINES.values() for parts, labour in [kind["fa"]]
              for t, _, _ in (*parts, *labour)]
    texts += [*data.NOTES["fa"], data.DIAGNOSIS_FEE["fa"][0]]
    for table in (data.REASONS_DECLINE, data.REASONS_SENT_OUT, data.REASONS_UNREPAIRABLE,
                  data.REASONS_CANCEL, data.REFUND_REASONS):
        texts += table["fa"]
    for text in texts:
        assert not BROKEN_VERB.search(text), text
    english = [t for _, en in (*data.PROBLEMS.values(), *data.LONG_PROBLEMS.values()) for t in en]
    assert all(_says(t, "en") for t in english)


def test_rows_made_in_a_child_process_are_the_rows_made_here() -> None:
    assert _rows(300, process=True) == _rows(300)
