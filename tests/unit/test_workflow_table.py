import itertools
from collections import deque

from app.auth.roles import Role
from app.jobs.workflow import (
    TERMINAL,
    TRANSITIONS,
    CustomerEvent,
    Requirement,
    Status,
    find_transition,
    transitions_from,
)


def reachable_from(start: Status) -> set[Status]:
    seen, queue = {start}, deque([start])
    while queue:
        for t in transitions_from(queue.popleft()):
            if t.target not in seen:
                seen.add(t.target)
                queue.append(t.target)
    return seen


def test_every_status_is_reachable_from_received() -> None:
    assert reachable_from(Status.RECEIVED) == set(Status)


def test_every_open_status_can_reach_an_end() -> None:
    for status in set(Status) - TERMINAL:
        assert reachable_from(status) & TERMINAL, status


def test_main_path_exists_in_order() -> None:
    path = [Status.RECEIVED, Status.DIAGNOSING, Status.AWAITING_APPROVAL, Status.APPROVED,
            Status.IN_REPAIR, Status.WAITING_PARTS, Status.IN_REPAIR, Status.READY,
            Status.DELIVERED]
    for source, target in itertools.pairwise(path):
        assert find_transition(source, target) is not None, (source, target)


def test_shortcuts_and_exits_from_terminal_states_are_absent() -> None:
    assert find_transition(Status.RECEIVED, Status.READY) is None
    assert find_transition(Status.RECEIVED, Status.DELIVERED) is None
    assert not transitions_from(Status.DELIVERED)
    assert not transitions_from(Status.CANCELLED)


def test_requirements_and_events_are_where_the_shop_expects_them() -> None:
    to_approval = find_transition(Status.DIAGNOSING, Status.AWAITING_APPROVAL)
    assert to_approval and Requirement.ESTIMATE in to_approval.requires
    assert to_approval.event == CustomerEvent.ESTIMATE_READY
    delivered = find_transition(Status.READY, Status.DELIVERED)
    assert delivered and Requirement.PAID_IN_FULL in delivered.requires
    assert Role.TECHNICIAN not in delivered.roles
    parts = find_transition(Status.IN_REPAIR, Status.WAITING_PARTS)
    assert parts and Requirement.PROMISED_DATE in parts.requires
    for t in TRANSITIONS:
        if t.target == Status.CANCELLED:
            assert Requirement.REASON in t.requires and t.event == CustomerEvent.CANCELLED
        if t.target == Status.READY:
            assert t.event == CustomerEvent.READY
        assert Role.MANAGER in t.roles


def test_each_pair_appears_once() -> None:
    pairs = [(t.source, t.target) for t in TRANSITIONS]
    assert len(pairs) == len(set(pairs))
