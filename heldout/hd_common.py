"""What the held-out layouts share: a case (who, which plan), letterheads, address windows, footers.

A `Case` holds the truth of one document before it is drawn. A layout prints some of it and
returns the record fields it actually printed; anything it leaves out stays null in the truth.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from hd_data import (
    FIRMS,
    PLAN_WORDS,
    Firm,
    HoldingTruth,
    Person,
    Provider,
    holdings,
    money,
    person,
    policy_number,
)
from hd_draw import BOLD, kv_block, logo, text_lines
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas


@dataclass
class Plan:
    """One plan's truth: reference, type, dates, values, contributions, funds."""

    policy_printed: str
    policy: str
    plan_type: str
    plan_words: str
    valuation_date: dt.date
    period_start: dt.date
    start_date: dt.date
    funds: list[HoldingTruth]
    transfer: Decimal
    contribution: Decimal | None
    frequency: str | None
    charge: Decimal

    @property
    def value(self) -> Decimal:
        """Plan value: the sum of the holdings' values."""
        return sum((h.value for h in self.funds), Decimal("0.00"))


@dataclass
class Case:
    """Everything one document may print."""

    doc_type: str
    layout: str
    seed: int
    rng: random.Random
    provider: Provider
    client: Person
    firm: Firm
    adviser: str
    plan: Plan
    policies: list[tuple[str, str]] = field(default_factory=list)
    date_signed: dt.date | None = None
    signed: bool = True


def make_case(
    doc_type: str,
    layout: str,
    seed: int,
    provider: Provider,
    *,
    n_funds: int | None = None,
    period: str = "year",
    with_ids: str = "isin",
    cash: bool = False,
    plan_types: tuple[str, ...] = (),
) -> Case:
    """Draw a fresh client, firm and plan for one document from `seed`."""
    rng = random.Random(seed)
    client = person(rng)
    firm = rng.choice(FIRMS)
    adviser = rng.choice(firm.advisers)
    ptype = rng.choice([t for t in provider.plan_types if not plan_types or t in plan_types])
    words = rng.choice(PLAN_WORDS[ptype])
    vdate = dt.date(2024, 9, 1) + dt.timedelta(days=rng.randint(0, 300))
    if period == "tax":  # pension statements often run from 6 April to 5 April
        vdate = dt.date(2025, 4, 5)
        pstart = dt.date(2024, 4, 6)
    elif period == "quarter":
        vdate = rng.choice([dt.date(2025, 3, 31), dt.date(2024, 12, 31), dt.date(2025, 6, 30)])
        pstart = (vdate - dt.timedelta(days=88)).replace(day=1)
    else:
        pstart = vdate.replace(year=vdate.year - 1) + dt.timedelta(days=1)
    start = dt.date(rng.randint(1995, 2019), rng.randint(1, 12), rng.randint(1, 28))
    funds = holdings(rng, n_funds or rng.randint(2, 6), provider.printed.split()[0], with_ids=with_ids, cash=cash)
    value = sum((h.value for h in funds), Decimal("0.00"))
    if ptype in ("onshore_bond", "offshore_bond") or rng.random() < 0.3:
        transfer = money(value * Decimal(rng.choice(["0.97", "0.985", "0.95"])))
    else:
        transfer = value
    if ptype in ("onshore_bond", "offshore_bond", "gia") or rng.random() < 0.25:
        contribution, freq = None, None
    else:
        freq = rng.choice(["monthly", "monthly", "quarterly", "annually"])
        contribution = Decimal(rng.choice([50, 75, 100, 150, 200, 250, 400, 600, 1200, 3600])).quantize(Decimal("0.01"))
    charge = Decimal(rng.choice(["0.35", "0.45", "0.50", "0.75", "0.85", "1.00", "1.25", "0.30"]))
    printed, truth = policy_number(rng, provider)
    plan = Plan(printed, truth, ptype, words, vdate, pstart, start, funds, transfer, contribution, freq, charge)
    policies = [(printed, truth)] + [policy_number(rng, provider) for _ in range(rng.choice([0, 0, 1, 2]))]
    signed_on = dt.date(2024, 6, 1) + dt.timedelta(days=rng.randint(0, 420))
    return Case(doc_type, layout, seed, rng, provider, client, firm, adviser, plan, policies, signed_on)


# --- page decoration -----------------------------------------------------------------------------


def letterhead(c: Canvas, prov: Provider, style: str) -> None:
    """Provider letterhead in one of three styles: 'left', 'band' or 'centre'."""
    w, h = c._pagesize
    col = colors.Color(*prov.colour)
    bold = BOLD[prov.font]
    if style == "band":
        c.setFillColor(col)
        c.rect(0, h - 24 * mm, w, 24 * mm, fill=1, stroke=0)
        logo(c, prov.mark, 18 * mm, h - 19 * mm, 13 * mm, (1, 1, 1))
        c.setFillColor(colors.white)
        c.setFont(bold, 17)
        c.drawString(36 * mm, h - 14 * mm, prov.printed)
        c.setFont(prov.font, 8)
        c.drawRightString(w - 18 * mm, h - 14 * mm, prov.domain)
    elif style == "centre":
        logo(c, prov.mark, w / 2 - 6 * mm, h - 24 * mm, 12 * mm, prov.colour)
        c.setFillColor(col)
        c.setFont(bold, 15)
        c.drawCentredString(w / 2, h - 31 * mm, prov.printed)
        c.setFont(prov.font, 7.5)
        c.setFillColor(colors.black)
        c.drawCentredString(w / 2, h - 35.5 * mm, " | ".join(prov.address) + " | " + prov.domain)
    else:
        logo(c, prov.mark, 20 * mm, h - 30 * mm, 16 * mm, prov.colour)
        c.setFillColor(col)
        c.setFont(bold, 16)
        c.drawString(40 * mm, h - 20 * mm, prov.printed)
        c.setFillColor(colors.black)
        text_lines(c, 40 * mm, h - 25.5 * mm, [*prov.address, prov.domain], prov.font, 7.5, 9)
    c.setFillColor(colors.black)


def address_window(c: Canvas, lines: list[str], font: str, size: float = 10, top: float = 52 * mm) -> None:
    """The DL envelope window: 20 mm from the left edge, `top` from the page top."""
    h = c._pagesize[1]
    text_lines(c, 22 * mm, h - top, lines, font, size, size * 1.3)


def ref_block(
    c: Canvas,
    rows: list[tuple[str, str]],
    font: str,
    top: float = 45 * mm,
    gap: float = 28 * mm,
    size: float = 8.5,
) -> None:
    """Reference block at the top right (labels then values)."""
    w, h = c._pagesize
    kv_block(c, w - 20 * mm - gap - 38 * mm, h - top, rows, font, size, gap)


def footer(c: Canvas, page: int, total: int, *, text: str, font: str, style: str, ref: str = "") -> None:
    """Regulatory footer and page numbering ('Page 2 of 3', '2/3' or 'Page 2 of 3  ref')."""
    from reportlab.lib.utils import simpleSplit

    w = c._pagesize[0]
    c.saveState()
    c.setFont(font, 6.5)
    c.setFillColor(colors.Color(0.3, 0.3, 0.3))
    y = 18 * mm
    room = w - 40 * mm - (30 * mm if style != "ref" else 70 * mm)  # keep clear of the page label
    for ln in simpleSplit(text, font, 6.5, room):
        c.drawString(20 * mm, y, ln)
        y -= 8
    c.setFont(font, 8)
    label = {
        "of": f"Page {page} of {total}",
        "slash": f"{page}/{total}",
        "ref": f"{ref}   Page {page} of {total}",
    }[style]
    c.drawRightString(w - 20 * mm, 18 * mm, label)
    c.restoreState()


def fund_table(
    case: Case,
    st: dict,
    font: str,
    cols: list[str],
    *,
    widths: list[float],
    commas: bool = True,
    price_gbp: bool = False,
    value_style: str = "plain_num",
    total: str | None = "Total",
    shade: tuple | None = None,
    lines: str = "rules",
    headers: dict | None = None,
):
    """The holdings table: columns from name/sedol/isin/units/price/value/weight, optional total row."""
    from hd_data import fmt_money, fmt_units
    from hd_draw import grid, para_cells

    names = {
        "name": "Fund name",
        "sedol": "SEDOL",
        "isin": "ISIN",
        "units": "Units",
        "price": "Unit price (£)",
        "value": "Value (£)",
        "weight": "% of plan",
    } | (headers or {})
    right = {i for i, k in enumerate(cols) if k in ("units", "price", "value", "weight")}
    plan_value = case.plan.value
    rows = [[names[k] for k in cols]]
    for h in case.plan.funds:
        row = []
        for k in cols:
            if k == "name":
                row.append(h.fund_name)
            elif k == "sedol":
                row.append(h.sedol or "")
            elif k == "isin":
                row.append(h.isin or "")
            elif k == "units":
                row.append(fmt_units(h, commas) if h.units is not None else "")
            elif k == "price":
                row.append(("£" if price_gbp else "") + h.price_str() if h.unit_price is not None else "")
            elif k == "value":
                row.append(fmt_money(h.value, value_style))
            else:
                row.append(f"{h.value / plan_value * 100:.1f}%")
        rows.append(row)
    if total:
        rows.append([total] + [""] * (len(cols) - 2) + [fmt_money(plan_value, value_style)])
    cells = [rows[0]] + para_cells(rows[1:-1] if total else rows[1:], st["cell"], st["cellr"], right)
    if total:
        cells.append(rows[-1])
    return grid(
        cells,
        widths,
        shade=shade,
        lines=lines,
        right_cols=tuple(right),
        font=font,
        size=8,
        bold_last=bool(total),
    )


def holdings_truth(case: Case, *, isin: bool = True) -> list[dict]:
    """Holdings as the record holds them; `isin=False` when the layout prints no ISIN column."""
    return [
        {
            "fund_name": h.fund_name,
            "isin": h.isin if isin else None,
            "units": h.units_str(),
            "unit_price": h.price_str(),
            "value": f"{h.value:.2f}",
        }
        for h in case.plan.funds
    ]


def plan_truth(
    case: Case, *, transfer: bool = True, contribution: bool = True, charge: bool = True, isin: bool = True
) -> dict:
    """Plan fields as the record holds them (only those printed)."""
    pl = case.plan
    t = {
        "policy_number": pl.policy,
        "plan_type": pl.plan_type,
        "valuation_date": pl.valuation_date.isoformat(),
        "plan_value": f"{pl.value:.2f}",
        "holdings": holdings_truth(case, isin=isin),
    }
    if transfer:
        t["transfer_value"] = f"{pl.transfer:.2f}"
    if contribution and pl.contribution is not None:
        t["regular_contribution"] = f"{pl.contribution:.2f}"
        t["contribution_frequency"] = pl.frequency
    if charge:
        t["annual_charge_percent"] = f"{pl.charge:.2f}"
    return t
