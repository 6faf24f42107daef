"""Teaching a holdings column heading: a corrected cell pointed at on the page proposes the heading above it.

The reviewer corrects a holding's cell (`holdings[2].value`) and points at the figure on the page; the
heading printed over that column (the nearest words above it that are not another row's figures) is
proposed as the provider's wording for the column (`holdings.value`). It is learned only when the table,
read again with that heading added to the provider's taught headings (extractor/taughtheads.py), gives
the pointed row the corrected value.
"""

from __future__ import annotations

import re
from typing import Any

from provcheck.errors import ReviewError
from provcheck.extractor.document import Word
from provcheck.extractor.layout import Line
from provcheck.review.lists import Item, _cell

# a cell's figure (an amount, units, a price, a percentage), not a heading's date ("31/03/2025")
_FIGURE = r"^[£$(]?\d[\d,]*(?:\.\d+)?[)%p]?$"


def heading_above(lines: list[Line], value: list[Word]) -> str | None:
    """The column heading over the pointed cell: the nearest lines above whose words over its span are not figures.

    A heading printed on two tight lines ("Worth" / "today (£)") is read as one, top line first.
    """
    if not value:
        return None
    li = next((i for i, ln in enumerate(lines) if value[0] in ln.words), None)
    if li is None:
        return None
    start, end = min(w.x0 for w in value), max(w.x1 for w in value)
    figure = re.compile(_FIGURE)
    parts: list[tuple[Line, list[Word]]] = []
    for above in reversed(lines[:li]):
        over = [w for w in above.words if w.x1 > start - 2 and w.x0 < end + 2]
        if parts and (not over or above.bottom < parts[-1][0].top - 0.7 * (above.bottom - above.top)):
            break  # the heading's lines sit tight on each other
        if not over:
            continue
        if any(figure.match(w.text) for w in over) or sum(c.isalpha() for w in over for c in w.text) < 2:
            if parts:
                break
            continue  # another row's figures (or a rule) between the heading and the cell
        parts.append((above, _widened(above, over)))
    if not parts:
        return None
    text = " ".join(" ".join(w.text for w in words) for _, words in reversed(parts)).strip()
    return text if sum(c.isalpha() for c in text) >= 2 else None


def _widened(line: Line, over: list[Word]) -> list[Word]:
    """The heading's words: those over the column, and their neighbours at a word's spacing in their segment."""
    seg = next(s for s in line.segments if over[0] in s.words)
    words = list(seg.words)
    lo, hi = words.index(over[0]), words.index(over[-1]) if over[-1] in words else words.index(over[0])
    space = 0.6 * max(w.bottom - w.top for w in over)
    while lo > 0 and words[lo].x0 - words[lo - 1].x1 < space:
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1].x0 - words[hi].x1 < space:
        hi += 1
    return words[lo : hi + 1]


def reads_column(pages: list[list[Line]], provider: str, cell: str, label: str,
                 pointed: list[Word], taught: Any) -> str | None:  # fmt: skip
    """What the pointed row's `cell` reads when the table is read again with `label` as that column's heading."""
    from provcheck.extractor.tables import find_holdings
    from provcheck.extractor.taughtheads import column_headings, headings

    pairs = (*column_headings(taught, provider), (cell, label))
    with headings(pairs):
        table = find_holdings(pages)
    if table is None:
        return None
    ids = {id(w) for w in pointed}
    for holding, (_, words) in zip(table.holdings, table.rows, strict=True):
        if any(id(w) in ids for w in words):
            got = getattr(holding, cell)
            return None if got is None else _cell(cell, str(got))
    return None


def column_proposal(item: Item, label_source: tuple[list[list[Line]], int, list[Word]], provider: str,
                    record: Any) -> tuple[str, str, Any, Any]:  # fmt: skip
    """(learned field, heading, corrected value, what the heading reads) for a pointed holdings cell.

    Raises:
        ReviewError: no heading over the pointed value, or the row no longer exists.
    """
    from provcheck.rules.knowledge import active

    pages, page, pointed = label_source
    assert item.cell is not None
    if item.index >= len(record.holdings):
        raise ReviewError("nothing to learn: that row is not in the record any more")
    label = heading_above(pages[page - 1], pointed)
    if label is None:
        raise ReviewError("nothing to learn: there is no column heading above the value you pointed at")
    value = getattr(record.holdings[item.index], item.cell)
    value = None if value is None else _cell(item.cell, str(value))
    reads = reads_column(pages, provider, item.cell, label, pointed, active().learned)
    return f"holdings.{item.cell}", label, value, reads
