"""heldout17's truth files are well formed and add up (see heldout17/README.md).

These check the truth against the contract, the domain rules and the set's own promises (scans carry no
text layer; a mixed scan keeps only its first page's), never against the extractor.
"""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from tests.heldoutshape import assert_contract, assert_promised_size, pdf_of, truth_paths
from tests.truthcheck import assert_holdings_add_up, assert_rebuilds, assert_text_layer, isin_ok, sedol_ok

ROOT = Path(__file__).resolve().parents[2]
TRUTHS = truth_paths("heldout17")
VARIANTS = {
    "loa-executors-estate": "loa",
    "loa-crm-plan-grid": "loa",
    "reply-landscape-plan-status": "loa_response",
    "reply-buyout-guarantees-letter": "loa_response",
    "statement-dfm-sector-valuation": "annual_statement",
    "statement-offshore-bond-currency": "annual_statement",
}
WHOLE = re.compile(r"^\d+$")


def dfm_holdings(rec: dict) -> None:
    """A discretionary valuation's shares are whole numbers as printed ("2,160" is "2160"); the rest as every set."""
    if not any(WHOLE.match(h["units"]) for h in rec["holdings"]):
        assert_holdings_add_up(rec)
        return
    for h in rec["holdings"]:
        assert h["fund_name"] == h["fund_name"].strip()
        assert WHOLE.match(h["units"]) or re.match(r"^\d+\.\d+$", h["units"])
        assert h["isin"] and isin_ok(h["isin"]) and (not h["isin"].startswith("GB00") or sedol_ok(h["isin"][4:11]))
        per = Decimal(h["unit_price"]) / (100 if h["price_currency"] == "GBX" else 1)
        assert (Decimal(h["units"]) * per).quantize(Decimal("0.01"), ROUND_HALF_UP) == Decimal(h["value"])
        assert (h["price_currency"] == "GBX") == bool(WHOLE.match(h["units"]))  # shares in pence, funds in pounds
    assert sum(Decimal(h["value"]) for h in rec["holdings"]) == Decimal(rec["plan_value"])


def test_set_has_the_promised_size():
    assert_promised_size(TRUTHS, VARIANTS, {"loa": 26, "loa_response": 27, "annual_statement": 27}, unsigned=6)


def test_each_variant_has_its_share_and_mixed_scans_are_where_promised():
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in TRUTHS]
    counts = {v: sum(t["variant"] == v for t in truths) for v in VARIANTS}
    assert all(13 <= n <= 14 for n in counts.values())
    assert {t["variant"] for t in truths if t["mixed"]} == {
        "reply-landscape-plan-status",
        "statement-dfm-sector-valuation",
    }


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    if truth["variant"] == "statement-dfm-sector-valuation":
        assert_contract(truth, holdings=dfm_holdings)
    else:
        assert_contract(truth)
    if truth["doc_type"] == "annual_statement":
        assert truth["record"]["period_start"]


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_layer_is_what_the_set_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_text_layer(truth, pdf_of(path))


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout17", "20261217", tmp_path)  # the README's one command, every byte
