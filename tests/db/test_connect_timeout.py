"""A database server that is switched off or cut off is reported within seconds, not after the
operating system's TCP timeout: the desk's start-up box and its red banner depend on it."""

from __future__ import annotations

import socket
import time

import pytest
from sqlalchemy.exc import OperationalError

from app.bootstrap import build
from db.engine import PG_CONNECT_TIMEOUT_S


def test_a_server_that_never_answers_is_given_up_on_in_seconds() -> None:
    # The connection is made (the kernel queues it) but nothing ever answers: a server PC
    # that hangs, or a network that swallows the packets.
    with socket.create_server(("127.0.0.1", 0), backlog=4) as silent:
        port = silent.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(OperationalError, match="timeout"):
            build(f"postgresql://tamirgah@127.0.0.1:{port}/tamirgah")
        took = time.monotonic() - started
    assert PG_CONNECT_TIMEOUT_S - 1 <= took < PG_CONNECT_TIMEOUT_S + 3
