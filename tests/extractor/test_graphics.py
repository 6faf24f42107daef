"""A page's objects walked through pdfium's own calls are pypdfium2's `get_objects(max_depth=2)`, and read as before.

The page is drawn with reportlab: rules, a box, a Bézier signature, a slanted stroke, an image,
and form XObjects, one holding another (whose objects are two levels deep and not walked).
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from provcheck.extractor.graphics import _objects, page_graphics
from provcheck.extractor.pagetext import address

W, H = A4


def _drawn(path: Path) -> Path:
    c = Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.6)
    c.line(72, 700, 300, 700)  # a signature line: ruling
    c.rect(72, 600, 200, 60)  # a box: ruling and its edges
    sig = c.beginPath()  # a pen's curve: ink
    sig.moveTo(80, 710)
    sig.curveTo(100, 740, 120, 690, 150, 720)
    c.drawPath(sig, stroke=1, fill=0)
    c.line(320, 700, 380, 730)  # a slanted stroke: ink
    c.drawImage(ImageReader(Image.new("L", (60, 30), 40)), 400, 690, 60, 30)  # a pasted signature
    c.beginForm("inner")
    c.line(72, 300, 400, 300)  # two forms deep: not walked
    c.endForm()
    c.beginForm("outer")
    c.line(72, 400, 400, 400)  # one form deep: walked
    c.rect(72, 420, 120, 40)
    c.doForm("inner")
    c.endForm()
    c.doForm("outer")
    c.drawString(72, 200, "Signed by the client")
    c.showPage()
    c.save()
    return path


def _helper_graphics(page: pdfium.PdfPage, height: float):
    """The same page read through pypdfium2's object helpers, as page_graphics read it before."""
    hlines, boxes, marks, images = [], [], [], 0
    width = page.get_width()
    for obj in page.get_objects(max_depth=2):
        if obj.type not in (pdfium.raw.FPDF_PAGEOBJ_IMAGE, pdfium.raw.FPDF_PAGEOBJ_PATH):
            continue
        x0, y0, x1, y1 = obj.get_bounds()
        w, h = x1 - x0, y1 - y0
        box = (x0, height - y1, x1, height - y0)
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
            if 4 < w < 0.6 * width and 4 < h < 0.3 * height:
                marks.append(box)
            continue
        if _helper_ink(obj):
            marks.append(box)
        elif h <= 2.5 and w > 20:
            hlines.append(((box[1] + box[3]) / 2, x0, x1))
        elif w > 20 and h > 8:
            boxes.append(box)
            hlines.append((box[1], x0, x1))
            hlines.append((box[3], x0, x1))
    return hlines, boxes, marks, images


def _helper_ink(obj: pdfium.PdfObject) -> bool:
    raw = pdfium.raw
    x, y = ctypes.c_float(), ctypes.c_float()
    last = None
    for i in range(max(raw.FPDFPath_CountSegments(obj.raw), 0)):
        seg = raw.FPDFPath_GetPathSegment(obj.raw, i)
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            return True
        if not raw.FPDFPathSegment_GetPoint(seg, x, y):
            continue
        point = (x.value, y.value)
        if kind == raw.FPDF_SEGMENT_LINETO and last is not None:
            if min(abs(point[0] - last[0]), abs(point[1] - last[1])) > 0.5:
                return True
        last = point
    return False


def test_the_walk_is_get_objects_two_levels_deep(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument(str(_drawn(tmp_path / "drawn.pdf")))
    try:
        page = pdf[0]
        walked = list(_objects(address(page.raw)))
        helper = [(ctypes.cast(o.raw, ctypes.c_void_p).value, o.type) for o in page.get_objects(max_depth=2)]
        assert walked == helper
        deeper = list(page.get_objects(max_depth=3))
        assert len(deeper) > len(walked)  # the inner form's rule is there, and left out
        assert sum(1 for _, kind in walked if kind == pdfium.raw.FPDF_PAGEOBJ_FORM) == 2
        page.close()
    finally:
        pdf.close()


def test_graphics_read_as_through_the_helpers(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument(str(_drawn(tmp_path / "drawn.pdf")))
    try:
        page = pdf[0]
        height = page.get_height()
        hlines, boxes, marks, images = page_graphics(page, height)
        assert (hlines, boxes, marks, images) == _helper_graphics(page, height)
        assert images == 1 and len(marks) == 3  # the curve, the slanted stroke, the image
        assert len(boxes) == 2  # the page's box and the outer form's
        ys = sorted(round(y) for y, _, _ in hlines)
        assert round(H - 400) in ys and round(H - 300) not in ys  # one form deep read, two deep not
        page.close()
    finally:
        pdf.close()
