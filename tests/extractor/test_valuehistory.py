"""A table of a plan's values on several dates: the newest row gives the values (extractor/valuehistory.py, issue 10).

Each table is drawn here with reportlab (tests/extractor/drawn_rows.py), its rows newest last or
newest first; the names, numbers and amounts are invented and the expected values written here.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of

HEAD = [
    (60, 60, "Annual Statement", "Helvetica-Bold"),
    (60, 95, "Client name:  Mr Oskar Lindqvist"),
    (60, 111, "Policy number:  QB70411928"),
    (60, 127, "Plan type:  Onshore investment bond"),
]
COLUMNS = [(60, 150, "Date"), (200, 150, "Policy value"), (340, 150, "Surrender value (£)")]
ROWS = [
    ("05/04/2024", "£40,100.00", "£39,000.00"),
    ("05/04/2025", "£44,250.10", "£43,010.00"),
    ("05/04/2026", "£48,900.55", "£47,700.25"),
]


def _drawn(rows: list[tuple[str, str, str]]) -> list[tuple]:
    out = list(COLUMNS)
    for i, (date, value, surrender) in enumerate(rows):
        top = 166 + 16 * i
        out += [(60, top, date), (200, top, value), (340, top, surrender)]
    return out


def test_the_newest_row_last(tmp_path, options):
    record = record_of(tmp_path, options, [*HEAD, *_drawn(ROWS)])
    assert (record.plan_value, record.transfer_value) == ("48900.55", "47700.25")


def test_the_newest_row_first(tmp_path, options):
    record = record_of(tmp_path, options, [*HEAD, *_drawn(ROWS[::-1])])
    assert (record.plan_value, record.transfer_value) == ("48900.55", "47700.25")


def test_the_newest_date_is_the_valuation_date(tmp_path, options):
    record = record_of(tmp_path, options, [*HEAD, *_drawn(ROWS[::-1])])
    assert record.valuation_date == "2026-04-05"


def test_a_labelled_value_wins_over_the_history(tmp_path, options):
    rows = [*HEAD, (60, 135, "Plan value:  £49,000.00"), *_drawn(ROWS)]
    assert record_of(tmp_path, options, rows).plan_value == "49000.00"


def test_one_dated_row_is_no_history(tmp_path, options):
    # a heading over one row is a label above its value: the labelled finder's reading, not a history
    record = record_of(tmp_path, options, [*HEAD, *_drawn(ROWS[:1])])
    assert record.plan_value == "40100.00"
