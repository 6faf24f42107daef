"""Runs documents for a batch. This first version runs them one after another in this process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from provcheck.models import DocumentResult
from provcheck.pipeline import CheckOptions, check_file
from provcheck.rules import RulePack


def run_documents(files: list[Path], options: CheckOptions, pack: RulePack) -> Iterator[DocumentResult]:
    """Yield one result per file, in the order given."""
    for path in files:
        yield check_file(path, options, pack)
