"""heldout3's truth files are well formed and add up (see heldout3/README.md).

These check the truth against the contract and the domain rules, never against the extractor.
"""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from provcheck.models import FIELDS_BY_TYPE, FREQUENCIES, PLAN_TYPES
from tests.truthcheck import assert_rebuilds, isin_ok, sedol_ok

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "heldout3" / "docs"
TRUTHS = sorted(DOCS.glob("*.truth.json"))
POSTCODE = re.compile(r"^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})$")
NI = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ|QQ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
MONEY = re.compile(r"^\d+\.\d{2}$")
DECIMAL = re.compile(r"^\d+\.\d+$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HOLDING_KEYS = {"fund_name", "isin", "units", "unit_price", "value", "price_currency"}


def test_set_has_the_promised_size():
    scanned = [json.loads(p.read_text())["scanned"] for p in TRUTHS]
    assert (scanned.count(False), scanned.count(True)) == (60, 12)
    assert all(p.with_name(p.name.replace(".truth.json", ".pdf")).exists() for p in TRUTHS)
    # the set stays small enough to commit
    assert sum(p.stat().st_size for p in DOCS.iterdir()) < 15_000_000


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert set(truth) == {"doc_type", "record", "scanned", "variant"}
    rec = truth["record"]
    assert set(rec) == set(FIELDS_BY_TYPE[truth["doc_type"]])
    assert rec["client_name"] and "  " not in rec["client_name"]
    assert rec["ni_number"] is None or NI.match(rec["ni_number"])
    assert rec["client_postcode"] is None or POSTCODE.match(rec["client_postcode"])
    assert rec["client_address"] is None or rec["client_postcode"] not in rec["client_address"]
    for key in ("client_dob", "date_signed", "valuation_date", "period_start"):
        assert rec.get(key) is None or ISO.match(rec[key])
    if truth["doc_type"] == "loa":
        # adviser firms are fictional: their FRNs sit far past any number the FCA has issued
        assert rec["fca_frn"].isdigit() and len(rec["fca_frn"]) == 7 and rec["fca_frn"].startswith("99")
        assert rec["policy_numbers"] and all(" " not in n for n in rec["policy_numbers"])
        assert isinstance(rec["signature_present"], bool)
        # an unsigned letter is undated here; a signed one is dated
        assert (rec["date_signed"] is None) == (not rec["signature_present"])
        return
    assert " " not in rec["policy_number"]
    assert rec["plan_type"] in PLAN_TYPES
    assert rec["contribution_frequency"] is None or rec["contribution_frequency"] in FREQUENCIES
    assert (rec["regular_contribution"] is None) == (rec["contribution_frequency"] is None)
    for key in ("plan_value", "transfer_value", "regular_contribution"):
        assert rec[key] is None or MONEY.match(rec[key])
    assert rec["annual_charge_percent"] is None or DECIMAL.match(rec["annual_charge_percent"])
    assert rec["holdings"]
    for h in rec["holdings"]:
        assert set(h) == HOLDING_KEYS
        assert MONEY.match(h["value"]) and DECIMAL.match(h["units"]) and DECIMAL.match(h["unit_price"])
        assert h["isin"] is None or (len(h["isin"]) == 12 and isin_ok(h["isin"]))
        if h["isin"] and h["isin"][:4] in ("GB00", "IE00"):
            assert sedol_ok(h["isin"][4:11])
        # value is always pounds: units x price, over 100 when the price is in pence
        pounds = Decimal(h["units"]) * Decimal(h["unit_price"]) / (100 if h["price_currency"] == "GBX" else 1)
        assert pounds.quantize(Decimal("0.01"), ROUND_HALF_UP) == Decimal(h["value"])
    # the plan value is the fund table's total
    assert sum(Decimal(h["value"]) for h in rec["holdings"]) == Decimal(rec["plan_value"])
    if "period_start" in rec:
        assert rec["period_start"] < rec["valuation_date"]


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout3", "20261203", tmp_path)  # the README's one command, every byte
