"""The holdings table: header wording, ruling, wrapping fund names, page breaks and a totals row vary.

Cells print the truth's values: units and prices keep their decimal places (thousands commas are
optional), values are money. A table that runs past the page bottom continues on the next page,
with its header repeated (marked "continued" or not) or not repeated at all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from provcheck.models import Holding
from provcheck.samplegen import fmt
from provcheck.samplegen.blocks import wrap
from provcheck.samplegen.page import GREY, Colour, Doc


@dataclass(frozen=True)
class TableStyle:
    """One document's table choices, drawn once so every page of the table agrees."""

    headers: dict[str, str]
    order: tuple[str, ...]
    ruled: str  # grid | rows | none
    money_cells: str  # bare | pound
    thousands: bool
    totals: str | None  # the totals row's label, or None for no totals row
    repeat_header: str  # continued | plain | none
    shade: Colour | None
    isin_below: bool = False  # ISIN printed under the fund name instead of in its own column

    @classmethod
    def draw(cls, rng: random.Random, ruled_house: bool, with_isin: bool) -> TableStyle:
        """Pick a table style."""
        headers = {
            "fund_name": rng.choice(("Fund", "Fund name", "Investment", "Fund / asset")),
            "isin": rng.choice(("ISIN", "ISIN code", "Fund code (ISIN)")),
            "units": rng.choice(("Units", "Units held", "Number of units")),
            "unit_price": rng.choice(("Price", "Unit price", "Price (£)", "Bid price (£)", "Unit price (£)")),
            "value": rng.choice(("Value", "Value (£)", "Market value", "Value £", "Fund value")),
        }
        order: tuple[str, ...] = ("fund_name", "units", "unit_price", "value")
        isin_below = with_isin and rng.random() < 0.3
        if with_isin and not isin_below:
            order = rng.choice(
                (
                    ("fund_name", "isin", "units", "unit_price", "value"),
                    ("isin", "fund_name", "units", "unit_price", "value"),
                )
            )
        ruled = rng.choice(("grid", "rows", "none")) if ruled_house else rng.choice(("rows", "none", "none"))
        shade = rng.choice((None, (0.88, 0.9, 0.93), (0.92, 0.92, 0.92)))
        return cls(
            headers=headers,
            order=order,
            ruled=ruled,
            money_cells=rng.choice(("bare", "bare", "pound")),
            thousands=rng.random() < 0.5,
            totals=rng.choice((None, "Total", "Total value", "Totals", "Total plan value")),
            repeat_header=rng.choice(("continued", "plain", "none")),
            shade=shade,
            isin_below=isin_below,
        )


_WIDTH_SHARE = {"fund_name": 0.42, "isin": 0.16, "units": 0.14, "unit_price": 0.12, "value": 0.16}
_RIGHT = {"units", "unit_price", "value"}


def holdings_table(
    doc: Doc,
    holdings: list[Holding],
    style: TableStyle,
    total: str | None,
    accent: Colour,
    font_size: float | None = None,
) -> None:
    """Draw the table at the cursor. `total` (money) fills the totals row when the style has one."""
    size = font_size or doc.size * 0.92
    shares = [_WIDTH_SHARE[k] for k in style.order]
    scale = (doc.right - doc.left) / sum(shares)
    widths = [s * scale for s in shares]
    xs = [doc.left + sum(widths[:i]) for i in range(len(widths))]
    row_h = size * 1.55

    def cell_x(i: int, key: str) -> tuple[float, str]:
        return (xs[i] + widths[i] - 4, "right") if key in _RIGHT else (xs[i] + 3, "left")

    def header(continued: bool) -> None:
        doc.ensure(row_h * 3)
        if continued and style.repeat_header == "continued":
            doc.y += row_h
            doc.text(doc.left, doc.y, "Your investments (continued)", doc.bold, size, accent)
        top = doc.y + 4
        if style.shade:
            doc.rect(doc.left, top, doc.right - doc.left, row_h + 2, stroke=None, fill=style.shade)
        doc.y += row_h
        for i, key in enumerate(style.order):
            x, align = cell_x(i, key)
            label, hsize = style.headers[key], size
            while hsize > 5 and doc.width_of(label, doc.bold, hsize) > widths[i] - 6:
                hsize -= 0.25  # a long header in a narrow column is set smaller, not run into its neighbour
            doc.text(x, doc.y, label, doc.bold, hsize, align=align)
        doc.line(doc.left, doc.y + 5, doc.right, doc.y + 5, 0.8)
        doc.y += 5

    header(False)
    grid_top = doc.y
    for h in holdings:
        name_lines = wrap(doc, h.fund_name or "", widths[style.order.index("fund_name")] - 6, size)
        if style.isin_below and h.isin:
            name_lines.append(f"ISIN: {h.isin}")
        height = row_h + (len(name_lines) - 1) * size * 1.2
        if doc.y + height > doc.bottom:
            _close_grid(doc, style, xs, grid_top)
            doc.ensure(doc.bottom)  # force the page break
            if style.repeat_header != "none":
                header(True)
            grid_top = doc.y
        doc.y += row_h - 2
        for i, key in enumerate(style.order):
            x, align = cell_x(i, key)
            if key == "fund_name":
                for j, line in enumerate(name_lines):
                    small = line.startswith("ISIN: ")
                    doc.text(
                        x,
                        doc.y + j * size * 1.2,
                        line,
                        size=size * (0.85 if small else 1),
                        colour=GREY if small else (0, 0, 0),
                    )
            else:
                doc.text(x, doc.y, _cell(h, key, style), size=size, align=align)
        doc.y += height - row_h + 5
        if style.ruled != "none":
            doc.line(doc.left, doc.y, doc.right, doc.y, 0.3, GREY)
    if style.totals and total is not None:
        doc.ensure(row_h * 1.5)
        doc.y += row_h
        doc.text(xs[0] + 3, doc.y, style.totals, doc.bold, size)
        value = fmt.money(total, "pound" if style.money_cells == "pound" else "bare")
        if not style.thousands and style.money_cells == "bare":
            value = total
        i = style.order.index("value")
        doc.text(xs[i] + widths[i] - 4, doc.y, value, doc.bold, size, align="right")
        doc.line(doc.left, doc.y + 4, doc.right, doc.y + 4, 0.8)
        doc.y += 4
    _close_grid(doc, style, xs, grid_top)


def _close_grid(doc: Doc, style: TableStyle, xs: list[float], top: float) -> None:
    if style.ruled == "grid":
        for x in [*xs[1:]]:
            doc.line(x, top - 16, x, doc.y, 0.3, GREY)
        doc.line(doc.left, top - 16, doc.left, doc.y, 0.3, GREY)
        doc.line(doc.right, top - 16, doc.right, doc.y, 0.3, GREY)


def _cell(h: Holding, key: str, style: TableStyle) -> str:
    raw = getattr(h, key)
    if raw is None:
        return ""
    if key in ("units", "unit_price"):
        return fmt.decimal_text(raw, style.thousands and key == "units")
    if key == "value":
        if style.money_cells == "pound":
            return fmt.money(raw, "pound")
        return fmt.money(raw, "bare") if style.thousands else raw
    return raw
