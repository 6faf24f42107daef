"""Labels as UK statements, platform and bond valuations and LoA replies print them (issue 10).

Each wording is printed on a drawn statement (wording_docs.py) in every layout, the other lines
unchanged; the field must read the printed value and every other line must still read its own.
Where the wordings come from (public pages; short generic phrases, no texts copied):
- the holder and the plan number by role: a provider asks for "full name, date of birth and your
  member number" (civilservicepensionscheme.org.uk/members/annual-benefit-statement); an LoA to a
  scheme names the "member's name, membership number / National Insurance number, date of birth,
  full address" (cms.nhsbsa.nhs.uk/letter-authority-policy-amendment); an ISA manager holds the
  account investor's full name, address, date of birth and NI number and "the number allocated to
  the account" (legislation.gov.uk/uksi/1998/1870/regulation/31); a bond's "life assured"
  (scottishwidows.co.uk/investments/investment_bond/faqs.html); a "bond number" (Zurich's bond
  surrender form, docplayer.net/amp/15637318).
- values: a pot, "total plan" or "fund value", and the "transfer value" of the pot if moved or cashed
  in (blossapp.com/how-to-understand-your-pension-statement); "current fund value (or transfer
  value)" (globalinvestments.net/uk-pensions/guides/pension-benefit-statement-explained); a
  workplace scheme's "retirement savings" (seimastertrust.co.uk, understanding yearly statements).
- plan types: retirement annuity contracts, also "Section 226" or "s226" pensions, the personal
  pension of before July 1988 (moneyhelper.org.uk, how retirement annuity contracts work); a group
  SIPP an employer enrols staff into (HL Vantage terms, docplayer.net/5697139); HL's "Fund and
  Share Account" (hl.co.uk help pages) is its general investment account.
"""

from __future__ import annotations

import pytest

from tests.extractor.wording_docs import ADVISER_ADDRESS, BASE, LAYOUTS, base_lines, check, statement, with_line


def _read(tmp_path, options, field: str, label: str, value: str, layout: str) -> dict:
    # sent to the adviser, so the client's name is only where the label puts it
    path = statement(tmp_path / "s.pdf", with_line(field, label, value), layout, address=ADVISER_ADDRESS)
    doc_type, record = check(path, options)
    assert doc_type == "annual_statement"
    for f, _, _, want in BASE:
        if f != field:
            assert record[f] == want, (f, label, layout)
    return record


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "label", ["Name of applicant", "Life/lives assured", "Principal account holder", "Name(s) of policyholder(s)"]
)
def test_the_holder_named_by_role(tmp_path, options, label, layout):
    assert _read(tmp_path, options, "client_name", label, "Mrs Carys Pryce", layout)["client_name"] == "Carys Pryce"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", ["Member DOB", "Policyholder DOB", "Client DOB"])
def test_a_date_of_birth_under_the_holders_role(tmp_path, options, label, layout):
    pairs = [*base_lines(), (label, "14/03/1961")]
    _, record = check(statement(tmp_path / "s.pdf", pairs, layout), options)
    assert record["client_dob"] == "1961-03-14"
    assert record["valuation_date"] == "2026-04-05"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", ["Wrapper number", "Member ID", "Account ID", "Product number", "Policy number(s)"])
def test_a_wrapper_or_member_number(tmp_path, options, label, layout):
    assert _read(tmp_path, options, "policy_number", label, "KL55120094", layout)["policy_number"] == "KL55120094"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "label",
    ["Quotation date", "Date valued", "Statement to", "Year ending", "Statement period ending", "Date of values"],
)
def test_when_the_figures_hold(tmp_path, options, label, layout):
    record = _read(tmp_path, options, "valuation_date", label, "5 April 2026", layout)
    assert record["valuation_date"] == "2026-04-05"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "label",
    ["Accumulated fund", "Your savings", "Your retirement savings", "ISA value", "SIPP value", "Wrapper value",
     "Total investments", "Pension value", "Bond valuation", "Value at the end of the statement period"],
)  # fmt: skip
def test_the_pot_by_its_other_names(tmp_path, options, label, layout):
    assert _read(tmp_path, options, "plan_value", label, "£21,450.00", layout)["plan_value"] == "21450.00"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "label", ["Cash equivalent", "Value available for transfer", "Value on surrender", "Value if cashed in"]
)
def test_what_moving_or_cashing_in_would_pay(tmp_path, options, label, layout):
    assert _read(tmp_path, options, "transfer_value", label, "£20,980.00", layout)["transfer_value"] == "20980.00"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", ["Monthly subscription", "Regular premiums", "Monthly direct debit"])
def test_payments_in_by_their_other_names(tmp_path, options, label, layout):
    pairs = [*base_lines(), (label, "£150.00")]
    _, record = check(statement(tmp_path / "s.pdf", pairs, layout), options)
    assert record["regular_contribution"] == "150.00"
    assert record["plan_value"] == "21450.00"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", ["Administration charge", "Account charge", "Wrapper charge", "Custody charge"])
def test_a_platforms_own_charge(tmp_path, options, label, layout):
    pairs = [*base_lines(), (label, "0.35%")]
    _, record = check(statement(tmp_path / "s.pdf", pairs, layout), options)
    assert record["annual_charge_percent"] == "0.35"


@pytest.mark.parametrize(
    ("printed", "plan_type"),
    [
        ("Retirement Annuity Contract", "personal_pension"),
        ("Section 226 Retirement Annuity", "personal_pension"),
        ("Section 32 Buy Out Bond", "personal_pension"),
        ("Income Drawdown Plan", "personal_pension"),
        ("Executive Pension Plan", "workplace_pension"),
        ("Group SIPP", "workplace_pension"),
        ("Group Stakeholder Pension", "workplace_pension"),
        ("Fund and Share Account", "gia"),
        ("Unit Trust Account", "gia"),
        ("With Profits Bond", "onshore_bond"),
        ("Unit Linked Bond", "onshore_bond"),
    ],
)
def test_older_and_rarer_plan_names(tmp_path, options, printed, plan_type):
    for layout in ("inline", "table"):
        assert _read(tmp_path, options, "plan_type", "Plan type", printed, layout)["plan_type"] == plan_type



@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "label",
    ["Correspondence address held", "Address we hold", "Address on file", "Address on our records",  # on file
     "Plan holder's address", "Policy holder's address", "Account holder's address"],  # the holder's, by role
)  # fmt: skip
def test_the_address_a_provider_holds(tmp_path, options, label, layout):
    pairs = [*base_lines(), (label, "97 Chapel Way, Church End, Bearsden, G61 5UP")]
    _, record = check(statement(tmp_path / "s.pdf", pairs, layout, address=ADVISER_ADDRESS), options)
    assert (record["client_address"], record["client_postcode"]) == ("97 Chapel Way, Church End, Bearsden", "G61 5UP")
    assert (record["policy_number"], record["plan_type"]) == ("KL55120094", "personal_pension")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", ["Bond type", "Type of bond"])
@pytest.mark.parametrize(("printed", "plan_type"), [("Onshore Investment Bond", "onshore_bond"),
                                                    ("International Bond", "offshore_bond")])
def test_a_bonds_type(tmp_path, options, label, printed, plan_type, layout):
    assert _read(tmp_path, options, "plan_type", label, printed, layout)["plan_type"] == plan_type


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_bare_account_label_over_its_number(tmp_path, options, layout):
    # a platform's "Account  SIP-16204328": a number under "Account" is the plan's number
    record = _read(tmp_path, options, "policy_number", "Account", "SIP-16204328", layout)
    assert record["policy_number"] == "SIP-16204328"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_product_under_a_bare_account_label_is_the_plan_type(tmp_path, options, layout):
    record = _read(tmp_path, options, "plan_type", "Account", "Stocks and Shares ISA", layout)
    assert record["plan_type"] == "isa"
