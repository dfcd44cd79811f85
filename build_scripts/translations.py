"""Qt translations: `update` collects the UI's strings into resources/translations/*.ts (keeping
what is translated), `build` compiles them into .qm files beside them (not committed).

Each folder under ui/ has its own catalogue (tamirgah_<folder>_fa.ts), and any module directly
in ui/ would share tamirgah_fa.ts, so people working on different screens never edit one file.

    python build_scripts/translations.py update [CATALOGUE…]|build
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fa",)
CORE = "core"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv's), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def catalogues() -> dict[str, list[str]]:
    """Catalogue name -> the source files whose strings it holds."""
    found: dict[str, list[str]] = {CORE: sorted(str(p.relative_to(ROOT))
                                                for p in UI.glob("*.py"))}
    for folder in sorted(p for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"):
        files = sorted(str(p.relative_to(ROOT)) for p in folder.rglob("*.py"))
        if files:
            found[folder.name] = files
    return found


def ts_file(catalogue: str, lang: str = "fa") -> Path:
    stem = "tamirgah" if catalogue == CORE else f"tamirgah_{catalogue}"
    return TRANSLATIONS / f"{stem}_{lang}.ts"


def update(target_dir: Path | None = None, only: list[str] | None = None) -> list[Path]:
    written = []
    for lang in LANGUAGES:
        for catalogue, files in catalogues().items():
            if only and catalogue not in only:
                continue
            out = ts_file(catalogue, lang)
            if target_dir is not None:
                out = target_dir / out.name
            subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete",
                            "-target-language", f"{lang}_IR", "-ts", str(out)],
                           cwd=ROOT, check=True, capture_output=True)
            if out.exists() and "<message>" not in out.read_text(encoding="utf-8"):
                out.unlink()  # a folder without visible strings needs no catalogue
            elif out.exists():
                written.append(out)
    return written


def build() -> list[Path]:
    built = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        qm = source.with_suffix(".qm")
        # Written aside and moved in: a running app (or test) maps the old file, and a file
        # rewritten in place under it ends that process with a bus error.
        fresh = qm.with_name(f"{qm.stem}.{os.getpid()}.tmp.qm")
        subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(fresh)],
                       cwd=ROOT, check=True, capture_output=True)
        os.replace(fresh, qm)
        built.append(qm)
    return built


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "update":
        update(only=sys.argv[2:] or None)  # e.g. `update core board`
    elif sys.argv[1:] == ["build"]:
        build()
    else:
        sys.exit("usage: python build_scripts/translations.py update [CATALOGUE…] | build")
