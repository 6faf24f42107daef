"""What an amount is by its wording (extractor/roles.py, labels.yaml `value_roles`)."""

from __future__ import annotations

import pytest

from provcheck.extractor.found import Found
from provcheck.extractor.roles import holdings_total, outranks, value_role
from provcheck.models import Holding


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Value at start of period", "opening"),
        ("Opening value £9,000.00", "opening"),
        ("Value at the end of the period", "closing"),
        ("Total value", "closing"),
        ("Projected value at retirement", "projection"),
        ("Fund value at age 65", "projection"),
        ("Illustration", "projection"),
        ("Plan value", None),
        ("Fund value", None),
    ],
)
def test_value_role(text: str, role: str | None) -> None:
    assert value_role(text) == role


def test_only_an_opening_value_gives_way() -> None:
    assert outranks("closing", "opening") and outranks(None, "opening")
    assert not outranks("opening", "opening") and not outranks("opening", None) and not outranks(None, "closing")


def _found(value: str, role: str | None = None) -> Found:
    return Found(value, 1, [], 1.0, "text", role=role)


def test_the_holdings_total_is_the_sum_of_every_rows_value() -> None:
    holdings = [Holding(value="6000.00"), Holding(value="5000.00")]
    assert holdings_total(holdings) == "11000.00"
    assert holdings_total([*holdings, Holding(value=None)]) is None  # a row without a value: no total
