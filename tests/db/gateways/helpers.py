"""Small shared pieces of the gateway tests."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from app.notify.gateway import Alert, ErrorKind, GatewayError, OutgoingSms

TO = "+989121234567"
SMS = OutgoingSms(TO, "دستگاه شما آماده تحویل است", "msg-0001")


def refused_url() -> str:
    """An address on which nothing listens: bound, then closed."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def expect_error(call: Callable[[], object], kind: ErrorKind, alert: Alert | None = None,
                 *words: str) -> GatewayError:
    with pytest.raises(GatewayError) as caught:
        call()
    err = caught.value
    assert err.kind == kind, err.reason
    assert err.alert == alert, err.reason
    for word in words:
        assert word in err.reason, err.reason
    return err


@contextmanager
def within(seconds: float) -> Iterator[None]:
    started = time.monotonic()
    yield
    assert time.monotonic() - started < seconds
