"""extractor/tablehead.py: a header band's columns are worked out once, for the headings in force.

`find_header` (every line, for `header_lines`) and `header_at` (the table finder) ask the same
band's columns; they are kept on the band's first line (issue 14's speed work). The kept answer
must follow the taught headings in force, be each caller's own copy, and be the uncached answer.
"""

from __future__ import annotations

from provcheck.extractor import tablehead as th
from provcheck.extractor.taughtheads import headings
from tests.extractor.column_docs import WORTH
from tests.extractor.tablelines import head, lines_of, row


def _spans(cols):
    return None if cols is None else [(c.name, c.x0, c.x1, c.currency, c.alt) for c in cols]


def test_find_header_and_header_at_give_the_uncached_columns_and_each_its_own_copy():
    lines = lines_of(
        [
            head((50, "Fund"), (250, "Units"), (330, "Price"), (420, "Value (£)")),
            row((50, "Alpha Fund"), (250, "10.00"), (330, "1.00"), (420, "10.00")),
        ]
    )
    first = th.find_header(lines[0])
    want = _spans(th._columns([lines[0]]))
    assert want is not None and [n for n, *_ in want] == ["fund_name", "units", "unit_price", "value"]
    assert _spans(first) == want
    first[0].name, first[-1].x1 = "changed", 0.0  # one caller's change reaches no other caller
    again = th.header_at(lines, 0)
    assert again is not None and again[1] == 0 and _spans(again[0]) == want


def test_a_band_kept_without_taught_headings_is_read_again_with_them():
    lines = lines_of([head((50, "Fund"), (250, "Units"), (330, WORTH))])
    assert th.find_header(lines[0]) is None  # no value heading of the bundled ones
    with headings([("value", WORTH)]):
        cols = th.find_header(lines[0])
        assert _spans(cols) == _spans(th._columns([lines[0]]))
        assert [c.name for c in cols] == ["fund_name", "units", "value"]
    assert th.find_header(lines[0]) is None  # the taught answer was not kept for the bundled headings
