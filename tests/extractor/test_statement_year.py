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
