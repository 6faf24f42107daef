"""A holdings table's body made holdings, up to where its totals or a summary end it.

Sub-headings are told from fund names by their type, a group's value line by summing the rows
under it. Sub-totals, a money-in/money-out summary and carried-forward balances are no
holdings; a cash line (a value and nothing else) is one. A totals row ends the table when it
sums the rows above it and no more rows follow.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rapidfuzz.distance import Levenshtein

from provcheck.extractor.labels import norm
from provcheck.extractor.tablebody import Body, cash, group_named, name_tail, not_holding, read_isin
from provcheck.extractor.tablecells import CODE_LABEL, isin_in
from provcheck.extractor.tablemend import mend_row, table_currency
from provcheck.extractor.tablerows import RowLines, full, groups, holdings_of, orientation, room, to_holding
from provcheck.models import Holding

__all__ = ["build"]

_LETTER = re.compile(r"[A-Za-z]")


def _more_rows(body: list[Body], i: int) -> bool:
    """Does the table go on after line `i`: a holding row (full, or cash) within the next few lines?"""
    for b in body[i + 1 : i + 5]:
        if b.kind == "total":
            return False
        if b.kind == "row":
            return b.units is not None or b.price is not None or cash(b.fund)
    return False


def _full_row_after(body: list[Body], row: Body) -> bool:
    """Is a row with units or a price still to come after `row` (before a totals row)?"""
    for b in body[next(n for n, x in enumerate(body) if x is row) + 1 :]:
        if b.kind == "total":
            return False
        if b.kind == "row" and (b.units is not None or b.price is not None):
            return True
    return False


def _group_follows(body: list[Body], i: int) -> bool:
    """After the total at line `i`: a sub-heading, then a full row (a wrapper's or group's own table).

    The row may follow its fund name's first lines (a name wrapped above its numbers).
    """
    rest = [b for b in body[i + 1 : i + 7] if b.kind != "noise"]
    if not rest or rest[0].kind != "heading":
        return False
    row = next((b for b in rest[1:] if b.kind != "text"), None)
    return row is not None and row.kind == "row" and (row.units is not None or row.price is not None)


def _page_total(body: list[Body], i: int, running: Decimal) -> bool:
    """Is the total at line `i` a page's, its table running on: a later total sums every row, this one's too?

    A table continued over pages may print a total at each page's foot ("Total" of the page, or
    of the rows so far); the total on the last page checks the whole list.
    """
    later = [b for b in body[i + 1 : i + 5] if b.kind == "row"]
    if not later or later[0].page == body[i].page:
        return False
    acc = running
    for b in body[i + 1 :]:
        if b.kind == "row" and (b.units is not None or b.price is not None or cash(b.fund)):
            acc += Decimal(b.value or 0)
        elif b.kind == "total" and b.value is not None and Decimal(b.value) == acc:
            return True
    return False


# how much larger than its rows' an OCR'd line's type must measure to be a sub-heading, and how
# much smaller to be small print, as shares of the rows' size
OCR_LARGER, OCR_SMALLER = 0.2, 0.15


def _mark_headings(body: list[Body]) -> None:
    """Text set in another type than the fund names of the rows is a sub-heading ("UK EQUITIES"), or small print."""
    # the fund names' type: the rows' own, else (numbers set apart from wrapped names) the text lines'
    rows = [b for b in body if b.kind == "row" and b.fund] or [b for b in body if b.kind == "text" and b.fund]
    if not rows:
        return

    def style(b: Body) -> tuple[bool, float, bool]:
        words = [w for w in b.line.words if _LETTER.search(w.text)] or b.line.words
        letters = [c for c in b.fund if c.isalpha()]
        sizes = sorted(w.size or (w.bottom - w.top) for w in words)
        return (
            len(letters) >= 3 and all(c.isupper() for c in letters),
            sizes[len(sizes) // 2],
            all(w.bold for w in words),
        )

    caps, sizes, bold = zip(*(style(b) for b in rows), strict=True)
    row_caps = sum(caps) > len(rows) / 2
    row_size = sorted(sizes)[len(sizes) // 2]
    # OCR measures a row by its whole line's ink, which a "£", a bracketed loss or a descender among its
    # numbers makes taller, never shorter than its letters: small print is smaller than the smallest row
    least = min(sizes)
    row_bold = sum(bold) > len(rows) / 2
    width = max((b.fund_words[-1].x1 - b.fund_words[0].x0 for b in body if b.fund_words), default=0.0)
    for n, b in enumerate(body):
        if b.kind != "text":
            continue
        if isin_in(b.fund) or CODE_LABEL.search(b.fund) or name_tail(b.fund):
            continue  # "ISIN GB00..." in small type under a name belongs to it, as does a wrapped "GBP"
        if b.ocr and n and body[n - 1].kind == "row" and full(body[n - 1], b, width):
            continue  # under a row whose name had no room for its first word: the name runs on, whatever OCR measures
        c, size, bd = style(b)
        # OCR measures a line's size from its ink: a short line ("C Acc", "Accumulation Units") reads
        # a point or more off its row's (bench/scantables), so only a clearly other type tells there
        larger = max(0.6, OCR_LARGER * row_size) if b.ocr else 0.6
        smaller = max(1.0, OCR_SMALLER * row_size) if b.ocr else 1.0
        if size < (least if b.ocr else row_size) - smaller:
            b.kind = "noise"  # small print under a table (a footer, a note), not a name
        elif (c and not row_caps) or size > row_size + larger or (bd and not row_bold) or b.fund.endswith(":"):
            b.kind = "heading"


def _mark_named_groups(body: list[Body]) -> None:
    """Text the next totals row names is its group's sub-heading: "UK Equities" over "Total UK Equities".

    Set in the fund names' own type, such a line is told by nothing else; OCR may misread a letter of either.
    """
    for n, b in enumerate(body):
        if b.kind != "text" or not b.fund:
            continue
        total = next((c for c in body[n + 1 :] if c.kind == "total"), None)
        name = group_named(total.line) if total is not None else ""
        text = norm(b.fund)
        if name and Levenshtein.distance(name, text) <= len(text) // 10:
            b.kind = "heading"


def _mark_group_values(body: list[Body]) -> None:
    """A line with a value and nothing else that sums the rows below it heads their group ("Equities £4,000")."""
    for n, b in enumerate(body):
        if b.kind != "row" or b.units is not None or b.price is not None or b.value is None or cash(b.fund):
            continue
        total, rows = Decimal(0), 0
        for c in body[n + 1 :]:
            if c.kind == "row" and (c.units is not None or c.price is not None or cash(c.fund)):
                total += Decimal(c.value or 0)
                rows += 1
            elif c.kind in ("row", "total", "heading"):
                break
        if rows >= 1 and total == Decimal(b.value):
            b.kind = "heading"


def build(body: list[Body]) -> tuple[list[tuple[Holding, RowLines]], str | None]:
    """The holdings of a table's body lines, each with the lines it was read from, in order.

    Each row OCR read is first mended by its own arithmetic (tablemend.py), and its ISIN by its
    check digits (ocrfix.py); a text layer's characters are sure, and stay. The printed total checks the
    mended values: where the values as read sum to it and the mended ones do not, the values
    stay as read.

    Returns:
        (holdings and their lines, the value of the totals row that ended the table or None).
    """
    currency = table_currency(body)
    for b in body:
        if b.ocr and "isin" in b.texts:
            b.isin = read_isin(b.texts["isin"], b)
        if b.ocr and b.kind == "row":
            mend_row(b, currency)
    found, total = _build(body)
    if total is not None and any("value" in h.row.mended for _, h in found):
        as_read = sum((Decimal(h.row.mended.get("value", (x.value, 0))[0] or 0) for x, h in found), Decimal(0))
        mended = sum((Decimal(x.value or 0) for x, _ in found), Decimal(0))
        if as_read == Decimal(total) != mended:
            for b in body:
                if "value" in b.mended:
                    b.value = b.mended.pop("value")[0]
            found, total = _build(body)
    return found, total


def _build(body: list[Body]) -> tuple[list[tuple[Holding, RowLines]], str | None]:
    out: list[tuple[Holding, RowLines]] = []
    _mark_headings(body)
    _mark_named_groups(body)
    _mark_group_values(body)
    blocks = groups(body)
    names_run = orientation(blocks)
    width = room(blocks)
    flat = [b for block in blocks for b in block]
    index = {id(b): n for n, b in enumerate(flat)}
    running = Decimal(0)
    group = Decimal(0)  # the holdings' values since the last sub-heading or sub-total
    grouped = False
    after_break = False  # a sub-heading or sub-total since the last holding
    for block in blocks:
        first = block[0]
        if first.kind == "total":
            label = norm(first.line.segments[0].text)
            at = index[id(first)]
            if label.startswith("sub"):
                after_break, group = True, Decimal(0)
                continue
            if _page_total(flat, at, running):
                continue
            equal = first.value is not None and Decimal(first.value) == running
            if first.value is not None and Decimal(first.value) == group and _group_follows(flat, at):
                # "Total ISA" over the next wrapper's heading and rows: one group's total, the table goes on
                grouped = after_break = True
                group = Decimal(0)
                continue
            of_group = first.value is not None and Decimal(first.value) == group
            if (equal or of_group) and any(b.kind == "total" for b in flat[at + 1 : at + 3]):
                after_break, group = True, Decimal(0)
                continue  # a sub-total (the table's, or its last group's) just before the grand total
            if _more_rows(flat, at) and (grouped or not equal):
                after_break, group = True, Decimal(0)
                continue
            return out, first.value
        if first.kind == "noise":
            continue
        if first.kind == "heading":
            grouped = after_break = True
            group = Decimal(0)
            continue
        found, heading = holdings_of(block, names_run, width)
        if heading:
            grouped = after_break = True  # a sub-heading: the table is grouped
            group = Decimal(0)
            continue
        for h in found:
            holding = to_holding(h)
            if holding is None:
                continue
            value_only = holding.units is None and holding.unit_price is None
            if value_only and not_holding(holding.fund_name or ""):
                return out, None  # a money-in/money-out summary: the holdings are over
            if value_only and not cash(holding.fund_name or "") and (after_break or not _full_row_after(flat, h.row)):
                # amounts with no units under a new heading, or trailing the table: plan facts, not holdings
                return out, None
            out.append((holding, h))
            running += Decimal(holding.value or 0)
            group += Decimal(holding.value or 0)
            after_break = False
    return out, None
