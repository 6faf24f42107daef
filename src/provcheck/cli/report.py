"""Placeholder: this command is added by its own issue."""

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
