"""Holdings-table headers read by what their headings mean (extractor/tablehead.py)."""

from __future__ import annotations

import pytest

from provcheck.extractor.document import Page, Word
from provcheck.extractor.layout import build_lines
from provcheck.extractor.tablehead import column_of, find_header, header_at


def _lines(rows: list[list[tuple[float, str]]], top: float = 100.0, pitch: float = 11.0) -> list:
    """Lines of words at the given x positions (each word 5.5 pt a character), `pitch` apart."""
    words = []
    for i, row in enumerate(rows):
        y = top + i * pitch
        for x, text in row:
            x0 = x
            for part in text.split():
                words.append(Word(part, x0, y, x0 + 5.5 * len(part), y + 10, size=9.0))
                x0 += 5.5 * len(part) + 2.5
    return build_lines(Page(1, 595, 842, words))


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Number of units held", "units"),
        ("Qty", "units"),
        ("Price (p)", "unit_price"),
        ("Unit price (pence)", "unit_price"),
        ("Bid price (£)", "unit_price"),
        ("Market value (£)", "value"),
        ("Value at 31/03/2025", "value"),
        ("Value (%)", "weight"),
        ("% of portfolio", "weight"),
        ("Price date", "price_date"),
        ("Fund charge", "charge"),
        ("Book cost (£)", "cost"),
        ("Inc/Acc", "share_class"),
        ("SEDOL", "sedol"),
        ("ISIN", "isin"),
        ("Investment", "fund_name"),
        ("Amount invested", "cost"),
    ],
)
def test_headings_name_their_column(heading: str, kind: str) -> None:
    assert column_of(heading) == kind


def test_a_header_over_two_lines_is_read_as_one() -> None:
    lines = _lines(
        [
            [(300, "Number"), (400, "Price"), (480, "Value")],
            [(60, "Fund"), (300, "of units"), (400, "(pence)"), (480, "(£)")],
        ]
    )
    found = header_at(lines, 0)
    assert found is not None
    cols, last = found
    assert last == 1
    assert [c.name for c in cols] == ["fund_name", "units", "unit_price", "value"]
    assert find_header(lines[0]) is not None  # the top line alone names a price and a value
    # "(pence)" under "Price": the price column's prices are pence (issue 10), its top line alone does not say
    assert [c.currency for c in cols if c.name == "unit_price"] == ["GBX"]
    assert [c.currency for c in find_header(lines[0]) or [] if c.name == "unit_price"] == [None]


@pytest.mark.parametrize(
    ("heading", "currency"),
    [
        ("Price (p)", "GBX"),
        ("Bid price (p)", "GBX"),
        ("Unit price (pence)", "GBX"),
        ("Price (£)", "GBP"),
        ("Price", None),
    ],
)
def test_a_price_heading_carries_its_currency(heading: str, currency: str | None) -> None:
    cols = find_header(_lines([[(60, "Fund"), (300, "Units"), (400, heading), (500, "Value")]])[0])
    assert cols is not None
    assert [(c.name, c.currency) for c in cols if c.name == "unit_price"] == [("unit_price", currency)]


def test_a_sentence_above_a_header_is_not_part_of_it() -> None:
    lines = _lines(
        [
            [(56, "All prices are quoted in pence per unit.")],  # its words would stack as headings
            [(59, "Fund"), (306, "Units"), (390, "Price"), (510, "Value")],
        ],
        pitch=14.0,
    )
    assert header_at(lines, 0) is None
    found = header_at(lines, 1)
    assert found is not None and [c.name for c in found[0]] == ["fund_name", "units", "unit_price", "value"]


def test_columns_a_holding_has_no_field_for_are_kept_apart() -> None:
    line = _lines([[(60, "SEDOL"), (120, "Fund"), (300, "Units"), (360, "Price date"), (440, "Price"), (500, "Value")]])
    cols = find_header(line[0])
    assert cols is not None
    assert [c.name for c in cols] == ["sedol", "fund_name", "units", "price_date", "unit_price", "value"]


def test_a_fund_column_without_heading_is_supplied() -> None:
    cols = find_header(_lines([[(300, "Units held"), (400, "Price"), (480, "Value")]])[0])
    assert cols is not None
    assert cols[0].name == "fund_name"
    assert cols[0].x1 < 300


def test_a_bare_pound_sign_heads_the_values() -> None:
    cols = find_header(_lines([[(60, "Fund"), (300, "Units"), (400, "Price"), (480, "£")]])[0])
    assert cols is not None
    assert [c.name for c in cols] == ["fund_name", "units", "unit_price", "value"]


@pytest.mark.parametrize(
    "row",
    [
        [(60, "Value at start"), (200, "Payments in"), (330, "Charges"), (460, "Value at end")],  # a summary
        [(60, "Date"), (130, "Description"), (300, "Units"), (400, "Price"), (480, "Value")],  # transactions
        [(60, "Age"), (300, "Projected fund value"), (460, "Income")],  # a projection
    ],
)
def test_other_tables_are_no_holdings_header(row: list[tuple[float, str]]) -> None:
    assert find_header(_lines([row])[0]) is None


def test_headings_run_together_in_one_segment_are_not_prose():
    lines = _lines([[(51, "Fund name"), (261, "Fund code (ISIN) Number of units Bid price (£)"), (496, "Fund value")]])
    cols = find_header(lines[0])
    assert cols is not None
    assert [c.name for c in cols][:1] == ["fund_name"]
    assert {"isin", "units", "unit_price", "value"} <= {c.name for c in cols}


def test_a_lines_kept_header_tests_follow_its_words() -> None:
    # headerish and the value-heading test are kept on the line (issue 14); words replaced are read afresh
    header = _lines([[(60, "Fund"), (300, "Units"), (400, "Price"), (480, "Value")]])[0]
    prose = _lines([[(60, "Your plan was valued at £1,200.00 on 5 April 2025 as the letter says.")]])[0]
    assert find_header(header) is not None and header_at([header], 0) is not None
    assert find_header(prose) is None
    header.words, prose.words = prose.words, header.words
    header.segments, prose.segments = prose.segments, header.segments
    assert find_header(header) is None and header_at([header], 0) is None
    assert find_header(prose) is not None


def test_two_headings_a_narrow_gutter_ran_together_are_two_columns_though_close_to_one_heading() -> None:
    # "Value ISIN" in one segment is fuzzily close to "Value in £", yet it is a value and an ISIN column
    cols = find_header(_lines([[(60, "Investment"), (280, "Quantity"), (350, "Price"), (420, "Value ISIN")]])[0])
    assert cols is not None
    assert [c.name for c in cols] == ["fund_name", "units", "unit_price", "value", "isin"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Closing units", "units"),
        ("Units at end", "units"),
        ("Units at start", "movement"),
        ("Units bought / (sold)", "movement"),
        ("Book value", "cost"),
        ("Gain/(loss)", "cost"),
        ("Market price", "unit_price"),
        ("Valuation price", "unit_price"),
        ("Unit/share price", "unit_price"),
    ],
)
def test_headings_of_real_statements_name_their_column(heading: str, kind: str) -> None:
    # tests/extractor/real_tables.py names the public pages these layouts come from
    assert column_of(heading) == kind


@pytest.mark.parametrize(
    "heading", ["Units in fund", "Units in your plan", "Units in ISA", "Units (in thousands)", "Units in"]
)
def test_units_in_a_place_are_the_holdings_units_not_a_movement(heading: str) -> None:
    # a movement heading ("Units bought", "Opening units") is kept apart from the holding's units; a
    # bare "units in" among them made every "Units in ..." heading a movement and lost the units
    assert column_of(heading) == "units"


@pytest.mark.parametrize("heading", ["Units bought", "Opening units", "Units sold", "Units brought forward"])
def test_unit_movements_are_no_holdings_units(heading: str) -> None:
    assert column_of(heading) == "movement"


@pytest.mark.parametrize("heading", ["Units allocated", "Units purchased", "Units brought forward"])
def test_a_movement_heading_alone_heads_the_units_held(heading: str) -> None:
    # told from the units only beside them: with no other units column it is the plan's own units
    cols = find_header(_lines([[(60, "Fund"), (280, heading), (380, "Unit price"), (470, "Value")]])[0])
    assert cols is not None and [c.name for c in cols] == ["fund_name", "units", "unit_price", "value"]


def test_beside_closing_units_a_movement_heading_stays_apart() -> None:
    row = [(60, "Fund"), (200, "Units bought"), (290, "Closing units"), (380, "Price"), (470, "Value")]
    cols = find_header(_lines([row])[0])
    assert cols is not None and [c.name for c in cols] == ["fund_name", "movement", "units", "unit_price", "value"]
