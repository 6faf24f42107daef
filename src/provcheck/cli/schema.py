"""`provcheck schema`: print the JSON Schema of a result line (docs/result-format.md)."""

from __future__ import annotations

import json

import typer

from provcheck.errors import ExitCode


def schema_command() -> None:
    """Print the JSON Schema of one result line, generated from provcheck's own models.

    Example: provcheck schema > provcheck-result.schema.json
    """
    from provcheck.schema import result_schema  # here, not at start-up: every other command goes without

    typer.echo(json.dumps(result_schema(), indent=2, ensure_ascii=False))
    raise typer.Exit(code=int(ExitCode.OK))


def register(app: typer.Typer) -> None:
    """Add the `schema` command to the app."""
    app.command("schema")(schema_command)
