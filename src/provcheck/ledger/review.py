"""Review actions in the ledger (spec/review.md): a person's correction, approval or rejection is a new run.

Added beside `store` rather than inside it: the machine's runs are recorded there, the reviewer's here.
A review run copies the batch, path and arrival of the run it was based on, so the batch's exports
(`Ledger.entries(batch_id=...)`) pick the reviewed result up as the document's latest. A review stands
over a later `check` re-run of the same file (`store.standing_review_sql`). A document's version is the
id of the run that is its result (`latest_run`); `record_review` refuses an action based on an older run, in the same
transaction as it writes, so two reviewers never overwrite each other's corrections unseen.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from provcheck.errors import StaleVersion, UnknownDocument
from provcheck.ledger.store import Ledger, current_run_sql, now
from provcheck.models import DocumentResult


@dataclass(frozen=True)
class LatestRun:
    """A document's latest run: its version, result and where it came from."""

    document_id: int
    run_id: int
    batch_id: int
    path: str
    arrived_at: str
    first_seen_at: str
    result: DocumentResult
    reviewed: bool


@dataclass(frozen=True)
class ReviewAction:
    """One recorded action, as the document page lists them."""

    id: int
    run_id: int
    at: str
    reviewer: str
    action: str
    field: str | None
    old_value: Any
    new_value: Any
    reason: str | None


def latest_run(ledger: Ledger, document_id: int) -> LatestRun:
    """The run that is a document's result: its latest, or the review that stands over a later re-run.

    Raises:
        UnknownDocument: no document has that id.
    """
    row = ledger.conn.execute(
        """SELECT r.id, r.document_id, r.batch_id, r.path, r.arrived_at, r.result_json, d.first_seen_at,
                  EXISTS(SELECT 1 FROM review_actions a WHERE a.run_id = r.id) AS reviewed
           FROM runs r JOIN documents d ON d.id = r.document_id
           WHERE r.id = {current}""".format(current=current_run_sql("?")),
        (document_id, document_id, document_id),
    ).fetchone()
    if row is None:
        raise UnknownDocument(f"there is no document {document_id} in this ledger")
    return _latest(row)


def backlog(ledger: Ledger) -> list[LatestRun]:
    """Documents waiting for a person, oldest arrival first (spec/metrics.md backlog, less reviewer rejections).

    A document a reviewer rejected for good has left the desk: it waits for the provider, not for review.
    """
    rows = ledger.conn.execute(
        """SELECT r.id, r.document_id, r.batch_id, r.path, r.arrived_at, r.result_json, d.first_seen_at,
                  EXISTS(SELECT 1 FROM review_actions a WHERE a.run_id = r.id) AS reviewed
           FROM runs r JOIN documents d ON d.id = r.document_id
           WHERE r.id = {current}
             AND r.status IN ('needs_review', 'rejected') AND d.superseded_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM review_actions a WHERE a.run_id = r.id AND a.action = 'reject')
           ORDER BY d.first_seen_at, d.id""".format(current=current_run_sql("d.id"))
    ).fetchall()
    return [_latest(row) for row in rows]


def record_review(
    ledger: Ledger,
    base: LatestRun,
    result: DocumentResult,
    *,
    reviewer: str,
    action: str,
    field: str | None = None,
    old_value: Any = None,
    new_value: Any = None,
    page: int | None = None,
    bbox: list[float] | None = None,
    reason: str | None = None,
    overrides: list[dict[str, str]] | None = None,
    at: str | None = None,
) -> int:
    """Record a review action as a new run of the document, unless someone else saved first.

    Args:
        ledger: the open ledger.
        base: the run the reviewer's page showed (its run id is the version they saw).
        result: the reviewed result line to record.
        reviewer: who acted.
        action: `correct`, `approve` or `reject`.
        field: the corrected field (corrections only).
        old_value: the field's value before (JSON-able).
        new_value: the field's value after (JSON-able).
        page: the page the value is on, when the reviewer pointed at it.
        bbox: its box there, `[x0, top, x1, bottom]` in PDF points.
        reason: a rejection's reason.
        overrides: errors approved with a reason, `{"rule", "reason"}` each.
        at: the ledger timestamp of the action (now when None).

    Returns:
        The new run's id (the document's new version).

    Raises:
        StaleVersion: the document has a newer run than `base` (another reviewer, or a machine re-run).
    """
    conn = ledger.conn
    at = at or now()
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = conn.execute(
            f"SELECT {current_run_sql('?')}", (base.document_id,) * 3
        ).fetchone()[0]
        if current != base.run_id:
            raise StaleVersion(
                f"document {base.document_id} changed since you opened it (version {base.run_id}, now "
                f"{current}); reload it to see the other change, then make yours again"
            )
        run_id = _insert_review_run(conn, base, result, at)
        conn.execute(
            """INSERT INTO review_actions(document_id, run_id, base_run_id, at, reviewer, action, field,
               old_value, new_value, page, bbox, reason, overrides_json)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                base.document_id,
                run_id,
                base.run_id,
                at,
                reviewer,
                action,
                field,
                None if field is None else json.dumps(old_value, ensure_ascii=False),
                None if field is None else json.dumps(new_value, ensure_ascii=False),
                page,
                None if bbox is None else json.dumps(bbox),
                reason,
                json.dumps(overrides or [], ensure_ascii=False),
            ),
        )
        old_status = base.result.status
        if old_status != result.status:
            conn.execute(
                "INSERT INTO status_changes(document_id, run_id, at, old_status, new_status, reason) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (base.document_id, run_id, at, old_status, result.status, f"review: {action} by {reviewer}"),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return run_id


def actions(ledger: Ledger, document_id: int) -> list[ReviewAction]:
    """Every review action on a document, oldest first."""
    rows = ledger.conn.execute(
        "SELECT * FROM review_actions WHERE document_id = ? ORDER BY id", (document_id,)
    ).fetchall()
    return [
        ReviewAction(
            id=int(r["id"]),
            run_id=int(r["run_id"]),
            at=r["at"],
            reviewer=r["reviewer"],
            action=r["action"],
            field=r["field"],
            old_value=None if r["old_value"] is None else json.loads(r["old_value"]),
            new_value=None if r["new_value"] is None else json.loads(r["new_value"]),
            reason=r["reason"],
        )
        for r in rows
    ]


def batches_of(ledger: Ledger, document_id: int) -> list[tuple[int, str, str]]:
    """The batches holding a document: (id, kind, origin), for regenerating their out/ folders."""
    rows = ledger.conn.execute(
        """SELECT DISTINCT b.id, b.kind, b.origin FROM batches b JOIN runs r ON r.batch_id = b.id
           WHERE r.document_id = ? ORDER BY b.id""",
        (document_id,),
    ).fetchall()
    return [(int(r["id"]), r["kind"], r["origin"]) for r in rows]


def _insert_review_run(conn: sqlite3.Connection, base: LatestRun, result: DocumentResult, at: str) -> int:
    record = result.record
    severities = [i.severity for i in result.issues]
    cur = conn.execute(
        """INSERT INTO runs(document_id, batch_id, path, arrived_at, started_at, finished_at, status, doc_type,
           provider, policy_number, valuation_date, completeness, error_count, warning_count, duplicate_kinds,
           is_rework, rework_of_run, result_json, destination, placed_path, placed_at)
           SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, destination, placed_path, placed_at
           FROM runs WHERE id = ?""",
        (
            base.document_id,
            base.batch_id,
            base.path,
            base.arrived_at,
            at,
            at,
            result.status,
            result.doc_type,
            record.provider if record else None,
            record.policy_number if record else None,
            record.valuation_date if record else None,
            result.completeness,
            severities.count("error"),
            severities.count("warning"),
            ",".join(sorted({d.kind for d in result.duplicates})),
            base.run_id,  # spec/metrics.md: a document corrected in review is rework
            json.dumps(result.to_json_dict(), ensure_ascii=False),
            base.run_id,  # where the original is stays where the watcher put it, until an approval moves it
        ),
    )
    return int(cur.lastrowid)


def _latest(row: sqlite3.Row) -> LatestRun:
    return LatestRun(
        document_id=int(row["document_id"]),
        run_id=int(row["id"]),
        batch_id=int(row["batch_id"]),
        path=row["path"],
        arrived_at=row["arrived_at"],
        first_seen_at=row["first_seen_at"],
        result=DocumentResult.from_json_dict(json.loads(row["result_json"])),
        reviewed=bool(row["reviewed"]),
    )
