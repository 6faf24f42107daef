"""`render`: one truth record to one text PDF, in a named layout and the provider's house style."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from provcheck.models import Record
from provcheck.rules.registry import Provider, load_providers
from provcheck.samplegen.houses import house_of
from provcheck.samplegen.loa import render_loa
from provcheck.samplegen.plan import render_plan
from provcheck.samplegen.truth import LAYOUTS


def find_provider(name: str | None) -> Provider:
    """The registry provider of that canonical name, or a bare one for a name the registry lacks."""
    for provider in load_providers():
        if provider.name == name:
            return provider
    return Provider(name=name or "Unknown Provider", source="not in the registry")


def render(record: Record | dict[str, Any], doc_type: str, layout: str, path: Path | str, seed: int = 0) -> Path:
    """Render a truth record as a text PDF.

    Args:
        record: the truth (a `Record`, or the dict of `Record.for_type`); every non-null field is printed.
        doc_type: `loa`, `loa_response` or `annual_statement`.
        layout: a layout id from `LAYOUTS[doc_type]`.
        path: where to write the PDF (overwritten).
        seed: drives the printing choices (wording, formats, fonts); same inputs give the same bytes.

    Returns:
        The path written.

    Raises:
        ValueError: an unknown doc type or layout.
    """
    if doc_type not in LAYOUTS or layout not in LAYOUTS[doc_type]:
        raise ValueError(f"layout {layout!r} is not a layout of doc type {doc_type!r}")
    rec = record if isinstance(record, Record) else Record.model_validate(record)
    provider = find_provider(rec.provider)
    house = house_of(provider)
    rng = random.Random(f"provcheck-style-{seed}")
    path = Path(path)
    if doc_type == "loa":
        return render_loa(rec, layout, path, provider, house, rng)
    return render_plan(rec, doc_type, layout, path, provider, house, rng)
