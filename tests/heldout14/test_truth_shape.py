"""heldout14's truth files are well formed and add up (see heldout14/README.md).

These check the truth against the contract, the domain rules and the set's own promises (scans carry no
text layer; a mixed scan keeps only its first page's), never against the extractor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.heldoutshape import assert_contract, assert_listed_holdings, assert_promised_size, pdf_of, truth_paths
from tests.truthcheck import assert_rebuilds, assert_text_layer

ROOT = Path(__file__).resolve().parents[2]
TRUTHS = truth_paths("heldout14")
NO_FUNDS = {"statement-cash-savings"}  # a cash account: no fund table, so no holdings (README)
VARIANTS = {
    "loa-power-of-attorney": "loa",
    "loa-digital-certificate": "loa",
    "reply-dual-currency-summary": "loa_response",
    "reply-deferred-member": "loa_response",
    "statement-cash-savings": "annual_statement",
    "statement-portfolio-report": "annual_statement",
}


def _cash_account(rec: dict) -> None:
    assert rec["holdings"] == [] and rec["plan_value"]


def test_set_has_the_promised_size():
    assert_promised_size(TRUTHS, VARIANTS, {"loa": 26, "loa_response": 27, "annual_statement": 27}, unsigned=6)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_contract(truth, _cash_account if truth["variant"] in NO_FUNDS else assert_listed_holdings)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_layer_is_what_the_set_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_text_layer(truth, pdf_of(path))


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout14", "20261207", tmp_path)  # the README's one command, every byte
