"""What a check returns (a level and message keys with values) and what the checks share."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.printing.print_system import PrintSystem


class Level(StrEnum):
    OK = "ok"
    WARNING = "warning"  # not set up, or only partly checked; does not fail the run
    FAILED = "failed"


@dataclass(frozen=True)
class Say:
    """One thing to tell the user: a key of report.WORDS and the values it names."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


def say(key: str, /, **values: Any) -> Say:
    return Say(key, values)


@dataclass(frozen=True)
class Result:
    level: Level
    says: tuple[Say, ...]


def ok(*says: Say) -> Result:
    return Result(Level.OK, says)


def warning(*says: Say) -> Result:
    return Result(Level.WARNING, says)


def failed(*says: Say) -> Result:
    return Result(Level.FAILED, says)


@dataclass
class Probe:
    """What the checks share: the database URL, and the services once the database check
    found the database current (None otherwise: the later checks then say what they could
    not look at)."""

    url: str
    online: bool = False
    services: Services | None = None
    print_system: PrintSystem | None = None  # the desk's, handed in by the tamirgah command

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None
