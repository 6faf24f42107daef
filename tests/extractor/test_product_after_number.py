"""The product a plan number's line names after the number is the plan type (accounts.py).

A bond statement may print "Contract no.: B629 042 49 Onshore Investment Bond" and no "Plan type"
label. Each statement is drawn here with reportlab; names and numbers are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Bond anniversary statement", "Helvetica-Bold"),
    (60, 95, "Policyholder:  Mr Huw Bevan"),
    (60, 175, "Valuation date:  6 January 2026"),
    (60, 191, "Bond value:  £94,594.11"),
]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Contract no.:  B629 042 49 Onshore Investment Bond", "onshore_bond"),
        ("Policy number:  0055 2024 International Portfolio Bond (offshore)", "offshore_bond"),
        ("Plan number:  331058-32  Stocks and Shares ISA", "isa"),
    ],
)
def test_the_product_after_the_number_is_the_plan_type(tmp_path, options, line, want):
    assert record_of(tmp_path, options, [*HEAD, (60, 127, line)]).plan_type == want


def test_a_second_number_line_still_names_the_product(tmp_path, options):
    # a reference printed first in the heading: the number's line further down still names the product
    rows = [(380, 75, "Plan reference 0203 2016"), (60, 127, "Contract no.:  0203 2016 Onshore Investment Bond")]
    assert record_of(tmp_path, options, [*HEAD, *rows]).plan_type == "onshore_bond"


def test_a_plan_type_label_wins_over_the_product_after_the_number(tmp_path, options):
    rows = [(60, 127, "Contract no.:  B629 042 49 Onshore Investment Bond"), (60, 143, "Plan type:  Offshore bond")]
    assert record_of(tmp_path, options, [*HEAD, *rows]).plan_type == "offshore_bond"


def test_the_product_before_the_number_under_a_bare_account_label(tmp_path, options):
    # a platform's tax and valuation pack: "Account: General Investment Account GA3367738" gives both
    record = record_of(tmp_path, options, [*HEAD, (60, 127, "Account: General Investment Account GA3367738")])
    assert (record.plan_type, record.policy_number) == ("gia", "GA3367738")
