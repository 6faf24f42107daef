"""Holdings tables on poor scans: statements drawn here, scanned as an office scanner would, read by Tesseract.

Each scan is rasterised at 150-300 dpi, skewed about a degree, blurred, greyed and JPEG-compressed
(or cut to bilevel), the way bench/scantables makes its dev set.
"""

import io
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from provcheck.extractor.fields import extract
from provcheck.extractor.ocr import _tesseract, _words
from provcheck.extractor.ocrgaps import read_again, uncovered
from provcheck.extractor.read import read_document
from provcheck.extractor.tablehead import column_of
from provcheck.extractor.tableocr import heading_text
from provcheck.pipeline import CheckOptions
from provcheck.samplegen.scan import rasterise

pytestmark = pytest.mark.slow

# (fund name lines, units, price, value): the first two names wrap, one onto a short line
ROWS = [
    (["Marlow Strategic Bond I Acc"], "7081.85", "6.1035", "43,224.07"),
    (["Avonmore Asia Pacific ex Japan Index Fund", "C Acc"], "6300.1332", "9.3468", "58,886.08"),
    (["Penrose Sterling Corporate Bond Retail", "Accumulation Units"], "20264.92", "3.3603", "68,096.21"),
    (["Harwood Global Equity Income I Inc"], "1544.210", "2.2930", "3,540.87"),
]


def _statement(path: Path, headings: tuple[str, ...] = ("Fund", "Units", "Price (£)", "Value (£)")) -> Path:
    """A one-page statement with a ruled holdings table: bold headings, names wrapped at 185 pt, a total."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    h = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, h - 60, "Northgate Platform")
    c.setFont("Helvetica", 10)
    c.drawString(56, h - 90, "Valuation statement as at 5 April 2026")
    y = h - 140
    xs = (56, 330, 420, 530)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(xs[0], y, headings[0])
    for x, text in zip(xs[1:], headings[1:], strict=True):
        c.drawRightString(x, y, text)
    c.setLineWidth(0.6)
    c.line(50, y - 5, 540, y - 5)
    y -= 20
    c.setFont("Helvetica", 9.5)
    for names, units, price, value in ROWS:
        for k, name in enumerate(names):
            c.drawString(xs[0], y - 11.5 * k, name)
        for x, text in zip(xs[1:], (units, price, value), strict=True):
            c.drawRightString(x, y, text)
        y -= 11.5 * len(names) + 6
        c.line(50, y + 8, 540, y + 8)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(xs[0], y - 4, "Total")
    c.drawRightString(xs[3], y - 4, "173,747.23")
    c.showPage()
    c.save()
    return path


def _scan(source: Path, target: Path, dpi: int, bilevel: bool = False) -> Path:
    """`source` as an office scanner gives it: skewed 1°, blurred 0.8 px, greyed, JPEG at 60 (or bilevel)."""
    page = rasterise(source, dpi)[0].rotate(1.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.8))
    page = Image.fromarray((np.asarray(page, dtype=np.float32) * 0.9 + 12).astype(np.uint8), mode="L")
    if bilevel:
        target = target.with_suffix(".tiff")
        page.point(lambda v: 255 if v > 165 else 0).convert("1").save(
            target, "TIFF", compression="group4", dpi=(dpi, dpi)
        )
        return target
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=60)
    Image.open(io.BytesIO(buf.getvalue())).save(target, "PDF", resolution=float(dpi))
    return target


def _holdings(scan: Path) -> dict[str, tuple]:
    doc = read_document(scan, CheckOptions())
    assert doc.ocr_pages == [1]
    return {h.fund_name: (h.units, h.unit_price, h.value) for h in extract(doc).record.holdings}


@pytest.mark.parametrize(("dpi", "bilevel"), [(300, False), (200, True)])
def test_share_class_letters_and_short_wrapped_lines_stay_in_the_fund_names(tmp_path, dpi, bilevel):
    # Tesseract reads a lone sans-serif "I" as a stroke "|" (which is dropped as a rule's stub), and
    # measures a short wrapped line ("C Acc") larger than its row, which made it a sub-heading
    assert shutil.which("tesseract"), "scripts/setup installs tesseract-ocr"
    got = _holdings(_scan(_statement(tmp_path / "drawn.pdf"), tmp_path / "scan.pdf", dpi, bilevel))
    assert got.get("Marlow Strategic Bond I Acc") == ("7081.85", "6.1035", "43224.07"), got
    assert got.get("Harwood Global Equity Income I Inc") == ("1544.210", "2.2930", "3540.87"), got
    assert "Avonmore Asia Pacific ex Japan Index Fund C Acc" in got, got
    assert "Penrose Sterling Corporate Bond Retail Accumulation Units" in got, got
    assert len(got) == 4


def test_a_heading_misread_by_a_letter_still_heads_its_column(tmp_path):
    # the headings printed as a poor scan reads them: a P for the F of "Fund", "ai" for "al", "l" for "i"
    scan = _scan(
        _statement(tmp_path / "drawn.pdf", ("Pund", "Unlts", "Prlce (£)", "Vaiue (£)")), tmp_path / "scan.pdf", 300
    )
    got = _holdings(scan)
    assert got.get("Marlow Strategic Bond I Acc") == ("7081.85", "6.1035", "43224.07"), got
    assert len(got) == 4


def test_heading_words_take_one_slip_and_a_split_but_leave_other_words():
    assert " ".join(heading_text("pund code isin nurnber of units".split())) == "fund code isin number of units"
    assert heading_text(["val", "ue"]) == ["value"]
    assert heading_text(["bond", "cash", "the"]) == ["bond", "cash", "the"]  # no heading word is one slip away
    assert column_of("Vaiue (£)") == "value"
    assert column_of("Unlts") == "units"


def _page_of_columns() -> Image.Image:
    """A 200 dpi page image of a table: names, units and values in three columns, drawn directly."""
    img = Image.new("L", (1654, 900), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(_font(), 26)
    rows = [
        ("Marlow Strategic Bond", "7081.85", "43,224.07"),
        ("Sterling Cash Fund", "9393.09", "70,739.38"),
        ("Tamworth Property Trust", "1544.21", "3,540.87"),
        ("Castleton UK Smaller", "2650.50", "9,118.06"),
    ]
    for n, (name, units, value) in enumerate(rows):
        y = 150 + 50 * n
        draw.text((150, y), name, font=font, fill=0)
        draw.text((900 - draw.textlength(units, font=font), y), units, font=font, fill=0)
        draw.text((1300 - draw.textlength(value, font=font), y), value, font=font, fill=0)
    return img


def _font() -> str:
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ):
        if Path(path).exists():
            return path
    pytest.skip("no TrueType font to draw with")


def test_a_column_no_word_covers_is_found_and_read_again():
    # Tesseract's layout (psm 3) drops a table column it takes for a picture; here the units
    # column's words are taken out of a full reading, as if dropped, and must come back
    img = _page_of_columns()
    scale = 72 / 200
    words = _words(_tesseract(img, 3), scale)
    units = {"7081.85", "9393.09", "1544.21", "2650.50"}
    assert units <= {w.text for w in words}
    without = [w for w in words if w.text not in units]
    regions = uncovered(img, without, scale)
    assert len(regions) == 1
    x0, top, x1, bottom = regions[0]
    assert x1 < 900 * scale + 2 and x0 > 700 * scale and bottom - top > 3 * 50 * scale  # the column, all four rows

    def read(part):
        return _words(_tesseract(part, 6), scale)

    found = read_again(img, without, scale, read)
    assert sorted(w.text for w in found) == sorted(units)
    for w in found:  # placed on the page where the full reading had it
        same = next(o for o in words if o.text == w.text)
        assert abs(w.x0 - same.x0) < 1.5 and abs(w.top - same.top) < 1.5
    assert read_again(img, words, scale, read) == []  # nothing is added twice
    assert uncovered(img, words, scale) == []  # a page fully read has nothing to read again
