"""Of two columns headed alike, the rows' arithmetic picks the holding's (extractor/tablepick.py).

Layouts from real statements (tests/extractor/real_tables.py names the pages): a bond's "Offer
price" beside its "Bid price", this statement's value beside the last one's, and a fund's value
in its own currency beside the value in pounds.
"""

from __future__ import annotations

from provcheck.extractor.tables import find_holdings
from tests.extractor.tablelines import head, lines_of, row

X = {"fund": 50.0, "units": 250.0, "a": 320.0, "b": 400.0, "value": 480.0}


def _prices(first: str, second: str, rows: list[tuple[str, str, str, str, str]]) -> list[str | None]:
    lines = lines_of(
        [head((X["fund"], "Fund"), (X["units"], "Units"), (X["a"], first), (X["b"], second), (X["value"], "Value"))]
        + [row((X["fund"], f), (X["units"], u), (X["a"], a), (X["b"], b), (X["value"], v)) for f, u, a, b, v in rows]
    )
    table = find_holdings([lines])
    assert table is not None
    return [h.unit_price for h in table.holdings]


BID_AGREES = [
    ("Alder Growth Acc", "100.0000", "2.1000", "2.0000", "200.00"),
    ("Birch Income Inc", "250.0000", "1.0500", "1.0000", "250.00"),
    ("Cedar Bond Acc", "40.0000", "5.2500", "5.0000", "200.00"),
]


def test_an_offer_price_before_the_bid_price_gives_way_to_the_price_the_value_was_worked_at() -> None:
    assert _prices("Offer price", "Bid price", BID_AGREES) == ["2.0000", "1.0000", "5.0000"]


def test_a_bid_price_before_the_offer_price_stays() -> None:
    swapped = [(f, u, b, a, v) for f, u, a, b, v in BID_AGREES]
    assert _prices("Bid price", "Offer price", swapped) == ["2.0000", "1.0000", "5.0000"]


def test_with_no_row_agreeing_the_first_price_column_stays() -> None:
    rows = [(f, u, a, b, "999.99") for f, u, a, b, _ in BID_AGREES]
    assert _prices("Offer price", "Bid price", rows) == ["2.1000", "1.0500", "5.2500"]


def test_this_statements_value_beats_the_last_ones_printed_after_it() -> None:
    lines = lines_of(
        [head((50, "Fund"), (250, "Units"), (320, "Price"), (400, "Value now"), (480, "Value last year"))]
        + [
            row((50, "Alder Growth Acc"), (250, "100.0000"), (320, "2.0000"), (400, "200.00"), (480, "180.00")),
            row((50, "Birch Income Inc"), (250, "250.0000"), (320, "1.0000"), (400, "250.00"), (480, "262.10")),
        ]
    )
    table = find_holdings([lines])
    assert table is not None
    assert [h.value for h in table.holdings] == ["200.00", "250.00"]


def test_beside_a_currency_column_the_value_in_pounds_beats_the_one_in_the_funds_currency() -> None:
    # the unmarked value is units x price in dollars: it agrees, yet the record's value is pounds
    lines = lines_of(
        [
            head(
                (50, "Fund"), (200, "Currency"), (260, "Units"), (320, "Price"), (380, "Value (£)"), (470, "Value")
            )
        ]
        + [
            row((50, "Alder US Equity"), (200, "USD"), (260, "100.0000"), (320, "2.5400"), (380, "200.00"),
                (470, "254.00")),
            row((50, "Birch US Bond"), (200, "USD"), (260, "50.0000"), (320, "1.2700"), (380, "50.00"),
                (470, "63.50")),
        ]  # fmt: skip
    )
    table = find_holdings([lines])
    assert table is not None
    assert [h.value for h in table.holdings] == ["200.00", "50.00"]
