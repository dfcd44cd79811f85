"""Qt translations: `update` collects the UI's strings into resources/translations/*.ts (keeping
what is translated), `build` compiles them into .qm files beside them (not committed).

    python build_scripts/translations.py update|build
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fa",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv's), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"tamirgah_{lang}.ts"


def update(target: Path | None = None) -> None:
    for lang in LANGUAGES:
        out = target or ts_file(lang)
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete",
                        "-target-language", f"{lang}_IR", "-ts", str(out)],
                       cwd=ROOT, check=True, capture_output=True)


def build() -> list[Path]:
    built = []
    for lang in LANGUAGES:
        source = ts_file(lang)
        qm = source.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(qm)],
                       cwd=ROOT, check=True, capture_output=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    actions = {"update": update, "build": build}
    if len(sys.argv) != 2 or sys.argv[1] not in actions:
        sys.exit("usage: python build_scripts/translations.py update|build")
    actions[sys.argv[1]]()
