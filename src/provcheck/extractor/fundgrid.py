"""Holdings printed as a grid turned on its side: a fund a column, a heading a row (issue 10).

A statement with few funds may set them across the page, each row led by what a table would head
a column with:

    Fund          Lifestrategy 60% Equity Fund Acc     UK Income Builder Fund Inc
    ISIN                              GB00WZPKQD36                   LU0005351480
    Units held                           3,739.253                      4,023.622
    Value (£)                             2,244.67                      13,299.28

The row headings are the holdings table's own (labels.yaml `holdings_columns`, read by
tablewords.py `column_of`); a grid is a run of such rows, the fund names' first, a value row among
them, every row giving as many cells as there are funds, two or more: the n-th cell of each row is
the n-th fund's. Only rows of that count are read, so a total row under the grid ("Total value of your
holdings  £15,543.95") ends it.
"""

from __future__ import annotations

from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.parsers import find_money, parse_decimal, parse_isin
from provcheck.extractor.tableprices import cell_currency, heading_currency, price_currency
from provcheck.extractor.tables import Table
from provcheck.extractor.tablewords import column_of
from provcheck.models import Holding

_FIELDS = ("fund_name", "isin", "units", "unit_price", "value")
MAX_GAP = 3.0  # line heights a grid's rows may stand apart (they are often spaced out)


def find_grid(pages: list[list[Line]]) -> Table | None:
    """The holdings of the first grid of funds across the page, or None when there is none."""
    for page_no, lines in enumerate(pages, start=1):
        for i, line in enumerate(lines):
            if _heading(line) != "fund_name" or len(line.segments) < 3:
                continue  # one fund beside its labels is a labelled block (fundblocks.py), no grid
            rows = _rows(lines, i, len(line.segments) - 1)
            if "value" in rows and ("units" in rows or "unit_price" in rows):
                return _table(rows, page_no)
    return None


def _heading(line: Line) -> str | None:
    kind = column_of(line.segments[0].text) if line.segments else None
    return kind if kind in _FIELDS else None


def _rows(lines: list[Line], i: int, funds: int) -> dict[str, tuple[str, list[Segment]]]:
    """Each field's heading and cells, from the fund names' row down while rows give `funds` cells each."""
    rows: dict[str, tuple[str, list[Segment]]] = {}
    last = lines[i]
    for line in lines[i:]:
        kind = _heading(line)
        height = max(last.bottom - last.top, 6.0)
        if kind is None or kind in rows or len(line.segments) - 1 != funds or line.top - last.bottom > MAX_GAP * height:
            break
        rows[kind] = (line.segments[0].text, line.segments[1:])
        last = line
    return rows


def _table(rows: dict[str, tuple[str, list[Segment]]], page_no: int) -> Table | None:
    names = rows["fund_name"][1]
    marked = heading_currency(rows["unit_price"][0]) if "unit_price" in rows else None
    table = Table(page=page_no)
    for n, name in enumerate(names):
        cells = {kind: segs[n].text for kind, (_, segs) in rows.items()}
        value = find_money(cells["value"])
        units = parse_decimal(cells["units"]) if "units" in cells else None
        price = parse_decimal(cells["unit_price"]) if "unit_price" in cells else None
        if value is None:
            return None  # a grid whose value row is no amount is no grid of holdings
        currency = price_currency(units, price, value[0], marked or cell_currency(cells.get("unit_price", "").split()))
        holding = Holding(fund_name=" ".join(name.text.split()), isin=parse_isin(cells.get("isin", "")),
                          units=units, unit_price=price, value=value[0], price_currency=currency)
        table.add_words(holding, page_no, [w for _, segs in rows.values() for w in segs[n].words])
    return table
