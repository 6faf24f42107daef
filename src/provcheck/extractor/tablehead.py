"""A holdings table's header, known by what its headings mean (labels.yaml `holdings_columns`).

A header is one to three tightly spaced lines whose headings name at least a value column and a
units or price column. Headings printed over several lines ("Number" / "of units", "Value" /
"(£)") are stacked by their horizontal overlap and read as one. Every heading becomes a column,
also those a holding has no field for (SEDOL, % of portfolio, price date, currency, share class,
fund charge, book cost) and those we cannot name: their cells are then kept out of the holding's
fields instead of being read as a units, price or value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from provcheck.extractor.document import Word
from provcheck.extractor.headcells import HeadCell, stack_cells
from provcheck.extractor.layout import Line
from provcheck.extractor.tableprices import heading_currency, money_headings
from provcheck.extractor.tablewords import _clean, _value_words, column_of, vocabulary
from provcheck.extractor.taughtheads import taught
from provcheck.rules.knowledge import active as active_knowledge

__all__ = [
    "AMOUNT",
    "NUMBER_KINDS",
    "OTHER",
    "UNHEADED",
    "Column",
    "column_of",
    "find_header",
    "header_at",
    "headerish",
    "vocabulary",
]

OTHER = "other"  # a heading we cannot name
# the `alt` of an unnamed column under a scanned header that names the values but neither units nor
# prices: the rows' arithmetic may name it (tablecols.py `unnamed_numbers`), or the table is none
UNHEADED = "unheaded"
NUMBER_KINDS = ("units", "unit_price", "value")  # the number columns, in the order statements print them

# an amount with pence, though a sentence's full stop may follow it; a date (31.12.2025) is not one
AMOUNT = re.compile(r"(?<![\d.])\d[\d,]*\.\d{2}(?!\d)(?!\.\d)")
_CODE = re.compile(r"^[A-Z]{2}[A-Z0-9]{9}\d$|^[0-9B-DF-HJ-NP-TV-Z]{6}\d$")


@dataclass
class Column:
    """A table column: its meaning (a holding field, another kind, or `other`), extent, and its heading's currency."""

    name: str
    x0: float
    x1: float
    currency: str | None = None
    # the kind a second column headed like another also names ("Offer price" beside "Bid price",
    # "Book value" beside "Market value"): read as `other` unless the rows' arithmetic says it is
    # the one (tablepick.py)
    alt: str | None = None


def _prose(words: list[Word]) -> bool:
    """A sentence rather than column headings: many words, many in lower case; or a few ending in a full stop."""
    if len(words) <= 8:
        return len(words) >= 4 and words[-1].text.endswith(".")  # "All prices are quoted in pence."
    if all(w in vocabulary() for w in _clean(" ".join(w.text for w in words)).split()):
        return False  # headings run together ("Fund code (ISIN) Number of units Bid price (£)")
    lower = sum(w.text[:1].islower() for w in words)
    return lower >= 0.4 * len(words) or words[-1].text.endswith((".", ","))


def headerish(line: Line) -> bool:
    """Could this line be (part of) a table header: short headings, no amounts, no codes, no prose.

    Asked of a line by the header finders up to five times a document: worked out once a line.
    """
    return line._memo("_headerish", lambda _words: _headerish(line))


def _headerish(line: Line) -> bool:
    # a wide export's headings run to ten columns or more ("... Book cost | Market value | Weight % | OCF %")
    most = 24 if len(line.segments) >= 6 else 16
    if len(line.words) > most or any(AMOUNT.search(w.text) or _CODE.match(w.text) for w in line.words):
        return False
    return not any(_prose(seg.words) for seg in line.segments)


# "Value at" / "31/03/2025 (£)": a heading may carry its date
_DATE_WORD = re.compile(r"^[\d/.\-]+$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$")


def _vocabulary_line(line: Line) -> bool:
    vocab = vocabulary()
    return all(w in vocab or _DATE_WORD.match(w) for w in _clean(line.text).split())


def _money_heading(cell: HeadCell) -> bool:
    text = " ".join(t for _, t in cell.parts).replace("(", " ").replace(")", " ").split()
    return len(text) == 1 and text[0].upper() in money_headings()


def _has_value_heading(lines: list[Line]) -> bool:
    """A cheap first test: a word that heads a value column, or a bare currency mark."""
    words = {w for ln in lines for w in _clean(ln.text).split()}
    if _value_words() & words:
        return True
    heads = money_headings()  # looked up once, not once a word
    return any(w.text.strip("()").upper() in heads for ln in lines for w in ln.words)


def _value_heading(line: Line) -> bool:
    """`_has_value_heading([line])`, worked out once a line: every header test of a document asks it."""
    return line._memo("_value_heading", lambda _words: _has_value_heading([line]))


def _columns(lines: list[Line]) -> list[Column] | None:
    """The columns of a header made of `lines`, or None when they do not head a holdings table."""
    stacks = stack_cells(lines)
    cols = [Column(c.kind or OTHER, c.x0, c.x1, heading_currency(" ".join(t for _, t in c.parts))) for c in stacks]
    if not any(c.name == "value" for c in cols):
        # a column headed by nothing but a currency mark ("£", "(GBP)") holds the values
        money = [c for c, st in zip(cols, stacks, strict=True) if c.name == OTHER and _money_heading(st)]
        if money:
            money[-1].name = "value"
    merged: list[Column] = []
    for c in cols:  # "Fund / asset": two headings of one column
        if merged and merged[-1].name == c.name != OTHER and c.x0 - merged[-1].x1 < 8:
            merged[-1].x1 = c.x1
        else:
            merged.append(c)
    cols = merged
    moves = [c for c in cols if c.name == "movement"]
    if moves and not any(c.name == "units" for c in cols):
        # a movement heading is told from the units only beside them: alone ("Units allocated",
        # "Units purchased" over a pension's funds) it heads the units the plan holds
        moves[-1].name = "units"
    names = [c.name for c in cols]
    # OCR may misread all headings but one number's ("Bund | Tinite | Rid nrive | Value", "Bund | 1cIN | line
    # | Brice | Vahia"): such a header is kept, its unnamed columns left for the rows' arithmetic to name
    # (tablecols.py), and a table no arithmetic bears out is none
    full = "value" in names and bool({"units", "unit_price"} & set(names))
    unheaded = (
        not full
        and bool(set(NUMBER_KINDS) & set(names))
        and names.count(OTHER) >= 2
        and any(w.conf < 1.0 for ln in lines for w in ln.words)
    )
    if not (full or unheaded) or names[0] == "price_date":
        return None  # no holdings header; a table led by a date lists transactions
    funds = [c for c in cols if c.name == "fund_name"]
    for c in funds[1:]:  # "Fund | Holding | Price | Value": the second "holding" counts units
        c.name = "units" if "units" not in names else OTHER
        names = [c.name for c in cols]
    values = [c for c in cols if c.name == "value"]
    for c in values[:-1]:  # two value columns (last year's and this): the later one is the valuation
        c.name, c.alt = OTHER, "value"
    for kind in ("isin", "units", "unit_price"):
        for c in [c for c in cols if c.name == kind][1:]:
            c.name, c.alt = OTHER, kind
    if "fund_name" not in names:
        # the fund column is often headed by nothing: left of the first heading, or in a wide gap
        if cols[0].name == OTHER:
            cols[0].name = "fund_name"
        elif cols[0].x0 > 60:
            cols.insert(0, Column("fund_name", cols[0].x0 - 400, cols[0].x0 - 10))
        else:
            gaps = [(b.x0 - a.x1, i) for i, (a, b) in enumerate(zip(cols, cols[1:], strict=False))]
            width, i = max(gaps, default=(0.0, 0))
            if width < 90:
                return None
            cols.insert(i + 1, Column("fund_name", cols[i].x1 + 6, cols[i + 1].x0 - 10))
    if unheaded:
        blank = [c for c in cols if c.name == OTHER and c.alt is None]
        if len(blank) < len([k for k in NUMBER_KINDS if k not in {c.name for c in cols}]):
            return None
        for c in blank:
            c.alt = UNHEADED
    return cols


def _columns_once(band: list[Line]) -> list[Column] | None:
    """`_columns(band)`, worked out once a band: `find_header` and `header_at` ask the same lines.

    Kept on the band's first line, by the band's length and the taught headings in force, and
    checked against the very lines and knowledge it was worked out with. Each caller gets its own
    copies of the columns, so none can change another's.
    """
    memo: dict[tuple[int, tuple[tuple[str, str], ...]], tuple] = band[0]._memo("_columns", lambda _words: {})
    key = (len(band), taught())
    knowledge = active_knowledge()
    kept = memo.get(key)
    if kept is None or kept[1] is not knowledge or any(a is not b for a, b in zip(kept[0], band, strict=True)):
        kept = memo[key] = (tuple(band), knowledge, _columns(band))
    cols = kept[2]
    return None if cols is None else [replace(c) for c in cols]


def find_header(line: Line) -> list[Column] | None:
    """The table columns if `line` alone is a holdings header, else None.

    A scanned line naming one number column alone (`UNHEADED`) is a header only once its rows'
    arithmetic names the rest (tablecols.py): on its own it is none, and its words stay labels
    ("Full name | Margaret Ellen Pryce" in a scanned form is no table's header).
    """
    text_layer = all(w.conf >= 1.0 for w in line.words)  # OCR'd words may be misspelt: no shortcut
    if text_layer and not _value_heading(line):
        return None  # no word that could head a value column: most lines stop here, cheaply
    if not headerish(line):
        return None
    cols = _columns_once([line])
    return None if cols is None or any(c.alt == UNHEADED for c in cols) else cols


def _size(line: Line) -> float:
    sizes = sorted(w.size or (w.bottom - w.top) for w in line.words)
    return sizes[len(sizes) // 2]


_RULE = re.compile(r"[\s\-_=–—~+|.]{3,}")


def _title_over(line: Line, nxt: Line) -> bool:
    """Whether one run spans two headings or more of a row of three or more under it: a table's title, no heading."""
    if len(line.segments) != 1 or len(nxt.segments) < 3:
        return False
    run = line.segments[0]
    return sum(1 for s in nxt.segments if s.x0 < run.x1 and s.x1 > run.x0) >= 2


def header_at(lines: list[Line], i: int) -> tuple[list[Column], int] | None:
    """The columns of a header starting at `lines[i]` (one to three lines) and its last line's index."""
    window = lines[i : i + 3]  # the band is some of these: with no value heading in any, it has none
    if all(w.conf >= 1.0 for ln in window for w in ln.words) and not any(map(_value_heading, window)):
        return None
    first = lines[i]
    band = [first]
    j = i + 1
    while j < len(lines) and len(band) < 3:
        nxt = lines[j]
        if _RULE.fullmatch(nxt.text):
            break  # "--------" typed under the headings (a plain-text table): a rule, no heading line
        if _title_over(band[-1], nxt):
            return None  # "Your investments on 28 September 2026" over "Ticker | Company | ISIN ...": titles
        # a heading's further lines sit tight below it, in the same type, and hold heading words only
        height = max(min(nxt.bottom - nxt.top, band[-1].bottom - band[-1].top), 6.0)
        size, next_size = _size(band[-1]), _size(nxt)
        if (
            nxt.top - band[-1].bottom > 0.7 * height
            or abs(size - next_size) > 0.12 * max(size, next_size)
            or not headerish(nxt)
            or not _vocabulary_line(nxt)
        ):
            break
        band.append(nxt)
        j += 1
    text_layer = all(w.conf >= 1.0 for ln in band for w in ln.words)
    if text_layer and not any(map(_value_heading, band)):  # the same as _has_value_heading(band)
        return None
    if not headerish(first):
        return None
    for k in range(len(band), 0, -1):
        cols = _columns_once(band[:k])
        if cols is not None:
            return cols, i + k - 1
    return None
