import sqlite3

import pytest

from provcheck.errors import ConfigError
from provcheck.ledger import SCHEMA_VERSION, Ledger, now
from provcheck.models import DocumentResult, Issue, Record, Source


def result(sha: str, status: str, *, policy: str = "PP1", provider: str = "Aldgate Life") -> DocumentResult:
    issues = (
        [Issue(rule="x", field="plan_value", severity="error", message="m")] if status == "rejected" else []
    )
    return DocumentResult(
        source=Source(path=f"in/{sha}.pdf", sha256=sha, bytes=10),
        doc_type="annual_statement",
        record=Record(provider=provider, policy_number=policy, valuation_date="2026-01-01"),
        issues=issues,
        status=status,
        completeness=1.0 if status == "clean" else 0.5,
    )


@pytest.fixture
def ledger(tmp_path):
    with Ledger.open(tmp_path / "l.sqlite") as led:
        yield led


def record(ledger, batch, res, claim=None):
    return ledger.record_run(
        batch, res, path=res.source.path, arrived_at=now(), started_at=now(), claim=claim
    )


def test_new_ledger_is_wal_and_versioned(ledger):
    assert ledger.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    version = ledger.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION


def test_reopen_keeps_rows_and_does_not_remigrate(tmp_path):
    path = tmp_path / "l.sqlite"
    with Ledger.open(path) as led:
        b = led.start_batch("check", "-")
        record(led, b, result("a" * 64, "clean"))
    with Ledger.open(path) as led:
        assert led.conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "l.sqlite"
    Ledger.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(ConfigError, match="newer"):
        Ledger.open(path)


def test_env_var_chooses_location(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVCHECK_LEDGER", str(tmp_path / "env" / "x.sqlite"))
    with Ledger.open() as led:
        assert led.path == tmp_path / "env" / "x.sqlite"
    assert (tmp_path / "env" / "x.sqlite").exists()


def test_same_claim_is_recorded_once(ledger):
    b = ledger.start_batch("watch", "/inbox")
    first = record(ledger, b, result("a" * 64, "clean"), claim="c1")
    again = record(ledger, b, result("a" * 64, "clean"), claim="c1")
    assert first.created and not again.created
    assert again.run_id == first.run_id
    assert ledger.conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1


def test_same_bytes_after_unclean_run_is_rework(ledger):
    b = ledger.start_batch("watch", "/inbox")
    first = record(ledger, b, result("a" * 64, "rejected"))
    second = record(ledger, b, result("a" * 64, "clean"))
    assert not first.is_rework and second.is_rework
    assert second.document_id == first.document_id
    changes = ledger.conn.execute("SELECT old_status, new_status FROM status_changes ORDER BY id").fetchall()
    assert [tuple(c) for c in changes] == [(None, "rejected"), ("rejected", "clean")]


def test_same_bytes_after_clean_run_is_not_rework(ledger):
    b = ledger.start_batch("watch", "/inbox")
    record(ledger, b, result("a" * 64, "clean"))
    second = record(ledger, b, result("a" * 64, "clean"))
    assert not second.is_rework
    assert ledger.conn.execute("SELECT COUNT(*) FROM status_changes").fetchone()[0] == 1


def test_corrected_bytes_link_to_earlier_document_and_supersede_it(ledger):
    b = ledger.start_batch("watch", "/inbox")
    bad = record(ledger, b, result("a" * 64, "rejected", policy="pp1"))
    fixed = record(ledger, b, result("b" * 64, "clean", policy="PP1"))
    assert fixed.document_id != bad.document_id
    assert fixed.is_rework and fixed.rework_of_document == bad.document_id
    row = ledger.conn.execute(
        "SELECT superseded_by FROM documents WHERE id = ?", (bad.document_id,)
    ).fetchone()
    assert row[0] == fixed.document_id
    entries = {e.document_id: e for e in ledger.entries(origin="/inbox")}
    assert entries[bad.document_id].superseded and not entries[fixed.document_id].superseded


def test_other_plan_is_not_rework(ledger):
    b = ledger.start_batch("watch", "/inbox")
    record(ledger, b, result("a" * 64, "rejected", policy="PP1"))
    other = record(ledger, b, result("b" * 64, "clean", policy="PP2"))
    assert not other.is_rework


def test_entries_are_scoped_and_latest(ledger):
    w = ledger.start_batch("watch", "/inbox")
    c = ledger.start_batch("check", "/out")
    record(ledger, w, result("a" * 64, "rejected"))
    last = record(ledger, w, result("a" * 64, "clean"))
    record(ledger, c, result("c" * 64, "clean", policy="Z"))
    inbox = ledger.entries(origin="/inbox")
    assert [e.run_id for e in inbox] == [last.run_id]
    assert inbox[0].result.status == "clean"
    assert [e.result.source.sha256 for e in ledger.entries(batch_id=c)] == ["c" * 64]
