"""The shop's bundle is built from build_scripts/bundle-lock.txt: every dependency pinned inside
pyproject.toml's range, for Windows and Linux, with hashes; and the build installs exactly that.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from build_scripts import build

bundle_env = build.bundle_env  # the very module build.py uses
ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PIN = re.compile(r"(?P<name>[A-Za-z0-9._-]+)==(?P<version>[^\s;]+)\s*(?:;\s*(?P<marker>.+))?")
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")

# Python 3.11 on the shops' Windows PCs and on the Linux build machine
PLATFORMS = {
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
}
PYTHON_311 = {"python_version": "3.11", "python_full_version": "3.11.7",
              "implementation_name": "cpython", "platform_python_implementation": "CPython",
              "extra": ""}


@dataclass(frozen=True)
class Pin:
    name: str
    version: Version
    marker: Marker | None
    hashes: int

    def applies(self, platform: str) -> bool:
        env = dict(PYTHON_311, **PLATFORMS[platform])
        return self.marker is None or self.marker.evaluate(env)


def lock_entries() -> list[str]:
    """The lock's requirements, each with its continuation lines (its hashes) joined."""
    entries: list[str] = []
    for line in bundle_env.LOCK.read_text(encoding="utf-8").splitlines():
        text = line.strip().removesuffix("\\").strip()
        if not text or text.startswith("#"):
            continue
        if line[:1].isspace():
            entries[-1] += " " + text
        else:
            entries.append(text)
    return entries


def pins() -> list[Pin]:
    found = []
    for entry in lock_entries():
        requirement, *_ = entry.split(" --hash")
        match = PIN.fullmatch(requirement.strip())
        assert match is not None, f"not an exact pin: {entry[:80]}"
        marker = match["marker"]
        found.append(Pin(canonicalize_name(match["name"]), Version(match["version"]),
                         Marker(marker) if marker else None, len(HASH.findall(entry))))
    return found


def declared() -> list[Requirement]:
    """What the package and its build ask for: dependencies, the build extra, the backend."""
    texts = [*PYPROJECT["project"]["dependencies"],
             *PYPROJECT["project"]["optional-dependencies"]["build"],
             *PYPROJECT["build-system"]["requires"]]
    return [Requirement(text) for text in texts]


def test_every_pin_is_exact_and_hashed() -> None:
    locked = pins()
    assert len(locked) >= 30
    assert [pin.name for pin in locked if pin.hashes == 0] == []
    assert len({(pin.name, str(pin.marker)) for pin in locked}) == len(locked)


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
@pytest.mark.parametrize("requirement", declared(), ids=str)
def test_each_dependency_is_pinned_within_its_range(requirement: Requirement,
                                                    platform: str) -> None:
    name = canonicalize_name(requirement.name)
    chosen = [pin for pin in pins() if pin.name == name and pin.applies(platform)]
    assert len(chosen) == 1, f"{name} is not pinned once for {platform} in the lock"
    assert requirement.specifier.contains(chosen[0].version, prereleases=True), (
        f"{name} {chosen[0].version} is outside {requirement.specifier}: "
        "run build_scripts/lock.py")


def test_the_extras_asked_for_are_pinned_too() -> None:
    locked = {pin.name for pin in pins()}
    assert "psycopg-binary" in locked  # psycopg[binary]: the spec bundles it


def test_the_build_environment_installs_the_lock_with_hashes_only() -> None:
    locked, project = bundle_env.install_commands(Path("python"))
    assert locked[-2:] == ["-r", str(bundle_env.LOCK)]
    assert "--require-hashes" in locked and "--only-binary" in locked
    assert {"--no-deps", "--no-build-isolation"} <= set(project)  # nothing resolved past the lock


class FakeEnvBuilder:
    made: ClassVar[list[Path]] = []

    def __init__(self, with_pip: bool) -> None:
        assert with_pip

    def create(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        FakeEnvBuilder.made.append(folder)


@pytest.fixture
def build_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """bundle_env aimed at a copy of the lock in tmp_path, with venv and pip faked."""
    lock = tmp_path / "bundle-lock.txt"
    lock.write_bytes(bundle_env.LOCK.read_bytes())
    ran: list[list[str]] = []
    FakeEnvBuilder.made = []
    monkeypatch.setattr(bundle_env, "LOCK", lock)
    monkeypatch.setattr(bundle_env, "VENV", tmp_path / ".venv-build")
    monkeypatch.setattr(bundle_env.venv, "EnvBuilder", FakeEnvBuilder)
    monkeypatch.setattr(bundle_env.dev, "run", lambda cmd, env=None: ran.append(cmd))
    return ran


def test_the_environment_is_made_once_per_lock(build_env: list[list[str]]) -> None:
    bundle_env.ensure()
    assert any("--require-hashes" in cmd and str(bundle_env.LOCK) in cmd for cmd in build_env)
    assert bundle_env.stamp().exists()
    build_env.clear()
    bundle_env.ensure()
    assert build_env == [] and len(FakeEnvBuilder.made) == 1


def test_a_changed_lock_makes_the_environment_anew(build_env: list[list[str]]) -> None:
    bundle_env.ensure()
    dropped = bundle_env.VENV / "a package the lock no longer names"
    dropped.touch()
    bundle_env.LOCK.write_text(bundle_env.LOCK.read_text() + "\n", encoding="utf-8")
    bundle_env.ensure()
    assert len(FakeEnvBuilder.made) == 2 and not dropped.exists()
    assert sum("--require-hashes" in cmd for cmd in build_env) == 2
    assert bundle_env.stamp().exists()


def test_the_build_runs_everything_with_the_locked_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked_python = tmp_path / "locked" / "python"
    ran: list[list[str]] = []
    monkeypatch.setattr(build.bundle_env, "ensure", lambda: locked_python)
    monkeypatch.setattr(build.dev, "run", lambda cmd, env=None: ran.append(cmd))
    monkeypatch.setattr(build, "linux_prerequisites", lambda: None)
    monkeypatch.setattr(build, "DIST", tmp_path / "dist")
    monkeypatch.setattr(build, "DESK", tmp_path / "dist" / "tamirgah")
    monkeypatch.setattr(build, "CLI", tmp_path / "dist" / "tamirgah-cli")
    (tmp_path / "dist").mkdir()
    build.build(portable=False)
    assert [Path(cmd[0]).name for cmd in ran] == ["python"] * 3
    assert all(cmd[0] == str(locked_python) for cmd in ran)
    assert ran[-1][1:3] == ["-m", "PyInstaller"]
