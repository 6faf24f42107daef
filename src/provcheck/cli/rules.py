"""`provcheck rules check FILE` and `provcheck rules show`: validate and print rule packs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import yaml

from provcheck.errors import ConfigError, ExitCode
from provcheck.rules import load_rule_pack

rules_app = typer.Typer(
    help="Check and show rule packs (which fields are required, each rule's severity and thresholds).",
    no_args_is_help=True,
)


@rules_app.command("check")
def check_command(
    file: Annotated[Path, typer.Argument(help="Your rule pack (YAML), checked as merged over the default.")],
) -> None:
    """Check a rule pack: exit 0 when valid, 2 with file, key and reason for each mistake.

    Example: provcheck rules check my-rules.yaml
    """
    # This command's answer *is* the validation, so a bad pack is reported here, not raised:
    # the same message and exit code as any command given `--rules` with that file.
    try:
        pack = load_rule_pack(file)
    except ConfigError as exc:
        typer.echo(f"provcheck: {exc.message}", err=True)
        raise typer.Exit(code=int(ExitCode.USAGE)) from None
    states = [rule.enabled for _, rule in pack.rules]
    typer.echo(f"{file}: a valid rule pack ({sum(states)} of {len(states)} rules enabled).")
    raise typer.Exit(code=int(ExitCode.OK))


@rules_app.command("show")
def show_command(
    rules: Annotated[Path | None, typer.Option("--rules", help="Your rule pack, merged over the default.")] = None,
) -> None:
    """Print the effective rule pack (the default, with your pack merged over it) as YAML.

    Example: provcheck rules show --rules my-rules.yaml
    """
    try:
        pack = load_rule_pack(rules)
    except ConfigError as exc:
        typer.echo(f"provcheck: {exc.message}", err=True)
        raise typer.Exit(code=int(ExitCode.USAGE)) from None
    typer.echo(yaml.safe_dump(pack.model_dump(mode="json"), sort_keys=False, width=100), nl=False)
    raise typer.Exit(code=int(ExitCode.OK))


def register(app: typer.Typer) -> None:
    """Add the `rules` command group to the app."""
    app.add_typer(rules_app, name="rules")
