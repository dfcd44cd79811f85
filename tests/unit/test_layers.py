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


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def app_imports() -> dict[str, set[str]]:
    """Module -> the app modules it imports, inside functions too; imports for type checking
    only are left out (they never run)."""
    modules = {module_name(p): p for p in (ROOT / "app").rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(node) for branch in ast.walk(tree) if isinstance(branch, ast.If)
                       and "TYPE_CHECKING" in ast.unparse(branch.test)
                       for node in ast.walk(branch)}
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name in modules}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:  # `from pkg import submodule` needs the submodule
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
        graph[name] = found & set(modules)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_inside_app() -> None:
    assert cycles(app_imports()) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


SERVICES = ("UserService", "SettingsService", "CustomerService", "JobService", "JobListing",
            "SearchService", "MessagingService", "BackupService", "PaperService", "Dispatcher",
            "CareService")


def test_services_are_constructed_only_at_the_composition_root() -> None:
    built = []
    for layer in ("app", "ui", "bench"):
        for path in sorted((ROOT / layer).rglob("*.py")):
            if path == ROOT / "app" / "bootstrap.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                        and node.func.id in SERVICES:
                    built.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.id}")
    assert built == []


def test_ui_never_reaches_the_database_object() -> None:
    """ui/ asks the services (backups, sending, where()) and never holds `services.db`."""
    reached = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "db" \
                    and ast.unparse(node.value).endswith("services"):
                reached.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert reached == []
