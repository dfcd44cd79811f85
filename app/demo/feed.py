"""Feeding the demo writer: rows made in a child process (or a thread) while it writes.

A plain child interpreter over pipes rather than multiprocessing: spawn would re-run the
caller's main script in the child, and fork is unsafe under a GUI's threads.
"""

from __future__ import annotations

import contextlib
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator
from typing import Any, BinaryIO

from app.demo.gen import DemoGenerator, Plan
from app.demo.jobs import Rows

Batch = tuple[int, Rows]
_CHILD = ("import pickle, sys; sys.path[:0] = pickle.load(sys.stdin.buffer); "
          "from app.demo.feed import child_main; child_main()")


def batches(plan: Plan, *, process: bool = True) -> Iterator[Batch]:
    """The plan's batches, made ahead of the caller: in a child process when allowed (on a
    thread the GIL serialises making rows with SQLite's work on them)."""
    if process and not getattr(sys, "frozen", False):
        yield from _from_child(plan)
    else:
        yield from _from_thread(plan)


def child_main() -> None:
    out = sys.stdout.buffer
    try:
        plan = pickle.load(sys.stdin.buffer)
        for item in DemoGenerator(plan).batches():
            pickle.dump(("rows", item), out, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(("end", None), out)
    except BrokenPipeError:
        return  # the parent stopped reading: it has failed or been interrupted
    except BaseException:
        pickle.dump(("error", traceback.format_exc()), out)
    out.flush()


def _from_child(plan: Plan) -> Iterator[Batch]:
    child = subprocess.Popen([sys.executable, "-c", _CHILD], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
    stdin: BinaryIO = child.stdin  # type: ignore[assignment]
    stdout: BinaryIO = child.stdout  # type: ignore[assignment]
    try:
        pickle.dump(list(sys.path), stdin)
        pickle.dump(plan, stdin)
        stdin.close()

        def messages() -> Iterator[tuple[str, Any]]:
            while True:
                try:
                    yield pickle.load(stdout)
                except EOFError:
                    raise RuntimeError(f"the demo row maker exited ({child.wait()})") from None

        yield from _unwrap(messages())
    finally:
        if child.poll() is None:
            child.kill()
        stdout.close()
        child.wait()


def _from_thread(plan: Plan) -> Iterator[Batch]:
    ready: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in DemoGenerator(plan).batches():
                while not stop.is_set():
                    try:
                        ready.put(("rows", item), timeout=0.2)
                        break
                    except queue.Full:
                        continue
            ready.put(("end", None))
        except BaseException:
            ready.put(("error", traceback.format_exc()))

    worker = threading.Thread(target=produce, name="demo-rows", daemon=True)
    worker.start()
    try:
        yield from _unwrap(iter(ready.get, None))
    finally:
        stop.set()
        while worker.is_alive():
            with contextlib.suppress(queue.Empty):
                ready.get(timeout=0.2)


def _unwrap(messages: Iterator[tuple[str, Any]]) -> Iterator[Batch]:
    """The batches of a ("rows" | "end" | "error", payload) message stream."""
    for kind, item in messages:
        if kind == "end":
            return
        if kind == "error":
            raise RuntimeError(f"making demo rows failed:\n{item}")
        yield item
