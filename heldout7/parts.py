"""Pieces shared by heldout7's replies and statements: the plan record, letterheads, fund tables, footers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from draw import band, lines, rule, table, text
from reportlab.pdfbase.pdfmetrics import stringWidth
from world import Fund, Person, World, gbp, grouped

PLAN_KEYS = ("provider", "policy_number", "client_title", "client_name", "client_dob", "ni_number",
             "client_address", "client_postcode", "plan_type", "valuation_date", "period_start", "plan_value",
             "transfer_value", "regular_contribution", "contribution_frequency", "annual_charge_percent", "holdings")

# Legal names printed in some footers, each from a public source cited in README.md.
LEGAL_NAMES = {
    "Royal London": "The Royal London Mutual Insurance Society Limited",
    "Aegon": "Scottish Equitable plc",
    "Aviva": "Aviva Life & Pensions UK Limited",
    "Phoenix Life": "Phoenix Life Limited",
    "Prudential": "The Prudential Assurance Company Limited",
    "Standard Life": "Standard Life Assurance Limited",
}


def plan_record(doc_type: str, provider: str, number: str, client: Person | None, **values) -> dict:
    """A plan record with every field of the doc type; `values` fills what the page prints.

    Client fields are filled from `client` only when named in `shows` (a set of field names).
    """
    shows = values.pop("shows", set())
    rec = dict.fromkeys(PLAN_KEYS)
    rec.update(provider=provider, policy_number=number, holdings=[])
    if client is not None:
        rec.update({
            "client_title": client.title if "title" in shows else None,
            "client_name": client.name,
            "client_dob": client.dob.isoformat() if "dob" in shows else None,
            "ni_number": client.ni if "ni" in shows else None,
            "client_address": client.address if "address" in shows else None,
            "client_postcode": client.postcode if "address" in shows else None,
        })
    for key, value in values.items():
        if isinstance(value, Decimal):
            value = f"{value:.2f}"
        elif isinstance(value, dt.date):
            value = value.isoformat()
        rec[key] = value
    if doc_type == "loa_response":
        del rec["period_start"]
    return rec


def holdings_truth(funds: list[Fund]) -> list[dict]:
    """The truth rows of a fund table."""
    return [f.truth() for f in funds]


def total(funds: list[Fund]) -> Decimal:
    """The sum of the rows' values."""
    return sum((f.value for f in funds), Decimal(0))


def letterhead(c, h: float, width: float, provider: str, strap: str, grey: float = 0.2) -> None:
    """A dark band with the provider's brand and a strapline."""
    band(c, h, 0, 0, width, 58, grey)
    c.setFillGray(1)
    text(c, h, 40, 36, provider, "Helvetica-Bold", 20)
    text(c, h, width - 40, 36, strap, "Helvetica", 9.5, align="right")
    c.setFillGray(0)


def footer(c, h: float, width: float, provider: str, n: int, pages: int, legal: bool) -> None:
    """'Page n of m' and, for some providers, the issuing company's legal name."""
    rule(c, h, 40, width - 40, h - 34, 0.4, 0.5)
    words = f"Issued by {LEGAL_NAMES[provider]}." if legal and provider in LEGAL_NAMES else \
        f"{provider} - please keep this document with your records."
    text(c, h, 40, h - 22, words, size=7)
    text(c, h, width - 40, h - 22, f"Page {n} of {pages}", size=7.5, align="right")


def fund_rows(funds: list[Fund], *, isin: bool, units_grouped: bool, pound_cells: bool) -> list[list[str]]:
    """Printed cells of fund rows: name, [ISIN], units, price, value."""
    rows = []
    for f in funds:
        units = grouped(f.units) if units_grouped else f.units
        price = f.price + ("p" if f.currency == "GBX" and not pound_cells else "")
        value = gbp(f.value) if pound_cells else gbp(f.value, "bare")
        rows.append([f.name, *([f.isin or ""] if isin else []), units, price, value])
    return rows


def fund_table(c, h: float, x: float, y: float, funds: list[Fund], *, width: float = 515, isin: bool = True,
               units_grouped: bool = True, pound_cells: bool = False, total_label: str = "Total portfolio value",
               price_head: str = "Price (£)", size: float = 8.2, grand: Decimal | None = None) -> float:
    """A fund table ending in a labelled total row (`grand`, or the rows' sum); returns the y below it."""
    name_w = width - (88 if isin else 0) - 240
    cols = [("Fund", name_w, "l"), *([("ISIN", 88, "l")] if isin else []), ("Units", 75, "r"),
            (price_head, 75, "r"), ("Value (£)" if not pound_cells else "Value", 90, "r")]
    rows = fund_rows(funds, isin=isin, units_grouped=units_grouped, pound_cells=pound_cells)
    longest = max(stringWidth(f.name, "Helvetica", 1) for f in funds)
    size = max(6.0, min(size, (name_w - 8) / longest))  # a long fund name shrinks the table, never overlaps
    whole = total(funds) if grand is None else grand
    tot = gbp(whole) if pound_cells else gbp(whole, "bare")
    rows.append([total_label, *([""] if isin else []), "", "", tot])
    return table(c, h, x, y, cols, rows, size=size, bold_rows=(len(rows) - 1,))


def address_window(c, h: float, x: float, y: float, who: list[str], font: str = "Helvetica") -> float:
    """A postal address block; returns the y below it."""
    return lines(c, h, x, y, who, font, 10, 13)


def adviser_window(w: World) -> tuple[dict, list[str]]:
    """A fictional adviser firm and its postal address lines (replies go to the adviser)."""
    firm = w.firm()
    return firm, [firm["adviser"], firm["name"], *firm["lines"], firm["postcode"]]
