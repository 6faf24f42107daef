"""The truth tests' shared checkers reject what they are there to reject."""

import pytest

from tests.truthcheck import assert_holdings_add_up, isin_ok, sedol_ok


def test_isin_check_rejects_a_bad_digit_and_a_bad_shape():
    assert isin_ok("US0378331005") and isin_ok("GB00B15KXQ89")
    assert not isin_ok("US0373831005")  # two digits swapped
    assert not isin_ok("US037833100") and not isin_ok("0S0378331005")


def test_sedol_check_rejects_a_bad_digit():
    assert sedol_ok("B15KXQ8") and sedol_ok("0263494")
    assert not sedol_ok("B15KXQ7")


def test_holdings_that_do_not_make_the_plan_value_are_refused():
    row = {"value": "150.00", "units": "100.0", "unit_price": "150.0", "price_currency": "GBX", "isin": None}
    assert_holdings_add_up({"holdings": [row], "plan_value": "150.00"})  # pence priced: 100 x 150p
    with pytest.raises(AssertionError):
        assert_holdings_add_up({"holdings": [row], "plan_value": "151.00"})
    with pytest.raises(AssertionError):
        assert_holdings_add_up({"holdings": [{**row, "price_currency": "GBP"}], "plan_value": "150.00"})
