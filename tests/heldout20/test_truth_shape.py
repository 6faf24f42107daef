"""heldout20's truth files are well formed and add up (see heldout20/README.md).

These check the truth against the contract, the domain rules and the set's own promises (scans carry no
text layer; a mixed scan keeps only its first page's), never against the extractor.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.heldoutshape import assert_contract, assert_promised_size, pdf_of, truth_paths
from tests.truthcheck import assert_holdings_add_up, assert_rebuilds, assert_text_layer

ROOT = Path(__file__).resolve().parents[2]
TRUTHS = truth_paths("heldout20")
VARIANTS = {
    "loa-numbered-questions-script": "loa",
    "loa-client-agreement-annex": "loa",
    "reply-valuation-certificate": "loa_response",
    "reply-mvr-with-without": "loa_response",
    "statement-switch-history-lifestyle": "annual_statement",
    "statement-isa-cash-park": "annual_statement",
}


def _holdings_with_cash(cash: str):
    """The ISA statement's funds plus its cash park (not a holding) make the total account value."""

    def check(rec: dict) -> None:
        assert rec["holdings"]
        assert_holdings_add_up({**rec, "plan_value": f"{Decimal(rec['plan_value']) - Decimal(cash):.2f}"})

    return check


def test_set_has_the_promised_size():
    assert len(TRUTHS) == 80
    assert_promised_size(TRUTHS, VARIANTS, {"loa": 26, "loa_response": 27, "annual_statement": 27}, unsigned=6)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    if truth["variant"] == "statement-isa-cash-park":
        assert_contract(truth, _holdings_with_cash(truth["cash_outside_holdings"]))
    else:
        assert "cash_outside_holdings" not in truth
        assert_contract(truth)
    if truth["variant"] == "reply-mvr-with-without":
        assert truth["record"]["contribution_frequency"] == "single"


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_layer_is_what_the_set_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_text_layer(truth, pdf_of(path))


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout20", "20261220", tmp_path)  # the README's one command, every byte
