"""A statement period said in a sentence dates the values, not the letter's own date (issue 10).

A statement may print no "Statement period" label and say the period in running text instead
("This statement covers the period 10 May 2025 to 9 May 2026"), while a "Statement date" label
dates the letter later. spec/record.md dates a statement's values at its period's end. Each
statement is drawn here with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Annual Pension Statement", "Helvetica-Bold"),
    (60, 95, "Client name:  Mrs Carys Pryce"),
    (60, 111, "Plan number:  JH55120094"),
    (60, 127, "Plan type:  Personal pension"),
    (60, 143, "Statement date:  12 June 2026"),
    (60, 191, "Plan value:  £21,450.00"),
]




@pytest.mark.parametrize(
    "sentence",
    [
        "This statement covers the period 10 May 2025 to 9 May 2026.",
        "For the period 10 May 2025 to 9 May 2026 your plan grew as shown below.",
        "Statement for the period from 10 May 2025 to 9 May 2026",
        "For the period 2025-05-10 to 2026-05-09",
    ],
)
def test_the_period_said_in_a_sentence_dates_the_values(tmp_path, options, sentence):
    assert str(record_of(tmp_path, options, [*HEAD, (60, 170, sentence)]).valuation_date) == "2026-05-09"


def test_a_date_range_no_period_wording_introduces_is_no_period(tmp_path, options):
    # A bare range is no statement period: the letter's own date stands. (A range after "from" or
    # "between" is read as the period, since labels.yaml lists those as period wordings.)
    record = record_of(tmp_path, options, [*HEAD, (60, 170, "Reduced fund charges applied 10 May 2025 to 9 May 2026.")])
    assert str(record.valuation_date) == "2026-06-12"


@pytest.mark.parametrize(
    "sentence",
    [
        "This statement covers the bond year from May 10, 2025 to May 9, 2026.",
        "For the period from May 10th, 2025 to May 9th, 2026 your bond grew as shown below.",
    ],
)
def test_a_month_first_period_dates_the_values(tmp_path, options, sentence):
    # "May 9, 2026": the month first, as parse_date reads it, in a period said in running text
    assert str(record_of(tmp_path, options, [*HEAD, (60, 170, sentence)]).valuation_date) == "2026-05-09"
