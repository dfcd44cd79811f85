"""The cryptography behind unlock secrets at rest, with no database in sight.

Three moves, each from the `cryptography` package or argon2:
- a key from a password: argon2id, so that guessing a password offline costs what a login does;
- wrap: AES-256-GCM under such a key (a user's private key, stored wrapped);
- seal to a public key: an ephemeral X25519 agreement, HKDF-SHA256, then AES-256-GCM. Anyone
  holding the public key can seal (reception at intake); only the private key opens.
Stored values are text: a version tag and URL-safe base64.
"""

from __future__ import annotations

import base64
import os

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SEALED = "x25519v1:"
WRAPPED = "gcmv1:"
SALT_BYTES = 16
NONCE_BYTES = 12
# RFC 9106's second recommended profile, as argon2-cffi's PasswordHasher uses by default.
ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_LANES = 3, 64 * 1024, 4
_RAW = serialization.Encoding.Raw


class CannotOpen(Exception):
    """A wrong key or a damaged value: never a partial result."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise CannotOpen("not base64") from exc


def new_salt() -> str:
    """A fresh salt with the argon2id cost it is used at ("3.65536.4:<salt>"), so that a key
    wrapped today still opens after the cost is raised."""
    return f"{ARGON2_TIME}.{ARGON2_MEMORY_KIB}.{ARGON2_LANES}:{_b64(os.urandom(SALT_BYTES))}"


def password_key(password: str, salt: str) -> bytes:
    cost, _, raw_salt = salt.rpartition(":")
    try:
        time_cost, memory_kib, lanes = (int(part) for part in cost.split(".")) if cost else (
            ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_LANES)
    except ValueError as exc:
        raise CannotOpen("not a salt of ours") from exc
    return hash_secret_raw(password.encode(), _unb64(raw_salt), time_cost=time_cost,
                           memory_cost=memory_kib, parallelism=lanes, hash_len=32,
                           type=Type.ID)


def wrap(key: bytes, plain: bytes) -> str:
    nonce = os.urandom(NONCE_BYTES)
    return WRAPPED + _b64(nonce + AESGCM(key).encrypt(nonce, plain, None))


def unwrap(key: bytes, stored: str) -> bytes:
    if not stored.startswith(WRAPPED):
        raise CannotOpen("not a wrapped value")
    raw = _unb64(stored[len(WRAPPED):])
    try:
        return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], None)
    except (InvalidTag, ValueError) as exc:
        raise CannotOpen("wrong key or damaged value") from exc


def new_private_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(_RAW, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def private_from(raw: bytes) -> X25519PrivateKey:
    try:
        return X25519PrivateKey.from_private_bytes(raw)
    except ValueError as exc:
        raise CannotOpen("not a private key") from exc


def public_text(key: X25519PrivateKey) -> str:
    return _b64(key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw))


def _agreed_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"tamirgah unlock seal" + ephemeral + recipient).derive(shared)


def seal(public: str, plain: bytes) -> str:
    recipient = _unb64(public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW,
                                                           serialization.PublicFormat.Raw)
    key = _agreed_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient)),
                      ephemeral_public, recipient)
    nonce = os.urandom(NONCE_BYTES)
    return SEALED + _b64(ephemeral_public + nonce + AESGCM(key).encrypt(nonce, plain, None))


def open_sealed(private: X25519PrivateKey, stored: str) -> bytes:
    if not stored.startswith(SEALED):
        raise CannotOpen("not a sealed value")
    raw = _unb64(stored[len(SEALED):])
    ephemeral, nonce, body = raw[:32], raw[32:32 + NONCE_BYTES], raw[32 + NONCE_BYTES:]
    recipient = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        return AESGCM(_agreed_key(shared, ephemeral, recipient)).decrypt(nonce, body, None)
    except (InvalidTag, ValueError) as exc:
        raise CannotOpen("wrong key or damaged value") from exc
