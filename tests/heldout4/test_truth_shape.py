"""heldout4's truth files are well formed and add up (see heldout4/README.md).

These check the truth against the contract and the domain rules, never against the extractor.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from provcheck.models import FIELDS_BY_TYPE, FREQUENCIES, PLAN_TYPES
from tests.truthcheck import assert_rebuilds, isin_ok, sedol_ok

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "heldout4" / "docs"
TRUTHS = sorted(DOCS.glob("*.truth.json"))
POSTCODE = re.compile(r"^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})$")
NI = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ|QQ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
MONEY = re.compile(r"^\d+\.\d{2}$")
DECIMAL = re.compile(r"^\d+\.\d+$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HOLDING_KEYS = {"fund_name", "isin", "units", "unit_price", "value", "price_currency"}


def _pdf_has_text(path: Path) -> bool:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return any(page.get_textpage().get_text_range().strip() for page in doc)
    finally:
        doc.close()


def test_set_has_the_promised_size():
    scanned = [json.loads(p.read_text())["scanned"] for p in TRUTHS]
    assert (scanned.count(False), scanned.count(True)) == (60, 16)
    assert all(p.with_name(p.name.replace(".truth.json", ".pdf")).exists() for p in TRUTHS)
    assert sum(p.stat().st_size for p in DOCS.iterdir()) < 15_000_000
    kinds = [json.loads(p.read_text())["doc_type"] for p in TRUTHS]
    assert {k: kinds.count(k) for k in set(kinds)} == {"loa": 25, "loa_response": 23, "annual_statement": 28}


def test_scanned_documents_have_no_text_layer_and_text_ones_do():
    for path in TRUTHS:
        pdf = path.with_name(path.name.replace(".truth.json", ".pdf"))
        assert _pdf_has_text(pdf) != json.loads(path.read_text())["scanned"], pdf.name


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert set(truth) == {"doc_type", "record", "scanned", "variant"}
    rec = truth["record"]
    assert set(rec) == set(FIELDS_BY_TYPE[truth["doc_type"]])
    assert rec["client_name"] and "  " not in rec["client_name"]
    assert rec["client_title"] is None or rec["client_title"] in {"Mr", "Mrs", "Ms", "Miss", "Dr"}
    assert rec["ni_number"] is None or NI.match(rec["ni_number"])
    assert rec["client_postcode"] is None or POSTCODE.match(rec["client_postcode"])
    assert (rec["client_address"] is None) == (rec["client_postcode"] is None)
    assert rec["client_address"] is None or rec["client_postcode"] not in rec["client_address"]
    for key in ("client_dob", "date_signed", "valuation_date", "period_start"):
        assert rec.get(key) is None or ISO.match(rec[key])
    if truth["doc_type"] == "loa":
        # the adviser firms are fictional and print no FCA number, so none is in the truth
        assert rec["fca_frn"] is None
        assert rec["adviser_firm"] and rec["adviser_name"]
        assert rec["policy_numbers"] and all(" " not in n for n in rec["policy_numbers"])
        assert isinstance(rec["signature_present"], bool)
        # an unsigned letter is undated here; a signed one is dated
        assert (rec["date_signed"] is None) == (not rec["signature_present"])
        return
    assert rec["provider"] and " " not in rec["policy_number"]
    assert rec["plan_type"] in PLAN_TYPES
    assert rec["contribution_frequency"] is None or rec["contribution_frequency"] in FREQUENCIES
    assert (rec["regular_contribution"] is None) == (rec["contribution_frequency"] is None)
    for key in ("plan_value", "transfer_value", "regular_contribution"):
        assert rec[key] is None or MONEY.match(rec[key])
    assert rec["annual_charge_percent"] is None or DECIMAL.match(rec["annual_charge_percent"])
    # a transfer or surrender value never exceeds the plan's value here
    assert rec["transfer_value"] is None or Decimal(rec["transfer_value"]) <= Decimal(rec["plan_value"])
    assert rec["holdings"]
    names = [h["fund_name"] for h in rec["holdings"]]
    assert len(names) == len(set(names))
    for h in rec["holdings"]:
        assert set(h) <= HOLDING_KEYS and MONEY.match(h["value"])
        assert h["isin"] is None or (len(h["isin"]) == 12 and isin_ok(h["isin"]))
        if h["isin"] and h["isin"].startswith("GB00"):
            assert sedol_ok(h["isin"][4:11])
        assert DECIMAL.match(h["units"]) and DECIMAL.match(h["unit_price"])
        # value is always pounds: units times the price, the price in pence when the holding says GBX
        price = Decimal(h["unit_price"]) / (100 if h["price_currency"] == "GBX" else 1)
        assert abs(Decimal(h["units"]) * price - Decimal(h["value"])) <= Decimal("0.005")
    # the plan value is the fund table's total
    assert sum(Decimal(h["value"]) for h in rec["holdings"]) == Decimal(rec["plan_value"])
    if "period_start" in rec:
        assert rec["period_start"] < rec["valuation_date"]


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout4", "20261202", tmp_path)  # the README's one command, every byte
