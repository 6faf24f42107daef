"""A yearly statement's "Statement year" gives the period's start (labels.yaml period_start).

OCR may drop the dash between the two dates ("01/07/2025 30/06/2026"); the first date still starts
the year. Drawn with reportlab; names and numbers are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of


@pytest.mark.parametrize("period", ["01/07/2025 - 30/06/2026", "01/07/2025 30/06/2026"])
def test_the_statement_year_starts_the_period(tmp_path, options, period):
    rows = [
        (60, 60, "Your SIPP in drawdown: yearly statement", "Helvetica-Bold"),
        (60, 100, "Mr Declan Lathom"), (340, 100, "Plan number"), (430, 100, "GP72463635"),
        (60, 114, "139 Mill Race Road"), (340, 114, "Statement year"), (430, 114, period),
        (60, 128, "Norwich NR4 9NX"),
        (60, 170, "Value on 30 June 2026"), (400, 170, "£13,151.96"),
    ]  # fmt: skip
    assert record_of(tmp_path, options, rows).period_start == "2025-07-01"


def test_a_bonus_year_is_the_period_not_the_policys_start_and_maturity(tmp_path, options):
    # an endowment's table prints the policy's start and maturity dates; the bonus year is the period
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"), (330, 60, "Bonus year 29 January 2025 to 28 January 2026"),
        (60, 100, "Ms Tamsin Mcintyre"), (60, 113, "13 Willow Garth, Shrewsbury, SY3 3YB"),
        (60, 150, "Policy number"), (200, 150, "Start date"), (330, 150, "Maturity date"),
        (60, 164, "WP/612097"), (200, 164, "01/03/1996"), (330, 164, "01/03/2021"),
        (60, 200, "What your policy is worth on 28 January 2026", "Helvetica-Bold"),
        (60, 220, "Policy value"), (400, 220, "£33,595.84"),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert (record.period_start, record.valuation_date) == ("2025-01-29", "2026-01-28")
