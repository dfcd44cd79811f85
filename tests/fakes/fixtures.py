"""Pytest fixtures: one started fake per test, stopped afterwards.

Use them from a conftest.py (`from tests.fakes.fixtures import kavenegar_fake  # noqa: F401`)
or start a fake directly: `with FakeKavenegar(latency=0.05) as fake: ...`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.generic import FakeGenericProvider
from tests.fakes.kavenegar import FakeKavenegar
from tests.fakes.smsir import FakeSmsIr
from tests.fakes.twilio import FakeTwilio

__all__ = ["FakeGenericProvider", "FakeKavenegar", "FakeSmsIr", "FakeTwilio",
           "http_fake", "kavenegar_fake", "smsir_fake", "twilio_fake"]


@pytest.fixture
def kavenegar_fake() -> Iterator[FakeKavenegar]:
    with FakeKavenegar() as fake:
        yield fake


@pytest.fixture
def smsir_fake() -> Iterator[FakeSmsIr]:
    with FakeSmsIr() as fake:
        yield fake


@pytest.fixture
def twilio_fake() -> Iterator[FakeTwilio]:
    with FakeTwilio() as fake:
        yield fake


@pytest.fixture
def http_fake() -> Iterator[FakeGenericProvider]:
    with FakeGenericProvider() as fake:
        yield fake
