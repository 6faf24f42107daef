"""heldout16's truth files are well formed and add up (see heldout16/README.md).

These check the truth against the contract, the domain rules and the set's own promises (scans carry no
text layer; a mixed scan keeps only its first page's), never against the extractor.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from provcheck.models import FIELDS_BY_TYPE, FREQUENCIES, PLAN_TYPES, Record
from tests.truthcheck import assert_holdings_add_up, assert_rebuilds, assert_text_layer

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "heldout16" / "docs"
TRUTHS = sorted(DOCS.glob("*.truth.json"))
POSTCODE = re.compile(r"^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})$")
NI = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ|QQ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
MONEY = re.compile(r"^\d+\.\d{2}$")
DECIMAL = re.compile(r"^\d+\.\d+$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
VARIANTS = {
    "loa-wet-ink-words-date": "loa",
    "loa-trust-trustees": "loa",
    "reply-policy-particulars": "loa_response",
    "reply-part-declined": "loa_response",
    "statement-stakeholder-glance": "annual_statement",
    "statement-tax-valuation-pack": "annual_statement",
}


def _pdf(truth: Path) -> Path:
    return truth.with_name(truth.name.replace(".truth.json", ".pdf"))


def test_set_has_the_promised_size():
    truths = [json.loads(p.read_text()) for p in TRUTHS]
    scanned = [t["scanned"] for t in truths]
    assert (scanned.count(False), scanned.count(True)) == (60, 20)
    assert sum(t["mixed"] for t in truths) == 2 and all(t["scanned"] for t in truths if t["mixed"])
    assert all(_pdf(p).exists() for p in TRUTHS)
    kinds = [t["doc_type"] for t in truths]
    assert {k: kinds.count(k) for k in set(kinds)} == {"loa": 26, "loa_response": 27, "annual_statement": 27}
    assert all(VARIANTS[t["variant"]] == t["doc_type"] for t in truths)
    assert sum(1 for t in truths if t["doc_type"] == "loa" and not t["record"]["signature_present"]) == 6


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    rec = truth["record"]
    assert list(rec) and set(rec) == set(FIELDS_BY_TYPE[truth["doc_type"]])
    Record.model_validate(rec)  # the bench validates the truth record with the project's own model
    assert rec["client_name"] and rec["provider"]
    assert rec["ni_number"] is None or NI.match(rec["ni_number"])
    assert rec["client_postcode"] is None or POSTCODE.match(rec["client_postcode"])
    assert (rec["client_address"] is None) == (rec["client_postcode"] is None)
    assert rec["client_address"] is None or rec["client_postcode"] not in rec["client_address"]
    assert rec["client_title"] in (None, "Mr", "Mrs", "Ms", "Miss", "Dr")
    for key in ("client_dob", "date_signed", "valuation_date", "period_start"):
        assert rec.get(key) is None or ISO.match(rec[key])
    if truth["doc_type"] == "loa":
        assert rec["fca_frn"] is None  # fictional firms, no FRN printed (README)
        assert rec["policy_numbers"] and isinstance(rec["signature_present"], bool)
        assert all(" " not in p for p in rec["policy_numbers"])
        assert bool(rec["date_signed"]) == rec["signature_present"]  # here a signed letter is dated, else not
        return
    assert " " not in rec["policy_number"]
    assert rec["plan_type"] in PLAN_TYPES and rec["valuation_date"]
    assert (rec["contribution_frequency"] is None) == (rec["regular_contribution"] is None)
    assert rec["contribution_frequency"] is None or rec["contribution_frequency"] in FREQUENCIES
    for key in ("plan_value", "transfer_value", "regular_contribution"):
        assert rec[key] is None or MONEY.match(rec[key])
    assert rec["annual_charge_percent"] is None or DECIMAL.match(rec["annual_charge_percent"])
    assert rec["holdings"]
    assert all(h["fund_name"] == h["fund_name"].strip() for h in rec["holdings"])
    assert_holdings_add_up(rec)  # the values make the plan value
    if rec.get("period_start"):
        assert rec["period_start"] < rec["valuation_date"]
    assert rec["transfer_value"] is None or Decimal(rec["transfer_value"]) <= Decimal(rec["plan_value"])


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_layer_is_what_the_set_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_text_layer(truth, _pdf(path))


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout16", "20261209", tmp_path)  # the README's one command, every byte
