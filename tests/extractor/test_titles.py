"""The product a statement's heading names, when no label does (titles.py).

Statements drawn here with reportlab; the brand and product headings follow the way bond and ISA
statements open (brand, product, "Annual statement"); names and numbers are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

BODY = [
    (60, 150, "Annual statement", "Helvetica-Bold"),
    (60, 170, "Mrs Elin Castell"),
    (60, 186, "4 Bryn Road, Conwy, LL32 8TT"),
    (60, 220, "Policy number:  CLW8281937"),
    (60, 236, "Value at 8 July 2026:  £136,579.46"),
]


@pytest.mark.parametrize(
    ("heading", "want"),
    [("Investment bond", "onshore_bond"), ("International portfolio bond", "offshore_bond"),
     ("Stocks and Shares ISA", "isa")],
)  # fmt: skip
def test_the_heading_names_the_product(tmp_path, options, heading, want):
    record = record_of(tmp_path, options, [(60, 60, "Aldgate Life", "Helvetica-Bold"), (60, 90, heading), *BODY])
    assert record.plan_type == want


def test_a_labelled_plan_type_stands_over_the_heading(tmp_path, options):
    rows = [(60, 60, "Aldgate Life", "Helvetica-Bold"), (60, 90, "Investment bond"), *BODY,
            (60, 252, "Plan type:  Offshore bond")]  # fmt: skip
    assert record_of(tmp_path, options, rows).plan_type == "offshore_bond"


def test_a_heading_that_is_no_product_gives_none(tmp_path, options):
    rows = [(60, 60, "Aldgate Life", "Helvetica-Bold"), (60, 90, "Consolidated valuation pack"), *BODY]
    assert record_of(tmp_path, options, rows).plan_type is None


@pytest.mark.parametrize(
    ("header", "want"),
    [("Stocks and Shares ISA | Quarterly valuation | Summary", "isa"),
     ("General Investment Account | Quarterly valuation", "gia")],
)  # fmt: skip
def test_a_running_header_beside_the_brand_names_the_product(tmp_path, options, header, want):
    # the product, the document's name and the page's part joined by bars at the top right, level with the brand
    rows = [(60, 60, "Aldgate Life", "Helvetica-Bold"), (300, 60, header), *BODY]
    assert record_of(tmp_path, options, rows).plan_type == want


def test_a_bar_ocr_reads_as_a_lone_letter_cuts_the_header():
    from provcheck.extractor.titles import find_title_product
    from tests.extractor.tablelines import lines_of, row

    lines = lines_of([row((36, "AJ Bell"), (400, "Stocks and Shares ISA I Quarterly valuation I Summary"))])
    found = find_title_product([lines])
    assert found is not None and found[0] == "isa"
