import pytest

from provcheck.validators.numbers import check_number_format


@pytest.mark.parametrize(
    ("field", "value", "flagged"),
    [
        ("plan_value", "48211.07", False),
        ("plan_value", "48,211.07", True),
        ("plan_value", "£48211.07", True),
        ("plan_value", "48211.1", True),
        ("transfer_value", "-12.00", False),
        ("annual_charge_percent", "0.75", False),
        ("annual_charge_percent", "0.75%", True),
    ],
)
def test_record_numbers(record, ctx, pack, field, value, flagged):
    rec = record("loa_response")
    setattr(rec, field, value)
    issues = check_number_format(rec, pack.rules.number_format, ctx())
    assert [i.field for i in issues] == ([field] if flagged else [])


def test_holding_numbers(record, ctx, pack):
    rec = record("loa_response")
    rec.holdings[0].units = "1,000.0"
    rec.holdings[1].value = "2500"
    issues = check_number_format(rec, pack.rules.number_format, ctx())
    assert [i.field for i in issues] == ["holdings[0].units", "holdings[1].value"]
