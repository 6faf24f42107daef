"""A statement's table per wrapper, each closed by its own total, is one holdings list (extractor/tabletotals.py).

Platforms keep a cash facility and funds in each wrapper, ISA, GIA and pension alike (public page:
https://platform.quilter.com/investments-and-funds/fund-research-and-information/interest-rates-on-cash/),
and a consolidated valuation prints each wrapper's holdings under its name with its total.
"""

from __future__ import annotations

from provcheck.extractor.tables import find_holdings
from tests.extractor.tablelines import head, lines_of, row, title

HEADER = head((50, "Fund"), (250, "Units"), (330, "Price"), (450, "Value"))


def _fund(name: str, units: str, price: str, value: str):  # noqa: ANN202
    return row((50, name), (250, units), (330, price), (450, value))


def _total(label: str, value: str):  # noqa: ANN202
    return [(50.0, label), (450.0, value)], True


def test_each_wrappers_holdings_under_its_own_total_are_read() -> None:
    lines = lines_of(
        [
            HEADER,
            _fund("Alder Growth Acc", "100.0000", "2.0000", "200.00"),
            _fund("Birch Income Inc", "250.0000", "1.0000", "250.00"),
            _total("Total Stocks and Shares ISA", "450.00"),
            title("General Investment Account"),
            HEADER,
            _fund("Cedar Bond Acc", "40.0000", "5.0000", "200.00"),
            row((50, "Cash facility"), (450, "12.50")),
            _total("Total General Investment Account", "212.50"),
            _total("Portfolio total", "662.50"),
        ]
    )
    table = find_holdings([lines])
    assert table is not None
    names = [h.fund_name for h in table.holdings]
    assert names == ["Alder Growth Acc", "Birch Income Inc", "Cedar Bond Acc", "Cash facility"]
    assert table.total == "662.50"
    assert table.adds_up is True


def test_a_total_that_ends_the_table_still_ends_it_before_a_summary() -> None:
    lines = lines_of(
        [
            HEADER,
            _fund("Alder Growth Acc", "100.0000", "2.0000", "200.00"),
            _total("Total", "200.00"),
            title("Your plan over the year"),
            row((50, "Payments in"), (450, "100.00")),
            row((50, "Value at end of period"), (450, "200.00")),
        ]
    )
    table = find_holdings([lines])
    assert table is not None
    assert [h.fund_name for h in table.holdings] == ["Alder Growth Acc"]
    assert table.total == "200.00"


def test_a_total_named_after_its_group_is_no_holding() -> None:
    # "UK Equities total": the label ends with "total" (labels.yaml totals_after)
    lines = lines_of(
        [
            HEADER,
            title("UK Equities"),
            _fund("Alder Growth Acc", "100.0000", "2.0000", "200.00"),
            _total("UK Equities total", "200.00"),
            title("Fixed Interest"),
            _fund("Birch Income Inc", "250.0000", "1.0000", "250.00"),
            _total("Fixed Interest total", "250.00"),
            _total("Total", "450.00"),
        ]
    )
    table = find_holdings([lines])
    assert table is not None
    assert [h.fund_name for h in table.holdings] == ["Alder Growth Acc", "Birch Income Inc"]
    assert table.total == "450.00"


def test_a_later_wrappers_table_with_an_isin_column_more_adds_its_holdings() -> None:
    wide = head((50, "Fund"), (250, "Units"), (330, "Price"), (400, "Value"), (470, "ISIN"))
    lines = lines_of(
        [
            HEADER,
            _fund("Alder Growth Acc", "100.0000", "2.0000", "200.00"),
            _total("ISA total", "200.00"),
            ([(50.0, "Your pension investments are shown below, valued at the prices on the statement date.")], False),
            ([(50.0, "Past performance is not a guide to the future; the value of investments can fall.")], False),
            title("SIPP"),
            wide,
            row((50, "Birch Income Inc"), (250, "250.0000"), (330, "1.0000"), (400, "250.00"), (470, "GB00B0C0D017")),
            ([(50.0, "SIPP total"), (400.0, "250.00")], True),
        ]
    )
    table = find_holdings([lines])
    assert table is not None
    assert [(h.fund_name, h.isin) for h in table.holdings] == [
        ("Alder Growth Acc", None),
        ("Birch Income Inc", "GB00B0C0D017"),  # an invented code with a valid check digit
    ]
    assert table.total == "450.00"  # each table's own total, added up


def test_a_later_table_repeating_the_holdings_adds_nothing() -> None:
    rows = [
        _fund("Alder Growth Acc", "100.0000", "2.0000", "200.00"),
        _fund("Birch Income Inc", "250.0000", "1.0000", "250.00"),
    ]
    lines = lines_of(
        [HEADER, *rows, _total("Total", "450.00")]
        + [([(50.0, "The same funds are listed again below for your adviser's records and reference.")], False)]
        + [title("Summary of your funds"), HEADER, *rows]
    )
    table = find_holdings([lines])
    assert table is not None
    assert [h.fund_name for h in table.holdings] == ["Alder Growth Acc", "Birch Income Inc"]


def test_sub_headings_in_the_names_own_type_are_told_by_the_totals_that_name_them() -> None:
    # "UK Equities" set like a fund name: only "Total UK Equities" below says it heads a group, and the
    # first group's total, equal to the rows so far, does not end the table while more groups follow
    lines = lines_of(
        [
            HEADER,
            row((50, "UK Equities")),
            _fund("Alder Growth Acc", "100.0000", "2.0000", "200.00"),
            _total("Total UK Equities", "200.00"),
            row((50, "Fixed Interest")),
            _fund("Birch Income Inc", "250.0000", "1.0000", "250.00"),
            _fund("Cedar Bond Acc", "40.0000", "5.0000", "200.00"),
            _total("Fixed Interest total", "450.00"),
            _total("Total value of investments", "650.00"),
        ]
    )
    table = find_holdings([lines])
    assert table is not None
    assert [h.fund_name for h in table.holdings] == ["Alder Growth Acc", "Birch Income Inc", "Cedar Bond Acc"]
    assert table.total == "650.00"


def test_a_line_no_total_names_still_joins_the_fund_name_it_wraps() -> None:
    lines = lines_of(
        [
            HEADER,
            _fund("Alder Growth Pension", "100.0000", "2.0000", "200.00"),
            row((50, "Fund P")),
            _total("Total", "200.00"),
        ],
        pitch=11.0,
    )
    table = find_holdings([lines])
    assert table is not None
    assert [h.fund_name for h in table.holdings] == ["Alder Growth Pension Fund P"]


def _sized(cells: list[tuple[float, str]], size: float):  # noqa: ANN202
    return cells, False, size


def test_on_a_scan_a_wrapped_name_line_is_small_print_only_under_the_smallest_row() -> None:
    # OCR gives each word its line's ink height: a bracketed loss or a "£" in a row's numbers makes the
    # row taller, so rows measure 8.4 to 10.5 pt in one type; a wrapped "Fund P" (8.7) is a name
    cells = [(250, "100.0000"), (330, "2.0000"), (450, "200.00")]
    lines = lines_of(
        [
            HEADER,
            _sized([(50, "Alder Global Growth Pension"), *cells], 10.5),
            _sized([(50, "Fund P")], 8.7),
            _sized([(50, "Birch Income Pension"), (250, "50.0000"), (330, "2.0000"), (450, "(100.00)")], 10.5),
            _sized([(50, "Cedar Bond Pension"), *cells], 10.5),
            _sized([(50, "Deodar Gilt Pension"), *cells], 8.4),
            _sized([(50, "Prices are bid prices")], 6.0),
        ],
        pitch=11.0,
    )
    table = find_holdings([lines], ["ocr"])
    assert table is not None
    names = [h.fund_name for h in table.holdings]
    assert names[0] == "Alder Global Growth Pension Fund P"
    assert "Prices" not in " ".join(names)


def test_on_a_scan_a_name_running_on_under_a_full_row_is_its_name_however_small_ocr_measures_it():
    # OCR's em for a short line comes from its ink: "Portfolio 4 S6" measured 6.6 pt under rows of 10.8;
    # its row's name had no room for "Portfolio", so the name runs on; a note under a short name stays out
    cells = [(250, "100.0000"), (330, "2.0000"), (450, "200.00")]
    lines = lines_of(
        [
            HEADER,
            _sized([(50, "Kittiwake Multi-Asset Balanced"), *cells], 10.8),
            _sized([(50, "Portfolio 4 S6")], 6.6),
            _sized([(50, "Solent Japan Acc"), *cells], 10.8),
            _sized([(50, "Prices at 5 April")], 6.6),
        ],
        pitch=11.0,
    )
    table = find_holdings([lines], ["ocr"])
    assert table is not None
    names = [h.fund_name for h in table.holdings]
    assert names == ["Kittiwake Multi-Asset Balanced Portfolio 4 S6", "Solent Japan Acc"]
