"""The arithmetic a document states: holdings add up, units x price = value, transfer vs plan value.

`holdings_sum`: the holdings' values sum to the plan value within the pack's tolerance.
`units_price`: each holding's units x unit price is its value (or, for a price in pence, /100).
`transfer_below_value`: a transfer value below the plan value can signal an exit fee (spec/domain.md).
Each check needs all its numbers; a missing or malformed one skips it (`required` and
`number_format` report those).
"""

from __future__ import annotations

from decimal import Decimal

from provcheck.models import Issue, Record
from provcheck.rules.pack import SumRule, TransferRule, UnitsPriceRule
from provcheck.validators._base import Context, issue, money, parse_decimal


def _dec(x: float) -> Decimal:
    return Decimal(str(x))


def check_holdings_sum(record: Record, rule: SumRule, ctx: Context) -> list[Issue]:
    """An issue when the holdings' values do not add up to the plan value."""
    if not ctx.has("holdings") or not record.holdings:
        return []
    plan = parse_decimal(record.plan_value)
    values = [parse_decimal(h.value) for h in record.holdings]
    if plan is None or any(v is None for v in values):
        return []
    total = sum(values, Decimal(0))  # type: ignore[arg-type]
    if abs(total - plan) <= _dec(rule.tolerance):
        return []
    n = len(values)
    message = (
        f"The {n} holding{'s add' if n != 1 else ' adds'} up to {money(total)}, "
        f"but the plan value is {money(plan)} (a difference of {money(abs(total - plan))}). "
        f"Check the holdings table and the plan value on {ctx.doc_name}; a fund may be missing or misread."
    )
    return [issue("holdings_sum", rule, "plan_value", message)]


def units_price_agrees(units: Decimal, price: Decimal, value: Decimal, rule: UnitsPriceRule) -> bool:
    """Whether units x price is `value` within the rule's tolerances (or /100 for a pence price)."""
    allowed = max(_dec(rule.tolerance), _dec(rule.relative_tolerance) * abs(value))
    products = [units * price] + ([units * price / 100] if rule.pence_prices else [])
    return any(abs(p - value) <= allowed for p in products)


def check_units_price(record: Record, rule: UnitsPriceRule, ctx: Context) -> list[Issue]:
    """One issue per holding whose units x unit price is not its value."""
    if not ctx.has("holdings"):
        return []
    out = []
    for i, h in enumerate(record.holdings):
        units, price, value = parse_decimal(h.units), parse_decimal(h.unit_price), parse_decimal(h.value)
        if units is None or price is None or value is None or units_price_agrees(units, price, value, rule):
            continue
        fund = f" ({h.fund_name})" if h.fund_name else ""
        message = (
            f"Holding {i + 1}{fund}: {h.units} units at {h.unit_price} make {money(units * price)}, "
            f"but its value is {money(value)}. Check the units, price and value on {ctx.doc_name}."
        )
        out.append(issue("units_price", rule, f"holdings[{i}].value", message))
    return out


def check_transfer_value(record: Record, rule: TransferRule, ctx: Context) -> list[Issue]:
    """A warning when the transfer value is below the plan value by more than the tolerance."""
    if not ctx.has("transfer_value"):
        return []
    transfer, plan = parse_decimal(record.transfer_value), parse_decimal(record.plan_value)
    if transfer is None or plan is None or plan - transfer <= _dec(rule.tolerance):
        return []
    message = (
        f"Transfer value {money(transfer)} is {money(plan - transfer)} below the plan value {money(plan)}: "
        "this can mean an exit fee or a market value reduction. Check the plan's exit charges with the "
        "provider before recommending a transfer."
    )
    return [issue("transfer_below_value", rule, "transfer_value", message)]
