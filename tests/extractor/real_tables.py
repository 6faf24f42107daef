"""Test-only statements whose holdings tables follow layouts real UK statements print (batch 6).

Drawn with table_variants.py's plain reportlab tables from holdings made first (the truth is
those holdings, written before anything is drawn). Each layout names the public page its
wording comes from; the pages describe statements, they are not copied:

- pence prices, "units x price / 100 = value": aberdeenstandard.com "How much are your pension
  savings worth?" (https://www.aberdeenstandard.com/en/capgemini/how-much-are-your-pension-savings-worth).
- fund, units and price on a valuation, names ending in "Inc" or "Acc", a fund's own code:
  https://www.solomonsifa.co.uk/tag/accumulation-units/ ("How to read your valuation statement").
- "Book cost" beside "Value" (book cost is what was paid, not what is held):
  https://help.fidelity.co.uk/site/managing-your-account/what-is-a-book-cost ,
  http://www.sippdeal.co.uk/learn/jargon/book-cost (AJ Bell: "By comparing 'Book cost' with 'Value'"),
  https://www.youinvest.co.uk/faq/what-cost-figure-my-portfolio-and-how-it-calculated ("cost" figure).
- "Stock Valuation" of holdings at close-of-business prices, book cost per holding:
  https://www.iweb-sharedealing.co.uk/landing-pages/statements.html and
  https://www.bankofscotland.co.uk/investing/help-and-guidance/already-investing-with-bos/statements.html
- a cash facility in each wrapper (ISA, CIA, CRA) held beside the funds, "product cash account":
  https://platform.quilter.com/investments-and-funds/fund-research-and-information/interest-rates-on-cash/
  and https://www.quilter.com/help-and-support/platform-support/platform-articles/straightforward-cash-management/
- quarterly report with "cost" per holding (Hargreaves Lansdown investment report, as shown at
  https://www.scribd.com/document/470320776/Summer-2019-Investment-Report-pdf).
- a bond's yearly statement and fund switches between its funds (Aviva Investment Bond:
  http://www.royallondongroup.co.uk/RLCIS/Investments/Investment-Bond/ , "switch the fund(s)").
- holdings listed with number of shares or units, market value and % of the portfolio:
  https://codefinity.com/courses/v2/1b66ffa0-6f54-4e77-b2c9-acea9430bebc/c9524de4-e790-4cf4-8331-c0111a36649a/47d14bcf-9528-4039-accd-e5d8b1968005

The headings drawn: "Fund name | Units held | Unit price (p) | Value (£)"; "Investment |
Quantity | Price | Valuation | % of portfolio"; "Holding | Sedol | Units | Bid price | Market
value"; asset-class sub-headings ("UK Equities", "Fixed Interest") closed by "Total UK Equities";
cash lines with no units ("Product cash", "Cash facility") and a "-" in their units; fund names
over three lines; "ISIN:" on the line below a name; a price date per row; book cost and
gain/loss beside value, losses in brackets; "GBP" after values and "p" after prices; a table per
wrapper (ISA, GIA, SIPP) in one statement; a fund switch table above the holdings.

Each group of layouts (marked in `styles`) was written and scored before the extractor was changed
for it. On main before this batch (786a5c0) 14 of the 37 layouts read wrong, pooled row F1 0.761
(142 of 194 rows right): a table per wrapper (four layouts, one laid out by reportlab's Table
flowable with names wrapped around their numbers), unit movements, offer before bid
price, book value after market value, a value in pounds before one in the fund's currency, an
undated fund switch above the holdings, totals named after their group, funds as labelled blocks,
an ISIN column after the value, the funds held at the period's start above those at its end, and
"SEDOL / ISIN:" under each name. The other 23 read right on main already and guard against
regressions.

    python tests/extractor/real_tables.py --score [--errors]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

if __name__ == "__main__":  # run as a script from the repository root
    sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[2] / "src")]

from tests.extractor.table_variants import (
    Col,
    Doc,
    Fund,
    Group,
    Print,
    Style,
    TableStyle,
    _total,
    draw_table,
    make_funds,
    money,
    statement_top,
)
from tests.extractor.variants import LEFT, RIGHT, Pen

BATCH = 6


def _rename_cash(funds: list[Fund], names: tuple[str, ...]) -> list[Fund]:
    cash = [f for f in funds if f.cash]
    for f, name in zip(cash, names, strict=False):
        f.name = name
    return funds


def _statement(p: Pen, s: Style) -> None:
    statement_top(p, s.doc, _total(s.table.funds()), title="Valuation statement")
    p.down(10)
    p.text(LEFT, "Your investments", p.bold, 12)
    draw_table(p, s.table)
    p.down(10)
    p.para("Values are shown in pounds sterling at the prices on the valuation date.", width=RIGHT - LEFT)


def _wrappers(p: Pen, s: Style) -> None:
    """One table per wrapper, each under its own title with its own total, then the portfolio's total."""
    t = s.table
    statement_top(p, s.doc, _total(t.funds()), title="Consolidated valuation")
    for g in t.groups:
        p.down(16)
        p.text(LEFT, g.heading or "", p.bold, 12)
        one = TableStyle(t.cols, [Group(g.funds)], pr=t.pr, ruled=t.ruled, total=f"Total {g.heading}")
        draw_table(p, one)
    p.down(16)
    p.text(LEFT + 3, "Portfolio total", p.bold, 10)
    p.text(RIGHT - 3, money(_total(t.funds()), t.pr), p.bold, 10, align="right")


def _wrappers_apart(p: Pen, s: Style) -> None:
    """One table per wrapper with notes between them, the last wrapper's on a page of its own."""
    t = s.table
    statement_top(p, s.doc, _total(t.funds()), title="Consolidated valuation")
    for n, g in enumerate(t.groups):
        if n == len(t.groups) - 1:
            p.new_page()
            p.down(20)
        p.down(16)
        p.text(LEFT, f"Your {g.heading}", p.bold, 12)
        draw_table(p, TableStyle(t.cols, [Group(g.funds)], pr=t.pr, ruled=t.ruled, total="Total"))
        p.down(8)
        p.para(
            f"Your {g.heading} is valued at the prices on the valuation date. Past performance is not a guide "
            "to the future and the value of investments can fall as well as rise.",
            width=RIGHT - LEFT,
        )


def _wrappers_own_columns(p: Pen, s: Style) -> None:
    """A table per wrapper, the pension's with a "% of portfolio" column more; totals named after the wrapper."""
    t = s.table
    statement_top(p, s.doc, _total(t.funds()), title="Consolidated valuation")
    for g in t.groups:
        p.down(16)
        p.text(LEFT, g.heading or "", p.bold, 12)
        cols = t.cols + [Col("pct", ("% of portfolio",), 12)] if g.heading == "SIPP" else t.cols
        draw_table(p, TableStyle(cols, [Group(g.funds)], pr=t.pr, total=f"{g.heading} total"))


def _fund_blocks(p: Pen, s: Style) -> None:
    """A provider's reply listing each fund as labelled lines, not a table ("Fund name:", "Number of units:")."""
    funds = s.table.funds()
    statement_top(p, s.doc, _total(funds), title="Plan information")
    p.down(12)
    p.text(LEFT, "Fund details", p.bold, 12)
    pence = any(f.pence for f in funds)
    for f in funds:
        p.down(8)
        for label, v in (
            ("Fund name", f.name),
            ("Number of units", f"{f.units:,}"),
            ("Unit price", f"{f.price}p" if pence else f"£{f.price}"),
            ("Fund value", f"£{f.value:,.2f}"),
        ):
            p.down(13)
            p.text(LEFT, f"{label}:")
            p.text(LEFT + 130, v)


def _opening_then_closing(p: Pen, s: Style) -> None:
    """The funds held at the period's start, then at its end: only the end's are the holdings."""
    from dataclasses import replace

    funds = s.table.funds()
    statement_top(p, s.doc, _total(funds))
    opening = []
    for f in funds:
        assert f.units is not None and f.price is not None
        units = (f.units * Decimal("0.92")).quantize(f.units)
        price = (f.price * Decimal("0.95")).quantize(f.price)
        opening.append(replace(f, units=units, price=price, value=(units * price).quantize(Decimal("0.01"))))
    p.down(12)
    p.text(LEFT, "Your funds at the start of the period (1 April 2024)", p.bold, 12)
    draw_table(p, TableStyle(s.table.cols, [Group(opening)]))
    p.down(12)
    p.text(LEFT, "Your funds at the end of the period (31 March 2025)", p.bold, 12)
    draw_table(p, s.table)


def _minus_signs(p: Pen, s: Style) -> None:
    """A statement printing a negative amount with a minus sign ("-£212.40"), not in brackets."""
    import tests.extractor.table_variants as tv

    money_in_brackets = tv.money

    def minus(v: Decimal, pr: Print) -> str:
        text = money_in_brackets(v, pr)
        return "-" + text.replace("(", "").replace(")", "") if v < 0 else text

    tv.money = minus  # the drawing's own printing, for this one document
    try:
        _statement(p, s)
    finally:
        tv.money = money_in_brackets


def _sedol_isin_below(p: Pen, s: Style) -> None:
    """Under each name, its SEDOL and ISIN on one labelled line ("SEDOL / ISIN: B0C0D01 / GB00B0C0D017")."""
    codes = {id(f): f.isin for f in s.table.funds()}  # the truth, written before drawing, keeps the ISIN
    try:
        for f in s.table.funds():
            f.isin = f"SEDOL / ISIN: {f.sedol} / {f.isin}"
        _statement(p, s)
    finally:
        for f in s.table.funds():
            f.isin = codes[id(f)]


def _platypus_wrappers(path: Path, s: Style) -> None:
    """A consolidated valuation laid out by reportlab's flowables: a Table per wrapper, Paragraph names."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as Grid
    from reportlab.platypus import TableStyle as Ruling

    from tests.extractor.table_variants import cell

    sheet = getSampleStyleSheet()
    t = s.table
    total = _total(t.funds())
    story = [
        Paragraph(s.doc.provider, sheet["Title"]),
        Paragraph("Valuation statement", sheet["Heading1"]),
        Paragraph(f"Plan number: {s.doc.policy}<br/>Plan holder: {s.doc.client}<br/>Plan type: {s.doc.plan}<br/>"
                  f"Statement period: {s.doc.period[0]} to {s.doc.period[1]}<br/>"
                  f"Total plan value: £{total:,.2f}", sheet["Normal"]),
    ]  # fmt: skip
    widths = [c.width * (RIGHT - LEFT) / sum(c.width for c in t.cols) for c in t.cols]
    for g in t.groups:
        story += [Spacer(1, 10), Paragraph(g.heading or "", sheet["Heading2"])]
        data = [["\n".join(c.head) for c in t.cols]]
        for f in g.funds:
            data.append([Paragraph(f.name, sheet["BodyText"]) if c.key == "fund" else cell(f, c.key, t.pr)
                         for c in t.cols])  # fmt: skip
        data.append([f"Total {g.heading}" if c.key == "fund" else money(_total(g.funds), t.pr) if c.key == "value"
                     else "" for c in t.cols])  # fmt: skip
        grid = Grid(data, colWidths=widths, repeatRows=1)
        grid.setStyle(Ruling([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
            *[("ALIGN", (i, 0), (i, -1), "RIGHT") for i, c in enumerate(t.cols) if c.align == "right"],
        ]))  # fmt: skip
        story.append(grid)
    story += [Spacer(1, 12), Paragraph(f"Portfolio total: £{total:,.2f}", sheet["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def _switch_then_holdings(p: Pen, s: Style) -> None:
    """A bond statement: the year's fund switch (units out and in, at a price, for a value), then the holdings."""
    funds = s.table.funds()
    statement_top(p, s.doc, _total(funds), title="Investment Bond - yearly statement")
    p.down(14)
    p.text(LEFT, "Fund switches in the year", p.bold, 12)
    out = replace_fund(funds[0], "Ouseburn Japan Value Acc")
    switch = TableStyle(
        [
            Col("date", ("Date",), 12, "left"),
            Col("fund", ("Fund",), 40, "left"),
            Col("units", ("Units",), 13),
            Col("price", ("Price",), 11),
            Col("value", ("Value (£)",), 13),
        ],
        [Group([out, funds[0]])],
        total=None,
    )
    draw_table(p, switch)
    p.down(14)
    p.text(LEFT, "Your funds on the statement date", p.bold, 12)
    draw_table(p, s.table)


def _undated_switch(p: Pen, s: Style) -> None:
    """A switch out of one fund into another, each a table of fund, units, price and value, under its title."""
    f = s.table.funds()[0]
    cols = s.table.cols
    out = replace_fund(f, "Saltire Row Japan Value Acc")
    for title, fund in (("Funds switched out", out), ("Funds switched in", f)):
        p.down(14)
        p.text(LEFT, title, p.bold, 11)
        draw_table(p, TableStyle(cols, [Group([fund])], total=None))


def _undated_switch_then_holdings(p: Pen, s: Style) -> None:
    statement_top(p, s.doc, _total(s.table.funds()), title="Investment Bond - yearly statement")
    p.down(6)
    p.text(LEFT, "Switches you made this year", p.bold, 12)
    _undated_switch(p, s)
    p.down(14)
    p.text(LEFT, "Your funds on the statement date", p.bold, 12)
    draw_table(p, s.table)


def _holdings_then_undated_switch(p: Pen, s: Style) -> None:
    statement_top(p, s.doc, _total(s.table.funds()), title="Investment Bond - yearly statement")
    p.down(10)
    p.text(LEFT, "Your funds on the statement date", p.bold, 12)
    draw_table(p, s.table)
    p.down(10)
    p.text(LEFT, "Switches you made this year", p.bold, 12)
    _undated_switch(p, s)


def replace_fund(f: Fund, name: str) -> Fund:
    from dataclasses import replace

    return replace(f, name=name)


def styles() -> list[Style]:
    """Every batch-6 layout."""
    rng = random.Random(60606)
    out: list[Style] = []

    def add(name: str, table: TableStyle, draw=_statement, plan: str = "Stocks and Shares ISA") -> None:  # noqa: ANN001
        doc = Doc("Pellworth Investment Platform", f"PIP{rng.randrange(10**6, 10**7)}", "Mrs Carys Iolo Rhys", plan)
        out.append(Style(name, BATCH, "annual_statement", table, draw, doc))

    add(
        "units-held-unit-price-p",
        TableStyle(
            [
                Col("fund", ("Fund name",), 42, "left"),
                Col("units", ("Units held",), 13),
                Col("price", ("Unit price (p)",), 13),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, 5, pence=True))],
            ruled="rows",
        ),
        plan="Personal Pension",
    )
    add(
        "quantity-valuation-pct-portfolio-total",
        TableStyle(
            [
                Col("fund", ("Investment",), 38, "left"),
                Col("units", ("Quantity",), 12),
                Col("price", ("Price",), 10),
                Col("value", ("Valuation",), 13),
                Col("pct", ("% of portfolio",), 13),
            ],
            [Group(make_funds(rng, 6))],
            pr=Print(pound_values=True),
            total="Portfolio total",
        ),
    )
    add(
        "holding-sedol-bid-market",
        TableStyle(
            [
                Col("fund", ("Holding",), 38, "left"),
                Col("sedol", ("Sedol",), 10, "left"),
                Col("units", ("Units",), 12),
                Col("price", ("Bid price",), 10),
                Col("value", ("Market value",), 14),
            ],
            [Group(make_funds(rng, 5))],
            ruled="grid",
        ),
    )
    groups = [("UK Equities", 2), ("Fixed Interest", 2), ("Property", 1)]
    add(
        "asset-class-groups-total-per-class",
        TableStyle(
            [
                Col("fund", ("Investment",), 40, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price (£)",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, n), h, f"Total {h}") for h, n in groups],
            total="Total portfolio",
        ),
    )
    add(
        "product-cash-and-cash-facility",
        TableStyle(
            [
                Col("fund", ("Fund",), 42, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value",), 13),
            ],
            [Group(_rename_cash(make_funds(rng, 4, cash=2), ("Product cash", "Cash facility")))],
            pr=Print(cash_blank="-"),
        ),
    )
    add(
        "names-over-three-lines",
        TableStyle(
            [
                Col("fund", ("Fund name",), 22, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Unit price",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, 5, long_names=True))],
            wrap=110.0,
            ruled="rows",
        ),
    )
    add(
        "isin-labelled-below-name",
        TableStyle(
            [
                Col("fund", ("Fund",), 44, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value",), 13),
            ],
            [Group(make_funds(rng, 4))],
            isin_below=True,
            isin_label="ISIN: ",
        ),
    )
    add(
        "price-date-per-row",
        TableStyle(
            [
                Col("fund", ("Fund",), 36, "left"),
                Col("units", ("Units",), 13),
                Col("date", ("Price date",), 12, "centre"),
                Col("price", ("Unit price",), 11),
                Col("value", ("Value",), 13),
            ],
            [Group(make_funds(rng, 5))],
        ),
        plan="Personal Pension",
    )
    add(
        "book-cost-before-value-losses-bracketed",
        TableStyle(
            [
                Col("fund", ("Investment",), 32, "left"),
                Col("units", ("Units",), 11),
                Col("price", ("Price (p)",), 10),
                Col("cost_mixed", ("Book cost (£)",), 12),
                Col("value", ("Value (£)",), 12),
                Col("gain_mixed", ("Gain/loss (£)",), 12),
            ],
            [Group(make_funds(rng, 6, pence=True))],
            size=8.0,
        ),
    )
    add(
        "value-then-book-cost",
        TableStyle(
            [
                Col("fund", ("Investment",), 32, "left"),
                Col("units", ("Quantity",), 11),
                Col("price", ("Price",), 10),
                Col("value", ("Value",), 12),
                Col("cost_mixed", ("Book cost",), 12),
                Col("gain_mixed", ("Gain/(loss)",), 12),
            ],
            [Group(make_funds(rng, 5))],
            size=8.0,
            total="Total",
        ),
    )
    add(
        "currency-after-numbers",
        TableStyle(
            [
                Col("fund", ("Fund",), 40, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value",), 16),
            ],
            [Group(make_funds(rng, 5, pence=True))],
            pr=Print(gbp_suffix=True, p_suffix=True),
        ),
    )
    wrappers = [("Stocks and Shares ISA", 3), ("General Investment Account", 2), ("SIPP", 3)]
    add(
        "table-per-wrapper",
        TableStyle(
            [
                Col("fund", ("Fund",), 42, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price (£)",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, n), h) for h, n in wrappers],
            ruled="rows",
        ),
        _wrappers,
    )
    add(
        "fund-switch-then-holdings",
        TableStyle(
            [
                Col("fund", ("Fund",), 42, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, 4))],
        ),
        _switch_then_holdings,
        plan="Investment Bond",
    )
    # --- written after the layouts above read right on main (all but the wrapper tables) ---
    add(
        "headings-dated",
        TableStyle(
            [
                Col("fund", ("Fund",), 36, "left"),
                Col("units", ("Units at", "31/03/2025"), 14),
                Col("price", ("Price at", "31/03/2025"), 13),
                Col("value", ("Value at", "31/03/2025 (£)"), 15),
            ],
            [Group(make_funds(rng, 5))],
        ),
        plan="Personal Pension",
    )
    add(
        "unit-movements",
        TableStyle(
            [
                Col("fund", ("Fund",), 30, "left"),
                Col("units_start", ("Units at", "start"), 12),
                Col("units_moved", ("Units bought", "/ (sold)"), 12),
                Col("units", ("Units at", "end"), 12),
                Col("price", ("Unit price", "(p)"), 10),
                Col("value", ("Value", "(£)"), 12),
            ],
            [Group(make_funds(rng, 5, pence=True))],
            size=8.0,
        ),
        plan="Personal Pension",
    )
    add(
        "value-at-start-and-end",
        TableStyle(
            [
                Col("fund", ("Fund",), 34, "left"),
                Col("value_prev", ("Value at", "1 April 2024"), 13),
                Col("units", ("Units",), 12),
                Col("price", ("Price",), 10),
                Col("value", ("Value at", "31 March 2025"), 13),
            ],
            [Group(make_funds(rng, 5))],
        ),
        plan="Personal Pension",
    )
    add(
        "price-date-in-words-pence-commas",
        TableStyle(
            [
                Col("fund", ("Fund name",), 36, "left"),
                Col("units", ("Units",), 13),
                Col("price_commas", ("Price",), 12),
                Col("date_words", ("Price date",), 12, "centre"),
                Col("value", ("Value",), 14),
            ],
            [Group(make_funds(rng, 6, pence=True))],
            pr=Print(p_suffix=True),
        ),
    )
    add(
        "fund-name-and-isin-heading",
        TableStyle(
            [
                Col("fund", ("Fund name and ISIN",), 46, "left"),
                Col("units", ("No. of units",), 13),
                Col("price", ("Unit price £",), 11),
                Col("value", ("Fund value £",), 13),
            ],
            [Group(make_funds(rng, 4))],
            isin_in_name=True,
            wrap=150.0,
        ),
    )
    usd = make_funds(rng, 4)
    for f in usd:
        assert f.units is not None and f.price is not None
        f.ccy = "USD"
        f.value = (f.units * f.price / Decimal("1.2700")).quantize(Decimal("0.01"))
    add(
        "fund-currency-value-and-sterling-value",
        TableStyle(
            [
                Col("fund", ("Fund",), 34, "left"),
                Col("ccy", ("Currency",), 8, "centre"),
                Col("units", ("Units",), 12),
                Col("price", ("Price",), 10),
                Col("value_fx", ("Value (fund", "currency)"), 14),
                Col("value", ("Value (£)",), 14),
            ],
            [Group(usd)],
            size=8.0,
        ),
        plan="General Investment Account",
    )
    overdrawn = make_funds(rng, 4, cash=1)
    overdrawn[-1].name, overdrawn[-1].value = "Cash facility", Decimal("-84.12")
    add(
        "cash-facility-overdrawn",
        TableStyle(
            [
                Col("fund", ("Investment",), 42, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price (£)",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(overdrawn)],
        ),
    )
    # --- written after those read right: columns only the rows' arithmetic tells apart ---
    add(
        "offer-price-before-bid-price",
        TableStyle(
            [
                Col("fund", ("Fund",), 36, "left"),
                Col("units", ("Units",), 13),
                Col("offer", ("Offer price",), 11),
                Col("price", ("Bid price",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, 5))],
        ),
        plan="Investment Bond",
    )
    add(
        "market-value-then-book-value",
        TableStyle(
            [
                Col("fund", ("Investment",), 34, "left"),
                Col("units", ("Units",), 12),
                Col("price", ("Price",), 10),
                Col("value", ("Market value",), 13),
                Col("cost_mixed", ("Book value",), 13),
            ],
            [Group(make_funds(rng, 5))],
        ),
    )
    add(
        "fund-switch-without-dates-before-holdings",
        TableStyle(
            [
                Col("fund", ("Fund",), 42, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, 4))],
        ),
        _undated_switch_then_holdings,
        plan="Investment Bond",
    )
    add(
        "holdings-then-fund-switch-without-dates",
        TableStyle(
            [
                Col("fund", ("Fund",), 42, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, 4))],
        ),
        _holdings_then_undated_switch,
        plan="Investment Bond",
    )
    add(
        "current-value-then-last-statements-value",
        TableStyle(
            [
                Col("fund", ("Fund",), 34, "left"),
                Col("units", ("Units",), 12),
                Col("price", ("Price",), 10),
                Col("value", ("Value now",), 13),
                Col("value_prev", ("Value at last", "statement"), 14),
            ],
            [Group(make_funds(rng, 5))],
        ),
        plan="Personal Pension",
    )
    usd2 = make_funds(rng, 4)
    for f in usd2:
        assert f.units is not None and f.price is not None
        f.ccy = "USD"
        f.value = (f.units * f.price / Decimal("1.2650")).quantize(Decimal("0.01"))
    add(
        "sterling-value-before-fund-currency-value",
        TableStyle(
            [
                Col("fund", ("Fund",), 34, "left"),
                Col("ccy", ("Currency",), 8, "centre"),
                Col("units", ("Units",), 12),
                Col("price", ("Price",), 10),
                Col("value", ("Value (£)",), 14),
                Col("value_fx", ("Value",), 14),
            ],
            [Group(usd2)],
            size=8.0,
        ),
        plan="General Investment Account",
    )
    add(
        "table-per-wrapper-with-notes-between",
        TableStyle(
            [
                Col("fund", ("Investment",), 40, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, n), h) for h, n in (("ISA", 3), ("General Investment Account", 2), ("SIPP", 2))],
        ),
        _wrappers_apart,
    )
    # --- written after all the above read right ---
    groups2 = [("UK Equities", 2), ("Overseas Equities", 2), ("Fixed Interest", 2)]
    add(
        "group-totals-named-after-the-group",
        TableStyle(
            [
                Col("fund", ("Investment",), 40, "left"),
                Col("units", ("Holding",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value",), 13),
            ],
            [Group(make_funds(rng, n), h, f"{h} total") for h, n in groups2],
            total="Total value of investments",
        ),
    )
    add(
        "table-per-wrapper-own-columns",
        TableStyle(
            [
                Col("fund", ("Fund",), 40, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, n), h) for h, n in (("ISA", 3), ("GIA", 2), ("SIPP", 3))],
        ),
        _wrappers_own_columns,
    )
    add(
        "pound-marks-on-prices-and-values",
        TableStyle(
            [
                Col("fund", ("Fund name",), 40, "left"),
                Col("units", ("Units held",), 13),
                Col("price", ("Unit price",), 11),
                Col("value", ("Value",), 14),
            ],
            [Group(make_funds(rng, 5, cash=1))],
            pr=Print(pound_values=True, pound_prices=True, cash_blank="n/a"),
        ),
    )
    plain = [Col("fund", ("Fund",), 40, "left"), Col("units", ("Units",), 13), Col("price", ("Price",), 11),
             Col("value", ("Value",), 13)]  # fmt: skip
    add("fund-blocks-not-a-table", TableStyle(plain, [Group(make_funds(rng, 3, pence=True))]), _fund_blocks)
    # --- written after all the above read right ---
    shares = make_funds(rng, 5)
    for f in shares:
        assert f.units is not None and f.price is not None
        f.units = f.units.quantize(Decimal(1))
        f.value = (f.units * f.price).quantize(Decimal("0.01"))
    add(
        "whole-share-quantities-isin-last",
        TableStyle(
            [
                Col("fund", ("Investment",), 36, "left"),
                Col("units", ("Quantity",), 11),
                Col("price", ("Price",), 11),
                Col("value", ("Value",), 13),
                Col("isin", ("ISIN",), 17, "left"),
            ],
            [Group(shares)],
            pr=Print(pound_values=True, pound_prices=True),
        ),
        plan="General Investment Account",
    )
    add(
        "group-headings-with-value-and-share",
        TableStyle(
            [
                Col("fund", ("Fund",), 40, "left"),
                Col("units", ("Units",), 13),
                Col("price", ("Price",), 11),
                Col("value", ("Value (£)",), 13),
            ],
            [Group(make_funds(rng, n), h, heading_value=True) for h, n in (("Equities", 3), ("Bonds", 2))],
            total="Total",
        ),
    )
    add("opening-then-closing-holdings", TableStyle(plain, [Group(make_funds(rng, 4))]), _opening_then_closing,
        plan="Personal Pension")  # fmt: skip
    # --- written after all the above read right ---
    cash_units = make_funds(rng, 3, cash=1)
    last = cash_units[-1]
    last.name, last.units, last.price = "Cash account", last.value, Decimal("1.00")
    overdrawn2 = make_funds(rng, 3, cash=1)
    overdrawn2[-1].name, overdrawn2[-1].value = "Product cash", Decimal("-212.40")
    add("cash-as-units-at-one-pound", TableStyle(plain, [Group(cash_units)]))
    add(
        "negative-cash-with-minus-sign",
        TableStyle(plain, [Group(overdrawn2)], pr=Print(pound_values=True)),
        _minus_signs,
    )
    add(
        "sedol-and-isin-labelled-below-name",
        TableStyle(plain, [Group(make_funds(rng, 4))], isin_below=True, isin_label=""),
        _sedol_isin_below,
    )
    out.append(
        Style(
            "flowable-table-per-wrapper-book-cost",
            BATCH,
            "annual_statement",
            TableStyle(
                [
                    Col("fund", ("Fund",), 34, "left"),
                    Col("units", ("Units",), 12),
                    Col("price", ("Price (p)",), 11),
                    Col("cost_mixed", ("Book cost (£)",), 13),
                    Col("value", ("Value (£)",), 13),
                ],
                [Group(make_funds(rng, n, pence=True, long_names=True), h)
                 for h, n in (("Stocks and Shares ISA", 3), ("General Investment Account", 2), ("SIPP", 3))],
            ),  # fmt: skip
            _statement,
            Doc("Pellworth Investment Platform", "PIP7730215", "Mrs Carys Iolo Rhys", "Stocks and Shares ISA"),
            build=_platypus_wrappers,
        )
    )
    return out


def write_all(out: Path) -> list[Path]:
    """Draw every batch-6 layout into `out` as NAME.pdf beside NAME.truth.json; the PDF paths."""
    import json

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in styles():
        (out / f"{s.name}.truth.json").write_text(json.dumps(s.truth_json(), indent=2), encoding="utf-8")
        path = out / f"{s.name}.pdf"
        if s.build is not None:
            s.build(path, s)
            paths.append(path)
            continue
        canvas = Canvas(str(path), pagesize=A4, invariant=1)
        s.draw(Pen(canvas), s)
        canvas.showPage()
        canvas.save()
        paths.append(path)
    return paths


def total_value(s: Style) -> Decimal:
    return _total(s.table.funds())


if __name__ == "__main__":
    import datetime as dt

    from provcheck.pipeline import CheckOptions, check_file
    from provcheck.scoring import Score, load_truth, score_one

    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    if not args.score:
        for path in write_all(Path(args.out)):
            print(path)
        sys.exit(0)
    options = CheckOptions(as_of=dt.date(2026, 11, 1))
    pooled = Score()
    with tempfile.TemporaryDirectory() as tmp:
        for path in write_all(Path(tmp)):
            score = Score()
            for sc in (score, pooled):
                score_one(sc, load_truth(path), check_file(path, options).to_json_dict(), path.name)
            print(f"{path.stem:42s} {score.rows.f1 if score.doc_type_hits else 0.0:.3f}")
            for e in score.errors if args.errors else []:
                print("    ", e[:400])
    print(f"{'pooled row F1':42s} {pooled.rows.f1:.3f}")
