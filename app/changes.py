"""What an operation changed, so the desk reads again only the screens that show it.

    done = Changes.of_job(job_id) | Changes(messages=True)
    if done.touches(board.concerns()): board.refresh()

A screen says what it shows with the same value (its `concerns()`); an operation says what it
changed. They meet when they share a job id or a flag.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

FLAGS = ("jobs", "customers", "messages", "settings", "users", "backups", "care")


@dataclass(frozen=True)
class Changes:
    job_ids: frozenset[int] = frozenset()  # these jobs, each as one job's screen shows it
    jobs: bool = False  # the lists of jobs: the board, a queue, the counts
    customers: bool = False
    messages: bool = False  # the outbox, replies and alerts
    settings: bool = False
    users: bool = False
    backups: bool = False
    care: bool = False  # follow-ups: their list and the count beside the menu
    everything: bool = False  # the data was replaced (a restore): every screen reads again

    @classmethod
    def of_job(cls, *job_ids: int | None, messages: bool = True) -> Changes:
        """A job that changed: its own screen, the lists of jobs and (a move or a payment
        may queue an SMS) the messages."""
        return cls(job_ids=frozenset(i for i in job_ids if i is not None), jobs=True,
                   messages=messages)

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __or__(self, other: Changes) -> Changes:
        merged = {f: getattr(self, f) or getattr(other, f) for f in (*FLAGS, "everything")}
        return Changes(job_ids=self.job_ids | other.job_ids, **merged)

    def __bool__(self) -> bool:
        return bool(self.job_ids) or self.everything or any(getattr(self, f) for f in FLAGS)

    def touches(self, concerns: Changes) -> bool:
        """Whether a screen showing `concerns` must read again after these changes."""
        if self.everything or concerns.everything:
            return bool(self) and bool(concerns)
        return bool(self.job_ids & concerns.job_ids) or any(
            getattr(self, f) and getattr(concerns, f) for f in FLAGS)

    def flags(self) -> Iterable[str]:
        return [f.name for f in fields(self) if f.name != "job_ids" and getattr(self, f.name)]
