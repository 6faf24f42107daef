"""Extraction on documents in layouts and wordings the samples lack (tests/extractor/variants.py).

The documents are drawn into a temporary folder from truth written by the variants generator
before drawing; nothing is committed and nothing comes from the extractor. One test per document
for the doc type and its key fields, then the set-level figure the issue's bar is about.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from provcheck.pipeline import CheckOptions, check_file
from provcheck.scoring import Score, load_truth, score_one
from tests.extractor.variants import variants, write_all

OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
NAMES = [v.name for v in variants()]
KEY_FIELDS = ("provider", "policy_number", "policy_numbers", "client_name", "ni_number", "plan_value", "valuation_date")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("variants")
    write_all(out)
    return out


@cache
def _result(path: Path) -> dict:
    return check_file(path, OPTIONS).to_json_dict()


@pytest.mark.parametrize("name", NAMES)
def test_doc_type_and_key_fields(folder: Path, name: str) -> None:
    doc = folder / f"{name}.pdf"
    truth, got = load_truth(doc), _result(doc)
    assert got["doc_type"] == truth["doc_type"]
    for key in KEY_FIELDS:
        if key in truth["record"]:
            assert got["record"][key] == truth["record"][key], key


def test_the_set_meets_the_accuracy_bars(folder: Path) -> None:
    score = Score()
    for name in NAMES:
        doc = folder / f"{name}.pdf"
        score_one(score, load_truth(doc), _result(doc), doc.name)
    assert score.doc_type_hits == score.documents
    assert score.overall().precision >= 0.99, score.errors
    assert score.overall().f1 >= 0.97, score.errors
    assert score.rows.f1 >= 0.97, score.errors


def test_the_drawn_documents_say_what_their_truth_says(folder: Path) -> None:
    # the truth is the generator's, not a reading of the PDF: check it is really printed
    import pypdfium2 as pdfium

    for name in NAMES:
        truth = load_truth(folder / f"{name}.pdf")["record"]
        pdf = pdfium.PdfDocument(str(folder / f"{name}.pdf"))
        text = " ".join(page.get_textpage().get_text_range() for page in pdf).replace("\r\n", " ")
        pdf.close()
        for key in ("client_name", "adviser_firm", "fca_frn"):
            if truth.get(key):
                assert truth[key] in text, (name, key)
        for number in [truth.get("policy_number"), *(truth.get("policy_numbers") or [])]:
            assert number is None or number in text.replace(" ", ""), (name, number)  # printed in groups
