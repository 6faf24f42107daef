"""An ISIN no check settles on a scan is kept for the `isin` check, unsure (issue 10).

A statement drawn here with an ISIN column is scanned as an office scanner would and read by
Tesseract. One row prints a code whose check digit reads as a letter (a correct ISIN misread
beyond repair), one a code whose check digit is wrong: both must reach the record, each with a
lower confidence than its row, and the `isin` check must report each as a warning naming the
doubt, never an error.
"""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from provcheck.extractor.fields import extract
from provcheck.extractor.read import read_document
from provcheck.pipeline import CheckOptions, check_paths
from provcheck.rules import load_rule_pack
from provcheck.validators import validate
from tests.extractor.test_scantables import _scan

pytestmark = pytest.mark.slow

# (fund name, ISIN as printed, units, price, value); GB00B15KXQ89 is spec/domain.md's valid ISIN
ROWS = [
    ("Marlow Strategic Bond I Acc", "GB00B15KXQ89", "7081.85", "6.1035", "43,224.07"),
    ("Harwood Global Equity Income I Inc", "GB00B5TMQW2E", "1544.210", "2.2930", "3,540.87"),
    ("Penrose Sterling Corporate Bond", "GB00B15KXQ87", "20264.92", "3.3603", "68,096.21"),
]


def _statement(path: Path) -> Path:
    """A one-page valuation with a ruled holdings table: fund, ISIN, units, price, value, a total."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    h = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, h - 60, "Northgate Platform")
    c.setFont("Helvetica", 10)
    c.drawString(56, h - 90, "Valuation statement as at 5 April 2026")
    c.drawString(56, h - 104, "Plan number: NP4418203")
    y = h - 150
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(56, y, "Fund")
    c.drawString(250, y, "ISIN")
    for x, text in ((390, "Units"), (460, "Price (£)"), (540, "Value (£)")):
        c.drawRightString(x, y, text)
    c.setLineWidth(0.6)
    c.line(50, y - 5, 545, y - 5)
    c.setFont("Helvetica", 9.5)
    for name, isin, units, price, value in ROWS:
        y -= 20
        c.drawString(56, y, name)
        c.drawString(250, y, isin)
        for x, text in ((390, units), (460, price), (540, value)):
            c.drawRightString(x, y, text)
        c.line(50, y - 6, 545, y - 6)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(56, y - 22, "Total")
    c.drawRightString(540, y - 22, "114,861.15")
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    assert shutil.which("tesseract"), "scripts/setup installs tesseract-ocr"
    folder = tmp_path_factory.mktemp("scanisin")
    return _scan(_statement(folder / "drawn.pdf"), folder / "scan.pdf", 300)


@pytest.fixture(scope="module")
def scanned(scan):
    doc = read_document(scan, CheckOptions())
    assert doc.ocr_pages == [1]
    return extract(doc)


def test_a_code_no_check_settles_is_kept_with_lower_confidence(scanned):
    got = {h.fund_name: h.isin for h in scanned.record.holdings}
    assert got.get("Marlow Strategic Bond I Acc") == "GB00B15KXQ89", got
    # the letter read for a check digit stays as read: the code is kept, not mended or dropped
    assert got.get("Harwood Global Equity Income I Inc") == "GB00B5TMQW2E", got
    assert got.get("Penrose Sterling Corporate Bond") == "GB00B15KXQ87", got
    row = scanned.evidence["holdings[1]"]
    kept = scanned.evidence.get("holdings[1].isin")
    assert kept is not None and kept.method == "ocr", scanned.evidence.keys()
    assert kept.confidence < min(row.confidence, 0.8)


def test_the_isin_check_reports_each_as_a_warning_naming_the_doubt(scanned):
    issues = validate(scanned.record, scanned.doc_type, load_rule_pack(None), dt.date(2026, 5, 1), scanned.evidence)
    found = {i.field: i for i in issues if i.rule == "isin"}
    assert set(found) == {"holdings[1].isin", "holdings[2].isin"}, issues
    for item in found.values():
        assert item.severity == "warning", item
        assert "Not sure" in item.message and "row" in item.message, item.message
    assert "GB00B5TMQW2E" in found["holdings[1].isin"].message


def test_the_checked_record_carries_the_codes_and_holds_the_document_for_review(scan):
    # the whole run, as a user meets it: the record's ISINs, the issues and the status
    (result,) = list(check_paths([scan], CheckOptions()))
    assert result.record is not None
    assert [h.isin for h in result.record.holdings] == ["GB00B15KXQ89", "GB00B5TMQW2E", "GB00B15KXQ87"]
    isin = [i for i in result.issues if i.rule == "isin"]
    assert [i.field for i in isin] == ["holdings[1].isin", "holdings[2].isin"], result.issues
    assert all(i.severity == "warning" for i in isin)
    assert not [i for i in result.issues if i.severity == "error"], result.issues
    assert result.status == "needs_review"
