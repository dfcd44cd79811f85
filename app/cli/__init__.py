"""The `tamirgah` command's subcommands (headless): the manager's console for the shop."""

from app.cli.commands import main

__all__ = ["main"]
