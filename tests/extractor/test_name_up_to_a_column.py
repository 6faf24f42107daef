"""A long fund name that runs up to the next column leaves that column's cell out (tablecells.assign).

A table with a left-aligned "Price date" or "SEDOL" column after the name: a long name ends one word
space short of it, so its last word and the cell read as one run of text. The cell starts where the
column's heading starts; the name stops there, unless the word there is no date or code (OCR places a
name's words loosely). Each statement is drawn here with reportlab; the funds and figures are invented.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from provcheck.extractor.document import Word
from provcheck.extractor.tablecells import assign
from provcheck.extractor.tablehead import Column
from tests.extractor.drawn_rows import record_of

LONG = "Eskdale Emerging Markets Leaders Pension"
ROWS = [  # name, cell, units, price, value
    ("Corrie Street Asia Pacific", "255.306", "5.3319", "1,361.27"),
    (LONG, "561.432", "1.6101", "903.96"),
    ("Stanegate North American Growth", "345.060", "3.2424", "1,118.82"),
]


@pytest.mark.parametrize(("heading", "cell"), [("Price date", "14 Jul 2026"), ("SEDOL", "BYJS9K5")])
def test_the_cell_after_a_long_name_is_the_columns(tmp_path, options, heading, cell):
    x = 60 + stringWidth(LONG, "Helvetica", 10) + 6  # one word space and a little after the long name
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"), (60, 75, "Annual statement", "Helvetica-Bold"),
        (60, 100, "Policyholder:  Mr Huw Bevan"), (60, 116, "Plan number:  KB481220"),
        (60, 132, "Valuation date:  14 July 2026"), (60, 148, "Plan value:  £3,384.05"),
        (60, 180, "Fund"), (x, 180, heading), (x + 90, 180, "Units"), (x + 150, 180, "Price (£)"),
        (x + 220, 180, "Value (£)"),
    ]
    for i, (name, units, price, value) in enumerate(ROWS):
        top = 196 + 16 * i
        rows += [(60, top, name), (x, top, cell), (x + 90, top, units), (x + 150, top, price), (x + 220, top, value)]
    rows += [(60, 196 + 16 * len(ROWS), "Total"), (x + 220, 196 + 16 * len(ROWS), "3,384.05")]
    record = record_of(tmp_path, options, rows)
    assert [h.fund_name for h in record.holdings] == [r[0] for r in ROWS]


def _words(*texts_at: tuple[str, float]) -> list[Word]:
    return [Word(t, x, 100, x + 5.5 * len(t), 111) for t, x in texts_at]


def test_a_name_word_where_a_column_starts_stays_in_the_name():
    # OCR places words loosely: a word of the name may land where a column starts; only a date or
    # a code (a word with a digit) is taken as set in the column
    cols = [Column("fund_name", 60, 155), Column("price_date", 160, 220), Column("value", 300, 340)]
    cells = assign(_words(("Tamarind", 60), ("Commercial", 99), ("Property", 160), ("Fund", 207), ("1,234.00", 300)),
                   cols)
    assert " ".join(w.text for w in cells["fund_name"]) == "Tamarind Commercial Property Fund"
    cells = assign(_words(("Ossory", 60), ("Gilt", 96), ("Series", 121), ("2", 160), ("1,234.00", 300)), cols)
    assert " ".join(w.text for w in cells["fund_name"]) == "Ossory Gilt Series 2"  # a name's own number
    cells = assign(_words(("Tamarind", 60), ("Commercial", 99), ("14", 160), ("Jul", 174), ("2026", 194),
                          ("1,234.00", 300)), cols)
    assert " ".join(w.text for w in cells["fund_name"]) == "Tamarind Commercial"
    assert " ".join(w.text for w in cells["price_date"]) == "14 Jul 2026"
