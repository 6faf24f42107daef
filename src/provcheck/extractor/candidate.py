"""A candidate: one finder's reading of one field, before the resolver picks between readings.

Every finder is a pure function from the page layout to candidates; it never sees what the others
found. The resolver (one place) picks each field's value from all of them. A wording a reviewer
taught (spec/review.md "Teaching") is a candidate like any other, carrying its provider: the
resolver keeps it only when the document's resolved provider is that provider.
"""

from __future__ import annotations

from dataclasses import dataclass

from provcheck.extractor.found import Found


@dataclass
class Candidate:
    """One reading of one field: its value, where it was read, which finder read it and how strongly."""

    field: str
    value: object
    found: Found  # the evidence: page, words, reading confidence, method, basis, role, as-at date
    finder: str  # "labelled", "sentence", "pattern", "address_block", "issuer", "table", "learned", ...
    score: float  # the finder's own strength for this reading, 0..1 (the resolver weighs it with fields.yaml)
    provider: str | None = None  # a taught wording's provider: only a document of that provider may use it
