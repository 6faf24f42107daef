"""Statements with a holdings table drawn with reportlab, for the desk's list corrections and taught headings.

The providers are the invented sample houses of samples/knowledge (Aldgate Life, Cairngorm Assurance),
known by their letterhead. `WORTH` ("Worth today") heads the value column of some: it is in no bundled
`holdings_columns` list, so provcheck finds no holdings table under it until a reviewer teaches it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WORTH = "Worth today"
HEAD_Y = 600.0  # the table's heading line, in reportlab's points from the bottom
ROW_STEP = 18.0
# (heading, x, right-aligned): fund name, ISIN, units, unit price, value
COLUMNS = (("Fund name", 60.0, False), ("ISIN", 230.0, False), ("Units", 380.0, True),
           ("Unit price", 450.0, True), ("Value", 540.0, True))  # fmt: skip


def isin(body: str) -> str:
    """`body` (11 characters, not GB00: no SEDOL inside) with the check digit that makes a made-up ISIN pass."""
    from provcheck.validators.isin import isin_valid

    return next(body + d for d in "0123456789" if isin_valid(body + d))


FUNDS = (
    ("Aldgate Global Equity Acc", isin("IE00Z123456"), "1200.000", "2.5000"),
    ("Aldgate UK Bond Inc", isin("IE00Z765432"), "850.500", "1.2000"),
    ("Aldgate Cash Fund", isin("IE00Z111111"), "300.000", "1.0000"),
)


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def true_value(units: str, price: str) -> Decimal:
    return (Decimal(units) * Decimal(price)).quantize(Decimal("0.01"))


def holdings_statement(
    path: Path,
    provider: str,
    policy: str,
    *,
    value_heading: str = "Value",
    misprint: dict[int, str] | None = None,
    client: str = "Mrs Jane Smith",
) -> Path:
    """One page: letterhead, a statement's labels, a plan value and a holdings table of `FUNDS`.

    Args:
        value_heading: the value column's heading.
        misprint: row index -> the value printed in that row instead of units x price (the plan value
            printed above is still the true total).
    """
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, 800, provider)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 760, "Annual statement")
    c.setFont("Helvetica", 10)
    total = sum((true_value(u, p) for _, _, u, p in FUNDS), Decimal(0))
    y = 720.0
    for left, right in (("Statement period:", "1 April 2025 to 31 March 2026"), ("Client name:", client),
                        ("Plan number:", policy), ("Plan type:", "Personal pension"),
                        ("Plan value:", f"£{money(total)}")):  # fmt: skip
        c.drawString(60, y, left)
        c.drawString(300, y, right)
        y -= 18
    c.setFont("Helvetica-Bold", 10)
    for (_, x, right), text in zip(COLUMNS, [h for h, _, _ in COLUMNS[:-1]] + [value_heading], strict=True):
        (c.drawRightString if right else c.drawString)(x, HEAD_Y, text)
    c.setFont("Helvetica", 10)
    for i, (fund, isin, units, price) in enumerate(FUNDS):
        row_y = HEAD_Y - ROW_STEP * (i + 1)
        value = (misprint or {}).get(i) or money(true_value(units, price))
        cells = (fund, isin, f"{Decimal(units):,.3f}", price, value)
        for (_, x, right), text in zip(COLUMNS, cells, strict=True):
            (c.drawRightString if right else c.drawString)(x, row_y, text)
    c.drawString(60, HEAD_Y - ROW_STEP * (len(FUNDS) + 1), "Total")
    c.drawRightString(540, HEAD_Y - ROW_STEP * (len(FUNDS) + 1), money(total))
    c.save()
    return path


def value_box(row: int) -> tuple[float, float, float, float]:
    """Where row `row`'s value is printed, as the desk's bbox: [x0, top, x1, bottom] in points from the top-left."""
    row_y = HEAD_Y - ROW_STEP * (row + 1)
    top = A4[1] - row_y - 10
    return (480.0, top, 542.0, top + 13)
