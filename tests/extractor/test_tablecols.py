"""A units column whose heading OCR misread is named again by the rows' arithmetic (extractor/tablecols.py).

On a scan Tesseract reads the heading "Units" as a word no header knows ("Tinite", "Umts",
"Unlis"), so the column is `other` and its numbers are lost. Each expected units figure below
is checked against its row's price and value first, so a slip in the test data cannot pass.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from provcheck.extractor.document import Page, Word
from provcheck.extractor.layout import build_lines
from provcheck.extractor.tables import find_holdings
from tests.extractor.tablelines import head, lines_of, row

# (fund, units as printed, price, value): units x price (/ 100 in pence) = value
POUNDS = [
    ("Alder Growth Acc", "1,204.5000", "2.1000", "2529.45"),
    ("Birch Income Inc", "250.0000", "1.0520", "263.00"),
    ("Cedar Bond Acc", "40.1250", "5.2500", "210.66"),
]
PENCE = [
    ("Alder Growth Acc", "4632.3229", "322.004", "14916.27"),
    ("Birch Income Inc", "9398.1956", "358.527", "33695.07"),
    ("Cedar Bond Acc", "11524.1134", "465.658", "53662.96"),
]


def _agree(units: str, price: str, value: str, pence: bool) -> bool:
    product = Decimal(units.replace(",", "")) * Decimal(price) / (100 if pence else 1)
    return abs(product - Decimal(value)) <= Decimal("0.01")


def _read(headings: tuple[str, str, str, str], rows: list[tuple[str, str, str, str]], xs=(50, 250, 330, 420)):
    lines = lines_of(
        [head(*zip(xs, headings, strict=True))] + [row(*zip(xs, r, strict=True)) for r in rows]
    )
    table = find_holdings([lines], ["ocr"])
    assert table is not None
    return table.holdings


@pytest.mark.parametrize("heading", ["Tinite", "Umts", "Unlis (no.)"])
def test_a_misread_units_heading_is_named_by_the_arithmetic(heading: str) -> None:
    assert all(_agree(u, p, v, False) for _, u, p, v in POUNDS)
    got = _read(("Fund", heading, "Price", "Value"), POUNDS)
    assert [h.units for h in got] == [u.replace(",", "") for _, u, _, _ in POUNDS]


def test_in_pence_with_the_price_headings_mark_misread_too() -> None:
    # "Price (p)" read as "Price (ni": nothing says pence, the arithmetic agrees only in pence
    assert all(_agree(u, p, v, True) for _, u, p, v in PENCE)
    got = _read(("Fund name", "Tinite", "Price (ni", "Value (£)"), PENCE, xs=(56, 324, 413, 512))
    assert [h.units for h in got] == [u for _, u, _, _ in PENCE]
    assert [h.unit_price for h in got] == [p for _, _, p, _ in PENCE]


def test_a_point_lost_in_one_rows_units_is_mended_once_the_column_is_named() -> None:
    rows = [*PENCE[:2], ("Cedar Bond Acc", "115241134", "465.658", "53662.96")]  # "11524.1134" without its point
    got = _read(("Fund", "Tinite", "Price", "Value"), rows)
    assert [h.units for h in got] == ["4632.3229", "9398.1956", "11524.1134"]


def test_an_unnamed_column_the_arithmetic_does_not_bear_out_stays_unnamed() -> None:
    # a share of the portfolio in that place: its numbers times the price are not the value
    rows = [(f, share, p, v) for (f, _, p, v), share in zip(POUNDS, ("83.1", "8.6", "7.0"), strict=True)]
    got = _read(("Fund", "Weighting", "Price", "Value"), rows)
    assert [h.units for h in got] == [None, None, None]
    assert [h.value for h in got] == [v for _, _, _, v in POUNDS]


def test_one_agreeing_row_of_several_is_not_enough() -> None:
    rows = [POUNDS[0], *[(f, "12.5", p, v) for f, _, p, v in POUNDS[1:]], ("Dune Fund", "3.3", "1.0000", "40.00")]
    got = _read(("Fund", "Tinite", "Price", "Value"), rows)
    assert [h.units for h in got] == [None] * 4


# A scanned header whose units and price headings both came out as no word ("Bund | Tinite | Rid nrive
# | Value"): only the value column is named. Words are read by "OCR" (confidence below 1).
ISINS = ["GB00B3X7QG63", "GB00B4PQW151", "GB00B8N44J54"]  # real ISINs: their check digits hold


def _scanned(rows: list[list[tuple[float, str]]], conf: float = 0.9, top: float = 100.0) -> list:
    words = []
    for i, cells in enumerate(rows):
        y = top + i * 14.0
        for x, text in cells:
            x0 = x
            for part in text.split():
                words.append(Word(part, x0, y, x0 + 5.5 * len(part), y + 10, conf=conf, size=9.0, bold=i == 0))
                x0 += 5.5 * len(part) + 2.5
    return build_lines(Page(1, 595, 842, words))


GARBLED = [(56, "Bund"), (268, "Tinite"), (340, "Rid nrive"), (440, "Value")]


def _garbled_table(rows, header=GARBLED, conf: float = 0.9):
    xs = [x for x, _ in header]
    return _scanned([header] + [list(zip(xs, r, strict=True)) for r in rows], conf)


@pytest.mark.parametrize(("rows", "pence"), [(POUNDS, False), (PENCE, True)])
def test_a_header_naming_only_the_value_gets_units_and_prices_from_the_arithmetic(rows, pence) -> None:
    assert all(_agree(u, p, v, pence) for _, u, p, v in rows)
    table = find_holdings([_garbled_table(rows)], ["ocr"])
    assert table is not None
    assert [(h.fund_name, h.units, h.unit_price, h.value) for h in table.holdings] == [
        (f, u.replace(",", ""), p, v) for f, u, p, v in rows
    ]


def test_an_unheaded_isin_column_is_named_by_its_codes() -> None:
    header = [(56, "Buna"), (200, "1cIN"), (300, "linte"), (380, "lint nriee"), (470, "Valve")]
    rows = [(f, code, u, p, v) for (f, u, p, v), code in zip(PENCE, ISINS, strict=True)]
    table = find_holdings([_garbled_table(rows, header)], ["ocr"])
    assert table is not None
    assert [(h.isin, h.units, h.unit_price) for h in table.holdings] == [(c, u, p) for _, c, u, p, _ in rows]


def test_on_a_text_layer_such_a_header_is_no_holdings_header() -> None:
    # a text layer's words are as printed: headings that name no units or price head some other table
    assert find_holdings([_garbled_table(PENCE, conf=1.0)], ["text"]) is None


def test_a_scanned_table_headed_by_a_value_alone_whose_numbers_do_not_multiply_is_none() -> None:
    rows = [("Regular payment", "12", "2024", "561.00"), ("Single payment", "3", "2025", "2000.00")]
    table = find_holdings([_garbled_table(rows)], ["ocr"])
    assert table is None or not table.holdings


def test_the_named_columns_read_the_table_on_where_it_runs_over_a_page() -> None:
    first = _garbled_table(PENCE[:2]) + _scanned([[(56, "Continued on the next page")]], top=700.0)
    second = _garbled_table(PENCE[2:], header=[(56, "Bund"), (268, "senor"), (340, "arive wo"), (440, "Vole")])
    table = find_holdings([first, second], ["ocr", "ocr"])
    assert table is not None
    assert [h.units for h in table.holdings] == [u for _, u, _, _ in PENCE]


def test_a_header_naming_only_the_price_gets_units_and_values_from_the_arithmetic() -> None:
    # "Fund | ISIN | Units | Price | Value" read "Bund | 1cIN | line | Brice | Vahia": only "Brice" is near a heading
    header = [(56, "Bund"), (200, "1cIN"), (300, "line"), (380, "Brice"), (470, "Vahia")]
    rows = [(f, code, u, p, v) for (f, u, p, v), code in zip(POUNDS, ISINS, strict=True)]
    table = find_holdings([_garbled_table(rows, header)], ["ocr"])
    assert table is not None
    assert [(h.isin, h.units, h.unit_price, h.value) for h in table.holdings] == [
        (c, u.replace(",", ""), p, v) for _, c, u, p, v in rows
    ]
