"""A table titled as dealings (a bond's fund switch, transactions) is no holdings table (extractor/tabletitles.py).

An Aviva-style investment bond statement reports the year's fund switches (public page:
http://www.royallondongroup.co.uk/RLCIS/Investments/Investment-Bond/ , "switch the fund(s)") in
tables with a holding's own columns; only their titles tell them from the holdings.
"""

from __future__ import annotations

import pytest

from provcheck.extractor.tables import find_holdings
from provcheck.extractor.tabletitles import other_title
from tests.extractor.tablelines import head, lines_of, row, title

HEADER = head((50, "Fund"), (250, "Units"), (330, "Price"), (450, "Value"))


def _fund(name: str, units: str, price: str, value: str):  # noqa: ANN202
    return row((50, name), (250, units), (330, price), (450, value))


@pytest.mark.parametrize(
    ("text", "dealing"),
    [
        ("Funds switched out", True),
        ("Switches you made this year", True),
        ("Transactions this year", True),
        ("Units bought", True),
        ("Your funds after the switch", False),
        ("Your investments", False),
        ("Stocks and Shares ISA", False),
        ("Switch charge 25.00", False),  # an amount: a row, not a title
    ],
)
def test_dealing_titles(text: str, dealing: bool) -> None:
    (line,) = lines_of([([(50, text)], True)])
    assert other_title(line) is dealing


def test_a_switch_table_above_the_holdings_is_passed_over() -> None:
    lines = lines_of(
        [
            title("Funds switched out"),
            HEADER,
            _fund("Ouseburn Japan Value Acc", "100.0000", "2.0000", "200.00"),
            title("Your funds on the statement date"),
            HEADER,
            _fund("Alder Growth Acc", "100.0000", "2.0000", "200.00"),
            _fund("Birch Income Inc", "250.0000", "1.0000", "250.00"),
        ]
    )
    table = find_holdings([lines])
    assert table is not None
    assert [h.fund_name for h in table.holdings] == ["Alder Growth Acc", "Birch Income Inc"]


def test_a_switch_table_below_the_holdings_ends_them() -> None:
    lines = lines_of(
        [
            HEADER,
            _fund("Alder Growth Acc", "100.0000", "2.0000", "200.00"),
            _fund("Birch Income Inc", "250.0000", "1.0000", "250.00"),
            title("Funds switched in"),
            HEADER,
            _fund("Cedar Bond Acc", "40.0000", "5.0000", "200.00"),
        ]
    )
    table = find_holdings([lines])
    assert table is not None
    assert [h.fund_name for h in table.holdings] == ["Alder Growth Acc", "Birch Income Inc"]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Your funds at the start of the period (1 April 2024)", True),  # names funds, yet earlier ones
        ("Holdings at your last statement", True),
        ("Your funds at the end of the period (31 March 2025)", False),
    ],
)
def test_titles_of_the_funds_held_earlier(text: str, earlier: bool) -> None:
    (line,) = lines_of([([(50, text)], True)])
    assert other_title(line) is earlier
