"""API keys at rest: encrypted with a key file that lives on the sending PC, never in the database.

The shared database holds only `fernet:<token>`. The key is `secret.key` in this PC's data
folder (or TAMIRGAH_SECRET_KEY), so a copy of the database alone reveals no API key.
"""

from __future__ import annotations

import os

from cryptography.fernet import Fernet, InvalidToken

from app.errors import ValidationError
from app.this_pc.paths import data_dir

PREFIX = "fernet:"
KEY_FILE = "secret.key"
ENV_KEY = "TAMIRGAH_SECRET_KEY"


def _fernet() -> Fernet:
    key = os.environ.get(ENV_KEY)
    if key:
        return Fernet(key.encode())
    path = data_dir() / KEY_FILE
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(Fernet.generate_key())
    return Fernet(path.read_bytes().strip())


def seal(plain: str) -> str:
    return PREFIX + _fernet().encrypt(plain.encode()).decode()


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX)


def unseal(stored: str, *, name: str) -> str:
    if not is_sealed(stored):
        raise ValidationError(f"{name} is not stored encrypted; set it again",
                              code="secret_not_sealed", field=name)
    try:
        return _fernet().decrypt(stored[len(PREFIX):].encode()).decode()
    except InvalidToken:
        raise ValidationError(
            f"{name} was saved on another PC and this PC cannot read it; set it again here "
            f"with: tamirgah config set {name} VALUE", code="secret_other_pc",
            field=name) from None
