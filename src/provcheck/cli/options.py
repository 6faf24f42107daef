"""Options several commands share, declared once so their names and help cannot drift apart."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def _use(value: Path | None) -> Path | None:
    # Put the knowledge in force as soon as the option is parsed: a rule pack read later validates its
    # provider names against it. A bad file raises ConfigError, which main() turns into exit 2.
    from provcheck.rules.knowledge import use_knowledge

    use_knowledge(value)
    return value


KnowledgeOption = Annotated[
    Path | None,
    typer.Option(
        "--knowledge",
        help="Your knowledge folder (providers, aliases, label wordings, policy formats as YAML); "
        "default: provcheck/knowledge in your config folder, or PROVCHECK_KNOWLEDGE.",
        callback=_use,
        is_eager=False,
    ),
]
