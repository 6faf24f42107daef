"""The desk's library over a real checked batch: queue, correct, approve, reject, stale saves, export."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json

import pytest

from provcheck.errors import InvalidCorrection, ReviewError, StaleVersion, UnknownDocument
from provcheck.ledger import Ledger
from provcheck.ledger.review import actions
from provcheck.review import Desk, export_batch, queue


def first(ledger, **filters):
    items = queue(ledger, **filters)
    assert items, f"no document waits for review with {filters}"
    return items[0]


def test_queue_is_the_unclean_documents_oldest_first(ledger):
    items = queue(ledger)
    statuses = dict(
        ledger.conn.execute(
            "SELECT document_id, status FROM runs WHERE id IN (SELECT MAX(id) FROM runs GROUP BY document_id)"
        ).fetchall()
    )
    assert {i.document_id for i in items} == {d for d, s in statuses.items() if s in ("needs_review", "rejected")}
    assert [i.arrived_at for i in items] == sorted(i.arrived_at for i in items)
    assert all(i.top_reason and i.age >= dt.timedelta(0) for i in items)


def test_queue_filters(ledger):
    item = first(ledger, reason="loa_expired")
    assert item.doc_type == "loa" and item.errors >= 1
    assert all(i.provider == item.provider for i in queue(ledger, provider=item.provider))
    assert {i.doc_type for i in queue(ledger, doc_type="annual_statement")} == {"annual_statement"}
    assert queue(ledger, provider="No Such Provider") == []


def test_correct_revalidates_records_and_keeps_the_machine_run(ledger, batch):
    item = first(ledger, doc_type="annual_statement")
    desk = Desk(ledger)
    before = desk.document(item.document_id)
    original = batch / before.path if not before.path.startswith("/") else before.path
    digest = hashlib.sha256(open(original, "rb").read()).hexdigest()
    result = desk.correct(item.document_id, "client_name", "Ann Corrected", "jsmith", version=item.version)
    assert result.record.client_name == "Ann Corrected"
    assert result.evidence["client_name"].method == "review"
    assert result.review["corrections"] == [
        {"field": "client_name", "from": before.result.record.client_name, "to": "Ann Corrected"}
    ]
    after = desk.document(item.document_id)
    assert after.run_id > before.run_id and after.result.record.client_name == "Ann Corrected"
    machine = ledger.conn.execute("SELECT result_json FROM runs WHERE id = ?", (before.run_id,)).fetchone()[0]
    assert json.loads(machine)["record"]["client_name"] == before.result.record.client_name
    [act] = actions(ledger, item.document_id)
    assert (act.reviewer, act.action, act.field, act.new_value) == ("jsmith", "correct", "client_name", "Ann Corrected")
    assert hashlib.sha256(open(original, "rb").read()).hexdigest() == digest  # the original is untouched


def test_invalid_value_is_refused_with_the_reason(ledger):
    item = first(ledger, doc_type="annual_statement")
    desk = Desk(ledger)
    with pytest.raises(InvalidCorrection, match="holdings add up to"):
        desk.correct(item.document_id, "plan_value", "26439.95", "jsmith", version=item.version)
    with pytest.raises(InvalidCorrection, match="valuation_date"):
        desk.correct(item.document_id, "valuation_date", "31/02/2026", "jsmith", version=item.version)
    with pytest.raises(InvalidCorrection, match="not a field"):
        desk.correct(item.document_id, "fca_frn", "123456", "jsmith", version=item.version)
    assert desk.document(item.document_id).run_id == item.version  # nothing recorded


def test_approve_needs_a_reason_for_each_remaining_error(ledger):
    item = first(ledger, reason="loa_expired")
    desk = Desk(ledger)
    with pytest.raises(ReviewError, match="loa_expired"):
        desk.approve(item.document_id, "jsmith", version=item.version)
    result = desk.approve(
        item.document_id, "jsmith", version=item.version, reasons={"loa_expired": "provider accepted by phone"}
    )
    assert result.status == "clean" and result.review["decision"] == "approved"
    assert result.review["overrides"] == [{"rule": "loa_expired", "reason": "provider accepted by phone"}]
    assert item.document_id not in {i.document_id for i in queue(ledger)}
    change = ledger.conn.execute(
        "SELECT old_status, new_status FROM status_changes WHERE document_id = ? ORDER BY id DESC LIMIT 1",
        (item.document_id,),
    ).fetchone()
    assert tuple(change) == ("rejected", "clean")


def test_reject_needs_a_reason_and_leaves_the_queue(ledger):
    item = first(ledger)
    desk = Desk(ledger)
    with pytest.raises(ReviewError, match="reason"):
        desk.reject(item.document_id, "jsmith", "  ", version=item.version)
    result = desk.reject(item.document_id, "jsmith", "provider must reissue", version=item.version)
    assert result.status == "rejected" and result.review["reason"] == "provider must reissue"
    assert item.document_id not in {i.document_id for i in queue(ledger)}


def test_two_reviewers_stale_save_is_refused_and_nothing_is_lost(batch):
    with Ledger.open(batch / "ledger.db") as one, Ledger.open(batch / "ledger.db") as two:
        item = first(one, doc_type="annual_statement")
        a, b = Desk(one), Desk(two)
        seen_by_b = b.document(item.document_id).run_id
        a.correct(item.document_id, "client_name", "Ann Alice", "alice", version=item.version)
        with pytest.raises(StaleVersion, match="changed since you opened it"):
            b.correct(item.document_id, "valuation_date", "2026-03-31", "bob", version=seen_by_b)
        with pytest.raises(StaleVersion):
            b.approve(item.document_id, "bob", version=seen_by_b)
        fresh = b.document(item.document_id)
        b.correct(item.document_id, "valuation_date", "2026-03-31", "bob", version=fresh.run_id)
        latest = a.document(item.document_id).result
        assert (latest.record.client_name, latest.record.valuation_date) == ("Ann Alice", "2026-03-31")
        assert [c["field"] for c in latest.review["corrections"]] == ["client_name", "valuation_date"]


def test_unknown_document(ledger):
    with pytest.raises(UnknownDocument):
        Desk(ledger).document(99999)


def test_approved_document_reaches_plans_and_leaves_exceptions(ledger, batch):
    item = first(ledger, doc_type="annual_statement")
    desk = Desk(ledger)
    run = desk.document(item.document_id)
    policy = run.result.record.policy_number
    out = batch / "regen"
    export_batch(ledger, run.batch_id, out)
    assert policy not in {r["policy_number"] for r in csv.DictReader(open(out / "plans.csv"))}
    assert policy in open(out / "exceptions.csv").read()
    desk.approve(item.document_id, "jsmith", version=item.version)
    export_batch(ledger, run.batch_id, out)
    assert policy in {r["policy_number"] for r in csv.DictReader(open(out / "plans.csv"))}
    assert policy not in open(out / "exceptions.csv").read()
