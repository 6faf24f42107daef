"""heldout22's truth files are well formed and add up (see heldout22/README.md).

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
TRUTHS = truth_paths("heldout22")
VARIANTS = {
    "loa-fax-cover-form": "loa",
    "loa-crm-smallcaps-panel": "loa",
    "reply-closed-book-endowment": "loa_response",
    "reply-dated-value-rows": "loa_response",
    "statement-junior-sipp": "annual_statement",
    "statement-ptfc-lifestyle-phases": "annual_statement",
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


@pytest.mark.slow
def test_committed_set_is_what_the_command_makes(tmp_path: Path):
    assert_rebuilds(ROOT / "heldout22", "20261222", tmp_path)  # the README's one command, every byte
