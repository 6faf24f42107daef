"""A holdings table's body: the lines under its header, each read as a row, a total or text.

The lines below a header, up to a wide gap, a sentence, another table's header or the page end,
are the table's body; a repeated header ("continued") is passed over. A body line is a row (it
has a value), a totals row, text (a wrapped fund name or a sub-heading, told apart later in
tablerows.py and tabletotals.py) or noise: layout words such as "Continued overleaf",
carried-forward balances, page numbers and notes under the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from provcheck.extractor.document import Word
from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line
from provcheck.extractor.ocrfix import MENDED, UNSETTLED, repair_isin, unsettled_isin
from provcheck.extractor.parsers import find_money, parse_decimal, parse_isin
from provcheck.extractor.tablecells import assign, text_of
from provcheck.extractor.tablehead import Column, header_at, headerish
from provcheck.extractor.tableprices import cell_currency
from provcheck.extractor.tabletitles import other_title
from provcheck.rules import load_labels

__all__ = ["Body", "carries", "cash", "collect", "group_named", "not_holding", "read_isin", "read_line"]

_PAGE_NUMBER = re.compile(r"(?i)^\W*page \d+(?: of \d+)?\W*$")
# the end of a wrapped name: "3", "2035", "40-85%", or a share class OCR read with a "$" ("$2": fundwords.py)
_NAME_NUMBER = re.compile(r"^(?:\d{1,4}(?:-\d{1,4})?%?|\$\d{1,2})$")


@lru_cache(maxsize=8)
def _normed(key: str) -> tuple[str, ...]:
    """A word list of labels.yaml (`totals`, `cash_lines`…), each entry as `norm` gives it, read once."""
    return tuple(norm(t) for t in getattr(load_labels(), key))


def carries(text: str) -> bool:
    """Does a line carry the table over a page ("Continued overleaf", "Brought forward", "Page 2 of 3")?"""
    t = f" {norm(text)} "
    return bool(_PAGE_NUMBER.match(text)) or any(f" {c} " in t for c in _normed("carried_lines"))


def _starts(text: str, phrases: tuple[str, ...]) -> bool:
    t = norm(text)
    return any(t == p or t.startswith(p + " ") for p in phrases)


def not_holding(text: str) -> bool:
    """Does a name start as a money-in/money-out summary line does (labels.yaml `not_holdings`)?"""
    return _starts(text, _normed("not_holdings"))


def name_tail(text: str) -> bool:
    """Is a line only a fund name's share class or currency (labels.yaml `name_tails`: "GBP", "Acc GBP")?"""
    return norm(text) in _normed("name_tails")


def cash(text: str) -> bool:
    """Does a name say cash (labels.yaml `cash_lines`): a holding with a value and nothing else."""
    t = f" {norm(text)} "
    return any(f" {c} " in t for c in _normed("cash_lines"))


@dataclass
class Body:
    """One body line, read: what kind of line it is and its cells."""

    line: Line
    page: int
    kind: str  # row | total | text | heading | noise
    fund: str = ""
    value: str | None = None
    units: str | None = None
    price: str | None = None
    isin: str | None = None
    isin_col: bool = False
    fund_words: list[Word] = field(default_factory=list)
    price_currency: str | None = None  # what the row or its column marks the price in (tableprices.py)
    texts: dict[str, str] = field(default_factory=dict)  # units, price, value: each cell's text as printed
    confs: dict[str, float] = field(default_factory=dict)  # ... and the confidence its words were read with
    mended: dict[str, tuple[str | None, float]] = field(default_factory=dict)  # field: (as read, its confidence)
    ocr: bool = False  # read by OCR: only then may a misreading be mended (a text layer's characters are sure)


def read_isin(text: str, body: Body) -> str | None:
    """The ISIN of a row's ISIN cell; a misread one mended by its check digits (ocrfix.py), noted in `body.mended`.

    The cell's words are joined first: OCR splits a code at a misjudged gap, or glues a rule's
    underscores to it ("GBOOBR9PNKS3___"). A code-shaped cell no check settles is kept, with lower
    confidence (`unsettled_isin`), so the `isin` check reports it as unsure instead of it vanishing.
    """
    code = parse_isin(text)
    joined = "".join(ch for ch in text if ch.isalnum())
    for read in (joined, code):
        fixed = repair_isin(read) if read and len(read) in (12, 13) else None
        if fixed is not None:
            if fixed != read:
                body.mended["isin"] = (code, MENDED * body.confs.get("isin", 1.0))
            return fixed
    kept = unsettled_isin(code or joined)
    if kept is not None:
        # no check settles it: kept, unsure, for the `isin` check to report rather than lost (issue 10)
        body.mended["isin"] = (code, UNSETTLED * body.confs.get("isin", 1.0))
        return kept
    return code


def is_total(line: Line) -> bool:
    """A totals row's label: "Total value", or a group's or wrapper's name then "total" ("ISA total")."""
    first = line.segments[0].text if line.segments else ""
    t = norm(first)
    return _starts(first, _normed("totals")) or any(t.endswith(" " + p) for p in _normed("totals_after"))


def group_named(line: Line) -> str:
    """The group a totals row names, as `norm` gives it ("Total UK Equities", "UK Equities total"); "" for none."""
    t = norm(line.segments[0].text if line.segments else "")
    for p in sorted(_normed("totals_after"), key=len, reverse=True):
        if t.startswith(p + " "):
            return t[len(p) + 1 :]
        if t.endswith(" " + p):
            return t[: -len(p) - 1]
    return ""


def _note(text: str) -> bool:
    """A note under a table ("Prices are bid prices.", "* Closed to new money"), not part of a name."""
    words = text.split()
    lower = sum(w[:1].islower() for w in words)
    return (
        text.startswith(("*", "†", "Note", "Source"))
        or len(words) >= 2
        and text.endswith((".", ","))
        or len(words) >= 3
        and lower > len(words) / 2
    )


def _own_marks(words: list[Word]) -> list[str]:
    """A price cell's words that can mark the price, a bare sign after its number left out.

    "878.96 £ 27,786.98": the value's "£", set apart and nearer the price column, is the next column's.
    """
    last = max((i for i, w in enumerate(words) if re.search(r"\d", w.text)), default=len(words))
    return [w.text for i, w in enumerate(words) if i <= last or re.search(r"\w", w.text)]


def read_line(line: Line, cols: list[Column], page: int) -> Body:
    """A body line's cells and kind."""
    cells = assign(line.words, cols)
    fund = text_of(cells.get("fund_name", []))
    value = find_money(text_of(cells.get("value", [])))
    units = parse_decimal(text_of(cells.get("units", []))) if cells.get("units") else None
    price = parse_decimal(text_of(cells.get("unit_price", []))) if cells.get("unit_price") else None
    isin_words = cells.get("isin", [])
    body = Body(line, page, "text", fund, value[0] if value else None, units, price, None, "isin" in cells)
    body.fund_words = cells.get("fund_name", [])
    for name, col in (("units", "units"), ("price", "unit_price"), ("value", "value"), ("isin", "isin")):
        if cells.get(col):
            body.texts[name] = text_of(cells[col])
            body.confs[name] = min(w.conf for w in cells[col])
    if isin_words:
        body.isin = parse_isin(text_of(isin_words))
    if price is not None:
        # the price's own mark ("152.34p"), else its heading's ("Price (p)"), else a currency column ("GBX")
        heading = next((c.currency for c in cols if c.name == "unit_price"), None)
        body.price_currency = (
            cell_currency(_own_marks(cells.get("unit_price", [])))
            or heading
            or cell_currency([w.text for w in cells.get("currency", [])])
        )
    if units is None and price is None and carries(fund or line.text):
        body.kind = "noise"  # "Carried forward 12,345.00", "Continued overleaf"
    elif is_total(line) and units is None and price is None:
        body.kind = "total"
        if body.value is None:
            money = find_money(line.text)
            body.value = money[0] if money else None
    elif body.value is not None:
        body.kind = "row"
    elif not (re.search(r"[A-Za-z]", fund) or _NAME_NUMBER.match(fund)) or _note(fund):
        body.kind = "noise"
    return body


def collect(lines: list[Line], start: int, cols: list[Column], first: bool) -> tuple[list[Line], int, str]:
    """The body lines from `lines[start]` on: (lines, index after them, why they stopped).

    They stop at a wide gap, a sentence, another table's header, a dealings table's title
    (tabletitles.py), or the page end ("page").
    """
    kinds = [c.name for c in cols]
    out: list[Line] = []
    ref = lines[start - 1] if first and start > 0 else lines[start]
    line_h = max(ref.bottom - ref.top, 6.0)
    last_bottom = ref.bottom if first else lines[start].top
    i = start
    while i < len(lines):
        line = lines[i]
        if line.top - last_bottom > 3.2 * line_h:
            return out, i, "gap"
        if other_title(line) and any(header_at(lines, k) for k in range(i + 1, min(i + 3, len(lines)))):
            return out, i, "title"  # "Funds switched in" over a header: a dealings table, not more holdings
        if headerish(line):
            head = header_at(lines, i)
            if head is not None:
                if [c.name for c in head[0]] != kinds:
                    return out, i, "header"
                i = head[1] + 1  # a repeated header ("continued")
                last_bottom = lines[head[1]].bottom
                continue
        elif len(line.words) > 8 and _prose_line(line):
            return out, i, "prose"
        out.append(line)
        last_bottom = line.bottom
        i += 1
    return out, i, "page"


def _prose_line(line: Line) -> bool:
    words = line.words
    lower = sum(w.text[:1].islower() for w in words)
    return len(line.segments) <= 2 and lower >= 0.4 * len(words)
