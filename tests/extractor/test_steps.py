"""A period's two dates set apart with no dash between them (as OCR reads "15 May 2026 - 14 Aug 2026").

spec/record.md dates a statement's values at its period's end. Each statement is drawn here with
reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Quarterly valuation", "Helvetica-Bold"),
    (60, 95, "Client name:  Dr Nigel Tremayne"),
    (60, 111, "Account number:  2621618-GIA"),
    (60, 127, "Closing value:  £21,450.00"),
]


@pytest.mark.parametrize(("first", "second"), [("Fri 15 May 2026", "Fri 14 Aug 2026"), ("15/05/26", "14/08/26")])
def test_a_periods_second_date_after_a_gap_is_its_end(tmp_path, options, first, second):
    rows = [*HEAD, (60, 150, "Period"), (160, 150, first), (290, 150, second)]
    record = record_of(tmp_path, options, rows)
    assert str(record.period_start) == "2026-05-15"
    assert str(record.valuation_date) == "2026-08-14"


def test_words_before_the_next_date_leave_the_period_open(tmp_path, options):
    # "Issued 14 Aug 2026" beside the period is another date, not the period's end
    rows = [*HEAD, (60, 150, "Period"), (160, 150, "Fri 15 May 2026"), (290, 150, "Issued 14 Aug 2026")]
    assert str(record_of(tmp_path, options, rows).valuation_date) != "2026-08-14"
