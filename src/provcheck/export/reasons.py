"""Plain-words reasons a document was held back: one list for exceptions.csv and the watcher's sidecars."""

from __future__ import annotations

from pathlib import Path

from provcheck.models import DocumentResult

_DUPLICATE_WORDS = {
    "exact": "is an exact copy of",
    "same_plan": "covers the same plan and valuation date as",
    "same_client": "looks like the same client as",
}

_STATUS_WORDS = {
    "clean": "Clean: every required field was found and no rule failed.",
    "needs_review": "Needs review: check the points below, then correct the source or accept it.",
    "rejected": "Rejected: at least one error below must be fixed before this document can be used.",
    "failed": "Failed: the file could not be read at all.",
}


def reasons(result: DocumentResult) -> list[str]:
    """Every reason, in plain words, that `result` is not clean (empty for a clean result).

    Args:
        result: a document's result.

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
    for dup in result.duplicates:
        words = _DUPLICATE_WORDS.get(dup.kind, "repeats")
        out.append(f"Possible duplicate: this {words} {Path(dup.of).name} (score {dup.score:.2f}).")
    if result.doc_type == "unknown" and result.status != "failed" and not out:
        out.append("Unknown document: it was not recognised as an LoA, LoA response or annual statement.")
    if not out and result.status != "clean":
        out.append(f"Status {result.status}: no specific reason was recorded.")
    return out


def sidecar_text(result: DocumentResult, name: str, dropped_as: str | None = None) -> str:
    """The short note the watcher puts beside a document in review/ or failed/.

    Args:
        result: the document's result.
        name: the file's name beside the note (`x (2).pdf` after a clash).
        dropped_as: the name it had in the inbox, when that differs.

    Returns:
        A few lines of plain text ending in a newline.
    """
    head = name if dropped_as in (None, name) else f"{name} (dropped into the inbox as {dropped_as})"
    lines = [head, _STATUS_WORDS.get(result.status, result.status), ""]
    lines.extend(f"- {reason}" for reason in reasons(result))
    lines.append("")
    if result.status == "failed":
        lines.append("What to do: get a readable copy (or the password) and drop it into the inbox again.")
    else:
        lines.append(
            "What to do: fix the source (or ask the provider), then drop the corrected file into the inbox."
        )
    return "\n".join(lines) + "\n"
