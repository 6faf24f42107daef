"""The batch report (issue 3): what one `provcheck check` run found, built one document at a time.

`BatchReport.add` keeps counters and one small row per document for the documents table (file,
status, type, provider, top reason, ledger id: a few hundred bytes each, a few MB for a
10,000-document batch), never the results themselves. Within one batch each document has one
run, so its first run is its latest: first-time-right is "clean on this run / documents".
`to_json` is the one shape every renderer (terminal, JSON, CSV, HTML) reads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from provcheck.models import DocumentResult
from provcheck.report.attention import Row
from provcheck.report.cuts import Tally, provider_of
from provcheck.report.figures import cuts_rows

BATCH_SCHEMA = "provcheck.batch_report/1"
BATCH_DIMENSIONS = ("all", "provider", "doc_type")


def default_required() -> dict[str, list[str]]:
    """The default rule pack's required fields per doc type."""
    from provcheck.rules import load_rule_pack

    return dict(load_rule_pack().required)


class BatchReport:
    """Counters over the results of one batch.

    Args:
        required: required fields per doc type (the rule pack the batch ran with); the default
            pack's when not given. It is the denominator of the missing-data rates.
        title: a heading for the rendered report.
    """

    def __init__(
        self, required: Mapping[str, Sequence[str]] | None = None, title: str = "provcheck batch report"
    ):
        self.title = title
        self.tally = Tally(required if required is not None else default_required())
        # rule -> severity -> issues; rule -> documents with that rule (a document may repeat a rule).
        self.issues: Counter[tuple[str, str]] = Counter()
        self.issue_documents: Counter[str] = Counter()
        # One short row per document (attention.Row, a few strings) for the report's document table.
        self.rows: list[Row] = []

    @property
    def documents(self) -> int:
        """Documents added so far."""
        return self.tally.counts["documents", "all", "", ""]

    def add(self, result: DocumentResult, ledger_id: int | None = None) -> None:
        """Count one document's result into the report.

        Args:
            result: the document's result (its only run in this batch).
            ledger_id: the document's id in the ledger, when the batch was recorded in one.
        """
        self.rows.append(Row.of(result, ledger_id))
        cuts = [("all", ""), ("provider", provider_of(result)), ("doc_type", result.doc_type)]
        self.tally.add(cuts, result, first_clean=result.status == "clean")
        for issue in result.issues:
            self.issues[issue.rule, issue.severity] += 1
        for rule in {issue.rule for issue in result.issues}:
            self.issue_documents[rule] += 1

    def extend(self, results: Iterable[DocumentResult]) -> BatchReport:
        """Add many results; returns the report, for chaining."""
        for result in results:
            self.add(result)
        return self

    def to_json(self) -> dict[str, Any]:
        """The report as one JSON-ready mapping (the input of every renderer)."""
        cuts = self.tally.cuts_json(BATCH_DIMENSIONS)
        rules = sorted(self.issue_documents, key=lambda r: (-self.issue_documents[r], r))
        cuts["all"][""]["issues_by_rule"] = {
            rule: {
                "documents": self.issue_documents[rule],
                "error": self.issues[rule, "error"],
                "warning": self.issues[rule, "warning"],
            }
            for rule in rules
        }
        documents = [
            {"file": r.file, "status": r.status, "doc_type": r.doc_type, "provider": r.provider,
             "reason": r.reason, "ledger_document_id": r.ledger_id}
            for r in self.rows
        ]  # fmt: skip
        return {"schema": BATCH_SCHEMA, "kind": "batch", "title": self.title, "cuts": cuts, "documents": documents}


def batch_rows(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The tidy rows (CSV) of a batch report's JSON."""
    return cuts_rows(data["cuts"])
