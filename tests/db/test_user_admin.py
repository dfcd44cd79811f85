"""A manager changes roles, deactivates (never deletes) and resets passwords; nobody else may."""

from __future__ import annotations

import pytest

from app.auth.roles import Perm, Role
from app.bootstrap import Services
from app.errors import NotFound, PermissionDenied, ValidationError
from tests.factories import user


def test_a_manager_changes_a_role_and_the_new_role_applies_at_login(services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    tech = user(services, Role.TECHNICIAN)
    changed = services.users.set_role(boss, tech.user_id or 0, "reception")
    assert changed.role == Role.RECEPTION
    assert services.users.authenticate(tech.username, "secret-1").role == Role.RECEPTION
    with pytest.raises(ValidationError) as err:
        services.users.set_role(boss, tech.user_id or 0, "janitor")
    assert err.value.code == "bad_role"
    with pytest.raises(NotFound):
        services.users.set_role(boss, 99_999, "manager")


def test_deactivated_users_cannot_log_in_and_keep_their_row(services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    desk = user(services, Role.RECEPTION)
    services.users.set_active(boss, desk.user_id or 0, False)
    with pytest.raises(PermissionDenied):
        services.users.authenticate(desk.username, "secret-1")
    assert not services.users.get(desk.user_id or 0).active
    services.users.set_active(boss, desk.user_id or 0, True)
    assert services.users.authenticate(desk.username, "secret-1").user_id == desk.user_id


def test_the_shop_always_keeps_an_active_manager(services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    for change in (lambda: services.users.set_role(boss, boss.user_id or 0, "technician"),
                   lambda: services.users.set_active(boss, boss.user_id or 0, False)):
        with pytest.raises(ValidationError) as err:
            change()
        assert err.value.code in ("last_manager", "deactivate_self")
    second = user(services, Role.MANAGER)
    services.users.set_role(boss, second.user_id or 0, "technician")
    services.users.set_role(boss, second.user_id or 0, "manager")
    services.users.set_role(boss, boss.user_id or 0, "reception")  # another manager remains
    assert services.users.get(boss.user_id or 0).role == Role.RECEPTION
    with pytest.raises(ValidationError) as last:
        services.users.set_active(second, second.user_id or 0, False)
    assert last.value.code == "deactivate_self"


def test_a_manager_resets_a_password_and_others_may_not(services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    tech = user(services, Role.TECHNICIAN)
    services.users.set_password(boss, tech.user_id or 0, "fresh-pass")
    assert services.users.authenticate(tech.username, "fresh-pass").user_id == tech.user_id
    with pytest.raises(ValidationError) as short:
        services.users.set_password(boss, tech.user_id or 0, "123")
    assert short.value.code == "short_password"
    for attempt in (lambda: services.users.set_password(tech, boss.user_id or 0, "mine-now"),
                    lambda: services.users.set_role(tech, tech.user_id or 0, "manager"),
                    lambda: services.users.set_active(tech, boss.user_id or 0, False)):
        with pytest.raises(PermissionDenied):
            attempt()
    assert services.users.get(tech.user_id or 0).role == Role.TECHNICIAN
    assert services.users.authenticate("boss", "secret-1").role == Role.MANAGER


def test_an_owner_runs_the_shop_like_a_manager_and_counts_as_one(services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    owner = user(services, Role.OWNER, "owner")
    assert all(owner.can(perm) for perm in Perm)
    services.users.set_role(owner, boss.user_id or 0, "technician")  # the owner still runs it
    with pytest.raises(ValidationError) as err:
        services.users.set_role(owner, owner.user_id or 0, "reception")
    assert err.value.code == "last_manager"
    assert services.users.get(owner.user_id or 0).role == "owner"
