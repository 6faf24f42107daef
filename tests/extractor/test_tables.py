"""Holdings tables continued over pages (extractor/tables.py): one list, checked by the last page's total.

The statements are drawn by tests/extractor/drawn_tables.py from rows made first. A table runs on
under a repeated header, or with no header at the same column positions; "Continued overleaf",
carried-forward and brought-forward balances, sub-totals and totals at each page's foot are no
holdings, and the total on the last page sums the whole list (issue 10).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from provcheck.extractor.layout import build_lines
from provcheck.extractor.read import read_document
from provcheck.extractor.tables import Table, find_holdings
from provcheck.pipeline import CheckOptions, check_file
from tests.extractor.drawn_tables import Layout, rows, statement, total

OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
KEYS = ("fund_name", "units", "unit_price", "value", "price_currency")
PENCE = Layout(headings=("Fund", "Units", "Price (p)", "Value (£)"))

# name: (rows per page, pence?, layout, how the pages join)
CASES: dict[str, tuple[tuple[int, ...], bool, Layout, dict]] = {
    "repeated-header": ((9, 4), False, Layout(), {"page_end": "Continued overleaf"}),
    "no-header": ((9, 4), False, Layout(), {"repeat_header": False, "page_end": "Continued overleaf"}),
    "carried-forward": ((9, 4), True, PENCE, {"page_end": "carried", "page_start": "brought"}),
    "carried-forward-no-header": (
        (9, 4),
        False,
        Layout(),
        {"page_end": "carried", "page_start": "brought", "repeat_header": False},
    ),
    "sub-total-per-page": ((9, 4), False, Layout(), {"page_end": "Sub-total"}),
    "page-total": ((9, 4), False, Layout(), {"page_end": "Page total"}),
    "total-per-page": ((9, 4), False, Layout(), {"page_end": "Total"}),
    "continued-then-small-print": (
        (9, 4),
        False,
        Layout(),
        {
            "page_end": "Continued overleaf",
            "small_print": (
                "Halberd Life & Pensions Limited is authorised by the Prudential Regulation Authority and regulated",
                "by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England.",
                "Registered office: 1 Example Row, Leeds. Calls may be recorded for training and monitoring purposes.",
                "Please keep this statement with your other plan documents, as you may need it in the future.",
                "If you would like this statement in large print or braille, please call our customer team.",
            ),
        },
    ),
    "three-pages-continued-heading": (
        (9, 3, 2),
        False,
        Layout(),
        {"page_end": "Continued overleaf", "page_start": "Your investments (continued)"},
    ),
    "three-pages-total-per-page": ((9, 3, 2), False, Layout(), {"page_end": "Total"}),
    "three-pages-pence-no-header": (
        (9, 3, 2),
        True,
        PENCE,
        {"page_end": "carried", "page_start": "brought", "repeat_header": False},
    ),
}


def _draw(tmp_path: Path, name: str) -> tuple[Path, list]:
    counts, pence, layout, joins = CASES[name]
    pages, start = [], 0
    for n in counts:
        pages.append(rows(n, pence, start))
        start += n
    path = tmp_path / f"{name}.pdf"
    return path, statement(path, pages, layout, **joins)


def _table(path: Path) -> Table:
    document = read_document(path, OPTIONS)
    table = find_holdings([build_lines(p) for p in document.pages])
    assert table is not None
    return table


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_table_over_pages_is_one_list(tmp_path: Path, name: str) -> None:
    path, every = _draw(tmp_path, name)
    table = _table(path)
    got = [h.model_dump() for h in table.holdings]
    assert [{k: h[k] for k in KEYS} for h in got] == [r.truth() for r in every]
    # each row's evidence is on the page it was printed on
    counts = CASES[name][0]
    pages = [n + 1 for n, k in enumerate(counts) for _ in range(k)]
    assert [page for page, _ in table.rows] == pages
    assert table.page == 1


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_last_pages_total_checks_the_whole_list(tmp_path: Path, name: str) -> None:
    path, every = _draw(tmp_path, name)
    table = _table(path)
    assert table.total == f"{total(every):.2f}"
    assert table.adds_up is True


@pytest.mark.parametrize("name", ["repeated-header", "carried-forward", "total-per-page"])
def test_no_balance_or_page_total_is_a_holding(tmp_path: Path, name: str) -> None:
    path, every = _draw(tmp_path, name)
    result = check_file(path, OPTIONS).to_json_dict()
    names = [h["fund_name"] for h in result["record"]["holdings"]]
    assert names == [r.name for r in every]
    assert not [i for i in result["issues"] if i["rule"] in ("holdings_sum", "units_price")]


def test_a_total_that_is_not_the_sum_says_so(tmp_path: Path) -> None:
    """The check can fail: the printed total is a row short of the rows read over both pages."""
    path = tmp_path / "short.pdf"
    first, second = rows(9, False), rows(4, False, 9)
    short = total(first + second) - second[-1].value
    statement(path, [first, second], Layout(), page_end="Continued overleaf", printed_total=short)
    table = _table(path)
    assert [h.fund_name for h in table.holdings] == [r.name for r in first + second]
    assert table.total == f"{short:.2f}"
    assert table.adds_up is False
