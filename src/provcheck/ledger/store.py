"""The ledger: one SQLite file recording every document, run, result line and status change.

Contract: `Ledger.record_run` is one transaction, so a run is either fully recorded or not at all; a watcher
run carries a claim token (UNIQUE in the schema), so recording the same claim again after a crash returns
the existing run instead of writing a second row. Identity and rework follow spec/metrics.md "Identity";
the tables are described in `provcheck.ledger.schema`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from provcheck.errors import ConfigError
from provcheck.ledger.location import network_warning, resolve_ledger_path
from provcheck.ledger.schema import migrate
from provcheck.models import DocumentResult


def standing_review_sql(doc: str) -> str:
    """SQL for the run id of the review that stands for document `doc` (an SQL expression), or NULL.

    spec/review.md "Approvals stand": a person's result stays the document's result when the machine
    checks the same file again (a `check` re-run at the same path, recorded as a run of its own). Only a
    watched-folder arrival at that path (a run with a claim) is a new look at it; new content is another
    document anyway.
    """
    return f"""(SELECT MAX(a.run_id) FROM review_actions a JOIN runs rv ON rv.id = a.run_id
        WHERE a.document_id = {doc} AND NOT EXISTS (
            SELECT 1 FROM runs x WHERE x.document_id = {doc} AND x.id > a.run_id
              AND x.path = rv.path AND x.claim IS NOT NULL))"""


def current_run_sql(doc: str) -> str:
    """SQL for the run id that is document `doc`'s result: the review that stands, else its latest run."""
    return f"COALESCE({standing_review_sql(doc)}, (SELECT MAX(id) FROM runs WHERE document_id = {doc}))"


def now() -> str:
    """The current UTC time in the ledger's timestamp form."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class RecordedRun:
    """What the ledger made of one run."""

    run_id: int
    document_id: int
    status: str
    is_rework: bool
    rework_of_document: int | None
    destination: str | None
    placed_path: str | None
    created: bool


@dataclass(frozen=True)
class Entry:
    """A document's latest run within a scope, as the exports and reports need it."""

    document_id: int
    run_id: int
    result: DocumentResult
    superseded: bool
    arrived_at: str


class Ledger:
    """An open ledger. Use `Ledger.open(path)`; close it (or use it as a context manager) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path, warnings: list[str]) -> None:
        self.conn = conn
        self.path = path
        self.warnings = warnings

    @classmethod
    def open(cls, path: Path | str | None = None) -> Ledger:
        """Open (creating and migrating forward as needed) the ledger at `path`, or the default one.

        Args:
            path: `--ledger PATH`; None falls back to `PROVCHECK_LEDGER`, then the user data directory.

        Returns:
            The open ledger; `warnings` holds a network-file-system warning when one applies.

        Raises:
            ConfigError: the file cannot be created or opened as a ledger.
        """
        where = resolve_ledger_path(path)
        warnings = [w for w in (network_warning(where),) if w]
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(where, isolation_level=None, timeout=30.0, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL under WAL keeps every committed transaction across a process kill (not a power cut).
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            migrate(conn)
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            raise ConfigError(
                f"ledger {where}: cannot be opened ({exc}). Point --ledger (or PROVCHECK_LEDGER) at a "
                "writable file on a local disk."
            ) from None
        return cls(conn, where, warnings)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- batches ---------------------------------------------------------------------------------

    def start_batch(self, kind: str, origin: str) -> int:
        """Record the start of a `check` batch or `watch` session; returns its id."""
        cur = self.conn.execute(
            "INSERT INTO batches(kind, origin, started_at) VALUES (?, ?, ?)", (kind, origin, now())
        )
        return int(cur.lastrowid)

    def finish_batch(self, batch_id: int) -> None:
        """Mark a batch finished."""
        self.conn.execute("UPDATE batches SET finished_at = ? WHERE id = ?", (now(), batch_id))

    # -- runs ------------------------------------------------------------------------------------

    def run_for_claim(self, claim: str) -> RecordedRun | None:
        """The run already recorded for a watcher claim token, if any (crash recovery)."""
        row = self.conn.execute("SELECT * FROM runs WHERE claim = ?", (claim,)).fetchone()
        return None if row is None else _recorded(row, created=False)

    def record_run(
        self,
        batch_id: int,
        result: DocumentResult,
        *,
        path: str,
        arrived_at: str,
        started_at: str,
        claim: str | None = None,
        destination: str | None = None,
    ) -> RecordedRun:
        """Record one processing of a document, with identity, rework links and status changes.

        Args:
            batch_id: the batch or watch session.
            result: the document's result.
            path: the file as the user gave it (for watch: its path in the inbox).
            arrived_at: when the file was first seen arriving (ledger timestamp).
            started_at: when processing began.
            claim: the watcher's claim token; recording a claim twice returns the first run.
            destination: `processed`, `review` or `failed` for the watcher.

        Returns:
            The recorded run (`created` False when the claim had already been recorded).
        """
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if claim is not None:
                row = conn.execute("SELECT * FROM runs WHERE claim = ?", (claim,)).fetchone()
                if row is not None:
                    conn.execute("COMMIT")
                    return _recorded(row, created=False)
            recorded = self._insert_run(batch_id, result, path, arrived_at, started_at, claim, destination)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return recorded

    def _insert_run(
        self,
        batch_id: int,
        result: DocumentResult,
        path: str,
        arrived_at: str,
        started_at: str,
        claim: str | None,
        destination: str | None,
    ) -> RecordedRun:
        conn = self.conn
        finished = now()
        sha = result.source.sha256 or f"unread:{path}"
        record = result.record
        provider = record.provider if record else None
        policy = record.policy_number if record else None
        doc = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
        # A `check` batch is one look at a set of files: two of them are duplicates, never rework of each
        # other. A watch session runs for weeks, so its files are arrivals in turn (spec/metrics.md).
        kind = conn.execute("SELECT kind FROM batches WHERE id = ?", (batch_id,)).fetchone()
        check = kind is not None and kind["kind"] == "check"
        this_batch = batch_id if check else -1
        rework_of_doc: int | None = None
        prev = None  # the earlier run this one is rework of, if it is rework
        own_prev_status = None
        if doc is None:
            doc_id = int(
                conn.execute(
                    "INSERT INTO documents(sha256, first_seen_at, first_path, bytes) VALUES (?, ?, ?, ?)",
                    (sha, arrived_at, path, result.source.bytes),
                ).lastrowid
            )
            earlier = self._unclean_same_plan(provider, result.doc_type, policy, doc_id, this_batch)
            if earlier is not None:
                rework_of_doc, prev = int(earlier["document_id"]), earlier
                conn.execute("UPDATE documents SET rework_of = ? WHERE id = ?", (rework_of_doc, doc_id))
        else:
            doc_id = int(doc["id"])
            latest = conn.execute(
                "SELECT id, status FROM runs WHERE document_id = ? ORDER BY id DESC LIMIT 1", (doc_id,)
            ).fetchone()
            own_prev_status = latest["status"] if latest is not None else None
            rework_of_doc = conn.execute(
                "SELECT rework_of FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()[0]
            # Rework is a file dropped again after an earlier run of it was not clean; `check` given the
            # same file again (same bytes at the same path) is a re-run: a new run, never rework,
            # arriving when it first did.
            before = conn.execute(
                "SELECT id, status FROM runs WHERE document_id = ? AND batch_id != ? ORDER BY id DESC LIMIT 1",
                (doc_id, this_batch),
            ).fetchone()
            rerun = None
            if check:
                rerun = conn.execute(
                    "SELECT arrived_at FROM runs WHERE document_id = ? AND path = ? AND claim IS NULL "
                    "ORDER BY id LIMIT 1",
                    (doc_id, path),
                ).fetchone()
            if rerun is not None:
                arrived_at = rerun["arrived_at"]
            elif before is not None and before["status"] != "clean":
                prev = before
        is_rework = prev is not None and prev["status"] != "clean"
        line = result.to_json_dict()
        severities = [i.severity for i in result.issues]
        run_id = int(
            conn.execute(
                """INSERT INTO runs(document_id, batch_id, claim, path, arrived_at, started_at, finished_at,
                   status, doc_type, provider, policy_number, valuation_date, completeness, error_count,
                   warning_count, duplicate_kinds, is_rework, rework_of_run, result_json, destination)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    doc_id,
                    batch_id,
                    claim,
                    path,
                    arrived_at,
                    started_at,
                    finished,
                    result.status,
                    result.doc_type,
                    provider,
                    policy,
                    record.valuation_date if record else None,
                    result.completeness,
                    severities.count("error"),
                    severities.count("warning"),
                    ",".join(sorted({d.kind for d in result.duplicates})),
                    int(is_rework),
                    prev["id"] if is_rework else None,
                    json.dumps(line, ensure_ascii=False),
                    destination,
                ),
            ).lastrowid
        )
        if own_prev_status != result.status:
            reason = "first run" if own_prev_status is None else f"run {run_id} gave {result.status}"
            if doc is None and rework_of_doc is not None:
                reason = f"first run; corrects document {rework_of_doc}"
            self._status_change(doc_id, run_id, own_prev_status, result.status, reason, finished)
        if result.status == "clean":
            self._supersede_chain(rework_of_doc, doc_id, run_id, finished)
        row = conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        return _recorded(row, created=True, rework_of_document=rework_of_doc)

    def _unclean_same_plan(
        self, provider: str | None, doc_type: str, policy: str | None, exclude: int, batch_id: int | None = None
    ) -> sqlite3.Row | None:
        """The latest earlier document of this plan whose latest run was not clean and is not superseded.

        A document whose latest run is of `check` batch `batch_id` is of this batch: a duplicate, not rework.
        """
        if not provider or not policy or doc_type == "unknown":
            return None
        return self.conn.execute(
            """SELECT r.id, r.status, r.document_id FROM runs r JOIN documents d ON d.id = r.document_id
               WHERE r.id = (SELECT MAX(id) FROM runs WHERE document_id = r.document_id)
                 AND r.provider = ? AND r.doc_type = ? AND UPPER(r.policy_number) = UPPER(?)
                 AND r.status != 'clean' AND d.superseded_at IS NULL AND d.id != ? AND r.batch_id != ?
               ORDER BY r.id DESC LIMIT 1""",
            (provider, doc_type, policy, exclude, -1 if batch_id is None else batch_id),
        ).fetchone()

    def _supersede_chain(self, start: int | None, by_doc: int, run_id: int, at: str) -> None:
        """Take the documents a clean run corrects (its rework_of chain) out of the backlog."""
        seen: set[int] = set()
        current = start
        while current is not None and current not in seen:
            seen.add(current)
            row = self.conn.execute(
                "SELECT superseded_at, rework_of FROM documents WHERE id = ?", (current,)
            ).fetchone()
            if row["superseded_at"] is None:
                last = self.conn.execute(
                    "SELECT status FROM runs WHERE document_id = ? ORDER BY id DESC LIMIT 1", (current,)
                ).fetchone()
                self.conn.execute(
                    "UPDATE documents SET superseded_at = ?, superseded_by = ? WHERE id = ?",
                    (at, by_doc, current),
                )
                self._status_change(
                    current,
                    run_id,
                    last["status"] if last else None,
                    "superseded",
                    f"corrected by document {by_doc} (run {run_id}, clean)",
                    at,
                )
            current = row["rework_of"]

    def _status_change(
        self, doc_id: int, run_id: int | None, old: str | None, new: str, reason: str, at: str
    ) -> None:
        self.conn.execute(
            "INSERT INTO status_changes(document_id, run_id, at, old_status, new_status, reason) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (doc_id, run_id, at, old, new, reason),
        )

    def mark_placed(self, run_id: int, placed_path: str) -> None:
        """Record where the watcher is putting (or has put) the original of a run."""
        self.conn.execute(
            "UPDATE runs SET placed_path = ?, placed_at = ? WHERE id = ?", (placed_path, now(), run_id)
        )

    # -- reading ---------------------------------------------------------------------------------

    def result_for_run(self, run_id: int) -> DocumentResult:
        """The result line recorded for a run."""
        row = self.conn.execute("SELECT result_json FROM runs WHERE id = ?", (run_id,)).fetchone()
        return DocumentResult.from_json_dict(json.loads(row["result_json"]))

    def standing_review(self, document_id: int, path: str | None = None) -> tuple[int, DocumentResult] | None:
        """The reviewed run that stands as the document's result, and its result (spec/review.md).

        Args:
            document_id: the document.
            path: only a review of the document at this path (a `check` re-run is the same file there).

        Returns:
            (run id, reviewed result), or None when no person's result stands.
        """
        row = self.conn.execute(
            f"SELECT id, path, result_json FROM runs WHERE id = {standing_review_sql('?')}",
            (document_id, document_id),
        ).fetchone()
        if row is None or (path is not None and row["path"] != path):
            return None
        return int(row["id"]), DocumentResult.from_json_dict(json.loads(row["result_json"]))

    def unclean_earlier_paths(self, result: DocumentResult) -> set[str]:
        """Paths of earlier runs this result would be rework of (spec/metrics.md "Identity").

        A re-drop after a run that was not clean, of the same bytes or of the same provider, doc type and
        policy number, is rework, not a duplicate: the caller drops duplicates pointing at these paths.
        """
        docs: set[int] = set()
        row = self.conn.execute(
            """SELECT r.document_id, r.status FROM runs r JOIN documents d ON d.id = r.document_id
               WHERE d.sha256 = ? ORDER BY r.id DESC LIMIT 1""",
            (result.source.sha256,),
        ).fetchone()
        if row is not None and row["status"] != "clean":
            docs.add(int(row["document_id"]))
        record = result.record
        if record is not None:
            same_plan = self._unclean_same_plan(record.provider, result.doc_type, record.policy_number, -1)
            if same_plan is not None:
                docs.add(int(same_plan["document_id"]))
        if not docs:
            return set()
        marks = ",".join("?" * len(docs))
        rows = self.conn.execute(f"SELECT path FROM runs WHERE document_id IN ({marks})", tuple(docs))
        return {r["path"] for r in rows}

    def entries(
        self, *, origin: str | None = None, batch_id: int | None = None, per_path: bool = False
    ) -> list[Entry]:
        """Each document's latest run within a scope, ordered by document id (deterministic).

        A machine run of a file a person reviewed at the same path gives way to the review that stands
        (`standing_review`): approved documents stay approved in every export built from here.

        Args:
            origin: only runs from batches with this origin (a watched inbox).
            batch_id: only runs from this batch (a `check --out` run).
            per_path: the latest run per document and path, as `check --out` keeps them: an exact copy
                under another name (a duplicate, held for review) then leaves the clean original's run in.

        Returns:
            One entry per document.
        """
        where, args = [], []
        if origin is not None:
            where.append("b.origin = ?")
            args.append(origin)
        if batch_id is not None:
            where.append("r.batch_id = ?")
            args.append(batch_id)
        scope = " AND ".join(where) or "1"
        rows = self.conn.execute(
            f"""SELECT r.id AS run_id, r.document_id, r.path, r.result_json, r.arrived_at, d.superseded_at
                FROM runs r JOIN batches b ON b.id = r.batch_id JOIN documents d ON d.id = r.document_id
                WHERE r.id IN (SELECT MAX(r.id) FROM runs r JOIN batches b ON b.id = r.batch_id
                               WHERE {scope} GROUP BY r.document_id{", r.path" if per_path else ""})
                ORDER BY r.document_id, r.path""",
            args,
        ).fetchall()
        found = []
        reviewed = self.conn.execute("SELECT 1 FROM review_actions LIMIT 1").fetchone() is not None
        for row in rows:
            run_id, result = int(row["run_id"]), DocumentResult.from_json_dict(json.loads(row["result_json"]))
            if reviewed and result.review is None:  # a machine run: a person's result for the file stands
                standing = self.standing_review(int(row["document_id"]), row["path"])
                if standing is not None:
                    run_id, result = standing
            found.append(
                Entry(
                    document_id=int(row["document_id"]),
                    run_id=run_id,
                    result=result,
                    superseded=row["superseded_at"] is not None,
                    arrived_at=row["arrived_at"],
                )
            )
        return found

    def clean_results(self, exclude_paths: set[str] | frozenset[str] = frozenset()) -> Iterator[DocumentResult]:
        """Results of the files seen before whose latest run is clean (seeds duplicate detection).

        One per document and path: the latest run of each, when it is clean, so a clean original stays
        "seen" after an exact copy of it (the same document, another path) was held for review.

        Args:
            exclude_paths: paths (as recorded) left out: the files of the batch about to run, which are
                re-runs of themselves, never their own duplicates (spec/metrics.md "Identity").

        Yields:
            Results, oldest document first.
        """
        rows = self.conn.execute(
            """SELECT r.path, r.result_json FROM runs r
               WHERE r.id IN (SELECT MAX(id) FROM runs GROUP BY document_id, path) AND r.status = 'clean'
               ORDER BY r.document_id, r.id"""
        )
        for row in rows:
            if row["path"] not in exclude_paths:
                result = DocumentResult.from_json_dict(json.loads(row["result_json"]))
                result.source.path = row["path"]
                yield result


def _recorded(row: sqlite3.Row, *, created: bool, rework_of_document: int | None = None) -> RecordedRun:
    return RecordedRun(
        run_id=int(row["id"]),
        document_id=int(row["document_id"]),
        status=row["status"],
        is_rework=bool(row["is_rework"]),
        rework_of_document=rework_of_document,
        destination=row["destination"],
        placed_path=row["placed_path"],
        created=created,
    )
