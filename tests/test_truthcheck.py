"""The truth tests' shared checkers reject what they are there to reject."""

from tests.truthcheck import isin_ok, sedol_ok


def test_isin_check_rejects_a_bad_digit_and_a_bad_shape():
    assert isin_ok("US0378331005") and isin_ok("GB00B15KXQ89")
    assert not isin_ok("US0373831005")  # two digits swapped
    assert not isin_ok("US037833100") and not isin_ok("0S0378331005")


def test_sedol_check_rejects_a_bad_digit():
    assert sedol_ok("B15KXQ8") and sedol_ok("0263494")
    assert not sedol_ok("B15KXQ7")
