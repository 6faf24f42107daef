"""heldout21's truth files are well formed and add up (see heldout21/README.md).

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
TRUTHS = truth_paths("heldout21")
VARIANTS = {
    "loa-adviser-drafted-sentence": "loa",
    "loa-landscape-row-boxes": "loa",
    "reply-wrap-several-wrappers": "loa_response",
    "reply-transfer-quote-only": "loa_response",
    "statement-gpp-leaver": "annual_statement",
    "statement-dfm-model-report": "annual_statement",
}


def _no_fund_list(rec: dict) -> None:
    """A transfer quotation prints no funds: holdings are empty, the plan value and transfer value are printed."""
    assert rec["holdings"] == [] and rec["plan_value"] and rec["transfer_value"]


def test_set_has_the_promised_size():
    assert_promised_size(TRUTHS, VARIANTS, {"loa": 26, "loa_response": 27, "annual_statement": 27}, unsigned=6)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    quote = truth["variant"] == "reply-transfer-quote-only"
    assert_contract(truth, _no_fund_list if quote else assert_listed_holdings)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_leavers_pay_nothing_now(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    if truth["variant"] == "statement-gpp-leaver":
        assert truth["record"]["regular_contribution"] is None and truth["record"]["plan_type"] == "workplace_pension"


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_layer_is_what_the_set_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_text_layer(truth, pdf_of(path))


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout21", "20261221", tmp_path)  # the README's one command, every byte
