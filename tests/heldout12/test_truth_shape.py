"""heldout12's truth files are well formed and add up (see heldout12/README.md).

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
TRUTHS = truth_paths("heldout12")
VARIANTS = {
    "loa-authority-to-deal": "loa",
    "loa-email-printed": "loa",
    "reply-valuation-two-level": "loa_response",
    "reply-information-schedule": "loa_response",
    "statement-sipp-shares": "annual_statement",
    "statement-lifetime-isa-bonus": "annual_statement",
}


def _holdings_of(variant: str):
    """The holdings check a variant's truth passes: a SIPP's shares and cash account add up their own way."""
    if variant != "statement-sipp-shares":
        return assert_listed_holdings

    def sipp_shares(rec: dict) -> None:
        assert rec["holdings"]
        assert all(h["fund_name"] == h["fund_name"].strip() for h in rec["holdings"])
        # shares print a whole quantity; the SIPP's value also holds a cash account that is no holding
        assert all(h["price_currency"] == "GBX" for h in rec["holdings"] if "." not in h["units"])
        rows = [dict(h, units=h["units"] if "." in h["units"] else h["units"] + ".0") for h in rec["holdings"]]
        invested = sum(Decimal(h["value"]) for h in rows)
        assert 0 < invested < Decimal(rec["plan_value"])
        assert_holdings_add_up({"holdings": rows, "plan_value": str(invested)})

    return sipp_shares


def test_set_has_the_promised_size():
    assert_promised_size(TRUTHS, VARIANTS, {"loa": 26, "loa_response": 27, "annual_statement": 27}, unsigned=6)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_contract(truth, _holdings_of(truth["variant"]))


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_layer_is_what_the_set_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_text_layer(truth, pdf_of(path))


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout12", "20261205", tmp_path)  # the README's one command, every byte
