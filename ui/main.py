"""The desk app's entry point, kept where the CLI looks for it."""

from ui.app import run_desk_app

__all__ = ["run_desk_app"]
