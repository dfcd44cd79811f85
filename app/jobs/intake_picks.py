"""What the intake form offers as you type: brands and models by kind, colours, common faults.

Built from the catalogue the demo shop uses (app/demo/data.py), which covers the devices an
Iranian repair shop sees most; anything else is typed freely.
"""

from __future__ import annotations

from app.demo.data import COLOURS_EN, COLOURS_FA, DEVICES, PROBLEMS


def brands(kind: str | None = None) -> list[str]:
    """Brands for a device kind (all kinds when None), most common first, without repeats."""
    rows = sorted((row for row in DEVICES if kind is None or row[0] == kind),
                  key=lambda row: -row[3])
    return list(dict.fromkeys(row[1] for row in rows))


def models(kind: str | None, brand: str) -> list[str]:
    """Models of ``brand`` (case-insensitive) for a kind, or for every kind when None."""
    wanted = brand.strip().casefold()
    found: list[str] = []
    for row_kind, row_brand, names, _, _ in DEVICES:
        if row_brand.casefold() == wanted and (kind is None or row_kind == kind):
            found.extend(names)
    return list(dict.fromkeys(found))


def colours(lang: str) -> list[str]:
    return list(COLOURS_FA if lang == "fa" else COLOURS_EN)


def common_problems(kind: str, lang: str, limit: int = 8) -> list[str]:
    """The faults reception writes most for a kind, in ``lang``; the first ``limit`` of them."""
    persian, english = PROBLEMS.get(kind, PROBLEMS["other"])
    return list(persian if lang == "fa" else english)[:limit]
