"""Test-only statements drawn for issue 10's table cases: prices in pence, tables continued over pages.

Each document is drawn with plain reportlab calls from rows made first (`Row`: the numbers as
printed and the holding the record spec wants for them), so the tests compare the extractor's
reading with what was printed. Nothing here reads the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from tests.extractor.table_variants import Doc, statement_top
from tests.extractor.variants import LEFT, RIGHT, H, Pen, W

DOC = Doc("Halberd Life & Pensions", "HLP4471203", "Mr Owen Trask")
_NAMES = (
    "Halberd UK Equity Income Acc", "Corrin Global Sustainable Growth", "Stanmore Strategic Bond Inc",
    "Wexley Asia Pacific ex Japan", "Tamar Valley Index-Linked Gilt", "Redgate European Smaller Companies",
    "Oakhurst North American Equity", "Pemberton Property Income", "Lindqvist Emerging Markets",
    "Marlow & Finch Global Corporate Bond", "Brackenridge Cautious Managed", "Ouseburn Japan Value",
    "Kestrel Point Diversified Growth", "Saltire Row Ethical Leaders",
)  # fmt: skip


@dataclass
class Row:
    """One holding: its numbers as printed and, for the truth, what they stand for."""

    name: str
    units: Decimal
    price: Decimal  # in the unit the table prints
    value: Decimal  # pounds
    pence: bool

    def truth(self) -> dict[str, str | None]:
        return {
            "fund_name": self.name,
            "units": str(self.units),
            "unit_price": str(self.price),
            "value": f"{self.value:.2f}",
            "price_currency": "GBX" if self.pence else "GBP",
        }


def rows(n: int, pence: bool, start: int = 0) -> list[Row]:
    """`n` holdings whose units x price (/100 in pence) is their value."""
    out = []
    for i in range(start, start + n):
        units = Decimal(173 + 911 * i) + Decimal(i * 37 % 1000) / 1000 + Decimal("0.0004")
        if pence:
            price = Decimal(61 + 97 * i) + Decimal(i * 13 % 100 + 1) / 100
            value = (units * price / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        else:
            price = Decimal(1 + i) + Decimal(i * 1731 % 10000) / 10000
            value = (units * price).quantize(Decimal("0.01"), ROUND_HALF_UP)
        out.append(Row(_NAMES[i % len(_NAMES)], units, price, value, pence))
    return out


def total(rs: list[Row]) -> Decimal:
    return sum((r.value for r in rs), Decimal(0))


@dataclass
class Layout:
    """How a table prints: its headings, how prices print, an optional currency column."""

    headings: tuple[str, str, str, str] = ("Fund", "Units", "Price (£)", "Value (£)")
    p_suffix: bool = False  # "245.30p"
    currency: str | None = None  # a "Currency" column printing this code on each row ("GBX")
    caption: str | None = None  # a line between the table's title and its header
    footnote: str = "Values are in pounds sterling at the prices on the statement date."
    xs: dict[str, float] = field(default_factory=lambda: {"units": 330.0, "price": 410.0, "ccy": 455.0})


def _header(p: Pen, lay: Layout) -> None:
    p.down(16)
    fund, units, price, value = lay.headings
    p.text(LEFT + 3, fund, p.bold, 9)
    p.text(lay.xs["units"], units, p.bold, 9, align="right")
    p.text(lay.xs["price"], price, p.bold, 9, align="right")
    if lay.currency:
        p.text(lay.xs["ccy"], "Currency", p.bold, 9, align="centre")
    p.text(RIGHT - 3, value, p.bold, 9, align="right")
    p.rule(LEFT, RIGHT)


def _row(p: Pen, r: Row, lay: Layout) -> None:
    p.down(14)
    p.text(LEFT + 3, r.name, size=9)
    p.text(lay.xs["units"], f"{r.units:,}", size=9, align="right")
    p.text(lay.xs["price"], f"{r.price}p" if lay.p_suffix else str(r.price), size=9, align="right")
    if lay.currency:
        p.text(lay.xs["ccy"], lay.currency, size=9, align="centre")
    p.text(RIGHT - 3, f"{r.value:,.2f}", size=9, align="right")


def _line(p: Pen, label: str, amount: Decimal | None = None, bold: bool = False) -> None:
    """A line in the table with no units or price: a total, a balance carried over, a note."""
    p.down(14)
    p.text(LEFT + 3, label, p.bold if bold else p.font, 9)
    if amount is not None:
        p.text(RIGHT - 3, f"{amount:,.2f}", p.bold if bold else p.font, 9, align="right")


def statement(
    path: Path,
    pages: list[list[Row]],
    lay: Layout,
    *,
    repeat_header: bool = True,
    page_end: str | None = None,  # a line ("Continued overleaf"); "carried", "Sub-total", "Page total": with an amount
    page_start: str | None = None,  # "brought" for a balance brought forward, or a heading line
    printed_total: Decimal | None = None,  # a total printed on the last page other than the rows' sum
    small_print: tuple[str, ...] = (),  # lines set close under the table's page-end line, before the break
) -> list[Row]:
    """Draw a statement whose one holdings table runs over `pages`; returns every row in order."""
    c = Canvas(str(path), pagesize=(W, H))
    every = [r for page in pages for r in page]
    so_far: list[Row] = []
    for n, page in enumerate(pages):
        p = Pen(c)
        if n == 0:
            statement_top(p, DOC, total(every))
            p.down(10)
            p.text(LEFT, "Your investments", p.bold, 12)
            if lay.caption:
                p.down(14)
                p.text(LEFT, lay.caption, size=9)
        else:
            p.text(LEFT, f"{DOC.provider} - plan {DOC.policy}", size=8)
            p.down(24)
            if page_start == "brought":
                pass  # drawn under the header
            elif page_start:
                p.text(LEFT, page_start, p.bold, 11)
        if n == 0 or repeat_header:
            _header(p, lay)
        if n > 0 and page_start == "brought":
            _line(p, "Brought forward", total(so_far))
        for r in page:
            _row(p, r, lay)
        so_far += page
        if n + 1 < len(pages):
            if page_end == "carried":
                _line(p, "Carried forward", total(so_far))
            elif page_end in ("Sub-total", "Page total", "Total", "Total this page"):
                p.rule(LEFT, RIGHT)
                _line(p, page_end, total(page))
            elif page_end:
                p.down(8)
                _line(p, page_end)
            for text in small_print:
                p.down(12)
                p.text(LEFT, text, size=9)
        else:
            p.rule(LEFT, RIGHT)
            _line(p, "Total", total(every) if printed_total is None else printed_total, bold=True)
            p.down(14)
            p.para(lay.footnote)
        p.y = H - 40
        p.text(RIGHT, f"Page {n + 1} of {len(pages)}", size=8, align="right")
        c.showPage()
    c.save()
    return every
