"""A contributions table's total row is the regular contribution, in the column a frequency heads (contribtable.py).

An annual benefit statement prints a caption, columns "Each month" and "In the year", a row for the
member and for the employer, then "Total": the total under "Each month" is the contribution, monthly;
the year's sum is none. Each statement is drawn here with reportlab; names and amounts are invented.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.extractor.drawn_rows import record_of


def _right(x1: float, top: int, text: str) -> tuple:
    return (x1 - stringWidth(text, "Helvetica", 10), top, text)


def _statement(first: str, second: str) -> list[tuple]:
    rows = [
        (50, 40, "Kestrel Life", "Helvetica-Bold"),
        (50, 75, "Annual benefit statement", "Helvetica-Bold"),
        (50, 100, "Member"), (200, 100, "Eleanor Yardley"),
        (50, 114, "Plan number"), (200, 114, "GPP-216528-87"),
        (50, 128, "Statement date"), (200, 128, "23.06.2026"),
        (50, 142, "Value of your pension"), (200, 142, "£12,721.02"),
        (50, 170, "Contributions from 24.06.2025 to 23.06.2026"),
        _right(387, 190, first), _right(497, 190, second),
    ]
    for k, (who, a, b) in enumerate([("You", "£94.75", "£1,137.00"),
                                     ("Harrowgate Engineering Ltd", "£94.75", "£1,137.00"),
                                     ("Total", "£189.50", "£2,274.00")]):
        rows += [(53, 204 + 14 * k, who), _right(387, 204 + 14 * k, a), _right(497, 204 + 14 * k, b)]
    return rows


@pytest.mark.parametrize(("first", "second", "want"), [
    ("Each month", "In the year", ("189.50", "monthly")),
    ("In the year", "Each month", ("2274.00", "monthly")),  # the column under the frequency, wherever it is
])
def test_the_total_under_a_frequency_is_the_contribution(tmp_path, options, first, second, want):
    record = record_of(tmp_path, options, _statement(first, second))
    assert (record.regular_contribution, record.contribution_frequency) == want


def test_a_table_whose_columns_name_no_frequency_gives_no_contribution(tmp_path, options):
    record = record_of(tmp_path, options, _statement("This year", "Last year"))
    assert (record.regular_contribution, record.contribution_frequency) == (None, None)
