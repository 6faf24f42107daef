"""Holdings printed as a labelled block per fund rather than a table ("Fund name:", "Number of units:").

A provider's reply to a letter of authority may list each fund as a few labelled lines:

    Fund name:        Aviva Pension Mixed Investment 40-85% S6
    Number of units:  1,234.5678
    Unit price:       245.30p
    Fund value:       £3,028.36

The labels are the holdings table's own headings (labels.yaml `holdings_columns`, read by
tablewords.py `column_of`), so a wording is data, not a branch. A block starts at a fund-name label
and takes the ISIN, units, price and value labels under it, each once; it is a holding when it has
a value. Only a document with no holdings table is read this way (finders.py), and only when every
block but cash lines carries units or a price: a plan's single "Fund:" and "Fund value:" lines
say what the plan is worth, which is no list of holdings.

Blocks may stand side by side, two or three to a row ("Fund 1: ..." at the left margin and "Fund 2:
..." beside it, their labels on the same lines). A line holding two fund-name labels splits the
lines under it into lanes at those labels' left edges, until the next fund-name line, and each lane
is read as a column of its own, left lane first.
"""

from __future__ import annotations

from provcheck.extractor.document import Word
from provcheck.extractor.layout import Line
from provcheck.extractor.parsers import find_money, parse_decimal, parse_isin
from provcheck.extractor.tablebody import cash
from provcheck.extractor.tableprices import cell_currency, heading_currency, price_currency
from provcheck.extractor.tables import Table
from provcheck.extractor.tablewords import column_of
from provcheck.models import Holding

__all__ = ["find_blocks"]

_FIELDS = ("fund_name", "isin", "units", "unit_price", "value")
_MAX_LABEL_WORDS = 5
_MAX_GAP_LINES = 2  # lines with no label a block may span (a wrapped name, a blank row)


def _labelled(line: Line) -> tuple[str, str, str] | None:
    """(field, label, what follows it) for a "Label: value" line whose label names a holding field."""
    first = line.segments[0].text if line.segments else ""
    if ":" in first:
        label, rest = first.split(":", 1)
        rest = " ".join([rest, *(s.text for s in line.segments[1:])]).strip()
    elif len(line.segments) >= 2:
        label, rest = first, " ".join(s.text for s in line.segments[1:])
    else:
        return None
    if not rest or not label.strip() or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    kind = column_of(label.strip())
    return (kind, label.strip(), rest) if kind in _FIELDS else None


class _Block:
    def __init__(self, page: int) -> None:
        self.page = page
        self.cells: dict[str, str | None] = {}
        self.marked: str | None = None
        self.words: list[Word] = []

    def take(self, kind: str, label: str, rest: str, line: Line) -> bool:
        if kind in self.cells:
            return False
        if kind == "fund_name":
            self.cells[kind] = " ".join(rest.split())
        elif kind == "isin":
            self.cells[kind] = parse_isin(rest)
        elif kind == "value":
            money = find_money(rest)
            self.cells[kind] = money[0] if money else None
        else:
            self.cells[kind] = parse_decimal(rest)
            if kind == "unit_price":
                self.marked = cell_currency(rest.split()) or heading_currency(label)
        self.words += line.words
        return True

    def holding(self) -> Holding | None:
        c = self.cells
        if not c.get("fund_name") or c.get("value") is None:
            return None
        units, price, value = c.get("units"), c.get("unit_price"), c.get("value")
        return Holding(
            fund_name=c["fund_name"],
            isin=c.get("isin"),
            units=units,
            unit_price=price,
            value=value,
            price_currency=price_currency(units, price, value, self.marked),
        )


def _name_starts(line: Line) -> list[float]:
    """Left edges of the segments on a line that open a block with a fund-name label."""
    starts = []
    for seg in line.segments:
        label, colon, rest = seg.text.partition(":")
        short = len(label.split()) <= _MAX_LABEL_WORDS
        if colon and rest.strip() and short and column_of(label.strip()) == "fund_name":
            starts.append(seg.x0)
    return starts


def _lanes(lines: list[Line]) -> list[Line]:
    """The page's lines, with side-by-side blocks read one lane (column) after another."""
    out: list[Line] = []
    starts: list[float] = []
    band: list[list[Line]] = []

    def flush() -> None:
        for lane in band:
            out.extend(lane)
        band.clear()

    for line in lines:
        found = _name_starts(line)
        if found:
            flush()
            starts = found if len(found) >= 2 else []
        if not starts:
            out.append(line)
            continue
        if not band:
            band.extend([] for _ in starts)
        parts: list[list] = [[] for _ in starts]
        for seg in line.segments:
            lane = max((i for i, x in enumerate(starts) if x <= seg.x0 + 2.0), default=0)
            parts[lane].append(seg)
        for lane, segs in enumerate(parts):
            if segs:
                band[lane].append(Line(words=[w for s in segs for w in s.words], segments=segs))
    flush()
    return out


def _blocks(pages: list[list[Line]]) -> list[_Block]:
    out: list[_Block] = []
    for p, page_lines in enumerate(pages, start=1):
        lines = _lanes(page_lines)
        block: _Block | None = None
        idle = 0
        for line in lines:
            found = _labelled(line)
            if found is None:
                idle += 1
                if block is not None and idle > _MAX_GAP_LINES:
                    block = None
                continue
            kind, label, rest = found
            if kind == "fund_name":
                block = _Block(p)
                out.append(block)
            if block is not None and block.take(kind, label, rest, line):
                idle = 0
    return out


def find_blocks(pages: list[list[Line]]) -> Table | None:
    """The holdings a document lists as labelled blocks, as a Table (no printed total); None when none."""
    found = [(b, h) for b in _blocks(pages) if (h := b.holding()) is not None]
    if not found:
        return None
    if any(h.units is None and h.unit_price is None and not cash(h.fund_name or "") for _, h in found):
        return None
    if all(h.units is None and h.unit_price is None for _, h in found):
        return None  # cash alone, or a plan's "Fund" and "Fund value": no list of holdings
    table = Table(page=found[0][0].page)
    for b, h in found:
        table.add_words(h, b.page, b.words)
    return table
