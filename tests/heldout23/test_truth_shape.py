"""heldout23's truth files are well formed and add up (see heldout23/README.md).

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
TRUTHS = truth_paths("heldout23")
VARIANTS = {
    "loa-typed-paragraph-envelope": "loa",
    "loa-pension-tracing-table": "loa",
    "reply-request-response-table": "loa_response",
    "reply-sidebox-valuation": "loa_response",
    "statement-guaranteed-bond-anniversary": "annual_statement",
    "statement-isa-sector-pence": "annual_statement",
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


def test_isa_prices_are_in_pence():
    for path in TRUTHS:
        truth = json.loads(path.read_text(encoding="utf-8"))
        if truth["variant"] == "statement-isa-sector-pence":
            assert all(h["price_currency"] == "GBX" for h in truth["record"]["holdings"])


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout23", "20261223", tmp_path)  # the README's one command, every byte
