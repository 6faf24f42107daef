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
        return f"possible duplicate of {result.duplicates[0].of}"  # whole: a copied folder repeats the names
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


class AttentionRows:
    """What the attention table needs of a batch, kept as it goes: a few rows and a count.

    The first `limit` rows of each status and how many documents need attention, never a row for
    every document (issue 14): the table shows `limit` rows, worst status first.

    Args:
        limit: the rows the table shows (`attention_lines`).
    """

    def __init__(self, limit: int = TABLE_LIMIT) -> None:
        self.limit = limit
        self.total = 0
        self._first: dict[str, list[Row]] = {status: [] for status in ATTENTION}

    def add(self, result: DocumentResult) -> None:
        """Count one document's result; its row is kept while its status has fewer than `limit`."""
        if result.status not in ATTENTION:
            return
        self.total += 1
        kept = self._first[result.status]
        if len(kept) < self.limit:
            kept.append(Row.of(result))

    def lines(self, width: int = WIDTH) -> list[str]:
        """The table's lines, as `attention_lines` gives them for every row of the batch."""
        rows = [row for status in ATTENTION for row in self._first[status]]
        return attention_lines(rows, self.limit, width, total=self.total)


def attention_lines(
    rows: list[Row], limit: int = TABLE_LIMIT, width: int = WIDTH, *, total: int | None = None
) -> list[str]:
    """The table's lines (none when no document needs attention), worst first, each within `width`.

    Rejected and failed documents come before those needing review; within a status, batch order.
    `total` is how many documents need attention when `rows` holds only the first of each status.
    """
    wanted = sorted((r for r in rows if r.needs_attention), key=lambda r: ATTENTION.index(r.status))
    if not wanted:
        return []
    shown = wanted[:limit]
    count = len(wanted) if total is None else total
    head = ("file", "status", "type", "provider")
    columns = zip(head, ("file", "status", "doc_type", "provider"), (34, 12, 16, 20), strict=True)
    widths = [min(max(len(h), *(len(getattr(r, a)) for r in shown)), cap) for h, a, cap in columns]

    def line(cells: tuple[str, ...], reason: str) -> str:
        left = "  ".join(_cut(_flat(c), w).ljust(w) for c, w in zip(cells, widths, strict=True))
        return _cut(f"{left}  {_flat(reason)}".rstrip(), width)

    lines = [f"{count} document{'s' if count != 1 else ''} need attention:", line(head, "reason")]
    lines += [line((r.file, r.status, r.doc_type, r.provider), r.reason) for r in shown]
    if count > limit:
        lines.append(f"and {count - limit} more")
    return lines
