"""How values are printed: the many ways UK paperwork writes dates, money, NI numbers and plan types.

The truth holds the normalised form of spec/record.md; these functions turn it into one of the
printed forms. Each takes the style choice explicitly so a document stays consistent with itself.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal

DATE_STYLES = ("dmy_slash", "d_month_y", "dth_month_y", "d_mon_y_dash", "dmy_dot", "d_mon_y")
MONEY_STYLES = ("pound", "pound", "pound", "gbp")

PLAN_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "personal_pension": ("Personal Pension Plan", "Personal Pension", "Individual Personal Pension"),
    "sipp": ("Self-Invested Personal Pension", "SIPP", "Self Invested Personal Pension (SIPP)"),
    "stakeholder_pension": ("Stakeholder Pension", "Stakeholder Pension Plan"),
    "workplace_pension": ("Group Personal Pension", "Workplace Pension", "Workplace Pension Plan"),
    "isa": ("Stocks and Shares ISA", "Stocks & Shares ISA", "Stocks and Shares Individual Savings Account"),
    "gia": ("General Investment Account", "GIA", "Investment Account"),
    "onshore_bond": ("Investment Bond", "Onshore Investment Bond", "Single Premium Investment Bond"),
    "offshore_bond": ("International Portfolio Bond", "Offshore Bond", "International Investment Bond"),
    "other": ("With-Profits Endowment", "Guaranteed Growth Plan"),
}
FREQUENCY_WORDS: dict[str, tuple[str, ...]] = {
    "monthly": ("monthly", "per month", "each month"),
    "quarterly": ("quarterly", "per quarter", "every quarter"),
    "annually": ("annually", "per year", "yearly"),
    "single": ("single", "single premium", "one-off"),
}

_CENT = Decimal("0.01")


def date(iso: str, style: str) -> str:
    """An ISO date printed in one UK style: `14/03/1961`, `14 March 1961`, `14th March 1961`, ..."""
    d = dt.date.fromisoformat(iso)
    month, mon = d.strftime("%B"), d.strftime("%b")
    if style == "dmy_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "d_month_y":
        return f"{d.day} {month} {d.year}"
    if style == "dth_month_y":
        return f"{d.day}{_ordinal_suffix(d.day)} {month} {d.year}"
    if style == "d_mon_y_dash":
        return f"{d.day:02d}-{mon}-{d.year}"
    if style == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "d_mon_y":
        return f"{d.day} {mon} {d.year}"
    raise ValueError(f"unknown date style {style!r}")


def money(value: str, style: str) -> str:
    """A money string `"48211.07"` as `£48,211.07`, `GBP 48,211.07` or `48,211.07` (style `bare`)."""
    amount = f"{Decimal(value):,.2f}"
    if style == "pound":
        return f"£{amount}"
    if style == "gbp":
        return f"GBP {amount}"
    if style == "bare":
        return amount
    raise ValueError(f"unknown money style {style!r}")


def decimal_text(value: str, thousands: bool) -> str:
    """A decimal string as printed in a table, keeping its places, with or without thousands commas."""
    if not thousands:
        return value
    whole, _, frac = value.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-') or '0'):,}"
    return f"{sign}{grouped}.{frac}" if frac else f"{sign}{grouped}"


def ni(value: str, spaced: bool) -> str:
    """An NI number, optionally spaced as HMRC prints it: `AB 12 34 56 C`."""
    if not spaced or len(value) != 9:
        return value
    return f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8:]}"


def percent(value: str) -> str:
    """A percent decimal string `"0.75"` as `0.75%`."""
    return f"{value}%"


def plan_type_words(plan_type: str, rng: random.Random) -> str:
    """One natural wording of a plan type."""
    return rng.choice(PLAN_TYPE_WORDS[plan_type])


def round_money(value: Decimal) -> Decimal:
    """Round half up to pence, the way statements round a holding's value."""
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _ordinal_suffix(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
