"""A stand-in provider: real HTTP on 127.0.0.1 with a threaded server, told what to answer.

Subclasses route requests and speak their provider's format; this base keeps the shared state
(accepted messages, statuses, inbound messages, balance) and the failure modes:

- "accept" (default): the provider's success answer;
- any name in the subclass's ERRORS: that documented error;
- "5xx": a server error page;
- "hang": wait past any client timeout and answer nothing, having accepted nothing;
- "accept_then_hang": record the message as accepted, then wait and answer nothing.

Modes apply to send requests only unless set with scope="all", for `count` requests or until
changed. `latency` adds a fixed delay to every request; `send_delay` only to sends, before
the provider acts on them (past the client's timeout: the message is accepted after the
client gave up, as a slow provider does). `lookups_blind` makes look-ups of sent messages
answer "not found" (a provider whose look-up index lags behind its sends), and
`inbound_ids="per_request"` numbers the replies of each fetch from 1, as some providers do.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Self
from urllib.parse import parse_qs, urlsplit

HANG_SECONDS = 30.0


@dataclass
class Recorded:
    """One HTTP request as the fake received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(self.body.decode(), keep_blank_values=True).items()}

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class Accepted:
    """A message the provider accepted: the thing tests count to prove "never twice"."""

    provider_id: str
    to: str
    body: str
    local_id: str = ""
    sender: str = ""
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    status: Any = None  # in the provider's own vocabulary


@dataclass
class Inbound:
    provider_id: str
    sender: str
    body: str
    at: dt.datetime
    to: str = ""
    read: bool = False


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json"

    @classmethod
    def json(cls, status: int, payload: Any) -> Reply:
        return cls(status, json.dumps(payload, ensure_ascii=False).encode())


class Hang(Exception):
    """Raised by a route to leave the connection without an answer."""


class FakeProvider:
    ERRORS: ClassVar[dict[str, Callable[[], Reply]]] = {}
    delivered_status: ClassVar[Any] = None

    def __init__(self, *, latency: float = 0.0, balance: float = 1_000_000.0) -> None:
        self.latency = latency
        self.send_delay = 0.0
        self.lookups_blind = False
        self.inbound_ids = "global"
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests the provider held at one time
        self.balance = balance
        self.lock = threading.RLock()
        self.requests: list[Recorded] = []
        self.accepted: list[Accepted] = []
        self._by_id: dict[str, Accepted] = {}
        self.inbox: list[Inbound] = []
        self._mode = "accept"
        self._mode_scope = "send"
        self._mode_left: int | None = None
        self._release = threading.Event()
        self._ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._local = threading.local()  # per handler thread: hang after accepting?

    # -- what tests set --------------------------------------------------------------------
    def set_mode(self, mode: str, *, count: int | None = None, scope: str = "send") -> None:
        known = {"accept", "5xx", "hang", "accept_then_hang", *self.ERRORS}
        if mode not in known:
            raise ValueError(f"unknown mode {mode!r}; known: {', '.join(sorted(known))}")
        with self.lock:
            self._mode, self._mode_left, self._mode_scope = mode, count, scope

    def set_status(self, provider_id: str, status: Any) -> None:
        with self.lock:
            self.message(provider_id).status = status

    def mark_delivered(self, provider_id: str) -> None:
        self.set_status(provider_id, self.delivered_status)

    def add_inbound(self, sender: str, body: str, *, at: dt.datetime | None = None) -> str:
        with self.lock:
            item = Inbound(self.new_id("in"), sender, body, at or dt.datetime.now(dt.UTC))
            self.inbox.append(item)
            return item.provider_id

    # -- what tests read -------------------------------------------------------------------
    @property
    def send_count(self) -> int:
        with self.lock:
            return len(self.accepted)

    def twice(self) -> int:
        """Messages (by recipient and text) that reached the provider more than once."""
        with self.lock:
            seen: dict[tuple[str, str], int] = {}
            for m in self.accepted:
                seen[(m.to, m.body)] = seen.get((m.to, m.body), 0) + 1
        return sum(1 for n in seen.values() if n > 1)

    def request_count(self, path_part: str) -> int:
        with self.lock:
            return sum(1 for r in self.requests if path_part in r.path)

    def sent_to(self, to: str) -> list[Accepted]:
        with self.lock:
            return [m for m in self.accepted if m.to == to]

    def message(self, provider_id: str) -> Accepted:
        with self.lock:
            return self._by_id[provider_id]

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def gateway_config(self, **extra: Any) -> dict[str, Any]:
        """The config dict for this provider's gateway, pointing at this fake."""
        raise NotImplementedError

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> Self:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.fake = self
        self._server = server
        self._release.clear()
        self._thread = threading.Thread(target=server.serve_forever, args=(0.05,),
                                        name=type(self).__name__,
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()  # hanging handlers end now
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- for subclasses --------------------------------------------------------------------
    def route(self, request: Recorded) -> Reply:
        raise NotImplementedError

    def is_send(self, request: Recorded) -> bool:
        raise NotImplementedError

    def server_error(self) -> Reply:
        return Reply(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")

    def new_id(self, prefix: str = "") -> str:
        return f"{prefix}{next(self._ids)}"

    def accept(self, message: Accepted) -> Accepted:
        """Record an accepted message; in accept_then_hang mode the answer is then lost."""
        with self.lock:
            self.accepted.append(message)
            self._by_id[message.provider_id] = message
        if getattr(self._local, "hang_after_accept", False):
            raise Hang
        return message

    def handle(self, request: Recorded) -> Reply:
        with self.lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            return self._handle(request)
        finally:
            with self.lock:
                self.in_flight -= 1

    def _handle(self, request: Recorded) -> Reply:
        if self.latency:
            time.sleep(self.latency)
        if self.send_delay and self.is_send(request):
            self._release.wait(self.send_delay)
        with self.lock:
            self.requests.append(request)
            mode = self._current_mode(request)
        self._local.hang_after_accept = False
        if mode == "hang":
            raise Hang
        if mode == "5xx":
            return self.server_error()
        if mode in self.ERRORS:
            return self.ERRORS[mode]()
        self._local.hang_after_accept = mode == "accept_then_hang"
        return self.route(request)

    def hang(self) -> None:
        self._release.wait(HANG_SECONDS)

    def _current_mode(self, request: Recorded) -> str:
        if self._mode == "accept" or (self._mode_scope == "send" and not self.is_send(request)):
            return "accept"
        mode = self._mode
        if self._mode_left is not None:
            self._mode_left -= 1
            if self._mode_left <= 0:
                self._mode, self._mode_left = "accept", None
        return mode


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    fake: FakeProvider


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall
    server: _Server

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:  # quiet under pytest
        pass

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Recorded(self.command, parts.path, parse_qs(parts.query, keep_blank_values=True),
                           {k.lower(): v for k, v in self.headers.items()}, body)
        fake = self.server.fake
        try:
            reply = fake.handle(request)
        except Hang:
            fake.hang()
            self.close_connection = True
            return
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", f"{reply.content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting: as
            self.close_connection = True                # with a real provider, it acted anyway
