"""A third party's gateway is found through the entry-point group once its package is on the
path, and it never stays installed in the project's environment.

The example is "installed" the way pip lays a package out (the package folder beside a
.dist-info folder holding METADATA and entry_points.txt), built from its own pyproject.toml,
into a temporary folder put on sys.path: no network and no wheel tooling needed."""

import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from app.notify.gateway import DeliveryStatus
from app.notify.registry import available_gateways, load_gateway
from tests.db.gateways.helpers import SMS

EXAMPLE = Path(__file__).resolve().parents[2] / "plugin_example"


def test_an_installed_plugin_package_registers_its_gateway(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "pigeon" not in available_gateways()
    target = install(EXAMPLE, tmp_path / "site")
    monkeypatch.syspath_prepend(str(target))

    gateways = available_gateways()
    assert gateways["pigeon"].__name__ == "PigeonGateway"
    assert {"console", "kavenegar", "smsir", "twilio", "http"} <= set(gateways)
    result = load_gateway("pigeon", {"loft": "roof"}).send(SMS)
    assert result.provider_id == f"roof-{SMS.local_id}"
    assert result.status == DeliveryStatus.SENT

    monkeypatch.undo()
    sys.modules.pop("pigeon_sms", None)
    assert "pigeon" not in available_gateways()


def install(project: Path, target: Path) -> Path:
    meta = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for package in meta.get("entry-points", {}).values():
        for ref in package.values():
            module = ref.split(":")[0].split(".")[0]
            shutil.copytree(project / module, target / module, dirs_exist_ok=True)
    dist_name = meta["name"].replace("-", "_")
    info = target / f"{dist_name}-{meta['version']}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {meta['name']}\n"
                                   f"Version: {meta['version']}\n", encoding="utf-8")
    groups = [f"[{group}]\n" + "".join(f"{name} = {ref}\n" for name, ref in refs.items())
              for group, refs in meta["entry-points"].items()]
    (info / "entry_points.txt").write_text("\n".join(groups), encoding="utf-8")
    return target
