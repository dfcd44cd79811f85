import pytest

from app.demo.feed import _unwrap


def test_batches_stop_at_end_and_ignore_what_follows() -> None:
    stream = iter([("rows", (2, {})), ("rows", (3, {})), ("end", None), ("rows", (9, {}))])
    assert [size for size, _ in _unwrap(stream)] == [2, 3]


def test_a_failure_in_the_row_maker_is_raised_with_its_traceback() -> None:
    stream = iter([("rows", (2, {})), ("error", "Traceback: boom")])
    batches = _unwrap(stream)
    assert next(batches)[0] == 2
    with pytest.raises(RuntimeError, match="boom"):
        next(batches)
