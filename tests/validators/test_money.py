from decimal import Decimal

import pytest

from provcheck.models import Holding
from provcheck.validators.money import (
    check_holdings_sum,
    check_transfer_value,
    check_units_price,
    units_price_agrees,
)


def test_clean_figures_pass(record, ctx, pack):
    for doc_type in ("loa_response", "annual_statement"):
        rec = record(doc_type)
        assert check_holdings_sum(rec, pack.rules.holdings_sum, ctx(doc_type)) == []
        assert check_units_price(rec, pack.rules.units_price, ctx(doc_type)) == []
        assert check_transfer_value(rec, pack.rules.transfer_below_value, ctx(doc_type)) == []


def test_holdings_that_do_not_add_up(record, ctx, pack):
    rec = record("loa_response")
    rec.plan_value = "5100.00"
    [issue] = check_holdings_sum(rec, pack.rules.holdings_sum, ctx())
    assert (issue.rule, issue.field, issue.severity) == ("holdings_sum", "plan_value", "error")
    assert "£5,000.00" in issue.message and "£5,100.00" in issue.message and "£100.00" in issue.message


def test_holdings_sum_tolerance(record, ctx, pack):
    rec = record("loa_response")
    rec.plan_value = "5000.99"  # within the default £1.00
    assert check_holdings_sum(rec, pack.rules.holdings_sum, ctx()) == []
    tight = pack.rules.holdings_sum.model_copy(update={"tolerance": 0.5})
    assert check_holdings_sum(rec, tight, ctx())


def test_holdings_sum_skips_incomplete_figures(record, ctx, pack):
    rec = record("loa_response")
    rec.plan_value = "9.99"
    rec.holdings = [*rec.holdings, Holding(fund_name="No value")]
    assert check_holdings_sum(rec, pack.rules.holdings_sum, ctx()) == []


def test_units_price(pack):
    rule = pack.rules.units_price
    assert units_price_agrees(Decimal("1234.5670"), Decimal("2.3456"), Decimal("2895.77"), rule)
    assert units_price_agrees(Decimal("1234.5670"), Decimal("234.56"), Decimal("2895.77"), rule)  # pence
    assert not units_price_agrees(Decimal("1234.5670"), Decimal("2.3456"), Decimal("3185.35"), rule)
    no_pence = rule.model_copy(update={"pence_prices": False})
    assert not units_price_agrees(Decimal("1234.5670"), Decimal("234.56"), Decimal("2895.77"), no_pence)


def test_units_price_follows_the_holdings_price_currency(pack):
    # spec/record.md "More decisions": a GBX price is pence (value = units x price / 100), a GBP one pounds
    rule = pack.rules.units_price
    units, value = Decimal("1234.5670"), Decimal("2895.77")
    assert units_price_agrees(units, Decimal("234.56"), value, rule, "GBX")
    assert not units_price_agrees(units, Decimal("2.3456"), value, rule, "GBX")
    assert units_price_agrees(units, Decimal("2.3456"), value, rule, "GBP")
    assert not units_price_agrees(units, Decimal("234.56"), value, rule, "GBP")  # a pence price marked pounds
    no_pence = rule.model_copy(update={"pence_prices": False})
    assert units_price_agrees(units, Decimal("234.56"), value, no_pence, "GBX")  # the mark, not the pack's guess


def test_units_price_issue_for_a_pence_price_shows_pence(record, ctx, pack):
    rec = record("annual_statement")
    h = rec.holdings[0]
    rec.holdings[0] = Holding(
        fund_name=h.fund_name, units="100", unit_price="250.00", value="300.00", price_currency="GBX"
    )
    [issue] = check_units_price(rec, pack.rules.units_price, ctx("annual_statement"))
    assert issue.field == "holdings[0].value"
    assert "100 units at 250.00p make £250.00" in issue.message


def test_units_price_issue_names_the_holding(record, ctx, pack):
    rec = record("annual_statement")
    rec.holdings[1].value = "2750.00"
    [issue] = check_units_price(rec, pack.rules.units_price, ctx("annual_statement"))
    assert issue.field == "holdings[1].value" and "UK Fund" in issue.message


@pytest.mark.parametrize(
    ("price", "currency", "value", "severity"),
    [
        ("878.96", "GBP", "27786.98", "warning"),  # a pence price taken for pounds: a hundredfold out
        ("8.7896", "GBX", "27786.98", "warning"),  # a pounds price taken for pence
        ("878.96", "GBP", "27000.00", "error"),  # out by neither: the paper's sum is wrong
        ("8.7896", "GBP", "2778.70", "error"),  # a tenfold slip is no unit mix-up
    ],
)
def test_a_price_right_only_in_the_other_unit_is_a_doubt(record, ctx, pack, price, currency, value, severity):
    rec = record("annual_statement")
    h = rec.holdings[0]
    rec.holdings[0] = Holding(
        fund_name=h.fund_name, units="3161.347", unit_price=price, value=value, price_currency=currency
    )
    [issue] = check_units_price(rec, pack.rules.units_price, ctx("annual_statement"))
    assert issue.severity == severity
    assert ("Not sure" in issue.message) is (severity == "warning")


def test_transfer_below_value_is_a_warning(record, ctx, pack):
    rec = record("loa_response")
    rec.transfer_value = "4500.00"
    [issue] = check_transfer_value(rec, pack.rules.transfer_below_value, ctx())
    assert (issue.field, issue.severity) == ("transfer_value", "warning")
    assert "exit" in issue.message and "£500.00" in issue.message
    rec.transfer_value = "5200.00"  # above the plan value: no exit fee signal
    assert check_transfer_value(rec, pack.rules.transfer_below_value, ctx()) == []
