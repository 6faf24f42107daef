"""A table of a plan's values on several dates: its newest row gives the values and the valuation date (issue 10).

Statements and replies print a plan's history as "Date | Policy value | Surrender value", one row a
date, newest first or last. No label heads one value: the column headings (labels.yaml
`value_history`) name the fields and the dates rank the rows. The newest row's amounts are the
plan value and the transfer value, its date the valuation date. A heading cell matches as a whole,
in any case, a currency mark like "(£)" dropped; a table needs a date column, a value column and
two dated rows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provcheck.extractor import parsers as P
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line, Segment
from provcheck.rules import load_labels

FINDER = "value_history"
SCORE = 0.7  # a column heading is a label read from afar: below a label beside its value
_MARK = re.compile(r"\(\s*(?:£|gbp|p|pence)\s*\)|£", re.IGNORECASE)


@lru_cache(maxsize=1)
def _headings() -> dict[str, frozenset[str]]:
    cols = load_labels().value_history
    return {
        "date": frozenset(norm(w) for w in cols.date),
        "plan_value": frozenset(norm(w) for w in cols.plan_value),
        "transfer_value": frozenset(norm(w) for w in cols.transfer_value),
    }


def _column(seg: Segment) -> str | None:
    text = norm(_MARK.sub(" ", seg.text))
    return next((name for name, words in _headings().items() if text in words), None)


def find_value_history(pages: list[list[Line]], methods: list[str]) -> tuple[list[Candidate], set[int]]:
    """The first value-history table's newest row as candidates, and the ids of every such table's heading line.

    The row gives the plan value, the transfer value and the valuation date. A column's "Policy value"
    heads every row, not the first, so the labelled finder passes the heading lines over; one pass over
    the pages finds both.
    """
    tables = list(_tables(pages))
    heads = {id(pages[page_no - 1][li]) for page_no, _, li, _, _ in tables}
    if not tables:
        return [], heads
    page_no, _, _, cols, rows = tables[0]
    return _newest(rows, [s for _, s in cols], page_no, methods[page_no - 1]), heads


def _tables(pages: list[list[Line]]):
    """Each value-history table: page number, lines, heading line index, columns, dated rows."""
    for page_no, lines in enumerate(pages, start=1):
        for li, line in enumerate(lines):
            cols = [(_column(s), s) for s in line.segments]
            names = [n for n, _ in cols]
            if len(line.segments) < 2 or names.count("date") != 1 or not {"plan_value", "transfer_value"} & set(names):
                continue
            if None in names:
                continue  # a heading of another column (units, price): a holdings table, not a value history
            rows = _rows(lines[li + 1 :], cols)
            if len(rows) >= 2:
                yield page_no, lines, li, cols, rows


def _rows(lines: list[Line], cols: list[tuple[str | None, Segment]]) -> list[tuple[str, dict[str, tuple]]]:
    """The dated rows under the heading, each its date and its amounts by column, up to the first other line."""
    out = []
    for line in lines:
        cells: dict[str, tuple] = {}
        for seg in line.segments:
            mid = (seg.x0 + seg.x1) / 2
            name, _ = min(cols, key=lambda c: abs((c[1].x0 + c[1].x1) / 2 - mid))
            if name is not None and name not in cells:
                cells[name] = (seg.text, seg.words)
        iso = P.parse_date(cells["date"][0]) if "date" in cells else None
        if iso is None:
            break
        amounts = {n: (m[0], c[1]) for n, c in cells.items() if n != "date" and (m := P.find_money(c[0]))}
        if not amounts:
            break
        out.append((iso, {"date": (iso, cells["date"][1]), **amounts}))
    return out


def _newest(rows: list[tuple[str, dict[str, tuple]]], heading: list[Segment], page_no: int, method: str):
    iso, cells = max(rows, key=lambda r: r[0])
    head = [w for s in heading for w in s.words]
    out = []
    for name, field in (("plan_value", "plan_value"), ("transfer_value", "transfer_value"), ("date", "valuation_date")):
        if name not in cells:
            continue
        value, words = cells[name]
        conf = SCORE * min(w.conf for w in words)
        out.append(Candidate(field, value, Found(value, page_no, head + list(words), conf, method), FINDER, conf))
    return out
