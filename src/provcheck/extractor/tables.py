"""Holdings tables, found by what their header means, not where it sits.

The header (tablehead.py) gives the columns. The lines below it, up to a wide gap, a sentence,
another table's header or the page end, are the table's body; a table that runs off a page
continues under a repeated header (or at the same column positions) on the next. Words go to
columns by where they sit, after each column's extent has been widened to the numbers printed
under it (numbers are often right-aligned under left-aligned headings). A body line is a row
(it has a value), a totals row, or text: text tightly spaced with a row is that row's wrapped
fund name (above or below its numbers), text standing apart is a sub-heading. Sub-totals, a
money-in/money-out summary and carried-forward balances are no holdings; a cash line (a value
and nothing else) is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from provcheck.extractor.document import Word
from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line
from provcheck.extractor.parsers import find_money, parse_decimal, parse_isin
from provcheck.extractor.tablehead import AMOUNT, Column, find_header, header_at, headerish
from provcheck.models import Holding
from provcheck.rules import load_labels

__all__ = ["Column", "Table", "find_header", "find_holdings"]

# layout words between rows that belong to no holding
_NOISE = re.compile(r"(?i)\bcontinued\b|\boverleaf\b|^\W*page \d+(?: of \d+)?\W*$|carried forward|brought forward")
_LEADER = re.compile(r"(?:\.{2,}|…+|·{2,}|_{3,})")
_CODE_LABEL = re.compile(r"(?i)\b(?:isin(?: code)?|sedol|citicode)\b\s*:?(?:\s*[0-9B-DF-HJ-NP-TV-Z]{6}\d\b)?")
_NAME_NUMBER = re.compile(r"^\d{1,4}(?:-\d{1,4})?%?$")  # the end of a wrapped name: "3", "2035", "40-85%"
_CURRENCY = frozenset({"£", "GBP", "EUR", "USD", "€", "$"})


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
def _totals() -> tuple[str, ...]:
    return tuple(norm(t) for t in load_labels().totals)


@lru_cache(maxsize=1)
def _not_holdings() -> tuple[str, ...]:
    return tuple(norm(t) for t in load_labels().not_holdings)


@lru_cache(maxsize=1)
def _cash_words() -> tuple[str, ...]:
    return tuple(norm(t) for t in load_labels().cash_lines)


def _starts(text: str, phrases: tuple[str, ...]) -> bool:
    t = norm(text)
    return any(t == p or t.startswith(p + " ") for p in phrases)


def _cash(text: str) -> bool:
    t = f" {norm(text)} "
    return any(f" {c} " in t for c in _cash_words())


# --- words to columns --------------------------------------------------------------------------


def _numeric(w: Word) -> bool:
    return bool(re.search(r"\d", w.text)) and not re.search(r"[a-z]{2}", w.text)


def _clean_words(words: list[Word]) -> list[Word]:
    """Drop dot leaders ("Fund A ........ 1,234.00"), also when glued to a word."""
    out = []
    for w in words:
        m = _LEADER.search(w.text)
        if m is None:
            out.append(w)
            continue
        share = (w.x1 - w.x0) / max(len(w.text), 1)
        for start, end in ((0, m.start()), (m.end(), len(w.text))):
            part = w.text[start:end].strip(".…·_ ")
            if part:
                x0 = w.x0 + share * w.text.index(part, start)
                out.append(Word(part, x0, w.top, x0 + share * len(part), w.bottom, w.conf, w.size, w.bold))
    return [w for w in out if w.text.strip(".…·_")]


def _widen(cols: list[Column], lines: list[Line]) -> list[Column]:
    """Each column widened to the numbers printed under it alone: their alignment is the column's."""
    out = [Column(c.name, c.x0, c.x1) for c in cols]
    for line in lines:
        if not AMOUNT.search(line.text):
            continue
        for w in line.words:
            if not _numeric(w):
                continue
            over = [c for c in cols if min(w.x1, c.x1) - max(w.x0, c.x0) > 0]
            if len(over) == 1 and over[0].name != "fund_name":
                o = out[cols.index(over[0])]
                o.x0, o.x1 = min(o.x0, w.x0), max(o.x1, w.x1)
    for a, b in zip(out, out[1:], strict=False):  # widened columns must not run into each other
        if a.x1 > b.x0:
            mid = (max(a.x0, b.x0) + min(a.x1, b.x1)) / 2
            a.x1, b.x0 = min(a.x1, mid), max(b.x0, mid)
    return out


def _pick(w: Word, cols: list[Column]) -> Column:
    overlaps = [(min(w.x1, c.x1) - max(w.x0, c.x0), c) for c in cols]
    inside = [(o, c) for o, c in overlaps if o > 0]
    left = [c for c in cols if c.x0 <= w.x0 + 2]
    if not _numeric(w) and left and all(c is left[-1] for _, c in inside):
        return left[-1]  # text is left-aligned: the rightmost column starting at or before it
    if inside:
        # the most overlap; of two close ones, the column whose right edge the number is set against
        return max(inside, key=lambda oc: oc[0] + (4.0 if abs(oc[1].x1 - w.x1) < 2.5 else 0.0))[1]
    if left:
        return left[-1]  # right-aligned numbers under left-aligned headings lie right of theirs
    return min(cols, key=lambda c: c.x0 - w.x1)


def assign(words: list[Word], cols: list[Column]) -> dict[str, list[Word]]:
    """Put each word of a line in a column (by name; unnamed columns pool under `other`)."""
    cells: dict[str, list[Word]] = {c.name: [] for c in cols}
    prev: Word | None = None
    prev_col = ""
    words = _clean_words(words)

    def spaced(a: Word, b: Word) -> bool:  # one word space apart, as words of a name are
        return b.x0 - a.x1 < 0.6 * max(b.bottom - b.top, 4.0)

    for n, w in enumerate(words):
        near = prev is not None and spaced(prev, w)
        prev = w
        if near and prev_col == "fund_name":
            # "Class 2 Acc", "40-85%": a word-spaced continuation of a fund name stays in it
            cells[prev_col].append(w)
            continue
        col = _pick(w, cols)
        if col.name == "fund_name" and w.text in _CURRENCY and not (n + 1 < len(words) and spaced(w, words[n + 1])):
            prev_col = ""
            continue  # a currency mark set apart ("£   1,234.56"), not part of a name ("R GBP Acc")
        cells[col.name].append(w)
        prev_col = col.name
    return cells


def _isin_in(text: str) -> str | None:
    """An ISIN printed in a name's text: a word of its own ("ISIN: GB00...", "(GB00...)"), else spaced out."""
    for token in text.split():
        code = parse_isin(token.strip("()[],:;"))
        if code:
            return code
    return parse_isin(_CODE_LABEL.sub(" ", text))


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words).strip()


# --- body lines --------------------------------------------------------------------------------


@dataclass
class _Body:
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


def _is_total(line: Line) -> bool:
    first = line.segments[0].text if line.segments else ""
    return _starts(first, _totals())


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


def _read_line(line: Line, cols: list[Column], page: int) -> _Body:
    cells = assign(line.words, cols)
    fund = _text(cells.get("fund_name", []))
    value = find_money(_text(cells.get("value", [])))
    units = parse_decimal(_text(cells.get("units", []))) if cells.get("units") else None
    price = parse_decimal(_text(cells.get("unit_price", []))) if cells.get("unit_price") else None
    isin_words = cells.get("isin", [])
    body = _Body(line, page, "text", fund, value[0] if value else None, units, price, None, "isin" in cells)
    body.fund_words = cells.get("fund_name", [])
    if isin_words:
        body.isin = parse_isin(_text(isin_words))
    if units is None and price is None and _NOISE.search(fund or line.text):
        body.kind = "noise"  # "Carried forward 12,345.00", "Continued overleaf"
    elif _is_total(line) and units is None and price is None:
        body.kind = "total"
        if body.value is None:
            money = find_money(line.text)
            body.value = money[0] if money else None
    elif body.value is not None:
        body.kind = "row"
    elif not (re.search(r"[A-Za-z]", fund) or _NAME_NUMBER.match(fund)) or _note(fund):
        body.kind = "noise"
    return body


def _collect(lines: list[Line], start: int, cols: list[Column], first: bool) -> tuple[list[Line], int, str]:
    """The body lines from `lines[start]` on: (lines, index after them, why they stopped).

    They stop at a wide gap, a sentence, another table's header, or the page end ("page").
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


# --- rows to holdings --------------------------------------------------------------------------


def _groups(body: list[_Body]) -> list[list[_Body]]:
    """Rows and text split into blocks of tightly spaced lines; totals, headings and noise stand alone.

    Lines of one row sit at the name's leading (their boxes touch or overlap, as numbers set
    midway between two name lines do); rows are set apart by padding or a rule's space.
    """
    pairs = [
        (a, b)
        for a, b in zip(body, body[1:], strict=False)
        if a.page == b.page and "row" in (a.kind, b.kind) and {a.kind, b.kind} <= {"row", "text"}
    ]
    gaps = [b.line.top - a.line.bottom for a, b in pairs]
    heights = sorted(b.line.bottom - b.line.top for b in body) or [10.0]
    limit = max(min(gaps, default=0.0), 0.0) + max(1.5, 0.25 * heights[len(heights) // 2])
    blocks: list[list[_Body]] = []
    for b in body:
        prev = blocks[-1][-1] if blocks else None
        if (
            prev is not None
            and b.kind in ("row", "text")
            and prev.kind in ("row", "text")
            and prev.page == b.page
            and b.line.top - prev.line.bottom <= limit
        ):
            blocks[-1].append(b)
        else:
            blocks.append([b])
    return blocks


def _orientation(blocks: list[list[_Body]]) -> str:
    """Where a table's wrapped names run: "below" their numbers, "above" them, or both ("middle")."""
    votes = {"below": 0, "above": 0, "middle": 0}
    for block in blocks:
        rows = [i for i, b in enumerate(block) if b.kind == "row"]
        if len(rows) != 1 or len(block) == 1:
            continue
        before, after = rows[0] > 0, rows[0] < len(block) - 1
        votes["middle" if before and after else "above" if before else "below"] += 1
    if not any(votes.values()):
        _wrap_votes(blocks, votes)
    if not any(votes.values()):
        # evenly spaced lines: each run of rows between headings starts with a name's first line
        # (names above their numbers), or with a row (names below), or starts and ends with text
        for block in blocks:
            if len(block) < 2 or not any(b.kind == "row" for b in block):
                continue
            starts, ends = block[0].kind == "text", block[-1].kind == "text"
            votes["middle" if starts and ends else "above" if starts else "below"] += 1
    return max(votes, key=lambda k: (votes[k], k == "below"))


def _room(blocks: list[list[_Body]]) -> float:
    """The widest fund name line: about the width names wrap at."""
    widths = [b.fund_words[-1].x1 - b.fund_words[0].x0 for block in blocks for b in block if b.fund_words]
    return max(widths, default=0.0)


def _full(line: _Body, nxt: _Body, room: float) -> bool:
    """Was `line`'s name wrapped before `nxt`: would `nxt`'s first word not have fitted after it?"""
    if not line.fund_words or not nxt.fund_words or room <= 0:
        return False
    words, first = line.fund_words, nxt.fund_words[0]
    space = max(2.0, 0.25 * (first.bottom - first.top))
    return words[-1].x1 - words[0].x0 + space + (first.x1 - first.x0) > room + 0.5


def _wrap_votes(blocks: list[list[_Body]], votes: dict[str, int]) -> None:
    """Evenly spaced lines: which way names run, told by how text wraps.

    A wrapped line is full: its next word would not have fitted. Text below a row continues
    it ("below") when the row's name is full; text above a row starts its name ("above") when
    the text itself is full before the row's first word. A short name line is a name's last:
    a short row under text ends that text's name ("above"); short text between rows ends the
    row's above it ("below").
    """
    room = _room(blocks)

    def short(b: _Body) -> bool:
        return bool(b.fund_words) and b.fund_words[-1].x1 - b.fund_words[0].x0 < 0.5 * room

    for block in blocks:
        for n, b in enumerate(block):
            above = block[n - 1] if n > 0 else None
            below = block[n + 1] if n + 1 < len(block) else None
            if b.kind == "row":
                if above is not None and above.kind == "text" and short(b):
                    votes["above"] += 1
                continue
            if b.kind != "text":
                continue
            above = above if above is not None and above.kind == "row" else None
            below = below if below is not None and below.kind == "row" else None
            continues = above is not None and _full(above, b, room)
            starts = below is not None and _full(b, below, room)
            if continues != starts:
                votes["below" if continues else "above"] += 1
            elif above is not None and below is not None and short(b):
                votes["below"] += 1


def _split_between(row: _Body, between: list[_Body], room: float) -> int:
    """How many of the text lines between two rows continue the first row's name (names around their numbers).

    A name runs on while each of its lines is full; the first line that is not ends it.
    """
    chain = [row, *between]
    for n in range(len(between)):
        if not _full(chain[n], chain[n + 1], room):
            return n
    return (len(between) + 1) // 2 if room <= 0 else len(between)


@dataclass
class _Holding:
    row: _Body
    before: list[_Body] = field(default_factory=list)
    after: list[_Body] = field(default_factory=list)


def _holdings_of(block: list[_Body], orientation: str, room: float) -> tuple[list[_Holding], bool]:
    """The holdings of a block and whether the block is a sub-heading (text and no row)."""
    rows = [i for i, b in enumerate(block) if b.kind == "row"]
    if not rows:
        return [], True
    found = [_Holding(block[i]) for i in rows]
    for n, i in enumerate(rows):
        nxt = rows[n + 1] if n + 1 < len(rows) else len(block)
        between = [b for b in block[i + 1 : nxt] if b.kind == "text"]
        if n == 0:
            lead = [b for b in block[:i] if b.kind == "text"]
            if len(rows) == 1 or orientation != "below":
                found[0].before = lead
        if nxt == len(block):
            if orientation != "above" or len(rows) == 1:
                found[n].after = between
        elif orientation == "above":
            found[n + 1].before = between
        elif orientation == "middle":
            cut = _split_between(block[i], between, room)
            found[n].after, found[n + 1].before = between[:cut], between[cut:]
        else:
            found[n].after = between
    for h in found:
        _keep_full(h, room)
    return found, False


def _keep_full(h: _Holding, room: float) -> None:
    """Drop text that cannot be part of the name by how names wrap: every line but a name's last is long.

    A short line before the numbers cannot start their name, and nothing follows a short line
    of it: such text is a sub-heading set like a name ("Pension funds"). ISIN lines always belong.
    """

    def short(b: _Body) -> bool:
        words = b.fund_words
        return room >= 100 and bool(words) and words[-1].x1 - words[0].x0 < 0.5 * room and not _isin_in(b.fund)

    cut = max((k + 1 for k, b in enumerate(h.before) if short(b)), default=0)
    h.before = h.before[cut:]
    kept, prev, going = [], h.row, True
    for b in h.after:
        if _isin_in(b.fund):
            kept.append(b)
            continue
        going = going and not short(prev)
        if going:
            kept.append(b)
            prev = b
    h.after = kept


def _to_holding(h: _Holding) -> Holding | None:
    isin = h.row.isin
    names = []
    for b in [*h.before, h.row, *h.after]:
        part = _CODE_LABEL.sub(" ", b.fund)
        code = _isin_in(b.fund)
        if code:
            # "ISIN: GB00..." printed with the fund name: an identifier, not part of the name
            isin = isin or code
            part = re.sub(r"[(\[]?\s*" + code + r"\s*[)\]]?", " ", part)
        if part.strip(" :-"):
            names.append(part)
    name = ""
    for part in names:
        part = " ".join(part.split())
        # a name broken after a hyphen ("Multi-" / "Asset") joins without a space
        glue = "" if re.search(r"[A-Za-z0-9]-$", name) and part[:1].isalnum() else " "
        name = f"{name}{glue}{part}" if name else part
    if not re.search(r"[A-Za-z]{2}", name):
        return None
    return Holding(fund_name=name, isin=isin, units=h.row.units, unit_price=h.row.price, value=h.row.value)


def _more_rows(body: list[_Body], i: int) -> bool:
    """Does the table go on after line `i`: a holding row (full, or cash) within the next few lines?"""
    for b in body[i + 1 : i + 5]:
        if b.kind == "total":
            return False
        if b.kind == "row":
            return b.units is not None or b.price is not None or _cash(b.fund)
    return False


def _full_row_after(body: list[_Body], row: _Body) -> bool:
    """Is a row with units or a price still to come after `row` (before a totals row)?"""
    for b in body[next(n for n, x in enumerate(body) if x is row) + 1 :]:
        if b.kind == "total":
            return False
        if b.kind == "row" and (b.units is not None or b.price is not None):
            return True
    return False


def _mark_headings(body: list[_Body]) -> None:
    """Text set in another type than the fund names of the rows is a sub-heading ("UK EQUITIES"), or small print."""
    rows = [b for b in body if b.kind == "row" and b.fund]
    if not rows:
        return

    def style(b: _Body) -> tuple[bool, float, bool]:
        words = [w for w in b.line.words if re.search(r"[A-Za-z]", w.text)] or b.line.words
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
    row_bold = sum(bold) > len(rows) / 2
    for b in body:
        if b.kind != "text":
            continue
        if _isin_in(b.fund) or _CODE_LABEL.search(b.fund):
            continue  # "ISIN GB00..." in small type under a name belongs to it
        c, size, bd = style(b)
        if size < row_size - 1.0:
            b.kind = "noise"  # small print under a table (a footer, a note), not a name
        elif (c and not row_caps) or size > row_size + 0.6 or (bd and not row_bold) or b.fund.endswith(":"):
            b.kind = "heading"


def _mark_group_values(body: list[_Body]) -> None:
    """A line with a value and nothing else that sums the rows below it heads their group ("Equities £4,000")."""
    for n, b in enumerate(body):
        if b.kind != "row" or b.units is not None or b.price is not None or b.value is None or _cash(b.fund):
            continue
        total, rows = Decimal(0), 0
        for c in body[n + 1 :]:
            if c.kind == "row" and (c.units is not None or c.price is not None or _cash(c.fund)):
                total += Decimal(c.value or 0)
                rows += 1
            elif c.kind in ("row", "total", "heading"):
                break
        if rows >= 1 and total == Decimal(b.value):
            b.kind = "heading"


def _build(body: list[_Body], table: Table) -> bool:
    """Turn body lines into holdings in `table`; True when a totals row or a summary ended the table."""
    _mark_headings(body)
    _mark_group_values(body)
    blocks = _groups(body)
    orientation = _orientation(blocks)
    room = _room(blocks)
    flat = [b for block in blocks for b in block]
    index = {id(b): n for n, b in enumerate(flat)}
    running = Decimal(0)
    grouped = False
    after_break = False  # a sub-heading or sub-total since the last holding
    for block in blocks:
        first = block[0]
        if first.kind == "total":
            label = norm(first.line.segments[0].text)
            at = index[id(first)]
            if label.startswith("sub"):
                after_break = True
                continue
            equal = first.value is not None and Decimal(first.value) == running
            if equal and any(b.kind == "total" for b in flat[at + 1 : at + 3]):
                after_break = True
                continue  # a sub-total just before the grand total
            if _more_rows(flat, at) and (grouped or not equal):
                after_break = True
                continue
            return True
        if first.kind == "noise":
            continue
        if first.kind == "heading":
            grouped = after_break = True
            continue
        found, heading = _holdings_of(block, orientation, room)
        if heading:
            grouped = after_break = True  # a sub-heading: the table is grouped
            continue
        for h in found:
            holding = _to_holding(h)
            if holding is None:
                continue
            value_only = holding.units is None and holding.unit_price is None
            if value_only and _starts(holding.fund_name or "", _not_holdings()):
                return True  # a money-in/money-out summary: the holdings are over
            if value_only and not _cash(holding.fund_name or "") and (after_break or not _full_row_after(flat, h.row)):
                # amounts with no units under a new heading, or trailing the table: plan facts, not holdings
                return True
            table.holdings.append(holding)
            lines = [*h.before, h.row, *h.after]
            words = [w for b in lines for w in b.line.words]
            table.rows.append((h.row.page, words))
            table.confidence = min(table.confidence, min(w.conf for w in words))
            if table.page == 0:
                table.page = h.row.page
            if table.page == h.row.page:
                b = table.bbox
                table.bbox = [
                    min(b[0], min(x.line.x0 for x in lines)),
                    min(b[1], min(x.line.top for x in lines)),
                    max(b[2], max(x.line.x1 for x in lines)),
                    max(b[3], max(x.line.bottom for x in lines)),
                ]
            running += Decimal(holding.value or 0)
            after_break = False
    return False


# --- the document ------------------------------------------------------------------------------


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
        b = _read_line(line, cols, 0)
        if b.kind == "row" and (b.units is not None or b.price is not None):
            return j, False
    return None


def _read_table(pages: list[list[Line]], p: int, start: int, cols: list[Column]) -> tuple[list[_Body], int, int]:
    """The body lines of a table whose header ends above `pages[p][start]`, over as many pages as it runs.

    Returns:
        (body lines, page index and line index where reading stopped).
    """
    body: list[_Body] = []
    after_header = True
    while True:
        lines = pages[p]
        got, end, why = _collect(lines, start, cols, after_header)
        wide = _widen(cols, got)
        body += [_read_line(ln, wide, p + 1) for ln in got]
        # a table stopped by the page end, or by a gap with no more than a footer below it, runs on
        runs_on = why == "page" or (why == "gap" and len(lines) - end <= 4)
        nxt = _continuation(pages[p + 1], cols) if runs_on and p + 1 < len(pages) else None
        if nxt is None or nxt[0] >= len(pages[p + 1]):
            return body, p, end
        p, (start, after_header) = p + 1, nxt


def find_holdings(pages: list[list[Line]]) -> Table | None:
    """The holdings table of a document, across pages; None when there is no holdings header.

    The first header whose table yields holdings wins; a later table (a summary, charges) is left.
    """
    table = Table()
    p, i = 0, 0
    while p < len(pages):
        lines = pages[p]
        head = header_at(lines, i) if i < len(lines) and headerish(lines[i]) else None
        if head is None:
            i += 1
            if i >= len(lines):
                p, i = p + 1, 0
            continue
        body, p, i = _read_table(pages, p, head[1] + 1, head[0])
        _build(body, table)
        if table.holdings:
            return table
    return None
