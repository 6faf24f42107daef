"""heldout6's truth files are well formed and add up (see heldout6/README.md).

These check the truth against the contract and the domain rules, never against the extractor.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from provcheck.models import FIELDS_BY_TYPE, FREQUENCIES, PLAN_TYPES, Record
from tests.truthcheck import assert_holdings_add_up, assert_rebuilds

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "heldout6" / "docs"
TRUTHS = sorted(DOCS.glob("*.truth.json"))
POSTCODE = re.compile(r"^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})$")
NI = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ|QQ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
MONEY = re.compile(r"^\d+\.\d{2}$")
DECIMAL = re.compile(r"^\d+\.\d+$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_set_has_the_promised_size():
    scanned = [json.loads(p.read_text())["scanned"] for p in TRUTHS]
    assert (scanned.count(False), scanned.count(True)) == (80, 20)
    assert all(p.with_name(p.name.replace(".truth.json", ".pdf")).exists() for p in TRUTHS)
    kinds = [json.loads(p.read_text())["doc_type"] for p in TRUTHS]
    assert {k: kinds.count(k) for k in set(kinds)} == {"loa": 34, "loa_response": 30, "annual_statement": 36}


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    rec = truth["record"]
    assert list(rec) and set(rec) == set(FIELDS_BY_TYPE[truth["doc_type"]])
    Record.model_validate(rec)  # the bench validates the truth record with the project's own model
    assert rec["ni_number"] is None or NI.match(rec["ni_number"])
    assert rec["client_postcode"] is None or POSTCODE.match(rec["client_postcode"])
    assert rec["client_address"] is None or (rec["client_postcode"] not in rec["client_address"])
    assert rec["client_title"] in (None, "Mr", "Mrs", "Ms", "Miss", "Dr")
    for key in ("client_dob", "date_signed", "valuation_date", "period_start"):
        assert rec.get(key) is None or ISO.match(rec[key])
    if truth["doc_type"] == "loa":
        assert rec["fca_frn"] is None  # fictional firms, no FRN (README)
        assert rec["policy_numbers"] and isinstance(rec["signature_present"], bool)
        assert all(" " not in p for p in rec["policy_numbers"])
        assert rec["signature_present"] is False or rec["date_signed"]  # every signed letter here is dated
        return
    assert " " not in rec["policy_number"]
    assert rec["plan_type"] in PLAN_TYPES
    assert (rec["contribution_frequency"] is None) == (rec["regular_contribution"] is None)
    assert rec["contribution_frequency"] is None or rec["contribution_frequency"] in FREQUENCIES
    for key in ("plan_value", "transfer_value", "regular_contribution"):
        assert rec[key] is None or MONEY.match(rec[key])
    assert rec["annual_charge_percent"] is None or DECIMAL.match(rec["annual_charge_percent"])
    assert rec["holdings"]
    assert_holdings_add_up(rec)  # units x price make each value; the values make the plan value
    if rec.get("period_start"):
        assert rec["period_start"] < rec["valuation_date"]
    assert rec["transfer_value"] is None or Decimal(rec["transfer_value"]) <= Decimal(rec["plan_value"])


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout6", "20261204", tmp_path)  # the README's one command, every byte
