"""Counting documents into cuts (all, per provider, per doc type, per week) with counters only.

`Tally.add` takes one document's figures and bumps integer counters keyed by
`(measure, dimension, key, item)`; nothing per document is kept, so memory stays flat however
many documents pass (it grows only with the number of providers, fields and weeks). `cut_json`
turns the counters of one cut into the figures of spec/metrics.md.

Definitions (spec/metrics.md), one document at a time:
- error: the latest result has at least one `error` issue (a `failed` document has one by contract);
- first time right: the first run was `clean`;
- missing data, per field: of the documents whose type requires the field, those where it is null.
  `failed` documents are left out of the missing-data figures: nothing was read from them, and the
  error rate already counts them, so they would only blur "which fields do providers leave out";
- duplicates: documents with at least one entry in `duplicates`, per kind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from provcheck.models import DocumentResult
from provcheck.report.figures import Rate

NO_PROVIDER = "(no provider)"
STATUSES = ("clean", "needs_review", "rejected", "failed")
DUPLICATE_KINDS = ("exact", "same_plan", "same_client")


def provider_of(result: DocumentResult) -> str:
    """The provider a result is filed under; documents without one share one bucket."""
    if result.record is not None and result.record.provider:
        return result.record.provider
    return NO_PROVIDER


def has_error(result: DocumentResult) -> bool:
    """Whether the result has at least one `error` issue."""
    return any(issue.severity == "error" for issue in result.issues)


@dataclass
class Tally:
    """Integer counters per cut; `required` is the rule pack's required fields per doc type."""

    required: Mapping[str, Sequence[str]]
    counts: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)

    def add(self, cuts: Iterable[tuple[str, str]], latest: DocumentResult, first_clean: bool) -> None:
        """Count one document into each `(dimension, key)` cut.

        Args:
            cuts: the cuts the document belongs to, e.g. `[("all", ""), ("provider", "Aviva")]`.
            latest: the document's latest result (for a batch, its only one).
            first_clean: whether the document's first run was clean.
        """
        c = self.counts
        error = has_error(latest)
        read = latest.status != "failed"
        required = list(self.required.get(latest.doc_type, ())) if read else []
        missing = set(latest.missing)
        kinds = {d.kind for d in latest.duplicates}
        for dim, key in cuts:
            c["documents", dim, key, ""] += 1
            c["status", dim, key, latest.status] += 1
            c["first_clean", dim, key, ""] += first_clean
            c["error", dim, key, ""] += error
            if required:
                c["requires_any", dim, key, ""] += 1
                c["missing_any", dim, key, ""] += bool(missing.intersection(required))
            for name in required:
                c["requires", dim, key, name] += 1
                c["missing", dim, key, name] += name in missing
            c["duplicated", dim, key, ""] += bool(kinds)
            for kind in kinds:
                c["duplicate_kind", dim, key, kind] += 1

    def keys(self, dimension: str) -> list[str]:
        """The keys seen in one dimension, sorted."""
        return sorted({k for (m, d, k, _) in self.counts if m == "documents" and d == dimension})

    def items(self, measure: str, dimension: str, key: str) -> list[str]:
        """The items counted under one measure of one cut, sorted."""
        return sorted({i for (m, d, k, i) in self.counts if m == measure and d == dimension and k == key})

    def cut_json(self, dimension: str, key: str) -> dict[str, Any]:
        """The figures of one cut, rates with their numerator and denominator."""
        c = self.counts
        documents = c["documents", dimension, key, ""]
        return {
            "documents": documents,
            "by_status": {s: c["status", dimension, key, s] for s in STATUSES},
            "first_time_right_rate": Rate(c["first_clean", dimension, key, ""], documents).to_json(),
            "error_rate": Rate(c["error", dimension, key, ""], documents).to_json(),
            "missing_rate": Rate(
                c["missing_any", dimension, key, ""], c["requires_any", dimension, key, ""]
            ).to_json(),
            "missing_by_field": {
                name: Rate(c["missing", dimension, key, name], c["requires", dimension, key, name]).to_json()
                for name in self.items("requires", dimension, key)
            },
            "duplicates": {
                "documents": c["duplicated", dimension, key, ""],
                "by_kind": {kind: c["duplicate_kind", dimension, key, kind] for kind in DUPLICATE_KINDS},
            },
        }

    def cuts_json(self, dimensions: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Every cut of the given dimensions: `{dimension: {key: figures}}`."""
        out = {dim: {key: self.cut_json(dim, key) for key in self.keys(dim)} for dim in dimensions}
        if "all" in out and not out["all"]:
            out["all"][""] = self.cut_json("all", "")  # an empty batch still has its (zero) totals
        return out
