"""A dated row of a statement's money-in-and-out list is an event, not the plan's standing figure.

A pension or bond statement lists what went in and out over the year, one dated row each
("15/12/2024   Contribution received   £651.80"). The row's description starts with a label word
("Contribution", "Premium"), but the amount is one payment on one day: spec/record.md's
regular_contribution is the amount paid each period, which such a list does not say. Each statement
is drawn here with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Annual Pension Statement", "Helvetica-Bold"),
    (60, 95, "Client name:  Mr Owain Pritchard"),
    (60, 111, "Plan number:  KD40021877"),
    (60, 127, "Plan type:  Personal pension"),
    (60, 143, "Statement date:  12 June 2026"),
    (60, 159, "Plan value:  £48,120.55"),
]

# (date, description, amount): the row layouts and date styles statements print
ROWS = [
    [("15/12/2025", "Contribution received", "£651.80"), ("15/12/2025", "Regular withdrawal", "£2,397.88")],
    [("15th Jan 2026", "Contribution", "1,380.56 GBP"), ("15th Jan 2026", "Dividend reinvested", "1,033.44 GBP")],
    [("December 15, 2025", "Premium received", "£ 1,216.43"), ("December 15, 2025", "Switch in", "£ 755.77")],
    [("15.07.2025", "Contributions paid in", "£904.36")],
]


def _money_in(rows: list[tuple[str, str, str]], top: int = 200) -> list[tuple]:
    out: list[tuple] = [(60, top, "Money in and out this year", "Helvetica-Bold")]
    for i, (date, what, amount) in enumerate(rows, start=1):
        out += [(60, top + 16 * i, date), (200, top + 16 * i, what), (430, top + 16 * i, amount)]
    return out


@pytest.mark.parametrize("rows", ROWS)
def test_a_dated_payment_row_is_no_regular_contribution(tmp_path, options, rows):
    assert record_of(tmp_path, options, [*HEAD, *_money_in(rows)]).regular_contribution is None


@pytest.mark.parametrize("rows", ROWS)
def test_the_sentence_under_the_rows_gives_the_contribution(tmp_path, options, rows):
    said = (60, 330, "Your regular contribution is £125.00 each month.")
    record = record_of(tmp_path, options, [*HEAD, *_money_in(rows), said])
    assert (str(record.regular_contribution), record.contribution_frequency) == ("125.00", "monthly")


@pytest.mark.parametrize("rows", ROWS)
def test_a_labelled_contribution_above_the_rows_stands(tmp_path, options, rows):
    label = [(60, 175, "Regular contribution:"), (200, 175, "£210.00 a month")]
    record = record_of(tmp_path, options, [*HEAD, *label, *_money_in(rows)])
    assert (str(record.regular_contribution), record.contribution_frequency) == ("210.00", "monthly")
