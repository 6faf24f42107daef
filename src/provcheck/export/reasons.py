"""Plain-words reasons a document was held back: one list for exceptions.csv and the watcher's sidecars."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from provcheck.models import DocumentResult, Duplicate

_DUPLICATE_WORDS = {
    "exact": "an exact copy of",
    "same_plan": "the same plan and valuation date as",
    "same_client": "looks like the same client as",
}


class Earlier(NamedTuple):
    """The document a duplicate repeats, as the ledger knows it (provcheck.ledger.earlier)."""

    where: str  # where it is now: the path it was checked at, or where the watcher placed it since
    first_seen: str  # when it first arrived (ledger time, ISO 8601 UTC)


# where the earlier document a duplicate (of this result) names is now, and when it was first seen
EarlierLookup = Callable[[Duplicate, DocumentResult], Earlier | None]

_STATUS_WORDS = {
    "clean": "Clean: every required field was found and no rule failed.",
    "needs_review": "Needs review: check the points below, then correct the source or accept it.",
    "rejected": "Rejected: at least one error below must be fixed before this document can be used.",
    "failed": "Failed: the file could not be read at all.",
}


def reasons(result: DocumentResult, earlier: EarlierLookup | None = None, *, when: bool = False) -> list[str]:
    """Every reason, in plain words, that `result` is not clean (empty for a clean result).

    Args:
        result: a document's result.
        earlier: where each document a duplicate names is now and when it was first seen (the ledger's).
        when: say when the earlier document was first seen: in the watcher's notes, never in exceptions.csv,
            whose rows hold no run times (record.md "Exports are stable").

    Returns:
        Errors first, then warnings, missing fields and possible duplicates.
    """
    out: list[str] = []
    issues = sorted(result.issues, key=lambda i: i.severity != "error")
    for issue in issues:
        label = "Error" if issue.severity == "error" else "Warning"
        out.append(f"{label}: {issue.message}")
    reported = {i.field for i in result.issues if i.field}
    for name in result.missing:
        if name not in reported:
            out.append(f"Missing: {name.replace('_', ' ')} was not found.")
    out.extend(duplicate_reason(dup, result, earlier, when=when) for dup in result.duplicates)
    if result.doc_type == "unknown" and result.status != "failed" and not out:
        out.append("Unknown document: it was not recognised as an LoA, LoA response or annual statement.")
    if not out and result.status != "clean":
        out.append(f"Status {result.status}: no specific reason was recorded.")
    return out


def duplicate_reason(
    dup: Duplicate, result: DocumentResult, earlier: EarlierLookup | None = None, *, when: bool = False
) -> str:
    """One duplicate in plain words, naming the earlier document once, in full (and, with `when`, its arrival).

    A copy of a folder has the same file names as the original, so a name alone would say nothing (the
    row, the path and the reason would all read `x.pdf`): the earlier one is named by its whole path.
    """
    seen = earlier(dup, result) if earlier is not None else None
    where = seen.where if seen is not None else dup.of
    seen_at = f", first seen {_when(seen.first_seen)}" if seen is not None and when else ""
    score = f" (score {dup.score:.2f})" if dup.kind == "same_client" else ""  # the others are certain
    return f"Possible duplicate: {_DUPLICATE_WORDS.get(dup.kind, 'repeats')} {where}{seen_at}{score}."


def _when(stamp: str) -> str:
    """A ledger time ("2026-11-01T09:00:00.000000Z") as a person reads it ("2026-11-01 09:00 UTC")."""
    if len(stamp) >= 16 and stamp[10] == "T":
        return f"{stamp[:10]} {stamp[11:16]} UTC"
    return stamp


def sidecar_text(
    result: DocumentResult, name: str, dropped_as: str | None = None, earlier: EarlierLookup | None = None
) -> str:
    """The short note the watcher puts beside a document in review/ or failed/.

    Args:
        result: the document's result.
        name: the file's name beside the note (`x (2).pdf` after a clash).
        dropped_as: the name it had in the inbox, when that differs.
        earlier: where each document a duplicate names is now and when it was first seen (the ledger's).

    Returns:
        A few lines of plain text ending in a newline.
    """
    head = name if dropped_as in (None, name) else f"{name} (dropped into the inbox as {dropped_as})"
    lines = [head, _STATUS_WORDS.get(result.status, result.status), ""]
    lines.extend(f"- {reason}" for reason in reasons(result, earlier, when=True))
    lines.append("")
    if result.status == "failed":
        lines.append("What to do: get a readable copy (or the password) and drop it into the inbox again.")
    else:
        lines.append(
            "What to do: fix the source (or ask the provider), then drop the corrected file into the inbox."
        )
    return "\n".join(lines) + "\n"
