"""A person's decision in the watched folder (spec/review.md "The watched folder", spec/watch.md "Review").

Approving a document whose original waits in INBOX/review/ moves it to INBOX/processed/ under the watch
service's no-overwrite naming (` (2)` before the extension on a clash), its sidecar note goes with it,
rewritten to say it is resolved, and INBOX/out/ is regenerated from the ledger. As the watcher does, the
new place is written to the ledger before the move, so a crash in between leaves a record of where the
file was going and the file still where it was, never two copies or none. A reviewer's rejection leaves
the original in review/ (spec/watch.md: review/ holds `needs_review` and `rejected` originals) and adds
the reviewer's reason to its note. Nothing else is moved, nothing is deleted or overwritten: the only
file rewritten is provcheck's own note.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from provcheck.errors import ConfigError
from provcheck.ledger import Ledger, now
from provcheck.ledger.review import batches_of, latest_run
from provcheck.watch.place import free_name, move_no_replace, sidecar_path, write_sidecar
from provcheck.watch.service import export_inbox_as_watched

_MARKS = ("Resolved in review:", "Rejected in review:")


def settle_in_inboxes(ledger: Ledger, document_id: int) -> list[Path]:
    """After a review action: place the original by the decision and regenerate each inbox's out/.

    Args:
        ledger: the open ledger.
        document_id: the document a person acted on.

    Returns:
        The out/ folders written (one per watched inbox that holds the document).
    """
    inboxes = list(dict.fromkeys(Path(o) for _, kind, o in batches_of(ledger, document_id) if kind == "watch"))
    if not inboxes:
        return []
    run = latest_run(ledger, document_id)
    review: dict[str, Any] = run.result.review or {}
    written = []
    for inbox in inboxes:
        if not inbox.is_dir():
            continue
        placed = _in_review(ledger, document_id, inbox)
        if placed is not None and review.get("decision") == "approved":
            _to_processed(ledger, run.run_id, inbox, placed, review)
        elif placed is not None and review.get("decision") == "rejected":
            _note(sidecar_path(placed), _rejected_lines(review))
        try:
            export_inbox_as_watched(ledger, inbox)
        except ConfigError:  # its --known file has gone: the watcher rewrites out/ when it next runs
            continue
        written.append(inbox / "out")
    return written


def _in_review(ledger: Ledger, document_id: int, inbox: Path) -> Path | None:
    """The document's original in INBOX/review/, as the ledger last placed it, when it is still there."""
    row = ledger.conn.execute(
        """SELECT r.placed_path FROM runs r JOIN batches b ON b.id = r.batch_id
           WHERE r.document_id = ? AND b.origin = ? AND r.placed_path IS NOT NULL ORDER BY r.id DESC LIMIT 1""",
        (document_id, str(inbox)),
    ).fetchone()
    if row is None:
        return None
    placed = Path(row[0])
    return placed if placed.parent == inbox / "review" and placed.is_file() else None


def _to_processed(ledger: Ledger, run_id: int, inbox: Path, placed: Path, review: dict[str, Any]) -> Path:
    folder = inbox / "processed"
    folder.mkdir(exist_ok=True)
    while True:
        target = free_name(folder, placed.name)
        ledger.conn.execute(
            "UPDATE runs SET destination = 'processed', placed_path = ?, placed_at = ? WHERE id = ?",
            (str(target), now(), run_id),
        )
        if move_no_replace(placed, target):
            break
    note = sidecar_path(placed)
    if note.is_file() and move_no_replace(note, sidecar_path(target)):  # free_name left the note's name free
        _note(sidecar_path(target), _resolved_lines(review, target.name))
    return target


def _resolved_lines(review: dict[str, Any], name: str) -> list[str]:
    lines = [f"{_MARKS[0]} approved by {review.get('by')} at {review.get('at')}."]
    for c in review.get("corrections", []):
        lines.append(f"- corrected {c.get('field')}: {c.get('from')!s} -> {c.get('to')!s}")
    for o in review.get("overrides", []):
        lines.append(f"- approved despite {o.get('rule')}: {o.get('reason')}")
    lines.append(f"{name} is in processed/ and in out/'s CSV files now. The earlier note follows.")
    return lines


def _rejected_lines(review: dict[str, Any]) -> list[str]:
    return [
        f"{_MARKS[1]} rejected by {review.get('by')} at {review.get('at')}: {review.get('reason')}",
        "It stays in review/ and out of the CSV files. The earlier note follows.",
    ]


def _note(note: Path, head: list[str]) -> None:
    """Put `head` at the top of a sidecar note, in place of an earlier decision's lines."""
    try:
        text = note.read_text(encoding="utf-8")
    except OSError:
        text = ""
    if text.startswith(_MARKS):
        text = text.split("\n\n", 1)[1] if "\n\n" in text else ""
    write_sidecar(note.with_name(note.name[: -len(".txt")]), "\n".join(head) + "\n\n" + text)
