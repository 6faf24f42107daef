"""Money moved during the period is no regular contribution (labels.yaml `value_roles.movement`, roles.py).

A drawdown statement reports the year's contributions received and the income paid out
(moneyhelper.org.uk on pension drawdown); neither is what is paid in each month, which the
statement says in a sentence of its own. Drawn here with reportlab; names and amounts are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Your SIPP in drawdown: yearly statement", "Helvetica-Bold"),
    (60, 95, "Mr Alastair Tremlett"),
    (60, 111, "50 Heather Bank, Stirling, FK8 3RX"),
    (60, 150, "Plan number:  538-33641"),
    (60, 180, "What happened this year", "Helvetica-Bold"),
    (60, 196, "Value on 1 July 2025"), (400, 196, "£49,859.80"),
    (60, 210, "Drawdown income paid (£400.00 gross a month)"), (400, 210, "-£4,800.00"),
    (60, 224, "Contributions received"), (400, 224, "£2,880.00"),
    (60, 238, "Value on 30 June 2026"), (400, 238, "£47,944.92"),
]
NEXT_INCOME = (60, 290, "Your next income payment of £400.00 is due on the first working day of next month.")


def test_the_years_contributions_received_are_not_the_monthly_payment(tmp_path, options):
    rows = [*HEAD, (60, 270, "You pay £240.00 a month into your SIPP by direct debit."), NEXT_INCOME]
    record = record_of(tmp_path, options, rows)
    assert (str(record.regular_contribution), record.contribution_frequency) == ("240.00", "monthly")


@pytest.mark.parametrize("extra", [[], [NEXT_INCOME]], ids=["summary-only", "next-income"])
def test_income_paid_out_gives_no_contribution(tmp_path, options, extra):
    no_contributions = [r for r in HEAD if r[1] != 224]
    record = record_of(tmp_path, options, [*no_contributions, *extra])
    assert record.regular_contribution is None
