"""heldout19's truth files are well formed and add up (see heldout19/README.md).

These check the truth against the contract, the domain rules and the set's own promises (scans carry no
text layer; a mixed scan keeps only its first page's), never against the extractor.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.heldoutshape import assert_contract, assert_listed_holdings, assert_promised_size, pdf_of, truth_paths
from tests.truthcheck import assert_holdings_add_up, assert_rebuilds, assert_text_layer

ROOT = Path(__file__).resolve().parents[2]
TRUTHS = truth_paths("heldout19")
VARIANTS = {
    "loa-tear-off-slip": "loa",
    "loa-continuation-sheet": "loa",
    "reply-wide-holdings-export": "loa_response",
    "reply-secure-message-print": "loa_response",
    "statement-newsletter-columns": "annual_statement",
    "statement-transposed-fund-grid": "annual_statement",
}


def assert_funds_and_cash_line(rec: dict) -> None:
    """The platform export's funds add up as usual, and its one cash line (no units, no price) makes the total."""
    *funds, cash = rec["holdings"]
    assert funds and cash["units"] is None and cash["unit_price"] is None and cash["isin"] is None
    assert "price_currency" not in cash and cash["fund_name"] == cash["fund_name"].strip()
    fund_total = sum(Decimal(h["value"]) for h in funds)
    assert_holdings_add_up({"holdings": funds, "plan_value": f"{fund_total:.2f}"})
    assert fund_total + Decimal(cash["value"]) == Decimal(rec["plan_value"])


def test_set_has_the_promised_size():
    assert_promised_size(TRUTHS, VARIANTS, {"loa": 26, "loa_response": 27, "annual_statement": 27}, unsigned=6)


def test_each_variant_has_its_share():
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in TRUTHS]
    counts = {v: sum(t["variant"] == v for t in truths) for v in VARIANTS}
    assert sorted(counts.values()) == [13, 13, 13, 13, 14, 14]
    scans = {v: sum(t["variant"] == v and t["scanned"] for t in truths) for v in VARIANTS}
    assert all(n in (3, 4) for n in scans.values())
    unsigned = {
        v: sum(t["variant"] == v and not t["record"].get("signature_present", True) for t in truths) for v in VARIANTS
    }
    assert unsigned["loa-tear-off-slip"] == unsigned["loa-continuation-sheet"] == 3


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    wide = truth["variant"] == "reply-wide-holdings-export"
    assert_contract(truth, assert_funds_and_cash_line if wide else assert_listed_holdings)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_layer_is_what_the_set_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_text_layer(truth, pdf_of(path))


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout19", "20261219", tmp_path)  # the README's one command, every byte
