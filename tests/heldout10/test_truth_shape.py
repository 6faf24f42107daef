"""heldout10's truth files are well formed and add up (see heldout10/README.md).

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
TRUTHS = truth_paths("heldout10")
VARIANTS = {
    "loa-numbered-letter": "loa",
    "loa-two-column-form": "loa",
    "reply-plan-summary": "loa_response",
    "reply-transfer-quote": "loa_response",
    "statement-asset-class": "annual_statement",
    "statement-sipp-drawdown": "annual_statement",
}


def test_set_has_the_promised_size():
    assert_promised_size(TRUTHS, VARIANTS, {"loa": 27, "loa_response": 27, "annual_statement": 26}, unsigned=6)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_follows_the_contract(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_contract(truth)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_variant_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    rec, variant = truth["record"], truth["variant"]
    if variant == "reply-transfer-quote":  # every unit priced in pence; the transfer value is always printed
        assert all(h["price_currency"] == "GBX" for h in rec["holdings"]) and rec["transfer_value"]
        assert rec["client_address"] is None  # addressed to the adviser: no client address printed
    if variant == "statement-sipp-drawdown":
        assert rec["plan_type"] == "sipp" and rec["transfer_value"] in (None, rec["plan_value"])
    if variant == "statement-asset-class":
        assert rec["plan_type"] in ("isa", "gia") and rec["client_dob"] is None and rec["transfer_value"] is None
    if variant == "loa-two-column-form":
        assert rec["client_title"] is not None


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_text_layer_is_what_the_set_promises(path: Path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert_text_layer(truth, pdf_of(path))


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout10", "20261210", tmp_path)  # the README's one command, every byte
