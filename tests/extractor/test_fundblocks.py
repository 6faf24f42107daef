"""Funds listed as labelled blocks rather than a table (extractor/fundblocks.py).

A provider's reply may give each fund as "Fund name:", "Number of units:", "Unit price:" and
"Fund value:" lines; the labels are the holdings table's headings (labels.yaml holdings_columns).
End to end, tests/extractor/real_tables.py draws one ("fund-blocks-not-a-table").
"""

from __future__ import annotations

from provcheck.extractor.fundblocks import find_blocks
from tests.extractor.tablelines import lines_of, row


def _block(name: str, units: str, price: str, value: str) -> list:
    return [
        row((50, "Fund name:"), (200, name)),
        row((50, "Number of units:"), (200, units)),
        row((50, "Unit price:"), (200, price)),
        row((50, "Fund value:"), (200, value)),
    ]


def test_each_labelled_block_is_a_holding() -> None:
    lines = lines_of(
        _block("Alder Growth Acc", "1,234.5678", "245.30p", "£3,028.36")
        + _block("Birch Income Inc", "100.0000", "£2.0000", "£200.00")
    )
    table = find_blocks([lines])
    assert table is not None
    got = [(h.fund_name, h.units, h.unit_price, h.value, h.price_currency) for h in table.holdings]
    assert got == [
        ("Alder Growth Acc", "1234.5678", "245.30", "3028.36", "GBX"),
        ("Birch Income Inc", "100.0000", "2.0000", "200.00", "GBP"),
    ]
    assert len(table.rows) == 2 and table.page == 1


def test_an_isin_label_in_a_block_is_its_isin() -> None:
    # an invented code with a valid check digit (table_variants._isin), no real fund's
    lines = lines_of(
        [row((50, "Fund:"), (200, "Cedar Bond Acc")), row((50, "ISIN:"), (200, "GB00B0C0D017"))]
        + _block("Alder Growth Acc", "10.0000", "2.0000", "20.00")[1:]
    )
    table = find_blocks([lines])
    assert table is not None
    assert [(h.fund_name, h.isin) for h in table.holdings] == [("Cedar Bond Acc", "GB00B0C0D017")]


def test_a_plans_fund_and_value_lines_are_no_holdings_list() -> None:
    lines = lines_of([row((50, "Fund:"), (200, "Alder Growth Acc")), row((50, "Fund value:"), (200, "£3,028.36"))])
    assert find_blocks([lines]) is None


def test_a_block_far_from_its_fund_name_is_not_joined_to_it() -> None:
    far = [row((50, "Fund name:"), (200, "Alder Growth Acc"))] + [row((50, f"Note line {n} of the letter"))
                                                                   for n in range(4)]  # fmt: skip
    lines = lines_of(far + [row((50, "Number of units:"), (200, "10.0000")), row((50, "Fund value:"), (200, "£20.00"))])
    assert find_blocks([lines]) is None


def test_blocks_side_by_side_are_read_one_column_at_a_time() -> None:
    # two blocks a row, their labels on the same lines, the right one with an ISIN the left lacks
    lines = lines_of(
        [
            row((50, "Fund 1: Alder Growth Acc"), (300, "Fund 2: Birch Income Inc")),
            row((50, "Units held"), (200, "1,770.249"), (300, "ISIN"), (450, "GB00B0C0D017")),
            row((50, "Unit price"), (200, "£5.6574"), (300, "Units held"), (450, "839.883")),
            row((50, "Value"), (200, "£10,015.01"), (300, "Unit price"), (450, "£5.9906")),
            row((300, "Value"), (450, "£5,031.40")),
            row((50, "Fund 3: Cedar Bond Acc")),
            row((50, "Units held"), (200, "364.609")),
            row((50, "Value"), (200, "£1,626.27")),
        ]
    )
    table = find_blocks([lines])
    assert table is not None
    got = [(h.fund_name, h.isin, h.units, h.value) for h in table.holdings]
    assert got == [
        ("Alder Growth Acc", None, "1770.249", "10015.01"),
        ("Birch Income Inc", "GB00B0C0D017", "839.883", "5031.40"),
        ("Cedar Bond Acc", None, "364.609", "1626.27"),
    ]
