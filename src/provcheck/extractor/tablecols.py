"""A column OCR lost the heading of, found again by the rows' own arithmetic.

Tesseract may drop a faint or crowded heading ("Units" between "Fund" and "Price"), and the
numbers under it then fall into the fund name ("... Class 2 Acc 539.33"). Where a table has a
price and a value column but no units one, and most rows carry a number set well apart after
their name whose product with the price is the value (tablemend.py `agrees`), those numbers are
the units column: it is added where they stand and the lines are read again.

Or the heading is read, but as no word the header knows ("Tinite" for "Units", "Unite", "Umits"):
the column is there, named `other`, and its numbers are lost with it (`unnamed_numbers`). On a
poor scan the units and price headings may both be lost so ("Bund | Tinite | Rid nrive | Value"):
the header is kept for its value column alone (tablehead.py `UNHEADED`), and the two columns
whose product is the value are the units and the price; a table no arithmetic names is none. Where
most rows' number in such a column, times the price, is the value, or is once one misread
digit or point is mended (tablemend.py `mend`: a point lost on a scan), it is the units column.
Both read only what OCR already read: no second pass over the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import combinations

from provcheck.extractor.tablebody import Body
from provcheck.extractor.tablehead import NUMBER_KINDS, OTHER, UNHEADED, Column
from provcheck.extractor.tablemend import agrees, mend, scale_of

__all__ = ["lost_units", "unheaded", "unnamed_numbers"]

_NUMBER = re.compile(r"^\d[\d,]*\.\d+$")


def lost_units(cols: list[Column], read: list[Body]) -> list[Column] | None:
    """The columns with a units column added where the rows' arithmetic finds one; None when none is found."""
    names = [c.name for c in cols]
    if "units" in names or "unit_price" not in names or "value" not in names or "fund_name" not in names:
        return None
    price_col = cols[names.index("unit_price")]
    spans, rows, agreeing = [], 0, 0
    for b in read:
        if b.kind != "row" or b.price is None or b.value is None:
            continue
        rows += 1
        words = b.fund_words
        if len(words) < 2:
            continue
        last, before = words[-1], words[-2]
        gap = last.x0 - before.x1
        if not _NUMBER.match(last.text) or gap < 3 * max(last.bottom - last.top, 4.0) or last.x1 > price_col.x0:
            continue
        units = last.text.replace(",", "")
        if any(agrees(units, b.price, b.value, pence) for pence in (False, True)):
            agreeing += 1
        spans.append((last.x0, last.x1))
    if rows < 2 or agreeing < max(2, (rows + 1) // 2):
        return None
    x0, x1 = min(s[0] for s in spans) - 1.0, max(s[1] for s in spans) + 1.0
    out = []
    for c in cols:
        if c.name == "unit_price":
            out.append(Column("units", x0, x1))
        if c.name == "fund_name":
            c = replace(c, x1=min(c.x1, x0 - 1.0))
        out.append(c)
    return out


def _agreeing(read: list[Body]) -> tuple[int, int]:
    """(rows with a value; of them, those whose units x price is the value as read or once mended)."""
    rows, agreeing = 0, 0
    for b in read:
        if b.kind != "row":
            continue
        rows += 1
        if b.units is None or b.price is None or b.value is None:
            continue
        numbers = {"units": b.units, "price": b.price, "value": b.value}
        if scale_of(numbers) is not None or mend(numbers, b.texts, b.price_currency) is not None:
            agreeing += 1
    return rows, agreeing


def _isin_column(cols: list[Column], read: Callable[[list[Column]], list[Body]]) -> list[Column]:
    """An unheaded column most of whose rows hold an ISIN named `isin`; the columns as they were when none does."""
    for i, c in enumerate(cols):
        if c.alt != UNHEADED:
            continue
        trial = [*cols[:i], replace(c, name="isin", alt=None), *cols[i + 1 :]]
        rows = [b for b in read(trial) if b.kind == "row"]
        if rows and sum(b.isin is not None for b in rows) * 2 > len(rows):
            return trial
    return cols


def unnamed_numbers(cols: list[Column], read: Callable[[list[Column]], list[Body]]) -> list[Column] | None:
    """The columns with unnamed (`other`) ones read as the number columns missing, where the rows' arithmetic says so.

    Under a header as read, only a missing units column is looked for; under a scanned header that
    named one number column alone (tablehead.py `UNHEADED`), every missing one. A column of SEDOLs or
    percentages agrees by chance at most once, so most of the table's rows must agree, and two at
    least. Columns are given the missing kinds left to right as statements print them (units, price,
    value): units x price is the same product either way round.

    Args:
        cols: the table's columns.
        read: reads the table's lines with a set of columns.

    Returns:
        None when no column is missing, or no trial agrees on enough rows.
    """
    names = [c.name for c in cols]
    missing = [k for k in NUMBER_KINDS if k not in names]
    scanned = any(c.alt == UNHEADED for c in cols)
    if not missing or (not scanned and missing != ["units"]):
        return None
    blank = [i for i, c in enumerate(cols) if c.name == OTHER and c.alt in (None, UNHEADED)]
    best, best_n = None, 0
    for picked in combinations(blank, len(missing)):
        trial = list(cols)
        for kind, i in zip(missing, picked, strict=True):
            trial[i] = replace(cols[i], name=kind, alt=None)
        rows, agreeing = _agreeing(read(trial))
        if rows >= 2 and agreeing >= max(2, (rows + 1) // 2) and agreeing > best_n:
            best, best_n = trial, agreeing
    return best if best is None or not scanned else _isin_column(best, read)


def unheaded(cols: list[Column]) -> bool:
    """Are some of these columns still waiting for the rows' arithmetic to name them (a scan's misread header)?"""
    return any(c.alt == UNHEADED for c in cols) and not set(NUMBER_KINDS) <= {c.name for c in cols}
