"""`provcheck rules check PATH` and `provcheck rules show`: validate and print rule packs and knowledge."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from provcheck.cli.options import KnowledgeOption
from provcheck.errors import ConfigError, ExitCode
from provcheck.rules import load_rule_pack

rules_app = typer.Typer(
    help="Check and show rule packs and knowledge (required fields, rules, providers and where each came from).",
    no_args_is_help=True,
)


@rules_app.command("check")
def check_command(
    file: Annotated[
        Path, typer.Argument(help="Your rule pack (YAML), checked as merged over the default, or a knowledge folder.")
    ],
    knowledge: KnowledgeOption = None,
) -> None:
    """Check a rule pack or a knowledge folder: exit 0 when valid, 2 with file, key and reason for each mistake.

    Example: provcheck rules check my-rules.yaml (or: provcheck rules check ~/.config/provcheck/knowledge)
    """
    from provcheck.rules.knowledge import use_knowledge

    # This command's answer *is* the validation, so a bad file is reported here, not raised:
    # the same message and exit code as any command given `--rules` or `--knowledge` with it.
    try:
        if file.is_dir():
            found = use_knowledge(file)
            added = [p.name for p in found.providers if any(o != "bundled" for o in found.origins[p.name])]
            typer.echo(
                f"{file}: a valid knowledge folder ({len(added)} providers added or extended, "
                f"{len(found.label_files)} files of label wordings, {len(found.learned)} learned wordings)."
            )
            raise typer.Exit(code=int(ExitCode.OK))
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
    knowledge: KnowledgeOption = None,
) -> None:
    """Print what is in force: the providers and where each came from, then the effective rule pack, as YAML.

    Example: provcheck rules show --rules my-rules.yaml --knowledge my-knowledge/
    """
    from provcheck.rules.knowledge import active

    try:
        pack = load_rule_pack(rules)
        found = active()
    except ConfigError as exc:
        typer.echo(f"provcheck: {exc.message}", err=True)
        raise typer.Exit(code=int(ExitCode.USAGE)) from None
    providers = [
        {
            "name": p.name,
            "from": list(found.origins.get(p.name, ())),
            "names": p.names()[1:],
            "domains": p.domains,
            "policy_format": p.policy_pattern,
            "pack_override": p.name in pack.providers,
        }
        for p in found.providers
    ]
    shown = {
        "knowledge_folder": str(found.folder) if found.folder else None,
        "label_wordings_from": ["bundled", *found.label_files],
        "learned_wordings": [
            {"provider": w.provider, "field": w.field, "label": w.label, "taught_by": w.taught_by,
             "taught_at": w.taught_at.isoformat(), "from_document": w.from_document}
            for w in found.learned
        ],  # fmt: skip
        "rule_pack_from": ["bundled", *([str(rules)] if rules else [])],
        "providers_in_force": providers,
        **pack.model_dump(mode="json"),  # its `providers` are the pack's own per-provider overrides
    }
    import yaml

    typer.echo(yaml.safe_dump(shown, sort_keys=False, width=100, allow_unicode=True), nl=False)
    raise typer.Exit(code=int(ExitCode.OK))


def register(app: typer.Typer) -> None:
    """Add the `rules` command group to the app."""
    app.add_typer(rules_app, name="rules")
