"""Where an earlier document is now and when it was first seen, for the reason a duplicate gives.

A duplicate names the document it repeats by the path it was checked at (`Duplicate.of`). That path
alone says little: a copy of a folder has the same file names as the original, and in a watched inbox
every file dropped as `x.pdf` was checked at `INBOX/x.pdf`, then moved. The ledger knows which document
was checked at that path (for an exact copy, the one with the same bytes; for the same plan, the one
with that provider and policy number), when it first arrived, and where the watcher put it. It is read
once for a whole export, in one pass over the runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from provcheck.export.reasons import Earlier

if TYPE_CHECKING:
    from provcheck.ledger.store import Ledger
    from provcheck.models import DocumentResult, Duplicate


@dataclass
class _Seen:
    """One document at one path: its identity and plan, its first arrival, its latest status and place."""

    sha256: str
    doc_type: str
    plan: tuple[str, str]
    first_seen: str
    status: str
    where: str
    clean_where: str | None  # where its latest clean run put it: a re-drop of it (a duplicate) is placed apart


def earlier_documents(ledger: Ledger) -> Callable[[Duplicate, DocumentResult], Earlier | None]:
    """A lookup from a duplicate (and the result it belongs to) to the earlier document, read at first use.

    Args:
        ledger: the open ledger.

    Returns:
        A function giving where the document a duplicate names is now and when it first arrived, or None
        when the ledger holds no document at that path.
    """
    from provcheck.pipeline import resolved

    table: dict[str, list[_Seen]] | None = None

    def read() -> dict[str, list[_Seen]]:
        out: dict[str, dict[int, _Seen]] = {}
        rows = ledger.conn.execute(
            """SELECT r.path, r.document_id, d.sha256, r.doc_type, r.provider, r.policy_number, r.status,
                      r.arrived_at, r.placed_path
               FROM runs r JOIN documents d ON d.id = r.document_id ORDER BY r.id"""
        )
        for row in rows:
            docs = out.setdefault(row["path"], {})
            old = docs.get(row["document_id"])
            here = row["placed_path"] or row["path"]
            docs[row["document_id"]] = _Seen(
                sha256=row["sha256"],
                doc_type=row["doc_type"],
                plan=_plan(row["provider"], row["policy_number"]),
                first_seen=min(old.first_seen, row["arrived_at"]) if old else row["arrived_at"],
                status=row["status"],
                where=row["placed_path"] or (old.where if old else row["path"]),
                clean_where=here if row["status"] == "clean" else (old.clean_where if old else None),
            )
        return {path: list(docs.values()) for path, docs in out.items()}

    def lookup(dup: Duplicate, result: DocumentResult) -> Earlier | None:
        nonlocal table
        if table is None:
            table = read()
        seen = table.get(dup.of) or table.get(resolved(dup.of)) or []
        if dup.kind == "exact":
            seen = [s for s in seen if s.sha256 == result.source.sha256]
        elif dup.kind == "same_plan" and result.record is not None:
            plan = _plan(result.record.provider, result.record.policy_number)
            seen = [s for s in seen if s.plan == plan and s.doc_type == result.doc_type] or seen
        else:
            seen = [s for s in seen if s.doc_type == result.doc_type] or seen
        # the ledger seeds duplicates with clean documents: of several at one path, the latest clean one
        best = ([s for s in seen if s.clean_where] or seen or [None])[-1]
        if best is None:
            return None
        return Earlier(where=best.clean_where or best.where, first_seen=best.first_seen)

    return lookup


def _plan(provider: str | None, policy: str | None) -> tuple[str, str]:
    return (" ".join((provider or "").casefold().split()), "".join(c for c in (policy or "").upper() if c.isalnum()))


__all__ = ["earlier_documents"]
