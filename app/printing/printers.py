"""This PC's printers (one per role: receipt, label, a4) and its preferred paper sizes.

They live in the workstation file, not the shared database: two desks have different printers.
"""

from __future__ import annotations

from typing import Any

from app.errors import ValidationError
from app.printing.papers import PRINTER_ROLES, paper_for
from app.this_pc import workstation

PRINTERS_KEY = "printers"
SIZES_KEY = "paper_sizes"


def _table(key: str) -> dict[str, Any]:
    value = workstation.get(key, {})
    return value if isinstance(value, dict) else {}


def printer_for(role: str) -> str | None:
    name = _table(PRINTERS_KEY).get(role)
    return str(name) if name else None


def set_printer(role: str, name: str | None) -> None:
    if role not in PRINTER_ROLES:
        raise ValidationError(f"Unknown printer role '{role}'. Choose one of: "
                              f"{', '.join(PRINTER_ROLES)}", code="bad_choice", field="role")
    table = _table(PRINTERS_KEY)
    if name:
        table[role] = name
    else:
        table.pop(role, None)
    workstation.put(PRINTERS_KEY, table)


def preferred_size(document: str) -> str | None:
    size = _table(SIZES_KEY).get(document)
    return str(size) if size else None


def set_preferred_size(document: str, size: str | None) -> None:
    table = _table(SIZES_KEY)
    if size:
        table[document] = paper_for(document, size).name  # refuses a size the paper lacks
    else:
        table.pop(document, None)
    workstation.put(SIZES_KEY, table)
