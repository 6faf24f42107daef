"""`provcheck explain FILE`: every candidate for every field, and why it won or lost (docs/explain.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from provcheck.cli import options as opt
from provcheck.errors import DocumentFailure, ExitCode, UsageError
from provcheck.pipeline import CheckOptions


def explain_command(
    file: Annotated[Path, typer.Argument(help="A PDF or image file.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the explanation as one JSON object.")] = False,
    rules: opt.Rules = None,
    as_of: opt.AsOf = None,
    password: opt.Password = None,
    passwords: opt.Passwords = None,
    knowledge: opt.Knowledge = None,
) -> None:
    """Show every value the finders read for each field, which won and why.

    Example: provcheck explain statement.pdf --knowledge my-knowledge/
    """
    from provcheck.explain import explain_file, table_lines

    if not file.is_file():
        raise UsageError(f"{file}: no such file. Give the path of a PDF or image.")
    options = CheckOptions(
        rules_path=rules,
        as_of=opt.as_of_date(as_of),
        passwords=opt.read_passwords(password, passwords),
        knowledge_path=knowledge,
    )
    try:
        ex = explain_file(file, options)
    except DocumentFailure as failure:
        typer.echo(f"provcheck: {file.name}: {failure}", err=True)
        raise typer.Exit(code=int(ExitCode.AT_OR_ABOVE_FAIL_ON)) from None
    if json_out:
        typer.echo(json.dumps(ex.to_json_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        typer.echo("\n".join(table_lines(ex)))
    raise typer.Exit(code=int(ExitCode.OK))


def register(app: typer.Typer) -> None:
    """Add the `explain` command to the app."""
    app.command("explain")(explain_command)
