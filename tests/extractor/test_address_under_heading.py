"""A client's address block under a letterhead in larger type keeps its own first line as the name.

A statement may print the provider's name large at the top left, over the envelope-window block
("Aviva" in 20 pt, then "Mr Oona MacAskill / 71 Mill Lade / Perth / PH2 3EL" in 10 pt). The block is
one type size: the heading above it is no line of it, so the name line is the client's
(addressblock.py). Each letter is drawn here with reportlab; names and addresses are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import check_file

_, H = A4

BLOCKS = [
    (["Mr Dafydd Rhys Price", "71 Mill Lade", "Perth", "PH2 3EL"], ("Mr", "Dafydd Rhys Price", "71 Mill Lade, Perth")),
    (["Dr Ines Varga", "Flat 2", "8 Cobble Wynd", "Hexham", "NE46 8TS"],
     ("Dr", "Ines Varga", "Flat 2, 8 Cobble Wynd, Hexham")),
    (["Ms Nia Lloyd-Evans", "12 Quay Street, Conwy", "LL32 8TT"], ("Ms", "Nia Lloyd-Evans", "12 Quay Street, Conwy")),
]


def _draw(path: Path, heading: str, size: int, block: list[str]) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", size)
    c.drawString(60, H - 50, heading)
    c.setFont("Helvetica", 10)
    c.drawRightString(535, H - 50, "Your annual statement")
    top = 50 + size * 0.5 + 18  # a short gap: the heading sits just over the window
    for i, text in enumerate(block):
        c.drawString(60, H - top - 12 * i, text)
    body = top + 12 * len(block) + 24
    for i, text in enumerate(["Policy number:  PP28053063", "Plan type:  Personal pension",
                              "Statement date:  14 September 2026", "Plan value:  £27,966.77"]):
        c.drawString(60, H - body - 16 * i, text)
    c.save()


@pytest.mark.parametrize("size", [18, 24])
@pytest.mark.parametrize(("block", "want"), BLOCKS)
def test_the_block_under_a_large_heading_is_the_clients(tmp_path, options, size, block, want):
    path = tmp_path / "s.pdf"
    _draw(path, "Harbour Life", size, block)
    record = check_file(path, options).record
    assert record is not None
    assert (record.client_title, record.client_name, record.client_address) == want
