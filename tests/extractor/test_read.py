"""Scanned pages: the scan's own image is taken out of an image-only page, or the page rendered (issue 14).

Every PDF here is drawn with plain reportlab around an image made here, so the pixels a page
holds are known exactly; OCR runs through the real Tesseract.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from provcheck.extractor.read import read_document
from provcheck.extractor.scanimage import _has_masks, own_image, scan_image
from provcheck.pipeline import CheckOptions

W, H = A4


def _picture(dpi: float, seed: int = 1) -> Image.Image:
    """A greyscale page-sized image at `dpi` with blocks of every grey level: any change of a pixel shows."""
    rng = np.random.default_rng(seed)
    size = (round(W / 72 * dpi), round(H / 72 * dpi))
    small = rng.integers(0, 256, size=(size[1] // 8 + 1, size[0] // 8 + 1), dtype=np.uint8)
    arr = np.kron(small, np.ones((8, 8), dtype=np.uint8))[: size[1], : size[0]]
    return Image.fromarray(arr)


def _pdf(path: Path, image: Image.Image, how: str = "page") -> Path:
    """`image` drawn over a whole A4 page (or, by `how`, turned, clipped, inset, beside text, or masked)."""
    c = Canvas(str(path), pagesize=A4)
    if how == "rotated":
        c.setPageRotation(90)
    if how == "clipped":
        clip = c.beginPath()
        clip.rect(0, 0, W, H / 2)
        c.clipPath(clip, stroke=0, fill=0)
    if how == "text":
        c.setFont("Helvetica", 10)
        c.drawString(72, 72, "a line of text printed over the scan")
    if how == "masked":
        image = image.convert("RGBA")
        c.drawImage(ImageReader(image), 0, 0, W, H, mask="auto")
    elif how == "inset":
        c.drawImage(ImageReader(image), 36, 36, W - 72, H - 72)
    elif how == "flipped":
        c.translate(0, H)
        c.scale(1, -1)
        c.drawImage(ImageReader(image), 0, 0, W, H)
    else:
        c.drawImage(ImageReader(image), 0, 0, W, H)
    c.showPage()
    c.save()
    return path


def _first_page(path: Path):
    pdf = pdfium.PdfDocument(str(path))
    return pdf, pdf[0]


def test_the_scans_own_pixels_are_taken_out_unchanged(tmp_path: Path) -> None:
    source = _picture(200)
    path = _pdf(tmp_path / "scan.pdf", source)
    pdf, page = _first_page(path)
    try:
        own = own_image(page)
        assert own is not None
        assert own.size == source.size
        assert (np.asarray(own.convert("L")) == np.asarray(source)).all()
        image, scale = scan_image(page, 200)
        assert (np.asarray(image) == np.asarray(source)).all()
        assert scale == pytest.approx(72 / 200, rel=1e-3)  # points per pixel
    finally:
        pdf.close()
    assert not _has_masks(path)


def test_a_scan_outside_the_resolution_asked_for_is_resampled_to_it(tmp_path: Path) -> None:
    pdf, page = _first_page(_pdf(tmp_path / "scan150.pdf", _picture(150)))
    try:
        image, scale = scan_image(page, 200)
        assert image.size == (round(W / 72 * 200), round(H / 72 * 200))
        assert image.width * scale == pytest.approx(W, abs=0.01)
        down, scale = scan_image(page, 100)
        assert down.size == (round(W / 72 * 100), round(H / 72 * 100))
        assert scale == pytest.approx(72 / 100, rel=1e-3)
    finally:
        pdf.close()


@pytest.mark.parametrize("how", ["rotated", "clipped", "inset", "text", "flipped"])
def test_a_page_that_does_not_show_its_image_as_stored_is_rendered(tmp_path: Path, how: str) -> None:
    source = _picture(200)
    pdf, page = _first_page(_pdf(tmp_path / f"{how}.pdf", source, how))
    try:
        assert own_image(page) is None
        image, scale = scan_image(page, 200)
        rendered = page.render(scale=200 / 72, grayscale=True).to_pil()
        assert image.size == rendered.size and scale == pytest.approx(72 / 200)
        assert (np.asarray(image) == np.asarray(rendered)).all()
    finally:
        pdf.close()


def test_a_file_with_a_masked_image_is_rendered(tmp_path: Path) -> None:
    # pdfium's image bitmap ignores a soft mask, so the file's bytes decide before the image is taken
    path = _pdf(tmp_path / "masked.pdf", _picture(200), "masked")
    assert _has_masks(path)
    pdf, page = _first_page(path)
    try:
        image, _ = scan_image(page, 200, masked=_has_masks(path))
        rendered = page.render(scale=200 / 72, grayscale=True).to_pil()
        assert (np.asarray(image) == np.asarray(rendered)).all()
    finally:
        pdf.close()


def _typed_scan(tmp_path: Path, dpi: int, kind: str) -> Path:
    """A page with two words printed at known places, rasterised at `dpi`, saved as an image-only PDF or a PNG."""
    text = tmp_path / "typed.pdf"
    c = Canvas(str(text), pagesize=A4)
    c.setFont("Helvetica", 14)
    c.drawString(100, H - 150, "POLICY")  # baseline 150 pt from the top
    c.drawString(300, H - 400, "Statement")
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(str(text))
    try:
        image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    if kind == "png":
        image.save(tmp_path / f"typed{dpi}.png", dpi=(dpi, dpi))
        return tmp_path / f"typed{dpi}.png"
    return _pdf(tmp_path / f"typed{dpi}.pdf", image)


@pytest.mark.slow
@pytest.mark.parametrize(("dpi", "kind"), [(150, "pdf"), (200, "pdf"), (300, "pdf"), (150, "png"), (300, "png")])
def test_ocr_word_boxes_are_in_page_points_whatever_the_scans_resolution(tmp_path: Path, dpi: int, kind: str) -> None:
    doc = read_document(_typed_scan(tmp_path, dpi, kind), CheckOptions(as_of=dt.date(2026, 11, 1)))
    assert doc.ocr_pages == [1]
    page = doc.pages[0]
    assert (page.width, page.height) == (pytest.approx(W, abs=0.5), pytest.approx(H, abs=0.5))
    words = {w.text: w for w in page.words}
    policy, statement = words["POLICY"], words["Statement"]
    # Helvetica 14 pt: capitals about 10 pt tall above the baseline; boxes are the line's (about the em)
    assert policy.x0 == pytest.approx(100, abs=2.5) and statement.x0 == pytest.approx(300, abs=2.5)
    assert policy.top == pytest.approx(150 - 10, abs=4) and policy.bottom == pytest.approx(150, abs=4)
    assert statement.top == pytest.approx(400 - 10, abs=4) and statement.bottom == pytest.approx(400 + 3, abs=4)
    assert policy.x1 == pytest.approx(100 + stringWidth("POLICY", "Helvetica", 14), abs=2.5)
    assert statement.x1 == pytest.approx(300 + stringWidth("Statement", "Helvetica", 14), abs=2.5)
