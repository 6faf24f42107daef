"""`number_format`: money, percentages and unit figures are plain decimal strings (spec/record.md).

Money is `"1234.56"` (two places, no symbol or commas); a charge is a percent like `"0.75"`;
units and prices are decimal strings as printed. The money checks skip a value that fails here.
"""

from __future__ import annotations

import re

from provcheck.models import Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue, parse_decimal

_MONEY = re.compile(r"^-?\d+\.\d{2}$")
_MONEY_FIELDS = {
    "plan_value": "Plan value",
    "transfer_value": "Transfer value",
    "regular_contribution": "Contribution",
}


def _values(record: Record, ctx: Context) -> list[tuple[str, str, str, bool]]:
    """(field path, label, value, is money) for every number the doc type carries."""
    out: list[tuple[str, str, str, bool]] = []
    for field, label in _MONEY_FIELDS.items():
        value = getattr(record, field)
        if value is not None and ctx.has(field):
            out.append((field, label, value, True))
    if record.annual_charge_percent is not None and ctx.has("annual_charge_percent"):
        out.append(("annual_charge_percent", "Annual charge", record.annual_charge_percent, False))
    if ctx.has("holdings"):
        for i, h in enumerate(record.holdings):
            for name, value, is_money in (("units", h.units, False), ("unit_price", h.unit_price, False)):
                if value is not None:
                    out.append(
                        (
                            f"holdings[{i}].{name}",
                            f"Holding {i + 1} {name.replace('_', ' ')}",
                            value,
                            is_money,
                        )
                    )
            if h.value is not None:
                out.append((f"holdings[{i}].value", f"Holding {i + 1} value", h.value, True))
    return out


def check_number_format(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """One issue per number that is not a plain decimal (money: with exactly two places)."""
    out = []
    for field, label, value, is_money in _values(record, ctx):
        ok = _MONEY.match(value) if is_money else parse_decimal(value) is not None
        if ok:
            continue
        form = "an amount in pounds and pence" if is_money else "a number"
        message = f"{label} '{value}' is not {form}. Check the figure on {ctx.doc_name} and enter it correctly."
        out.append(issue("number_format", rule, field, message))
    return out
