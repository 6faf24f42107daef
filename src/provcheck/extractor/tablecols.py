"""A column OCR lost the heading of, found again by the rows' own arithmetic.

Tesseract may drop a faint or crowded heading ("Units" between "Fund" and "Price"), and the
numbers under it then fall into the fund name ("... Class 2 Acc 539.33"). Where a table has a
price and a value column but no units one, and most rows carry a number set well apart after
their name whose product with the price is the value (tablemend.py `agrees`), those numbers are
the units column: it is added where they stand and the lines are read again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from provcheck.extractor.tablebody import Body
from provcheck.extractor.tablehead import Column
from provcheck.extractor.tablemend import agrees

__all__ = ["lost_units"]

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
