"""The documents that need a person: one short row each, for the end of `check` and the HTML report.

A row is small (a few strings), so a batch keeps one per document without holding its results.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from provcheck.models import DocumentResult
from provcheck.report.cuts import provider_of

ATTENTION = ("rejected", "failed", "needs_review")
TABLE_LIMIT = 20
WIDTH = 100


def top_reason(result: DocumentResult) -> str:
    """Why a person should look: the first error, else the first warning, else the gaps, else a duplicate."""
    for severity in ("error", "warning"):
        for issue in result.issues:
            if issue.severity == severity:
                return issue.message
    if result.missing:
        return "missing: " + ", ".join(result.missing)
    if result.duplicates:
        return f"possible duplicate of {Path(result.duplicates[0].of).name}"
    return ""


@dataclass(frozen=True)
class Row:
    """One document as the attention table and the report's document table show it."""

    file: str
    status: str
    doc_type: str
    provider: str
    reason: str
    ledger_id: int | None = None

    @classmethod
    def of(cls, result: DocumentResult, ledger_id: int | None = None) -> Row:
        """The row of one result."""
        return cls(
            Path(result.source.path).name,
            result.status,
            result.doc_type,
            provider_of(result),
            top_reason(result),
            ledger_id,
        )

    @property
    def needs_attention(self) -> bool:
        """Whether a person has to look at the document."""
        return self.status in ATTENTION


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _flat(text: str) -> str:
    return " ".join(text.split())  # a message's newlines would break the table


def attention_lines(rows: list[Row], limit: int = TABLE_LIMIT, width: int = WIDTH) -> list[str]:
    """The table's lines (none when no document needs attention), worst first, each within `width`.

    Rejected and failed documents come before those needing review; within a status, batch order.
    """
    wanted = sorted((r for r in rows if r.needs_attention), key=lambda r: ATTENTION.index(r.status))
    if not wanted:
        return []
    shown = wanted[:limit]
    head = ("file", "status", "type", "provider")
    columns = zip(head, ("file", "status", "doc_type", "provider"), (34, 12, 16, 20), strict=True)
    widths = [min(max(len(h), *(len(getattr(r, a)) for r in shown)), cap) for h, a, cap in columns]

    def line(cells: tuple[str, ...], reason: str) -> str:
        left = "  ".join(_cut(_flat(c), w).ljust(w) for c, w in zip(cells, widths, strict=True))
        return _cut(f"{left}  {_flat(reason)}".rstrip(), width)

    lines = [f"{len(wanted)} document{'s' if len(wanted) != 1 else ''} need attention:", line(head, "reason")]
    lines += [line((r.file, r.status, r.doc_type, r.provider), r.reason) for r in shown]
    if len(wanted) > limit:
        lines.append(f"and {len(wanted) - limit} more")
    return lines
