"""The layers, checked on the source, imports inside functions included: ui → app → db and
never back; app and db never import Qt; ui reaches the database only through app."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = {"db": 0, "app": 1, "ui": 2}
NEVER = {"db": {"PySide6", "app", "ui"}, "app": {"PySide6", "ui"},
         "ui": {"db", "sqlalchemy", "alembic", "psycopg"}}


def imported(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def crossings() -> list[str]:
    wrong = []
    for layer, banned in NEVER.items():
        for path in sorted((ROOT / layer).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for line, name in imported(ast.parse(path.read_text(encoding="utf-8"))):
                if name.split(".")[0] in banned:
                    wrong.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return wrong


def test_no_layer_imports_one_it_must_not() -> None:
    assert crossings() == []


def test_the_check_sees_imports_inside_functions() -> None:
    tree = ast.parse("def f():\n    from ui.printing import headless\n")
    assert imported(tree) == [(2, "ui.printing")]
