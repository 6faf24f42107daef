"""A Lifetime ISA's tax-year statement: the tax year is the period, the direct debit the payment (labels.yaml).

The year's own end dates the closing value ("Value at 5 April 2026"), not the day the statement was
printed ("Statement date 14 April 2026"); the monthly direct debit is the regular payment, not the
allowance's "up to £1,000 a year". Drawn with reportlab; names and amounts are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def test_the_tax_year_and_the_direct_debit(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Wrap", "Helvetica-Bold"),
        (60, 100, "Mr Owen Thwaite"), (360, 100, "Account"), (460, 100, "27291334"),
        (60, 114, "5 Tanners Walk, Ipswich, IP4 0LD"), (360, 114, "Statement date"), (460, 114, "14 April 2026"),
        (60, 150, "Lifetime ISA statement", "Helvetica-Bold"),
        (60, 168, "Tax year 06/04/2025 to 05/04/2026"),
        (70, 190, "Value at 6 April 2025"), (400, 190, "£50,119.63"),
        (70, 204, "Value at 5 April 2026"), (400, 204, "£72,590.60"),
        (60, 236, "Your direct debit of £333.00 a month continues. You can pay in up to £4,000 each tax year; the"),
        (60, 250, "bonus is 25% of what you pay in, up to £1,000 a year."),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert (record.period_start, record.valuation_date) == ("2025-04-06", "2026-04-05")
    assert (str(record.regular_contribution), record.contribution_frequency) == ("333.00", "monthly")
