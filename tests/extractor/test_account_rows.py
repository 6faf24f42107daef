"""A valuation's summary of accounts gives the plan's type, number and value with no label (accounts.py).

A platform's valuation lists one line an account ("Stocks and Shares ISA   PP30813883   £98,106.58")
before the detail of the first. Each statement is drawn here with reportlab in several layouts;
names, numbers and amounts are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Annual Statement", "Helvetica-Bold"),
    (60, 95, "Mrs Elin Castell"),
    (60, 111, "4 Bryn Road"),
    (60, 127, "Conwy"),
    (60, 143, "LL32 8TT"),
    (60, 175, "Valuation date:  5 April 2026"),
    (60, 205, "Summary of your accounts", "Helvetica-Bold"),
]


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        # the number in its own column
        ([(60, 225, "Stocks and Shares ISA"), (260, 225, "PP30813883"), (450, 225, "£98,106.58")],
         ("isa", "PP30813883", "98106.58")),
        # the number printed in groups after the product, the value far right
        ([(60, 225, "Self-Invested Personal Pension B232 791 68"), (450, 225, "£197,394.99")],
         ("sipp", "B23279168", "197394.99")),
        # a cash account under it is no plan: the first account is the one valued
        ([(60, 225, "General Investment Account 048111-81"), (450, 225, "56,253.31 GBP"),
          (60, 241, "Cash account (not part of this valuation) C8094065"), (450, 241, "£7,366.15")],
         ("gia", "048111-81", "56253.31")),
    ],
)
def test_the_account_line_gives_type_number_and_value(tmp_path, options, rows, want):
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert (record.plan_type, record.policy_number, str(record.plan_value)) == want


def test_a_line_whose_product_is_no_plan_type_gives_nothing(tmp_path, options):
    rows = [(60, 225, "Cash account C8094065"), (450, 225, "£7,366.15")]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert (record.policy_number, record.plan_value) == (None, None)


def test_a_labelled_plan_number_and_value_stand_over_the_summary(tmp_path, options):
    rows = [(60, 225, "Stocks and Shares ISA"), (260, 225, "PP30813883"), (450, 225, "£98,106.58"),
            (60, 260, "Plan number:  ISA-7745120"), (60, 276, "Plan value:  £98,106.58")]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert (record.policy_number, str(record.plan_value)) == ("ISA-7745120", "98106.58")


def test_opening_and_closing_values_side_by_side_give_the_closing_one(tmp_path, options):
    rows = [(60, 225, "Stocks and Shares ISA"), (260, 225, "PP30813883"), (380, 225, "£91,400.12"),
            (470, 225, "£98,106.58")]
    record = record_of(tmp_path, options, [*HEAD, *rows])
    assert (record.policy_number, str(record.plan_value)) == ("PP30813883", "98106.58")


def test_under_dated_value_headings_the_holdings_name_the_account_and_its_closing_value(tmp_path, options):
    summary = [
        (60, 225, "Account"), (220, 225, "Account number"), (340, 225, "Value (GBP) 01/07/2026"),
        (460, 225, "Value (GBP) 28/09/2026"),
        (60, 241, "Self Invested Personal Pension"), (220, 241, "SIPP-QX8761168"), (360, 241, "194,800.03"),
        (480, 241, "191,636.45"),
        (60, 257, "Stocks and Shares ISA"), (220, 257, "ISA-QX311026"), (360, 257, "147,244.19"),
        (480, 257, "143,909.86"),
    ]
    table = [
        (60, 320, "Fund"), (300, 320, "Units"), (380, 320, "Price"), (470, 320, "Value"),
        (60, 336, "Aldgate Global Equity"), (300, 336, "50000.000"), (380, 336, "2.0000"), (470, 336, "100,000.00"),
        (60, 352, "Aldgate Managed Bond"), (300, 352, "45781.815"), (380, 352, "2.0000"), (470, 352, "91,563.63"),
        (60, 368, "Cash"), (470, 368, "72.82"),
        (60, 384, "Total"), (470, 384, "191,636.45"),
    ]
    record = record_of(tmp_path, options, [*HEAD[:5], *summary, *table])
    assert (record.plan_type, record.policy_number, str(record.plan_value)) == ("sipp", "SIPP-QX8761168", "191636.45")


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("Self Invested Personal Pension - P8779186E", ("sipp", "P8779186E")),
        ("Stocks and Shares ISA – LB 2073 9410", ("isa", "LB20739410")),
    ],
)
def test_a_plans_own_heading_gives_its_type_and_number(tmp_path, options, heading, want):
    # a reply that gives one plan's details under its heading, with no "Plan number" or "Plan type" label
    rows = [*HEAD[:5], (60, 205, heading, "Helvetica-Bold"), (60, 225, "Valuation date: 10 May 2026"),
            (60, 241, "Total plan value: £36,233.15")]
    record = record_of(tmp_path, options, rows)
    assert (record.plan_type, record.policy_number) == want


@pytest.mark.parametrize("heading", ["Stocks and Shares ISA - 2025/26", "Personal Pension - 05/04/2026"])
def test_a_heading_naming_a_tax_year_or_date_names_no_plan_number(tmp_path, options, heading):
    rows = [*HEAD[:5], (60, 205, heading, "Helvetica-Bold"), (60, 241, "Total plan value: £36,233.15")]
    assert record_of(tmp_path, options, rows).policy_number is None
