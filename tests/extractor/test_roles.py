"""What an amount is by its wording (extractor/roles.py, labels.yaml `value_roles`)."""

from __future__ import annotations

import pytest

from provcheck.extractor.found import Found
from provcheck.extractor.roles import holdings_total, outranks, prefer_holdings_total, value_role
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


def test_the_holdings_total_picks_among_the_plan_values() -> None:
    holdings = [Holding(value="6000.00"), Holding(value="5000.00")]
    assert holdings_total(holdings) == "11000.00"
    assert holdings_total([*holdings, Holding(value=None)]) is None  # a row without a value: no total
    first = _found("10800.00")
    first.others = [_found("11000.00", "closing")]
    found = {"plan_value": first, "holdings": _found(holdings)}  # type: ignore[arg-type]
    prefer_holdings_total(found)
    assert found["plan_value"].value == "11000.00" and [f.value for f in found["plan_value"].others] == ["10800.00"]
    # an opening value that the funds happen to add up to is still not the plan value
    closing = _found("11200.00", "closing")
    closing.others = [_found("11000.00", "opening")]
    found = {"plan_value": closing, "holdings": _found(holdings)}  # type: ignore[arg-type]
    prefer_holdings_total(found)
    assert found["plan_value"].value == "11200.00"
