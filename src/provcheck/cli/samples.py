"""`provcheck samples`: write a corpus of fictional provider paperwork with ground truth."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from provcheck.errors import ExitCode

SAMPLE_KNOWLEDGE = Path("samples/knowledge")


def samples_command(
    out: Annotated[Path, typer.Option("--out", help="Folder to write into (text/ and scanned/ inside).")],
    count: Annotated[int, typer.Option("--count", help="How many documents.")] = 30,
    seed: Annotated[int, typer.Option("--seed", help="Corpus seed: the same seed gives the same files.")] = 1,
    scanned_fraction: Annotated[
        float, typer.Option("--scanned-fraction", help="Share of documents (0-1) produced as scans.")
    ] = 0.0,
    force: Annotated[bool, typer.Option("--force", help="Overwrite files that already exist.")] = False,
    knowledge: Annotated[
        Path, typer.Option("--knowledge", help="The folder of the invented houses samples are drawn for.")
    ] = SAMPLE_KNOWLEDGE,
) -> None:
    """Generate sample LoAs, LoA responses and annual statements, each with NAME.truth.json.

    Every document is fictional; its truth file holds the record the document prints, in the
    normalised form of the document-result contract.

    Example:
        provcheck samples --out samples --count 80 --seed 2025 --scanned-fraction 0.25 --knowledge samples/knowledge
    """
    from provcheck.rules.knowledge import use_knowledge
    from provcheck.samplegen import generate  # reportlab and pypdfium2 load only when this command runs

    use_knowledge(knowledge)

    written = generate(out, count, seed, scanned_fraction=scanned_fraction, force=force)
    scans = sum(1 for p in written if p.parent.name == "scanned")
    typer.echo(f"Wrote {len(written)} documents ({scans} scanned) with truth files to {out}.")
    raise typer.Exit(code=int(ExitCode.OK))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("samples")(samples_command)
