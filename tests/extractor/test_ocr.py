"""OCR really runs: scanned samples go through Tesseract and give the truth's identity fields."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from provcheck.pipeline import CheckOptions, check_file
from provcheck.scoring import load_truth

SCANNED = Path(__file__).resolve().parents[2] / "samples" / "scanned"

pytestmark = pytest.mark.slow


def _first(pattern: str) -> Path:
    found = sorted(p for p in SCANNED.glob(pattern) if not p.name.endswith(".truth.json"))
    assert found, f"no scanned sample matches {pattern}"
    return found[0]


@pytest.mark.parametrize("pattern", ["*annual_statement*.pdf", "*.png", "*.tif*"])
def test_scan_is_read_by_tesseract(pattern):
    assert shutil.which("tesseract"), "scripts/setup installs tesseract-ocr"
    doc = _first(pattern)
    truth = load_truth(doc)
    got = check_file(doc, CheckOptions(as_of=dt.date(2026, 11, 1))).to_json_dict()
    assert got["source"]["ocr_pages"] == list(range(1, got["source"]["pages"] + 1))
    assert got["doc_type"] == truth["doc_type"]
    assert got["record"]["provider"] == truth["record"]["provider"]
    assert any(ev["method"] == "ocr" for ev in got["evidence"].values())
    # boxes are converted to PDF points on the page
    for ev in got["evidence"].values():
        x0, top, x1, bottom = ev["bbox"]
        assert 0 <= x0 <= x1 <= 1300 and 0 <= top <= bottom <= 1300


def test_missing_tesseract_is_exit_code_3(monkeypatch):
    from provcheck.errors import MissingProgramError
    from provcheck.extractor import ocr

    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    monkeypatch.delenv("PROVCHECK_TESSERACT", raising=False)
    with pytest.raises(MissingProgramError) as info:
        ocr.ensure_tesseract()
    assert info.value.exit_code == 3 and "apt-get install tesseract-ocr" in info.value.message


def _tsv(rows):
    """A pytesseract DICT from (level, block, par, line, left, top, width, height, conf, text) rows."""
    keys = ["level", "block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text"]
    return {k: [r[i] for r in rows] for i, k in enumerate(keys)}


def test_ocr_words_take_their_line_height():
    from provcheck.extractor.ocr import _words

    data = _tsv(
        [
            (4, 1, 1, 1, 100, 200, 400, 40, -1, ""),  # the line: ascender to descender
            (5, 1, 1, 1, 100, 210, 60, 20, 96, "name"),  # x-height only
            (5, 1, 1, 1, 170, 200, 90, 40, 95, "Policy"),
        ]
    )
    words = _words(data, 0.5)
    assert [(w.top, w.bottom) for w in words] == [(100.0, 120.0), (100.0, 120.0)]
    assert {w.size for w in words} == {20.0}


def test_a_line_without_descenders_is_given_its_em_from_its_letter_widths():
    # a typewriter face: "MR 43 36" is cap height tall, but each letter is about 0.6 em wide and
    # the word spaces a whole letter: the box height must not be the cap height, or a word space
    # looks like a column gap
    from provcheck.extractor.ocr import _words

    data = _tsv(
        [
            (4, 1, 1, 1, 100, 200, 200, 14, -1, ""),
            (5, 1, 1, 1, 100, 200, 24, 14, 96, "MR"),
            (5, 1, 1, 1, 140, 200, 24, 14, 96, "43"),
        ]
    )
    words = _words(data, 1.0)
    assert all(w.bottom - w.top >= 24 for w in words)  # at least twice the mean letter width
    assert words[0].top < 200 and words[0].bottom > 214  # grown about the line's middle


def test_a_word_box_run_over_the_next_word_is_clipped_and_its_line_keeps_its_height():
    # Tesseract gave a heading's "LETTER" the whole heading's width; measured as ink, that made the
    # line three times too tall, and the line swallowed the box caption "FULL NAME" under it
    from provcheck.extractor.ocr import _words

    data = _tsv(
        [
            (4, 1, 1, 1, 100, 200, 330, 30, -1, ""),
            (5, 1, 1, 1, 100, 200, 330, 30, 96, "LETTER"),  # over "OF" and "AUTHORITY"
            (5, 1, 1, 1, 226, 200, 34, 30, 96, "OF"),
            (5, 1, 1, 1, 276, 200, 154, 30, 95, "AUTHORITY"),
        ]
    )
    words = _words(data, 1.0)
    assert words[0].x1 <= words[1].x0
    assert all(w.bottom - w.top <= 40 for w in words), [(w.text, w.top, w.bottom) for w in words]


def test_scans_are_read_at_their_own_resolution_brought_up_to_200_dpi():
    import pypdfium2 as pdfium

    from provcheck.extractor.read import SCAN_MIN_DPI, _ocr_dpi
    from provcheck.extractor.textlayer import image_dpi

    options = CheckOptions()
    seen = set()
    for path in sorted(SCANNED.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[0]
            width, height = page.get_size()
            dpi = image_dpi(page)
            assert dpi is not None and 140 <= dpi <= 210  # the samples are scanned at 150-200 dpi
            seen.add(round(dpi))
            assert _ocr_dpi(width, height, options, dpi) == max(round(dpi), SCAN_MIN_DPI)
            assert _ocr_dpi(width, height, CheckOptions(ocr_dpi=120), dpi) == 120  # the setting caps it
        finally:
            pdf.close()
    assert len(seen) >= 2
    text = next((SCANNED.parent / "text").glob("*.pdf"))
    pdf = pdfium.PdfDocument(str(text))
    try:
        assert image_dpi(pdf[0]) is None
    finally:
        pdf.close()


@pytest.mark.parametrize(
    ("layout", "doc_type"),
    [("resp-boxed", "loa_response"), ("stmt-boxed", "annual_statement"), ("loa-boxed", "loa")],
)
def test_boxed_forms_scanned_afresh_are_read(tmp_path, layout, doc_type):
    # boxed forms were the worst scans: borders read as | and text inside boxes skipped. These
    # are drawn and scanned here from fresh truth (not the committed samples extraction was tuned on)
    import random

    from provcheck.samplegen import make_truth, providers, render, scan_pdf
    from provcheck.scoring import Score, score_one

    seed = 11
    truth = make_truth(random.Random(seed), providers()[seed % len(providers())], doc_type, layout, seed=seed)
    source = render(truth.record, doc_type, layout, tmp_path / "source.pdf", seed=seed)
    scanned = scan_pdf(source, tmp_path / "scan.pdf", random.Random(seed))
    got = check_file(scanned, CheckOptions(as_of=dt.date(2026, 11, 1))).to_json_dict()
    assert got["source"]["ocr_pages"]
    score = Score()
    score_one(score, truth.to_json(), got, scanned.name)
    assert score.overall().f1 >= 0.9, score.errors
    for holding in got["record"].get("holdings") or []:
        if holding["isin"]:  # a code OCR read with O for 0 is mended, not passed on
            assert "O" not in holding["isin"][2:], holding


def test_a_share_class_i_read_as_a_stroke_is_kept_and_a_boxs_edge_beside_another_is_not():
    # "Bond | Acc": a capital I among words; "Ms | | ANWEN": one box's right edge, then the next box's
    # left edge hard by its first letter (the first boxed form field's value must not read "I ANWEN")
    from provcheck.extractor.ocr import _words

    data = _tsv(
        [
            (4, 1, 1, 1, 100, 200, 400, 40, -1, ""),
            (5, 1, 1, 1, 100, 210, 60, 20, 96, "Bond"),
            (5, 1, 1, 1, 170, 210, 4, 20, 90, "|"),
            (5, 1, 1, 1, 182, 210, 40, 20, 96, "Acc"),
            (4, 1, 1, 2, 100, 300, 400, 46, -1, ""),
            (5, 1, 1, 2, 120, 313, 30, 20, 92, "Ms"),
            (5, 1, 1, 2, 264, 300, 3, 48, 95, "|"),
            (5, 1, 1, 2, 297, 301, 4, 46, 87, "|"),
            (5, 1, 1, 2, 313, 301, 99, 46, 84, "ANWEN"),
        ]
    )
    assert [w.text for w in _words(data, 1.0)] == ["Bond", "I", "Acc", "Ms", "ANWEN"]
