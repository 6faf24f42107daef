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
