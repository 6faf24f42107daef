"""Holdings tables, found by what their header means, not where it sits.

A header is a line whose segments name at least a fund column, a value column and a units or
price column (labels.yaml `holdings_columns`, matched fuzzily). Rows follow until a totals row,
a gap or the end of the page; a table that runs off a page continues under a repeated header
(or at the same column positions) on the next. Wrapped fund names are joined to their row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from provcheck.extractor.document import Word
from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line
from provcheck.extractor.parsers import find_money, parse_decimal, parse_isin
from provcheck.models import Holding
from provcheck.rules import load_labels

NUMERIC = ("units", "unit_price", "value")


@dataclass
class Column:
    """A table column: its meaning and its header's horizontal extent."""

    name: str
    x0: float
    x1: float


@dataclass
class Table:
    """Rows found, and the boxes of their lines (page, bbox) for evidence."""

    holdings: list[Holding] = field(default_factory=list)
    page: int = 0
    bbox: list[float] = field(default_factory=lambda: [1e9, 1e9, 0.0, 0.0])
    confidence: float = 1.0
    text: str = ""
    rows: list[tuple[int, list[Word]]] = field(default_factory=list)  # each holding's page and the words of its row


@lru_cache(maxsize=1)
def _columns() -> list[tuple[str, str]]:
    cols = load_labels().holdings_columns
    out = [(name, norm(s)) for name, syns in cols.items() for s in syns]
    out.sort(key=lambda t: -len(t[1]))
    return out


@lru_cache(maxsize=1)
def _value_words() -> frozenset[str]:
    """Every word of the value column's headings: a header line holds at least one of them."""
    return frozenset(w for syn in load_labels().holdings_columns["value"] for w in norm(syn).replace("£", " ").split())


@lru_cache(maxsize=1)
def _totals() -> tuple[str, ...]:
    return tuple(norm(t) for t in load_labels().totals)


@lru_cache(maxsize=8192)  # every line of every page is asked whether it is a header; texts repeat
def _column_of(text: str, whole: bool = False) -> str | None:
    t = norm(text).replace(" £", "").replace("£", "").strip()
    for name, syn in _columns():
        if t == syn or (not whole and t.startswith(syn + " ")) or (len(syn) >= 5 and fuzz.ratio(t, syn) >= 88):
            return name
    return None


# an amount with pence, though a sentence's full stop may follow it; a date (31.12.2025) is not one
AMOUNT = re.compile(r"(?<![\d.])\d[\d,]*\.\d{2}(?!\d)(?!\.\d)")


def _prose(words: list[Word]) -> bool:
    """A sentence rather than column headings: many words, a good share of them lower case."""
    if len(words) <= 8:
        return False
    lower = sum(w.text[:1].islower() for w in words)
    return lower >= 0.4 * len(words) or words[-1].text.endswith((".", ","))


def _split_header(words: list[Word]) -> list[Column]:
    """Parse a header segment into columns, longest label first ("Units held Unit price (£)" is two)."""
    cols: list[Column] = []
    i = 0
    while i < len(words):
        for k in range(min(5, len(words) - i), 0, -1):
            name = _column_of(" ".join(w.text for w in words[i : i + k]), whole=True)
            if name is not None:
                cols.append(Column(name, words[i].x0, words[i + k - 1].x1))
                i += k
                break
        else:
            if cols and words[i].x0 - cols[-1].x1 < 8:
                cols[-1].x1 = words[i].x1  # "(£)" and the like belong to the label before
            i += 1
    return cols


def find_header(line: Line) -> list[Column] | None:
    """The table columns if `line` is a holdings header, else None."""
    text_layer = all(w.conf >= 1.0 for w in line.words)  # OCR'd words may be misspelt: no shortcut
    if text_layer and not _value_words().intersection(norm(line.text).split()):
        return None  # no word that could head a value column: most lines stop here, cheaply
    if len(line.words) > 16 or any(AMOUNT.search(w.text) for w in line.words):
        return None  # a row or a sentence quoting an amount, not a header
    if any(_prose(seg.words) for seg in line.segments):
        return None  # running prose ("the total value of your ISA was ...") names columns by chance
    cols: list[Column] = []
    for seg in line.segments:
        name = _column_of(seg.text)
        if name is not None and len(seg.words) <= 3:
            cols.append(Column(name, seg.x0, seg.x1))
        else:
            cols.extend(_split_header(seg.words))
    names = [c.name for c in cols]
    if "value" not in names or not ({"units", "unit_price"} & set(names)):
        return None
    if "fund_name" not in names:
        # the fund column is often headed by nothing or by a word we do not know: it is the leftmost
        if cols[0].x0 > 60:
            cols.insert(0, Column("fund_name", line.x0 - 400, cols[0].x0 - 10))
        else:
            return None
    # one column per kind: the first occurrence wins ("Value" may repeat as "Total value")
    seen: set[str] = set()
    unique = []
    for c in sorted(cols, key=lambda c: c.x0):
        if c.name not in seen:
            seen.add(c.name)
            unique.append(c)
    return unique


def _assign(words: list[Word], cols: list[Column]) -> dict[str, list[Word]]:
    """Put each word in the column whose header it overlaps most, else the nearest one."""
    cells: dict[str, list[Word]] = {c.name: [] for c in cols}
    prev: Word | None = None
    prev_col = ""
    for w in words:
        near = prev is not None and w.x0 - prev.x1 < 0.6 * max(w.bottom - w.top, 4.0)
        prev = w
        if near and prev_col in ("fund_name",):
            # "Class 2 Acc", "40-85%": a word-spaced continuation of a fund name stays in it
            cells[prev_col].append(w)
            continue
        if not re.search(r"\d", w.text) or re.search(r"[a-z]{2}", w.text):
            # text is left-aligned: it belongs to the rightmost column starting at or before it
            left = [c for c in cols if c.x0 <= w.x0 + 2]
            if left and not any(min(w.x1, c.x1) - max(w.x0, c.x0) > 0 for c in cols if c not in left[-1:]):
                cells[left[-1].name].append(w)
                prev_col = left[-1].name
                continue
        best, best_key = cols[0], None
        for c in cols:
            overlap = min(w.x1, c.x1) - max(w.x0, c.x0)
            gap = 0.0 if overlap > 0 else -overlap
            key = (gap, -overlap)
            if best_key is None or key < best_key:
                best, best_key = c, key
        cells[best.name].append(w)
        prev_col = best.name
    return cells


def _is_total(line: Line) -> bool:
    first = norm(line.segments[0].text) if line.segments else ""
    return any(first == t or first.startswith(t + " ") for t in _totals())


def read_rows(
    lines: list[Line], start: int, cols: list[Column], table: Table, page: int, first: int | None = None
) -> tuple[int, bool]:
    """Read rows after a header at `lines[start]` (or from `lines[first]` on a continuation page).

    Returns:
        (next line index, whether a totals row ended the table).
    """
    ref = lines[start] if first is None else lines[first]
    line_h = max(ref.bottom - ref.top, 6.0)
    last_bottom = ref.bottom if first is None else ref.top
    pending: list[str] = []
    i = start + 1 if first is None else first
    while i < len(lines):
        line = lines[i]
        if line.top - last_bottom > 3.2 * line_h:
            break
        if _is_total(line):
            return i + 1, True
        if find_header(line) is not None:  # a repeated header ("continued")
            last_bottom = line.bottom
            i += 1
            continue
        cells = _assign(line.words, cols)
        value = find_money(" ".join(w.text for w in cells.get("value", [])))
        fund_words = cells.get("fund_name", [])
        fund_text = " ".join(w.text for w in fund_words).strip()
        if value is None:
            numeric = any(cells.get(n) for n in NUMERIC)
            if fund_text and not numeric and table.holdings and line.top - last_bottom < 1.2 * line_h and not pending:
                # a wrapped fund name continues the row above
                h = table.holdings[-1]
                code = parse_isin(fund_text)
                if code and h.isin is None and "isin" not in cells:
                    # "ISIN: GB00..." printed under the fund name: an identifier, not part of the name
                    h.isin = code
                    fund_text = re.sub(r"(?i)\bisin\b\s*:?\s*" + code + r"|" + code, "", fund_text).strip()
                if fund_text:
                    h.fund_name = f"{h.fund_name or ''} {fund_text}".strip()
            elif fund_text and not numeric:
                pending.append(fund_text)
            else:
                break
            last_bottom = line.bottom
            i += 1
            continue
        if pending and not fund_text:
            fund_text, pending = " ".join(pending), []
        elif pending:
            fund_text, pending = " ".join([*pending, fund_text]), []
        isin_words = cells.get("isin", [])
        isin = parse_isin(" ".join(w.text for w in isin_words)) if isin_words else None
        if isin is None and "isin" not in cells:
            isin = parse_isin(fund_text)
            if isin:
                fund_text = " ".join(t for t in fund_text.split() if parse_isin(t) is None)
        holding = Holding(
            fund_name=" ".join(fund_text.split()) or None,
            isin=isin,
            units=parse_decimal(" ".join(w.text for w in cells.get("units", []))),
            unit_price=parse_decimal(" ".join(w.text for w in cells.get("unit_price", []))),
            value=value[0],
        )
        table.holdings.append(holding)
        table.rows.append((page, list(line.words)))
        table.confidence = min(table.confidence, min(w.conf for w in line.words))
        if table.page == 0:
            table.page = page
        if table.page == page:
            b = table.bbox
            table.bbox = [min(b[0], line.x0), min(b[1], line.top), max(b[2], line.x1), max(b[3], line.bottom)]
        last_bottom = line.bottom
        i += 1
    return i, False


def find_holdings(pages: list[list[Line]]) -> Table | None:
    """The holdings table of a document, across pages; None when there is no holdings header."""
    table = Table()
    cols: list[Column] | None = None
    open_table = False
    for page_no, lines in enumerate(pages, start=1):
        i = 0
        if open_table and cols and not any(find_header(ln) for ln in lines[:15]):
            # the table runs on with no repeated header: pick it up at the first row-shaped line
            for j, line in enumerate(lines[:15]):
                cells = _assign(line.words, cols)
                if cells.get("fund_name") and find_money(" ".join(w.text for w in cells.get("value", []))):
                    i, ended = read_rows(lines, j, cols, table, page_no, first=j)
                    open_table = not ended
                    if ended:
                        return table
                    break
        while i < len(lines):
            header = find_header(lines[i])
            if header is None:
                i += 1
                continue
            if table.holdings and not open_table:
                return table  # a second table after a finished one (e.g. a summary): keep the first
            cols = header
            i, ended = read_rows(lines, i, cols, table, page_no)
            open_table = not ended
            if ended:
                return table
        if not open_table:
            continue
    return table if table.holdings else None
