"""A fund name wrapped so its share class or currency stands alone on the last line ("... I Acc" / "GBP").

The lone "GBP" is in capitals, as a sector sub-heading ("UK EQUITIES") is, yet it ends the name above it
(labels.yaml `name_tails`), and the ISIN under it is still the fund's. Each statement is drawn here
with reportlab; fund names, ISINs and figures are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import check_file

_, H = A4


def _draw(path: Path, funds: list[tuple[list[str], str, str, str]], caps_heading: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 60, "Annual Statement")
    c.setFont("Helvetica", 10)
    for i, text in enumerate(["Plan number:  PP55102934", "Plan type:  Stocks and Shares ISA",
                              "Valuation date:  5 April 2026"]):
        c.drawString(60, H - 90 - 14 * i, text)
    top = 150
    for x, head in ((60, "Fund"), (330, "Units"), (410, "Price (£)"), (490, "Value")):
        c.drawString(x, H - top, head)
    top += 18
    if caps_heading:
        c.drawString(60, H - top, "GLOBAL EQUITIES")
        top += 16
    for name_lines, units, price, value in funds:
        c.drawString(60, H - top, name_lines[0])
        c.drawRightString(380, H - top, units)
        c.drawRightString(460, H - top, price)
        c.drawRightString(540, H - top, value)
        for extra in name_lines[1:]:
            top += 12
            c.drawString(60 if not extra.startswith("ISIN") else 66, H - top, extra)
        top += 18
    c.save()


FUNDS = [
    (["Kittiwake Japan Growth Fund Institutional I Acc", "GBP", "ISIN GB00B4XJ2K17"], "6,992.284", "5.1429",
     "£35,960.63"),
    (["Marram Emerging Markets Opportunities Fund Retail", "Acc GBP", "ISIN GB00B7TQ8R22"], "1,250.000", "2.0000",
     "£2,500.00"),
    (["Cobble Wynd Sterling Corporate Bond Fund Inc", "ISIN GB00B1ZKQ904"], "400.000", "1.2500", "£500.00"),
]
NAMES = [
    "Kittiwake Japan Growth Fund Institutional I Acc GBP",
    "Marram Emerging Markets Opportunities Fund Retail Acc GBP",
    "Cobble Wynd Sterling Corporate Bond Fund Inc",
]


@pytest.mark.parametrize("caps_heading", [False, True])
def test_a_lone_share_class_line_ends_the_name_above(tmp_path, options, caps_heading):
    path = tmp_path / "s.pdf"
    _draw(path, FUNDS, caps_heading)
    record = check_file(path, options).record
    assert record is not None
    assert [h.fund_name for h in record.holdings] == NAMES
    assert [h.isin for h in record.holdings] == ["GB00B4XJ2K17", "GB00B7TQ8R22", "GB00B1ZKQ904"]
