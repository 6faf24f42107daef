"""Golden tests: extraction of the committed text samples against their ground truth.

Truth is written by the sample generator before rendering (samples/README.md), never by the
extractor. One test per sample for the identity fields, then the set-level bars of the issue.
"""

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from provcheck.pipeline import CheckOptions, check_file
from provcheck.scoring import Score, documents_with_truth, load_truth, score_one

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "text"
DOCS = documents_with_truth(SAMPLES)
OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))


@cache
def result_of(path: Path) -> dict:
    return check_file(path, OPTIONS).to_json_dict()


def test_samples_exist():
    assert len(DOCS) >= 40


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.stem)
def test_identity_fields(doc):
    truth, got = load_truth(doc), result_of(doc)
    assert got["doc_type"] == truth["doc_type"]
    assert got["source"]["ocr_pages"] == []  # text pages are never OCR'd
    assert set(got["record"]) == set(truth["record"])  # every field of the type, no other
    for key in ("provider", "policy_number", "policy_numbers", "ni_number"):
        if key in truth["record"]:
            assert got["record"][key] == truth["record"][key], key
    for key, ev in got["evidence"].items():
        assert ev["method"] == "text" and 1 <= ev["page"] <= got["source"]["pages"], key


def test_text_set_meets_the_accuracy_bars():
    score = Score()
    for doc in DOCS:
        score_one(score, load_truth(doc), result_of(doc), doc.name)
    assert score.doc_type_hits == score.documents
    assert score.overall().f1 >= 0.99, score.errors[:20]
    assert score.rows.f1 >= 0.97, [e for e in score.errors if "holdings" in e][:10]


def test_each_holding_has_its_row_as_evidence():
    checked = 0
    for doc in DOCS:
        got = result_of(doc)
        for i, holding in enumerate(got["record"].get("holdings") or []):
            ev = got["evidence"][f"holdings[{i}]"]
            printed = ev["text"].replace(",", "").replace("£", "")
            assert holding["value"].lstrip("-") in printed, (doc.name, i, ev["text"])
            assert 1 <= ev["page"] <= got["source"]["pages"]
            checked += 1
    assert checked > 100
