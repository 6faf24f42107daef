"""Prices in pence (extractor/tableprices.py): `price_currency` from a table's own marks (issue 10).

spec/record.md "More decisions": `unit_price` is the number as printed, `price_currency` `GBX` when
the document prices in pence, `GBP` otherwise, `value` always pounds. The statements are drawn by
tests/extractor/drawn_tables.py from rows made first and read through the whole pipeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from provcheck.extractor.tableprices import cell_currency, heading_currency, note_currency, price_currency
from provcheck.pipeline import CheckOptions, check_file
from tests.extractor.drawn_tables import Layout, Row, rows, statement

OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
KEYS = ("fund_name", "units", "unit_price", "value", "price_currency")


@pytest.mark.parametrize(
    ("heading", "currency"),
    [
        ("Price (p)", "GBX"),
        ("Unit price (pence)", "GBX"),
        ("Price p", "GBX"),
        ("Bid price (p)", "GBX"),
        ("Price (GBX)", "GBX"),
        ("Price in pence", "GBX"),
        ("Pence per unit", "GBX"),
        ("Unit price (£)", "GBP"),
        ("Bid price GBP", "GBP"),
        ("Price", None),
        ("Unit price", None),
        ("Price per unit", None),
    ],
)
def test_a_price_heading_says_what_its_prices_are_in(heading: str, currency: str | None) -> None:
    assert heading_currency(heading) == currency


def test_a_note_by_the_table_says_its_prices_are_in_pence() -> None:
    assert note_currency(["Unit prices are shown in pence."]) == "GBX"
    assert note_currency(["Your investments", "All prices are quoted in pence per unit"]) == "GBX"
    assert note_currency(["Values are in pounds sterling at the prices on the statement date."]) is None
    assert note_currency(["Prices are bid prices."]) is None


def test_a_price_cell_says_what_it_is_in() -> None:
    assert cell_currency(["152.34p"]) == "GBX"
    assert cell_currency(["152.34", "GBX"]) == "GBX"
    assert cell_currency(["GBp"]) == "GBX"  # the exchange's mark for pence, unlike GBP
    assert cell_currency(["GBP"]) == "GBP"
    assert cell_currency(["£2.3456"]) == "GBP"
    assert cell_currency(["2.3456"]) is None
    assert cell_currency(["1,234.5670"]) is None


def test_unmarked_prices_go_by_the_rows_arithmetic() -> None:
    assert price_currency("100", "250.00", "250.00", None) == "GBX"  # 100 x 250p = £250
    assert price_currency("100", "2.50", "250.00", None) == "GBP"
    assert price_currency("100", "2.50", "999.00", None) == "GBP"  # neither: pounds, the default
    assert price_currency("100", "2.50", "2.50", "GBX") == "GBX"  # the document's mark wins
    assert price_currency(None, None, "40.00", None) is None  # a cash line has no price


def _read(path: Path) -> dict:
    return check_file(path, OPTIONS).to_json_dict()


def _holdings(result: dict) -> list[dict]:
    return [{k: h.get(k) for k in KEYS} for h in result["record"]["holdings"]]


PENCE_LAYOUTS = {
    "pence-heading": Layout(headings=("Fund", "Units", "Price (p)", "Value (£)")),
    "pence-word-heading": Layout(headings=("Fund", "Units", "Unit price (pence)", "Value (£)")),
    "bid-price-p": Layout(headings=("Fund", "Units held", "Bid price (p)", "Value")),
    "price-p-bare": Layout(headings=("Fund", "Units", "Price p", "Value £")),
    "p-suffixed-prices": Layout(headings=("Fund", "Units", "Price", "Value (£)"), p_suffix=True),
    "gbx-column": Layout(headings=("Fund", "Units", "Price", "Value (£)"), currency="GBX"),
    "note-below": Layout(
        headings=("Fund", "Units", "Unit price", "Value (£)"),
        footnote="Unit prices are shown in pence and values in pounds sterling.",
    ),
    "caption-above": Layout(
        headings=("Fund", "Units", "Price", "Value"), caption="All prices are quoted in pence per unit."
    ),
}


@pytest.mark.parametrize("name", sorted(PENCE_LAYOUTS))
def test_a_table_priced_in_pence_reads_gbx(tmp_path: Path, name: str) -> None:
    every = statement(tmp_path / f"{name}.pdf", [rows(6, pence=True)], PENCE_LAYOUTS[name])
    result = _read(tmp_path / f"{name}.pdf")
    assert _holdings(result) == [r.truth() for r in every]
    assert {h["price_currency"] for h in _holdings(result)} == {"GBX"}
    assert not [i for i in result["issues"] if i["rule"] in ("units_price", "holdings_sum")]


def test_a_table_priced_in_pounds_reads_gbp(tmp_path: Path) -> None:
    every = statement(tmp_path / "pounds.pdf", [rows(6, pence=False)], Layout())
    result = _read(tmp_path / "pounds.pdf")
    assert _holdings(result) == [r.truth() for r in every]
    assert {h["price_currency"] for h in _holdings(result)} == {"GBP"}


@pytest.mark.parametrize("name", ["pence-heading", "p-suffixed-prices", "gbx-column", "note-below", "caption-above"])
def test_the_value_check_divides_a_pence_price_by_100(tmp_path: Path, name: str) -> None:
    """A row misprinted in a pence table: the mark, not the arithmetic, says GBX, and the check bites."""
    good = rows(5, pence=True)
    bad = replace(good[2], value=(good[2].value * Decimal("1.2")).quantize(Decimal("0.01")))
    every = statement(tmp_path / f"{name}.pdf", [[*good[:2], bad, *good[3:]]], PENCE_LAYOUTS[name])
    result = _read(tmp_path / f"{name}.pdf")
    assert _holdings(result) == [r.truth() for r in every]
    checks = [i for i in result["issues"] if i["rule"] == "units_price"]
    assert [i["field"] for i in checks] == ["holdings[2].value"]
    assert f"{bad.units} units at {bad.price}p make" in checks[0]["message"]


def test_a_pence_price_read_as_pounds_would_be_caught(tmp_path: Path) -> None:
    """Prices in pounds under a pence heading: a hundredfold wrong value, and the check says so."""
    pounds = rows(3, pence=False)
    as_pence = [Row(r.name, r.units, r.price, r.value, pence=True) for r in pounds]
    statement(tmp_path / "wrong.pdf", [as_pence], PENCE_LAYOUTS["pence-heading"])
    result = _read(tmp_path / "wrong.pdf")
    assert {h["price_currency"] for h in _holdings(result)} == {"GBX"}
    assert len([i for i in result["issues"] if i["rule"] == "units_price"]) == 3
