"""Which of two columns headed alike holds the holding's number: the one the rows' arithmetic agrees with.

Statements print columns a holding has no field for under headings a field's column also uses:
an offer price beside the bid price, a book value beside the market value, last year's value
beside this year's, opening units beside closing units. The header reads the one convention
places last (values) or first (units, prices) and notes the other as its `alt` (tablehead.py).
The document's own arithmetic is the better evidence: where more rows agree that units x price
(/ 100 in pence) is the value with the other column in its place, that column is the field's.
A value column headed in pounds is never swapped for one that is not, and in a table with a
currency column it takes the place of an unmarked one whatever the arithmetic: there the unmarked
value is in the fund's own currency, which agrees with its units and price, yet the record's
value is pounds (spec/record.md: `value` is always pounds).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from provcheck.extractor.tablebody import Body
from provcheck.extractor.tablehead import NUMBER_KINDS, OTHER, Column
from provcheck.extractor.tablemend import scale_of

__all__ = ["pick"]


def _agreeing(rows: list[Body]) -> int:
    return sum(
        scale_of({"units": b.units, "price": b.price, "value": b.value}) is not None for b in rows if b.kind == "row"
    )


def _may_swap(kind: str, alt: Column, held: Column) -> bool:
    if kind != "value":
        return True
    return alt.currency in (None, "GBP") and not (held.currency == "GBP" and alt.currency != "GBP")


def _sterling(cols: list[Column]) -> list[Column]:
    """In a table with a currency column, the value column headed in pounds over an unmarked one."""
    if not any(c.name == "currency" for c in cols):
        return cols
    held = next((j for j, c in enumerate(cols) if c.name == "value"), None)
    pounds = next((j for j, c in enumerate(cols) if c.alt == "value" and c.currency == "GBP"), None)
    if held is None or pounds is None or cols[held].currency is not None:
        return cols
    out = list(cols)
    out[pounds] = replace(cols[pounds], name="value", alt=None)
    out[held] = replace(cols[held], name=OTHER, alt="value")
    return out


def pick(cols: list[Column], read: Callable[[list[Column]], list[Body]]) -> list[Column] | None:
    """The columns with each `alt` column swapped in where more rows agree; None when no swap helps.

    Args:
        cols: the table's columns, as the header (and `widen`) gave them.
        read: reads the table's lines with a set of columns.
    """
    if not any(c.alt in NUMBER_KINDS for c in cols):
        return None
    best = _sterling(cols)
    best_n = _agreeing(read(best))
    for i, c in enumerate(cols):
        kind = c.alt
        if kind not in NUMBER_KINDS:
            continue
        held = next((j for j, h in enumerate(best) if h.name == kind), None)
        if held is None or not _may_swap(kind, c, best[held]):
            continue
        trial = list(best)
        trial[i] = replace(c, name=kind, alt=None)
        trial[held] = replace(best[held], name=OTHER, alt=kind)
        n = _agreeing(read(trial))
        if n > best_n:
            best, best_n = trial, n
    return None if best is cols else best
