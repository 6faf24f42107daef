"""Fund tables for heldout6: seven column layouts, sector groups with subtotals, prices in pounds or pence."""

from __future__ import annotations

import random
from decimal import Decimal

from draw import Col, Flow
from world import Fund, money

LAYOUTS = ["classic", "isin_first", "pct", "cost", "sedol", "isin_under", "pricedate"]


def draw(f: Flow, rng: random.Random, fs: list[Fund], layout: str, grouped: bool, price_date: str,
         title: str | None = None, continued: str | None = None) -> list[dict]:
    """Draw the table; return the truth holdings (what the page prints)."""
    pence = fs[0].pence
    mstyle = rng.choice(["gbp", "bare"])
    commas = rng.random() < 0.5
    pin = rng.choice(["suffix", "column", "gbx"]) if pence else rng.choice(["sym", "column"])
    total = sum((x.value for x in fs), Decimal(0))
    width = f.right - f.left

    def m(v: Decimal) -> str:
        return money(v, mstyle)

    def price(x: Fund) -> str:
        if pence:
            return f"{x.price_s()}p" if pin == "suffix" else x.price_s()
        return f"£{x.price_s()}" if pin == "sym" else x.price_s()

    phead = {"column": "Price (p)", "gbx": "Price GBX", "suffix": "Price"}[pin] if pence else \
        ("Price (£)" if pin == "column" else "Price")
    vhead = "Value (£)" if mstyle == "bare" else "Value"
    show_isin = layout in ("isin_first", "isin_under", "pct") and rng.random() < 0.85
    if layout == "classic":
        cols = [Col("Fund", width * 0.46), Col("Units", width * 0.17, "r"), Col(phead, width * 0.15, "r"),
                Col(vhead, width * 0.22, "r")]
        cells = lambda x: [x.name, x.units_s(commas), price(x), m(x.value)]  # noqa: E731
    elif layout == "isin_first":
        cols = [Col("Fund name", width * 0.36), Col("ISIN", width * 0.18), Col(vhead, width * 0.17, "r"),
                Col("Units held", width * 0.16, "r"), Col(phead, width * 0.13, "r")]
        cells = lambda x: [x.name, x.isin if show_isin and x.isin else "-", m(x.value), x.units_s(commas), price(x)]  # noqa: E731
    elif layout == "pct":
        cols = [Col("Investment", width * 0.40), Col("Units", width * 0.15, "r"), Col(phead, width * 0.13, "r"),
                Col(vhead, width * 0.18, "r"), Col("% of\nportfolio", width * 0.14, "r")]
        cells = lambda x: [x.name + (f"\n{x.isin}" if show_isin and x.isin else ""), x.units_s(commas), price(x),  # noqa: E731
                           m(x.value), f"{x.value * 100 / total:.2f}%"]
    elif layout == "cost":
        cols = [Col("Holding", width * 0.32), Col("Cost (£)", width * 0.13, "r"), Col("Units", width * 0.14, "r"),
                Col(phead, width * 0.12, "r"), Col(vhead, width * 0.15, "r"), Col("Gain/loss (£)", width * 0.14, "r")]

        def cells(x: Fund) -> list[str]:
            g = x.value - x.cost
            gs = f"{g:,.2f}" if g >= 0 else f"({-g:,.2f})"
            return [x.name, f"{x.cost:,.2f}", x.units_s(commas), price(x), m(x.value), gs]
    elif layout == "sedol":
        cols = [Col("Fund", width * 0.42), Col("SEDOL", width * 0.12), Col("Units", width * 0.15, "r"),
                Col("Bid " + phead[6:] if pin in ("column", "gbx") else "Bid price", width * 0.13, "r"),
                Col("Valuation", width * 0.18, "r")]
        cells = lambda x: [x.name, x.sedol or "n/a", x.units_s(commas), price(x), m(x.value)]  # noqa: E731
    elif layout == "isin_under":
        cols = [Col("Fund / ISIN", width * 0.48), Col("Units", width * 0.17, "r"), Col(phead, width * 0.14, "r"),
                Col(vhead, width * 0.21, "r")]
        cells = lambda x: [x.name + (f"\nISIN {x.isin}" if show_isin and x.isin else ""), x.units_s(commas), price(x),  # noqa: E731
                           m(x.value)]
    else:  # pricedate
        cols = [Col("Fund", width * 0.38), Col("Price date", width * 0.14), Col("Unit\n" + phead[0].lower() + phead[1:],
                width * 0.13, "r"), Col("Number of\nunits", width * 0.15, "r"), Col(vhead, width * 0.20, "r")]
        cells = lambda x: [x.name, price_date, price(x), x.units_s(commas), m(x.value)]  # noqa: E731
    ncols = len(cols)
    vcol = [c.head for c in cols].index(vhead) if vhead in [c.head for c in cols] else \
        [c.head for c in cols].index("Valuation")
    rows: list[tuple[str, list[str]]] = []
    if grouped:
        sectors: list[str] = []
        for x in fs:
            if x.sector not in sectors:
                sectors.append(x.sector)
        for sec in sectors:
            rows.append(("group", [sec]))
            part = [x for x in fs if x.sector == sec]
            rows += [("row", cells(x)) for x in part]
            sub = [""] * ncols
            sub[0] = f"Total {sec}"
            sub[vcol] = m(sum((x.value for x in part), Decimal(0)))
            rows.append(("sub", sub))
    else:
        rows += [("row", cells(x)) for x in fs]
    tot = [""] * ncols
    tot[0] = rng.choice(["Total", "Total value of investments", "Portfolio total"])
    tot[vcol] = m(total)
    rows.append(("total", tot))
    if title:
        f.heading(title, size=11)
    f.table(cols, rows, continued=continued, zebra=rng.random() < 0.3)
    return [x.truth(show_isin and layout != "sedol") for x in fs]
