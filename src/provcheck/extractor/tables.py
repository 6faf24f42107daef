"""Holdings tables, found by what their header means, not where it sits.

The steps, each in its module: the header gives the columns (tablehead.py); the lines below it
are the table's body, each read as a row, a total or text with its words put in the columns
(tablebody.py, tablecells.py); rows are joined with their wrapped fund names (tablerows.py);
sub-headings, sub-totals, summaries and the totals row are told from holdings (tabletotals.py);
what the prices are quoted in, pounds or pence, comes from the table's own marks (tableprices.py).
A row whose units x price is not its value is mended when one misread number explains it, and
a units column whose heading OCR lost is found again, both by the rows' own arithmetic
(tablemend.py, tablecols.py).
This module walks the pages: a table that runs off a page, or says it continues, goes on under
a repeated header (or at the same column positions) on the next, and gives one holdings list,
which the total printed on its last page checks (`Table.total`, `Table.adds_up`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from provcheck.extractor.document import Word
from provcheck.extractor.layout import Line
from provcheck.extractor.perdoc import once
from provcheck.extractor.tablebody import Body, carries, collect, read_line
from provcheck.extractor.tablecells import widen
from provcheck.extractor.tablecols import lost_units, unheaded, unnamed_numbers
from provcheck.extractor.tablehead import Column, find_header, header_at, headerish
from provcheck.extractor.tablepick import pick
from provcheck.extractor.tableprices import note_currency
from provcheck.extractor.tablerows import RowLines
from provcheck.extractor.tabletitles import under_other_title
from provcheck.extractor.tabletotals import build
from provcheck.models import Holding

__all__ = ["Column", "Table", "find_header", "find_holdings", "header_lines"]


def header_lines(pages: list[list[Line]]) -> frozenset[int]:
    """Ids of the lines that alone are a holdings header (`find_header`), worked out once a document."""
    return once(
        pages,
        "header_lines",
        lambda: frozenset(id(ln) for lines in pages for ln in lines if find_header(ln) is not None),
    )

_HOLDING_FIELD = {"price": "unit_price"}  # a row's cell names as a Holding names its fields


@dataclass
class Table:
    """Rows found, and the boxes of their lines (page, bbox) for evidence."""

    holdings: list[Holding] = field(default_factory=list)
    page: int = 0
    bbox: list[float] = field(default_factory=lambda: [1e9, 1e9, 0.0, 0.0])
    confidence: float = 1.0
    text: str = ""
    rows: list[tuple[int, list[Word]]] = field(default_factory=list)  # each holding's page and the words of its row
    total: str | None = None  # the totals row that ended the table (on its last page), as money
    # each holding's numbers and ISIN mended from a misreading (tablemend.py, ocrfix.py): field -> confidence
    mended: list[dict[str, float]] = field(default_factory=list)

    @property
    def adds_up(self) -> bool | None:
        """Do the holdings' values sum to the printed total; None when no total was printed."""
        if self.total is None:
            return None
        return sum((Decimal(h.value or 0) for h in self.holdings), Decimal(0)) == Decimal(self.total)

    def add_words(self, holding: Holding, page: int, words: list[Word]) -> None:
        """Add a holding read from `words` outside a table's rows (a labelled block, a grid, a sentence, cash apart)."""
        self.holdings.append(holding)
        self.rows.append((page, words))
        self.mended.append({})
        self.confidence = min(self.confidence, min(w.conf for w in words))
        if page == self.page:
            b = self.bbox
            self.bbox = [min(b[0], min(w.x0 for w in words)), min(b[1], min(w.top for w in words)),
                         max(b[2], max(w.x1 for w in words)), max(b[3], max(w.bottom for w in words))]

    def add(self, holding: Holding, read: RowLines) -> None:
        """Add a holding and the lines it was read from; the box grows on the table's first page."""
        lines = read.lines
        words = [w for b in lines for w in b.line.words]
        self.holdings.append(holding)
        self.rows.append((read.row.page, words))
        self.confidence = min(self.confidence, min(w.conf for w in words))
        mended = {_HOLDING_FIELD.get(k, k): conf for k, (_, conf) in read.row.mended.items()}
        self.mended.append(mended)
        if "value" in mended:  # the holdings' sum rests on a mended value
            self.confidence = min(self.confidence, mended["value"])
        if self.page == 0:
            self.page = read.row.page
        if self.page == read.row.page:
            b = self.bbox
            self.bbox = [
                min(b[0], min(x.line.x0 for x in lines)),
                min(b[1], min(x.line.top for x in lines)),
                max(b[2], max(x.line.x1 for x in lines)),
                max(b[3], max(x.line.bottom for x in lines)),
            ]


def _continuation(lines: list[Line], cols: list[Column]) -> tuple[int, bool] | None:
    """Where a table running on from the last page picks up: (first body line, whether a header precedes it).

    After its header repeated near the page top, else at its first full row (units or price and a value).
    """
    kinds = [c.name for c in cols]
    for k in range(min(len(lines), 20)):
        head = header_at(lines, k) if headerish(lines[k]) else None
        if head is not None and [c.name for c in head[0]] == kinds:
            return head[1] + 1, True
    for j, line in enumerate(lines[:15]):
        b = read_line(line, cols, 0)
        if b.kind == "row" and (b.units is not None or b.price is not None):
            return j, False
    return None


def _reader(got: list[Line], page: int) -> Callable[[list[Column]], list[Body]]:
    """Reads `got` with a set of columns; a set read before (the header's, the one `pick` chose) is not read again."""
    kept: dict[int, tuple[list[Column], list[Body]]] = {}  # by the set's id, the set kept alive beside its rows

    def read(cols: list[Column]) -> list[Body]:
        hit = kept.get(id(cols))
        if hit is None:
            hit = kept[id(cols)] = (cols, [read_line(ln, cols, page) for ln in got])
        return hit[1]

    return read


def _read_table(
    pages: list[list[Line]], p: int, start: int, cols: list[Column], ocr: list[bool]
) -> tuple[list[Body], int, int]:
    """The body lines of a table whose header ends above `pages[p][start]`, over as many pages as it runs.

    Returns:
        (body lines, page index and line index where reading stopped).
    """
    body: list[Body] = []
    after_header = True
    while True:
        lines = pages[p]
        got, end, why = collect(lines, start, cols, after_header)
        wide = widen(cols, got)
        read_with = _reader(got, p + 1)
        read = read_with(wide)
        picked = pick(wide, read_with)
        if picked is not None:  # a column headed like another holds the field, by the rows' arithmetic
            wide, read = picked, read_with(picked)
        named = unnamed_numbers(wide, read_with)
        if named is not None:  # units (and prices) whose headings OCR misread, named by the rows' arithmetic
            wide, read, cols = named, read_with(named), named
        elif unheaded(wide):
            return body, p, end  # a scanned header naming a value alone, whose rows no arithmetic bears out
        found = lost_units(wide, read)
        if found is not None:  # a units column whose heading OCR lost, found by the rows' arithmetic
            read = [read_line(ln, found, p + 1) for ln in got]
        for b in read:
            b.ocr = ocr[p]
        body += read
        # a table stopped by the page end, or by a gap with no more than a footer below it, runs on;
        # so does one that says so under its last row ("Continued overleaf"), whatever small print follows
        last = max((n for n, b in enumerate(read) if b.kind == "row"), default=len(read))
        said = any(b.kind == "noise" and carries(b.line.text) for b in read[last + 1 :])
        runs_on = why == "page" or (why == "gap" and len(lines) - end <= 4) or said
        nxt = _continuation(pages[p + 1], cols) if runs_on and p + 1 < len(pages) else None
        if nxt is None or nxt[0] >= len(pages[p + 1]):
            return body, p, end
        p, (start, after_header) = p + 1, nxt


def _note_pence(pages: list[list[Line]], top: tuple[int, int], end: tuple[int, int], body: list[Body]) -> None:
    """Prices no row or heading marks take a note's word for it: a caption above, a line in or below the table."""
    (p, i), (q, j) = top, end
    around = pages[p][max(0, i - 3) : i] + [b.line for b in body] + pages[q][j : j + 3]
    if note_currency([line.text for line in around]) is None:
        return
    for b in body:
        if b.price is not None and b.price_currency is None:
            b.price_currency = "GBX"


def find_holdings(pages: list[list[Line]], methods: list[str] | None = None) -> Table | None:
    """The holdings table of a document, across pages; None when there is no holdings header.

    The first header whose table yields holdings starts the list. A later table headed the same
    way whose rows have units or prices (another wrapper's: ISA, GIA, SIPP) adds its holdings,
    unless it only repeats holdings already read; other later tables (a summary, charges) are left.
    `methods` says how each page was read (`text`, `ocr`): misreadings are mended on OCR'd pages only.
    """
    ocr = [m == "ocr" for m in methods] if methods else [False] * len(pages)
    table: Table | None = None
    kinds: list[str] = []
    totals: list[str | None] = []
    p, i = 0, 0
    while p < len(pages):
        lines = pages[p]
        head = header_at(lines, i) if i < len(lines) and headerish(lines[i]) else None
        if head is not None and under_other_title(lines, i):
            head = None  # a fund switch or transactions table with a holding's columns
        if head is None:
            i += 1
            if i >= len(lines):
                p, i = p + 1, 0
            continue
        top = (p, i)
        body, p, i = _read_table(pages, p, head[1] + 1, head[0], ocr)
        _note_pence(pages, top, (p, i), body)
        found, total = build(body)
        if not found:
            continue
        if table is None:
            table, kinds = Table(), [c.name for c in head[0]]
        elif not _another_wrapper(table, kinds, head[0], found):
            continue
        totals.append(total)
        for holding, read in found:
            table.add(holding, read)
    if table is not None and totals and all(t is not None for t in totals):
        table.total = str(sum((Decimal(t) for t in totals if t is not None), Decimal(0)))
    return table


_NUMBERS = frozenset({"units", "unit_price", "value"})


def _another_wrapper(table: Table, kinds: list[str], cols: list[Column], found: list[tuple[Holding, RowLines]]) -> bool:
    """Is a later table another wrapper's holdings: the first's number columns, units or prices, no repeat?

    Its other columns may differ (a pension's table may add a "% of portfolio" or an ISIN).
    """
    if {c.name for c in cols} & _NUMBERS != set(kinds) & _NUMBERS or not any(h.units or h.unit_price for h, _ in found):
        return False
    seen = {(h.fund_name, h.units, h.value) for h in table.holdings}
    return not all((h.fund_name, h.units, h.value) in seen for h, _ in found)
