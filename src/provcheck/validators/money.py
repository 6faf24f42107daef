"""The arithmetic a document states: holdings add up, units x price = value, transfer vs plan value.

`holdings_sum`: the holdings' values sum to the plan value within the pack's tolerance.
`units_price`: each holding's units x unit price is its value; a price the document marks in pence
(`price_currency` `GBX`) is divided by 100, one marked `GBP` is not, and an unmarked one may be
either when the pack allows `pence_prices`. A price that agrees only in the other unit from its mark's
(a hundredfold out) is a warning: the mark was likely read from a neighbouring cell.
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


def _products(units: Decimal, price: Decimal, rule: UnitsPriceRule, currency: str | None) -> list[Decimal]:
    if currency == "GBX":
        return [units * price / 100]
    if currency == "GBP":
        return [units * price]
    return [units * price] + ([units * price / 100] if rule.pence_prices else [])


def units_price_agrees(
    units: Decimal, price: Decimal, value: Decimal, rule: UnitsPriceRule, currency: str | None = None
) -> bool:
    """Whether units x price is `value` within the rule's tolerances.

    Args:
        units: The holding's units.
        price: Its unit price as printed.
        value: Its value in pounds.
        rule: The pack's rule (tolerances; `pence_prices` for an unmarked price).
        currency: The holding's `price_currency`: `GBX` divides the price by 100, `GBP` does not,
            None tries both when the rule allows pence prices.
    """
    allowed = max(_dec(rule.tolerance), _dec(rule.relative_tolerance) * abs(value))
    return any(abs(p - value) <= allowed for p in _products(units, price, rule, currency))


def check_units_price(record: Record, rule: UnitsPriceRule, ctx: Context) -> list[Issue]:
    """One issue per holding whose units x unit price is not its value."""
    if not ctx.has("holdings"):
        return []
    out = []
    for i, h in enumerate(record.holdings):
        units, price, value = parse_decimal(h.units), parse_decimal(h.unit_price), parse_decimal(h.value)
        if units is None or price is None or value is None:
            continue
        if units_price_agrees(units, price, value, rule, h.price_currency):
            continue
        fund = f" ({h.fund_name})" if h.fund_name else ""
        pence = h.price_currency == "GBX"
        made = units * price / 100 if pence else units * price
        message = (
            f"Holding {i + 1}{fund}: {h.units} units at {h.unit_price}{'p' if pence else ''} make {money(made)}, "
            f"but its value is {money(value)}. Check the units, price and value on {ctx.doc_name}."
        )
        found = issue("units_price", rule, f"holdings[{i}].value", message)
        other_unit = _OTHER.get(h.price_currency or "")
        if other_unit and units_price_agrees(units, price, value, rule, other_unit):
            # the sum is right a hundredfold out: the price is in the other unit from the one it was
            # taken to be in (a "£" of the value column beside a "Price (p)" heading), a doubt of the
            # reading, not a sure error on the paper (spec/record.md "Sure and unsure")
            other = "pence" if h.price_currency == "GBP" else "pounds"
            doubt = f" Not sure: read as {other}, the price makes the value; check which the price is quoted in."
            found = found.model_copy(update={"severity": "warning", "message": message + doubt})
        out.append(found)
    return out


_OTHER = {"GBP": "GBX", "GBX": "GBP"}


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
