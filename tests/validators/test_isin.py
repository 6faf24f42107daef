import pytest

from provcheck.models import Holding
from provcheck.validators.isin import check_isin, isin_problem, isin_valid, luhn_ok, sedol_valid


# Examples from spec/domain.md (and the public ISIN/SEDOL literature they come from).
@pytest.mark.parametrize(
    ("isin", "valid"),
    [
        ("US0378331005", True),
        ("US0373831005", False),
        ("AU0000XVGZA3", True),
        ("GB00B15KXQ89", True),
        ("GB00B15KXQ88", False),
        ("US037833100", False),
        ("US03783310055", False),
        ("1S0378331005", False),
    ],
)
def test_isin_valid(isin, valid):
    assert isin_valid(isin) is valid


@pytest.mark.parametrize(
    ("sedol", "valid"),
    [
        ("B15KXQ8", True),
        ("B15KXQ7", False),
        ("0263494", True),
        ("0263495", False),
        ("A15KXQ8", False),
    ],
)
def test_sedol_valid(sedol, valid):
    assert sedol_valid(sedol) is valid


def test_luhn():
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")


def test_gb_isin_with_bad_embedded_sedol_is_flagged():
    # GB00 + a SEDOL with a wrong check digit + an ISIN check digit computed for that body.
    body = "GB00B15KXQ7"
    digit = next(d for d in "0123456789" if isin_valid(body + d))
    problem = isin_problem(body + digit)
    assert problem is not None and "SEDOL" in problem


def test_issue_per_bad_holding_names_its_index(record, ctx, pack):
    rec = record("loa_response")
    rec.holdings.append(Holding(fund_name="Bad", isin="US0373831005", units="1", unit_price="1", value="1.00"))
    issues = check_isin(rec, pack.rules.isin, ctx())
    assert [i.field for i in issues] == ["holdings[2].isin"]
    assert "US0373831005" in issues[0].message and "holding 3" in issues[0].message


def test_clean_holdings_pass(record, ctx, pack):
    assert check_isin(record("annual_statement"), pack.rules.isin, ctx("annual_statement")) == []
