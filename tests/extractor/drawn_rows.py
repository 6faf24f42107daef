"""A one-page document drawn from (x, top, text[, font]) rows, read through `check_file`.

Shared by the wording tests that place each printed line by hand. Titles (top < 80) are 14 pt,
bold lines below them 11 pt, the rest 10 pt Helvetica.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import CheckOptions, check_file

_, H = A4


def record_of(tmp_path: Path, options: CheckOptions, rows: list[tuple]):
    """The record read from a page printing `rows`; the test fails if no record came out."""
    path = tmp_path / "s.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for row in rows:
        x, top, text = row[:3]
        font = row[3] if len(row) > 3 else "Helvetica"
        c.setFont(font, 14 if top < 80 else 11 if font.endswith("Bold") else 10)
        c.drawString(x, H - top, text)
    c.save()
    result = check_file(path, options)
    assert result.record is not None, result.issues
    return result.record


def label_rows(top: int, pairs: list[tuple[str, str]], x: int = 300, step: int = 16) -> list[tuple]:
    """Rows of a label at the left margin and its value at `x`, one pair a line from `top` down."""
    return [row for i, (k, v) in enumerate(pairs) for row in ((60, top + step * i, k), (x, top + step * i, v))]
