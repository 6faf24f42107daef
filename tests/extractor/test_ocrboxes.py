"""A form's character boxes on a scan, read box by box (extractor/ocrboxes.py, cleanboxes.py).

Each form is drawn here with reportlab: a date of birth and an NI number in one-character boxes,
as provider authority forms print them, then scanned (samplegen's scan). The boxes are drawn two
ways: one shared edge between neighbours, and each box with its own border (neighbours' borders
side by side make one thick edge) on a light tint. What each box holds is the test's own.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from reportlab.pdfgen.canvas import Canvas

from provcheck.extractor.layout import build_lines
from provcheck.extractor.read import read_document
from provcheck.pipeline import CheckOptions

DOB, NI, NAME = "27081964", "CH462312D", "ANNA LEE"  # the name's space: an empty box
BOX = 16.0  # points a side


def _boxes(c: Canvas, x: float, y: float, text: str, own_borders: bool) -> None:
    for i, ch in enumerate(text):
        bx = x + i * (BOX + (1.2 if own_borders else 0.0))
        if own_borders:
            c.setFillGray(0.93)
            c.rect(bx, y, BOX, BOX, stroke=1, fill=1)
        else:
            c.rect(bx, y, BOX, BOX, stroke=1, fill=0)
        c.setFillGray(0.0)
        c.setFont("Courier", 11)
        if ch != " ":
            c.drawCentredString(bx + BOX / 2, y + 4.5, ch)


def _form(path, own_borders: bool):  # noqa: ANN001, ANN202
    c = Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, 780, "1 Your details")
    c.setFont("Helvetica", 8)
    c.drawString(40, 770, "Full name")
    c.setLineWidth(0.8)
    _boxes(c, 40, 750, NAME + "   ", own_borders)
    c.drawString(40, 730, "Date of birth (DD MM YYYY)")
    c.drawString(230, 730, "National Insurance number")
    _boxes(c, 40, 706, DOB, own_borders)
    _boxes(c, 230, 706, NI, own_borders)
    c.setFont("Helvetica", 10)
    c.drawString(40, 690, "I authorise the firm named above to receive information about my policies.")
    c.save()
    return path


@pytest.mark.parametrize("own_borders", [False, True], ids=["shared-edges", "own-borders-tinted"])
def test_boxed_characters_on_a_scan_are_read_one_a_box(tmp_path, own_borders):
    from provcheck.samplegen import scan_pdf

    scanned = scan_pdf(_form(tmp_path / "form.pdf", own_borders), tmp_path / "scan.pdf", random.Random(5))
    doc = read_document(scanned, CheckOptions(as_of=dt.date(2026, 11, 1)))
    assert doc.ocr_pages == [1]
    words = [w.text for line in build_lines(doc.pages[0]) for w in line.words]
    assert DOB in words
    assert NI in words
    assert "ANNA" in words and "LEE" in words  # an empty box parts the words
