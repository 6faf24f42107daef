"""heldout18's truth files are well formed and add up (see heldout18/README.md).

These check the truth against the contract, the domain rules and the set's own promises (scans carry no
text layer; a mixed scan keeps only its first page's), never against the extractor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.heldoutshape import assert_contract, assert_promised_size, pdf_of, truth_paths
from tests.truthcheck import assert_rebuilds, assert_text_layer

ROOT = Path(__file__).resolve().parents[2]
TRUTHS = truth_paths("heldout18")
VARIANTS = {
    "loa-deputy-court-order": "loa",
    "loa-portal-barcode-request": "loa",
    "reply-info-pack-split-summary": "loa_response",
    "reply-gar-retirement-annuity": "loa_response",
    "statement-bond-withdrawal-history": "annual_statement",
    "statement-employer-contribution-ledger": "annual_statement",
}


def test_set_has_the_promised_size():
    assert_promised_size(TRUTHS, VARIANTS, {"loa": 26, "loa_response": 27, "annual_statement": 27}, unsigned=6)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_contract(truth)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_layer_is_what_the_set_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_text_layer(truth, pdf_of(path))


def test_each_letter_variant_has_three_unsigned():
    """The six unsigned letters are three of each LoA layout (README), whatever ink the others carry."""
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in TRUTHS]
    for variant in ("loa-deputy-court-order", "loa-portal-barcode-request"):
        letters = [t for t in truths if t["variant"] == variant]
        assert len(letters) == 13 and sum(not t["record"]["signature_present"] for t in letters) == 3


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout18", "20261218", tmp_path)  # the README's one command, every byte
