"""The ledger's SQLite schema, versioned; `migrate` brings any older database forward on open.

This docstring is the schema's contract for readers of the ledger (`provcheck report`, outside tools).
Timestamps are UTC ISO 8601 strings with microseconds and a `Z` (`2026-11-01T09:30:00.123456Z`), so
they sort as text. Dates inside records are ISO `YYYY-MM-DD`. The database runs in WAL mode.

Tables (schema version 1; version 2 adds `review_actions`):

`meta(key, value)`
    `schema_version` — the version of this schema the file is at.

`batches(id, kind, origin, started_at, finished_at)`
    One invocation that processed documents. `kind` is `check` (a one-off `provcheck check`) or `watch`
    (one session of `provcheck watch`). `origin` is the absolute watched INBOX for `watch`, and for `check`
    the absolute `--out` folder (or `-` without one). `finished_at` is NULL while running or after a crash.

`documents(id, sha256, first_seen_at, first_path, bytes, rework_of, superseded_at, superseded_by)`
    One row per distinct content (spec/metrics.md "Identity": a document is a file's content, sha256).
    `first_seen_at` is the document's arrival: when the watcher first saw the file in the inbox (or when a
    `check` batch read it). `rework_of` links a document with NEW bytes to the earlier document it
    corrects: an earlier document whose latest run was not clean and that had the same provider, doc type
    and policy number. `superseded_at` / `superseded_by` (the correcting documents.id) are set when a
    clean run of a document whose `rework_of` chain leads here ends this document's time in the backlog.
    (A clean re-run of the same bytes needs no mark: that document's latest run is then clean.)

`runs(id, document_id, batch_id, claim, path, arrived_at, started_at, finished_at, status, doc_type,
provider, policy_number, valuation_date, completeness, error_count, warning_count, duplicate_kinds,
is_rework, rework_of_run, result_json, destination, placed_path, placed_at)`
    One row per processing of a document. `status` is the spec/record.md status (`clean`, `needs_review`,
    `rejected`, `failed`); `result_json` is the result line exactly as in results.jsonl. `claim` is the
    watcher's claim token (NULL for `check`); it is UNIQUE, which is what keeps a crash-and-restart from
    recording one file twice. `path` is the file's resolved (absolute) path for `check`, the inbox path
    for `watch`. `arrived_at` is when this file was seen arriving for this run; a `check` re-run (the
    same bytes at the same path again) keeps the first run's, since it is no new arrival. `is_rework` is
    1 when an earlier run of this document, or of the document in `documents.rework_of`, was not clean
    (spec/metrics.md rework), except for a `check` re-run and for two files of one `check` batch
    (duplicates, not rework);
    `rework_of_run` is that earlier run. `duplicate_kinds` is a comma-separated sorted set of the result's
    duplicate kinds (empty when none). `destination` is `processed`, `review` or `failed` (watch only;
    NULL for `check`); `placed_path` / `placed_at` say where and when the original was moved there.

`status_changes(id, document_id, run_id, at, old_status, new_status, reason)`
    Every change of a document's status, with its timestamp: the first run (`old_status` NULL), each run
    whose status differs from the document's previous one, and `superseded` (run_id = the superseding run)
    when a clean run takes it out of the backlog. `reason` is a short plain-words note.

Added in schema version 2 (spec/review.md):

`review_actions(id, document_id, run_id, base_run_id, at, reviewer, action, field, old_value, new_value,
page, bbox, reason, overrides_json)`
    Every action a person took in review: `action` is `correct`, `approve` or `reject`. `run_id` is the run
    (method `review`) the action produced: its `result_json` is the reviewed result line, whose `review` key
    holds who, when, the decision, the corrections and overrides. `base_run_id` is the run the reviewer was
    looking at; a document's version is its latest run id, so an action whose base is not the latest run
    was based on a stale page and is refused (optimistic concurrency between two reviewers).
    `old_value` / `new_value` are JSON; `bbox` is JSON `[x0, top, x1, bottom]` in PDF points.
    `overrides_json` is a JSON list of `{"rule", "reason"}` for errors approved with a reason.

Useful facts for queries: a document's latest run is `MAX(runs.id)` for its `document_id`, but its result
is a person's review when one stands over later `check` re-runs of the same file (`store.current_run_sql`,
spec/review.md "Approvals stand"); the backlog is documents whose current run is `needs_review` or
`rejected` and whose `superseded_at` is NULL. A review run copies the destination and placed path of the
run it was based on; an approval in a watched inbox updates them to `processed/`.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 2

# Each entry moves the database from version i to i+1. Never edit a released step: add a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('check', 'watch')),
        origin TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        first_seen_at TEXT NOT NULL,
        first_path TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        rework_of INTEGER REFERENCES documents(id),
        superseded_at TEXT,
        superseded_by INTEGER REFERENCES documents(id)
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        batch_id INTEGER NOT NULL REFERENCES batches(id),
        claim TEXT UNIQUE,
        path TEXT NOT NULL,
        arrived_at TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('clean', 'needs_review', 'rejected', 'failed')),
        doc_type TEXT NOT NULL,
        provider TEXT,
        policy_number TEXT,
        valuation_date TEXT,
        completeness REAL NOT NULL,
        error_count INTEGER NOT NULL,
        warning_count INTEGER NOT NULL,
        duplicate_kinds TEXT NOT NULL DEFAULT '',
        is_rework INTEGER NOT NULL DEFAULT 0,
        rework_of_run INTEGER REFERENCES runs(id),
        result_json TEXT NOT NULL,
        destination TEXT CHECK (destination IN ('processed', 'review', 'failed')),
        placed_path TEXT,
        placed_at TEXT
    );
    CREATE INDEX runs_document ON runs(document_id, id);
    CREATE INDEX runs_batch ON runs(batch_id);
    CREATE INDEX runs_plan ON runs(provider, doc_type, policy_number);
    CREATE TABLE status_changes (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        run_id INTEGER REFERENCES runs(id),
        at TEXT NOT NULL,
        old_status TEXT,
        new_status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX status_changes_document ON status_changes(document_id, id);
    """,
    """
    CREATE TABLE review_actions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        run_id INTEGER NOT NULL REFERENCES runs(id),
        base_run_id INTEGER NOT NULL REFERENCES runs(id),
        at TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('correct', 'approve', 'reject')),
        field TEXT,
        old_value TEXT,
        new_value TEXT,
        page INTEGER,
        bbox TEXT,
        reason TEXT,
        overrides_json TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX review_actions_document ON review_actions(document_id, id);
    CREATE INDEX review_actions_run ON review_actions(run_id);
    """,
)


def current_version(conn: sqlite3.Connection) -> int:
    """The schema version of an open database (0 for a new, empty one)."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration step the database has not had, each in its own transaction.

    Args:
        conn: an open connection in autocommit mode (`isolation_level=None`).

    Returns:
        The version the database is at afterwards.

    Raises:
        RuntimeError: the database is at a newer version than this provcheck knows (a later release).
    """
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"the ledger is at schema version {version}, newer than this provcheck understands "
            f"({SCHEMA_VERSION}); upgrade provcheck or point --ledger at another file"
        )
    for step in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[step]):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(step + 1),),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    # executescript() would commit on its own; splitting keeps each step inside one transaction.
    return [s.strip() for s in script.split(";") if s.strip()]
