"""Completeness, missing fields and status (spec/record.md "Decisions").

Precedence: failed > rejected > needs_review > clean.
"""

from __future__ import annotations

from provcheck.models import DocumentResult, Record


def completeness(record: Record, doc_type: str, required: list[str]) -> tuple[float, list[str]]:
    """Found required fields / required fields, and the required fields that are null or empty."""
    if doc_type == "unknown" or not required:
        return 0.0, []
    values = record.model_dump()
    missing = [f for f in required if values.get(f) in (None, [], "")]
    return (len(required) - len(missing)) / len(required), missing


def decide_status(result: DocumentResult) -> str:
    """The status a result's issues, missing fields and duplicates give it."""
    if result.status == "failed":
        return "failed"
    if any(i.severity == "error" for i in result.issues):
        return "rejected"
    if result.doc_type == "unknown" or result.missing or result.issues or result.duplicates:
        return "needs_review"
    return "clean"
