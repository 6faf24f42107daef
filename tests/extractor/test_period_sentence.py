"""A statement period said in a sentence dates the values, not the letter's own date (issue 10).

A statement may print no "Statement period" label and say the period in running text instead
("This statement covers the period 10 May 2025 to 9 May 2026"), while a "Statement date" label
dates the letter later. spec/record.md dates a statement's values at its period's end. Each
statement is drawn here with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import CheckOptions, check_file

_, H = A4

HEAD = [
    (60, 60, "Annual Pension Statement", "Helvetica-Bold"),
    (60, 95, "Client name:  Mrs Carys Pryce"),
    (60, 111, "Plan number:  JH55120094"),
    (60, 127, "Plan type:  Personal pension"),
    (60, 143, "Statement date:  12 June 2026"),
    (60, 191, "Plan value:  £21,450.00"),
]


def _record(tmp_path: Path, options: CheckOptions, sentence: str):
    path = tmp_path / "s.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for row in [*HEAD, (60, 170, sentence)]:
        x, top, text = row[:3]
        font = row[3] if len(row) > 3 else "Helvetica"
        c.setFont(font, 14 if top < 80 else 10)
        c.drawString(x, H - top, text)
    c.save()
    result = check_file(path, options)
    assert result.record is not None, result.issues
    return result.record


@pytest.mark.parametrize(
    "sentence",
    [
        "This statement covers the period 10 May 2025 to 9 May 2026.",
        "For the period 10 May 2025 to 9 May 2026 your plan grew as shown below.",
        "Statement for the period from 10 May 2025 to 9 May 2026",
    ],
)
def test_the_period_said_in_a_sentence_dates_the_values(tmp_path, options, sentence):
    assert str(_record(tmp_path, options, sentence).valuation_date) == "2026-05-09"


def test_a_date_range_no_period_wording_introduces_is_no_period(tmp_path, options):
    # A bare range is no statement period: the letter's own date stands. (A range after "from" or
    # "between" is read as the period, since labels.yaml lists those as period wordings.)
    record = _record(tmp_path, options, "Reduced fund charges applied 10 May 2025 to 9 May 2026.")
    assert str(record.valuation_date) == "2026-06-12"
