"""Keeping Python's cyclic garbage collector away from the objects the desk keeps for long.

A full collection walks every tracked object; with the window built and thousands of board
rows in memory that is a pause of 10–60 ms on the UI thread, a stutter in the middle of a
scroll. `gc.freeze()` moves what is alive now out of the collector's generations, so later
collections walk only what was made since. What is frozen is still freed by reference
counting; only a cycle among frozen objects that later becomes garbage stays (a few closed
windows' Python wrappers over a day, at worst).
"""

from __future__ import annotations

import gc


def keep_out_of_collections() -> None:
    """After the board took in a page: the window and the rows so far are long-lived."""
    gc.freeze()
