"""List fields in the desk: a policy number or a holding's cell or row, corrected and validated at once."""

from __future__ import annotations

import csv
import json
from decimal import Decimal

import pytest

from provcheck.errors import InvalidCorrection
from provcheck.ledger.review import actions
from provcheck.review import Desk, export_batch, queue
from provcheck.review.lists import Item, parse


def with_list(ledger, field):
    for item in queue(ledger):
        run = Desk(ledger).document(item.document_id)
        if run.result.record is not None and getattr(run.result.record, field) and field in run.result.record.for_type(
            run.result.doc_type
        ):
            return run
    pytest.fail(f"no waiting document has {field}")


def test_parse_names_items_like_the_validators_issues():
    assert parse("holdings[2].value") == Item("holdings", 2, "value")
    assert parse("holdings[0]") == Item("holdings", 0, None)
    assert parse("policy_numbers[3]") == Item("policy_numbers", 3, None)
    assert parse("plan_value") is None
    with pytest.raises(InvalidCorrection):
        parse("holdings[1].colour")
    with pytest.raises(InvalidCorrection):
        parse("policy_numbers[0].value")


def test_correct_a_holding_value_revalidates_and_reaches_holdings_csv(ledger, batch):
    run = with_list(ledger, "holdings")
    desk = Desk(ledger)
    row = run.result.record.holdings[0]
    units, price = Decimal(row.units), Decimal(row.unit_price)
    price_pounds = price / 100 if row.price_currency == "GBX" else price
    wrong = f"{(units * price_pounds + 1000).quantize(Decimal('0.01'))}"
    with pytest.raises(InvalidCorrection, match="holdings\\[0\\].value"):  # units x price disagree: refused at once
        desk.correct(run.document_id, "holdings[0].value", wrong, "jsmith", version=run.run_id)
    assert desk.document(run.document_id).run_id == run.run_id  # nothing recorded

    result = desk.correct(run.document_id, "holdings[0].fund_name", "Corrected Fund Acc", "jsmith", version=run.run_id)
    assert result.record.holdings[0].fund_name == "Corrected Fund Acc"
    assert result.record.holdings[1:] == run.result.record.holdings[1:]
    assert result.evidence["holdings[0]"].method == "review"
    assert result.evidence["holdings[0]"].bbox == run.result.evidence["holdings[0]"].bbox
    assert result.review["corrections"] == [
        {"field": "holdings[0].fund_name", "from": row.fund_name, "to": "Corrected Fund Acc"}
    ]
    [act] = actions(ledger, run.document_id)
    assert (act.field, act.old_value, act.new_value) == ("holdings[0].fund_name", row.fund_name, "Corrected Fund Acc")
    line = json.loads(ledger.conn.execute("SELECT result_json FROM runs WHERE id = ?", (act.run_id,)).fetchone()[0])
    assert line["review"]["corrections"][0]["field"] == "holdings[0].fund_name"

    version = desk.document(run.document_id).run_id
    reasons = {i.rule: "checked by phone" for i in result.issues if i.severity == "error"}
    desk.approve(run.document_id, "jsmith", version=version, reasons=reasons)
    export_batch(ledger, run.batch_id, batch / "after")
    funds = [r["fund_name"] for r in csv.DictReader(open(batch / "after" / "holdings.csv", encoding="utf-8-sig"))]
    assert "Corrected Fund Acc" in funds and row.fund_name not in funds


def test_add_and_remove_a_row(ledger):
    run = with_list(ledger, "holdings")
    desk = Desk(ledger)
    n = len(run.result.record.holdings)
    added = desk.correct(run.document_id, f"holdings[{n}].fund_name", "New Fund", "jsmith", version=run.run_id)
    assert len(added.record.holdings) == n + 1 and added.record.holdings[n].fund_name == "New Fund"
    assert added.record.holdings[n].value is None
    version = desk.document(run.document_id).run_id
    value = desk.correct(run.document_id, f"holdings[{n}].value", "£1,250.5", "jsmith", version=version)
    assert value.record.holdings[n].value == "1250.50"
    version = desk.document(run.document_id).run_id
    gone = desk.correct(run.document_id, "holdings[0]", "", "jsmith", version=version)
    assert len(gone.record.holdings) == n and gone.record.holdings[0] == run.result.record.holdings[1]
    # the later rows' boxes move up with their indexes
    assert gone.evidence["holdings[0]"] == run.result.evidence["holdings[1]"]
    assert f"holdings[{n}]" not in gone.evidence
    removed = next(c for c in gone.review["corrections"] if c["field"] == "holdings[0]")
    assert removed["from"] == run.result.record.holdings[0].model_dump() and removed["to"] is None


def test_bad_row_index_and_bad_cells_are_refused(ledger):
    run = with_list(ledger, "holdings")
    desk = Desk(ledger)
    n = len(run.result.record.holdings)
    for field, value in (
        (f"holdings[{n + 1}].value", "1.00"),  # not even one past the end
        ("holdings[0].units", "many"),
        ("holdings[0].price_currency", "USD"),
        ("holdings[0]", "not empty"),
        (f"holdings[{n}].value", ""),
    ):
        with pytest.raises(InvalidCorrection):
            desk.correct(run.document_id, field, value, "jsmith", version=run.run_id)
    assert desk.document(run.document_id).run_id == run.run_id


def test_policy_numbers_edit_add_remove(ledger):
    run = with_list(ledger, "policy_numbers")
    desk = Desk(ledger)
    numbers = list(run.result.record.policy_numbers)
    n = len(numbers)
    added = desk.correct(run.document_id, f"policy_numbers[{n}]", "ZZ9900112", "jsmith", version=run.run_id)
    assert added.record.policy_numbers == [*numbers, "ZZ9900112"]
    assert added.evidence.get("policy_numbers") is None or added.evidence["policy_numbers"].method == "review"
    version = desk.document(run.document_id).run_id
    with pytest.raises(InvalidCorrection, match="already"):
        desk.correct(run.document_id, "policy_numbers[0]", "ZZ9900112", "jsmith", version=version)
    edited = desk.correct(run.document_id, "policy_numbers[0]", "ZZ9900113", "jsmith", version=version)
    assert edited.record.policy_numbers[0] == "ZZ9900113"
    version = desk.document(run.document_id).run_id
    removed = desk.correct(run.document_id, f"policy_numbers[{n}]", "", "jsmith", version=version)
    assert removed.record.policy_numbers == ["ZZ9900113", *numbers[1:]]
    fields = [c["field"] for c in removed.review["corrections"]]
    assert fields == ["policy_numbers[0]", f"policy_numbers[{n}]"]  # added then removed: from None to None
    last = removed.review["corrections"][-1]
    assert last["from"] is None and last["to"] is None
    with pytest.raises(InvalidCorrection):
        desk.correct(run.document_id, f"policy_numbers[{n + 5}]", "X1", "jsmith",
                     version=desk.document(run.document_id).run_id)  # fmt: skip


def test_corrections_of_list_items_count_under_their_column(ledger):
    from provcheck.review.openwork import corrections

    run = with_list(ledger, "holdings")
    desk = Desk(ledger)
    desk.correct(run.document_id, "holdings[0].fund_name", "A Fund", "jsmith", version=run.run_id)
    version = desk.document(run.document_id).run_id
    desk.correct(run.document_id, "holdings[1].fund_name", "B Fund", "jsmith", version=version)
    assert dict(corrections(ledger).by_field)["holdings.fund_name"] == 2
