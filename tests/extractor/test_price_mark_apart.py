"""A value's "£" set apart ("£ 27,786.98") is the value's mark, never the price's (extractor/tablebody.py).

spec/record.md "More decisions": `price_currency` is `GBX` when the document prices in pence. A table
whose price heading says "(p)" and whose values print the pound sign a space before the amount, with
the value right-aligned so the sign sits nearer the price column than the "Value" heading, still
prices in pence: the heading governs. Drawn here with several column places and headings.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import CheckOptions, check_file

_, H = A4
OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
ROWS = [
    ("Quillon Global Equity Fund B Acc", "3,161.347", "878.96", "27,786.98"),
    ("Ravensworth UK Gilt Index Fund Inc", "1,204.500", "112.40", "1,353.86"),
    ("Marlowe Asia Pacific Fund I Acc", "10,020.000", "64.05", "6,417.81"),
]


def _statement(tmp_path: Path, heading: str, price_x: float, value_x: float, sign: str) -> Path:
    path = tmp_path / "s.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 50, "Annual Pension Statement")
    c.setFont("Helvetica", 10)
    for i, text in enumerate(
        ("Plan number: PX4418201", "Plan holder: Mrs Alys Penrose", "Statement date: 5 April 2026")
    ):
        c.drawString(50, H - 90 - 14 * i, text)
    c.setFont("Helvetica-Bold", 9)
    top = 160
    c.drawString(50, H - top, "Fund")
    c.drawRightString(330, H - top, "Units")
    c.drawRightString(price_x, H - top, heading)
    c.drawRightString(value_x, H - top, "Value")
    c.setFont("Helvetica", 9)
    total = Decimal(0)
    for i, (fund, units, price, value) in enumerate(ROWS):
        y = H - top - 16 * (i + 1)
        c.drawString(50, y, fund)
        c.drawRightString(330, y, units)
        c.drawRightString(price_x, y, price)
        c.drawRightString(value_x, y, f"{sign}{value}")
        total += Decimal(value.replace(",", ""))
    y = H - top - 16 * (len(ROWS) + 1)
    c.drawRightString(price_x, y, "Total")
    c.drawRightString(value_x, y, f"{sign}{total:,.2f}")
    c.save()
    return path


@pytest.mark.parametrize(
    ("heading", "price_x", "value_x"),
    [("Price (p)", 420, 540), ("Unit price (p)", 400, 500), ("Price (pence)", 430, 545)],
)
@pytest.mark.parametrize("sign", ["£ ", "£  ", "£"])
def test_a_pound_sign_set_apart_in_the_value_column_leaves_the_prices_in_pence(
    tmp_path: Path, heading: str, price_x: float, value_x: float, sign: str
) -> None:
    result = check_file(_statement(tmp_path, heading, price_x, value_x, sign), OPTIONS)
    assert result.record is not None, result.issues
    got = [(h.fund_name, str(h.unit_price), str(h.value), h.price_currency) for h in result.record.holdings]
    want = [(f, p, v.replace(",", ""), "GBX") for f, _, p, v in ROWS]
    assert got == want


def test_a_pound_price_heading_still_reads_pounds(tmp_path: Path) -> None:
    result = check_file(_statement(tmp_path, "Price (£)", 420, 540, "£ "), OPTIONS)
    assert result.record is not None, result.issues
    assert [h.price_currency for h in result.record.holdings] == ["GBP"] * len(ROWS)
