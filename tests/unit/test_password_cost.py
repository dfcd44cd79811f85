"""The cost a shop's passwords and unlock keys are worked at (the suite runs at a lower one:
see cheap_password_work in tests/conftest.py), and keys that keep opening when it changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.auth import unlock_crypto

ROOT = Path(__file__).resolve().parents[2]
SHOP_COST = "3.65536.4"  # RFC 9106's second recommended profile: 3 passes, 64 MiB, 4 lanes


def test_the_shop_works_at_rfc_9106s_second_profile() -> None:
    probe = ("from app.auth import passwords, unlock_crypto as c; "
             "print(passwords.hash_password('x').split('$')[3]); print(c.new_salt())")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.split()
    assert out[0] == "m=65536,t=3,p=4"
    assert out[1].startswith(SHOP_COST + ":")


def test_a_key_wrapped_at_one_cost_opens_after_the_cost_changed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    salt = unlock_crypto.new_salt()
    key = unlock_crypto.password_key("secret-1", salt)
    monkeypatch.setattr(unlock_crypto, "ARGON2_TIME", 2)
    assert unlock_crypto.password_key("secret-1", salt) == key
    assert unlock_crypto.password_key("secret-1", unlock_crypto.new_salt()) != key
    assert unlock_crypto.password_key("secret-2", salt) != key
    with pytest.raises(unlock_crypto.CannotOpen):
        unlock_crypto.password_key("secret-1", "x.y.z:" + salt.rpartition(":")[2])
