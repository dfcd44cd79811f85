"""The desk app's entry point, kept where the CLI looks for it."""

from __future__ import annotations

from collections.abc import Callable

from ui.start.desk_app import application, run_desk_app
from ui.start.start_problem import open_services

__all__ = ["run_desk_app", "start_desk"]


def start_desk(url_of: Callable[[], str], *, demo: bool = False) -> int:
    """Open the database `url_of()` names (a problem is said in a window, not on a console
    the desk does not have) and run the desk on it; 1 when the user closed the problem box."""
    application()
    services = open_services(url_of, demo=demo)
    if services is None:
        return 1
    return run_desk_app(services, demo=demo)
