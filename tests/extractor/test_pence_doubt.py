"""A fund table priced in pence whose values carry a detached "£" or "GBP" is no sure units x price error.

The mark printed before a value ("£ 27,786.98", "GBP 27786.98") stands between the price and value
columns; when it is read with the price, a "Price (p)" table looks priced in pounds and every row
a hundredfold out. The paper's sums are right, so the check may warn but not reject
(spec/record.md "Sure and unsure"). Drawn here with reportlab; figures invented.
"""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import check_file

_, H = A4
ROWS = (("Quarry Hill UK Equity Income Fund Acc", "3,161.347", "878.96", 27786.98),
        ("Saltmarsh Global Bond Fund Inc", "4,404.160", "527.64", 23238.11))


def _money(value: float, style: str) -> str:
    return {"pound": f"£ {value:,.2f}", "code": f"GBP {value:.2f}", "suffix": f"{value:,.2f} GBP"}[style]


@pytest.mark.parametrize("style", ["pound", "code", "suffix"])
@pytest.mark.parametrize("heading", ["Price (p)", "Price (pence)"])
def test_a_pence_table_with_marked_values_raises_no_units_price_error(tmp_path, options, style, heading):
    path = tmp_path / "p.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 50, "Fidelity")
    c.drawString(60, H - 80, "Annual Statement")
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 120, "Valuation date: 30 June 2026")
    c.setFont("Helvetica-Bold", 9)
    for x, head in ((60, "Fund"), (300, "Units"), (370, heading), (450, "Value")):
        c.drawString(x, H - 160, head)
    c.setFont("Helvetica", 9)
    for i, (fund, units, price, value) in enumerate(ROWS):
        y = H - 176 - 16 * i
        c.drawString(60, y, fund)
        c.drawString(300, y, units)
        c.drawString(370, y, price)
        c.drawString(435, y, _money(value, style))
    c.save()
    result = check_file(path, options)
    assert result.record is not None and len(result.record.holdings) == len(ROWS)
    assert [h.value for h in result.record.holdings] == [f"{v:.2f}" for *_, v in ROWS]
    assert not [i for i in result.issues if i.rule == "units_price" and i.severity == "error"]
