"""LoA fields on documents in shapes the samples lack (tests/extractor/loa_variants.py).

The documents are drawn into a temporary folder from truth written before drawing; nothing is
committed and nothing comes from the extractor. Each document's LoA fields are checked one by
one, so a failure names the document and the field; then the set-level figure.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from provcheck.pipeline import CheckOptions, check_file
from provcheck.scoring import Score, load_truth, score_one
from tests.extractor.loa_variants import loa_variants, write_all

OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
NAMES = [v.name for v in loa_variants()]
LOA_FIELDS = ("policy_numbers", "date_signed", "client_name", "client_title", "adviser_firm", "fca_frn", "provider")
REPLY_FIELDS = ("policy_number", "client_name", "provider", "plan_value")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("loa-variants")
    write_all(out)
    return out


@cache
def _result(path: Path) -> dict:
    return check_file(path, OPTIONS).to_json_dict()


@pytest.mark.parametrize("name", NAMES)
def test_loa_fields(folder: Path, name: str) -> None:
    doc = folder / f"{name}.pdf"
    truth, got = load_truth(doc), _result(doc)
    assert got["doc_type"] == truth["doc_type"]
    keys = LOA_FIELDS if truth["doc_type"] == "loa" else REPLY_FIELDS
    for key in keys:
        assert got["record"][key] == truth["record"][key], key


def test_the_set_is_read_in_full(folder: Path) -> None:
    score = Score()
    for name in NAMES:
        doc = folder / f"{name}.pdf"
        score_one(score, load_truth(doc), _result(doc), doc.name)
    assert score.doc_type_hits == score.documents
    assert score.overall().precision >= 0.99, score.errors
    assert score.overall().f1 >= 0.98, score.errors


def test_the_drawn_documents_say_what_their_truth_says(folder: Path) -> None:
    # the truth is written before drawing, not read from the PDF: check each value is really printed
    import pypdfium2 as pdfium

    for name in NAMES:
        truth = load_truth(folder / f"{name}.pdf")["record"]
        pdf = pdfium.PdfDocument(str(folder / f"{name}.pdf"))
        text = " ".join(page.get_textpage().get_text_range() for page in pdf).replace("\r\n", " ")
        pdf.close()
        flat = " ".join(text.split())
        for key in ("adviser_firm", "fca_frn", "adviser_name"):
            if truth.get(key):
                assert truth[key] in flat, (name, key)
        for part in (truth.get("client_name") or "").split():
            assert part in flat, (name, "client_name")
        for number in [truth.get("policy_number"), *(truth.get("policy_numbers") or [])]:
            assert number is None or number in flat.replace(" ", ""), (name, number)  # printed in groups
