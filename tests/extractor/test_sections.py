"""Whose details a label heads: the section map's headings (extractor/sections.py).

Lines are built here from words at given places (tests/extractor/tablelines.py), in plain type as
OCR gives them (no bold); names are invented.
"""

from __future__ import annotations

from provcheck.extractor.sections import SectionMap
from tests.extractor.tablelines import lines_of


def _row(*cells: tuple[float, str], size: float = 9.0, bold: bool = False):
    return list(cells), bold, size


def test_two_parties_named_side_by_side_head_two_columns():
    # "A About you ... B About your adviser" in plain type heads the left column and the right
    lines = lines_of([
        _row((45, "A About you (the planholder)"), (312, "B About your adviser")),
        _row((40, "Surname"), (308, "Firm name")),
        _row((44, "LATHOM"), (312, "Linnet Hill Financial Ltd")),
        _row((40, "Postcode"), (308, "Postcode")),
    ])  # fmt: skip
    sm = SectionMap([lines])
    left, right = lines[3].segments
    assert sm.section(1, left.top, left.x0, left.x1) == "client"
    assert sm.section(1, right.top, right.x0, right.x1) == "adviser"


def test_a_row_of_captions_in_larger_type_heads_no_section():
    # OCR may read a caption row larger than the body; "Date of birth" is a field's label, so the row
    # is captions, and "Firm address" does not make the left column the adviser's
    lines = lines_of([
        _row((45, "A About you (the planholder)"), (312, "B About your adviser")),
        _row((40, "Date of birth"), (308, "Firm address"), size=12.0),
        _row((44, "23-02-1951"), (312, "36 Market Place")),
        _row((40, "Postcode")),
    ])  # fmt: skip
    sm = SectionMap([lines])
    seg = lines[3].segments[0]
    assert sm.section(1, seg.top, seg.x0, seg.x1) == "client"


def test_a_value_under_a_smaller_caption_is_no_heading():
    # a form prints its values larger than their captions: "KENDAL" in capitals heads nothing
    lines = lines_of([
        _row((312, "B About your adviser"), bold=True),
        _row((308, "Firm address"), size=7.5),
        _row((312, "KENDAL"), size=10.0),
        _row((308, "Postcode"), size=7.5),
    ], pitch=12.0)  # fmt: skip
    sm = SectionMap([lines])
    seg = lines[3].segments[0]
    assert sm.section(1, seg.top, seg.x0, seg.x1) == "adviser"


def test_a_pages_own_headings_stop_the_last_pages_sign_off():
    page1 = lines_of([_row((60, "Yours sincerely")), _row((60, "Adviser Support Team"), bold=True)], pitch=40.0)
    page2 = lines_of([_row((50, "Plan summary"), bold=True, size=14.0), _row((392, "Postcode"))])
    sm = SectionMap([page1, page2])
    seg = page2[1].segments[0]
    assert sm.section(2, seg.top, seg.x0, seg.x1) == "other"
    # a page with no heading of its own above goes on under the last page's
    page3 = lines_of([_row((392, "Postcode"))])
    sm = SectionMap([page1, page3])
    seg = page3[0].segments[0]
    assert sm.section(2, seg.top, seg.x0, seg.x1) == "adviser"
