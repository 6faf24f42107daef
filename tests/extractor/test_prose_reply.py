"""A reply that tells the plan in prose: its worth on a day, its payments, its number over the funds.

"We hold a Personal Pension Plan ... It was taken out on 26 November 2006. On 12 April 2026 the
plan was worth £974,526.47 ... Payments of £2,292.00 are made a year." The day the plan was worth
its value is the valuation date (labels.yaml `patterns`), not the day it was taken out; payments
are the regular contribution, their frequency the words after the sum in the same sentence; a
"Plan 3930 146 111 - ..." line heading the funds is the plan's number, no plan-type label. Each
letter is drawn here with reportlab (wording_docs.letter); names and figures are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.wording_docs import check, letter

OPENING = [
    "We hold a Personal Pension Plan, number P56285943, for Mrs Carys Pryce, born 14 March 1961.",
    "It was taken out on 26 November 2006.",
]


def test_the_day_the_plan_was_worth_its_value_dates_it(tmp_path, options):
    body = [*OPENING, "On 12 April 2026 the plan was worth £974,526.47 and its transfer value on the same",
            "day was £970,000.00."]
    _, record = check(letter(tmp_path / "r.pdf", body), options)
    assert (record["valuation_date"], record["plan_value"]) == ("2026-04-12", "974526.47")


@pytest.mark.parametrize(
    ("sentence", "amount", "frequency"),
    [
        ("Payments of £2,292.00 are made a year. Our annual management charge is 0.90% of the fund.",
         "2292.00", "annually"),
        ("Payments of £2,040.00 are made each quarter. Our annual management charge is 0.60%.",
         "2040.00", "quarterly"),
        ("Payments of £150.00 are made monthly by direct debit.", "150.00", "monthly"),
        # the next sentence's "annual" charge says nothing of how often the payments are made
        ("Contributions of £75.00. Our annual management charge is 1.15%.", "75.00", None),
    ],
)  # fmt: skip
def test_payments_and_how_often_they_are_made(tmp_path, options, sentence, amount, frequency):
    _, record = check(letter(tmp_path / "r.pdf", [*OPENING, sentence]), options)
    assert (record["regular_contribution"], record.get("contribution_frequency")) == (amount, frequency)


def test_the_plans_number_over_its_funds_is_no_plan_type_label(tmp_path, options):
    body = [*OPENING, "", "Plan 3930 146 111 - Carys Pryce", "Investments held (continued)"]
    _, record = check(letter(tmp_path / "r.pdf", body), options)
    assert record["plan_type"] == "personal_pension"
