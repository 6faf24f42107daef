import datetime as dt

import pytest

from provcheck.validators.dates import (
    age_on,
    check_date_format,
    check_dob_age,
    check_future_date,
    check_period_order,
)

AS_OF = dt.date(2026, 11, 1)


def test_age_on_counts_whole_years():
    assert age_on(dt.date(2000, 11, 1), AS_OF) == 26
    assert age_on(dt.date(2000, 11, 2), AS_OF) == 25
    assert age_on(dt.date(2000, 2, 29), dt.date(2026, 2, 28)) == 25


@pytest.mark.parametrize("value", ["1961-02-30", "14/03/1961", "1961-3-14", "2026-13-01", "yesterday"])
def test_unparseable_dates_are_flagged(record, ctx, pack, value):
    rec = record("loa")
    rec.client_dob = value
    [issue] = check_date_format(rec, pack.rules.date_format, ctx("loa"))
    assert issue.field == "client_dob" and value in issue.message


def test_valid_dates_pass_format(record, ctx, pack):
    for doc_type in ("loa", "loa_response", "annual_statement"):
        assert check_date_format(record(doc_type), pack.rules.date_format, ctx(doc_type)) == []


@pytest.mark.parametrize(
    ("dob", "flagged"),
    [
        ("2010-11-01", False),  # 16 exactly on the reference date
        ("2010-11-02", True),  # 15
        ("1916-11-02", False),  # 109
        ("1916-11-01", False),  # 110
        ("1915-11-01", True),  # 111
        ("2027-01-01", True),  # not born yet
    ],
)
def test_dob_age_bounds(record, ctx, pack, dob, flagged):
    rec = record("loa")
    rec.client_dob = dob
    issues = check_dob_age(rec, pack.rules.dob_age, ctx("loa"))
    assert bool(issues) is flagged
    if flagged:
        assert issues[0].field == "client_dob" and dob in issues[0].message


def test_dob_age_uses_pack_thresholds(record, ctx, pack):
    rec = record("loa")
    rec.client_dob = "2006-01-01"  # 20
    strict = pack.rules.dob_age.model_copy(update={"min_age": 21})
    assert check_dob_age(rec, strict, ctx("loa"))
    assert not check_dob_age(rec, pack.rules.dob_age, ctx("loa"))


def test_future_dates(record, ctx, pack):
    rec = record("annual_statement")
    rec.valuation_date = "2026-11-02"
    rec.period_start = "2026-11-01"  # today is not the future
    issues = check_future_date(rec, pack.rules.future_date, ctx("annual_statement"))
    assert [i.field for i in issues] == ["valuation_date"]
    loa = record("loa")
    loa.date_signed = "2027-01-01"
    assert [i.field for i in check_future_date(loa, pack.rules.future_date, ctx("loa"))] == ["date_signed"]


def test_dates_follow_as_of_not_the_clock(record, ctx, pack):
    rec = record("loa_response")
    assert check_future_date(rec, pack.rules.future_date, ctx(as_of=dt.date(2026, 9, 29)))
    assert not check_future_date(rec, pack.rules.future_date, ctx(as_of=dt.date(2026, 9, 30)))


def test_period_order(record, ctx, pack):
    rec = record("annual_statement")
    assert check_period_order(rec, pack.rules.period_order, ctx("annual_statement")) == []
    rec.period_start = "2026-10-01"
    [issue] = check_period_order(rec, pack.rules.period_order, ctx("annual_statement"))
    assert issue.field == "period_start"
