"""A holdings table's words put in its columns (the header's columns, tablehead.py).

Words go to columns by where they sit, after each column's extent has been widened to the
numbers printed under it (numbers are often right-aligned under left-aligned headings). Dot
leaders are dropped, a word-spaced run of a fund name stays in it, and a currency mark set
apart from the fund column's text is no part of the name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from provcheck.extractor.document import Word
from provcheck.extractor.layout import Line
from provcheck.extractor.ocrfix import repair_isin
from provcheck.extractor.parsers import parse_isin
from provcheck.extractor.tablehead import AMOUNT, Column

__all__ = ["CODE_LABEL", "assign", "isin_in", "isin_token", "numeric", "text_of", "widen"]

_LEADER = re.compile(r"(?:\.{2,}|…+|·{2,}|_{3,})")
CODE_LABEL = re.compile(r"(?i)\b(?:isin(?: code)?|sedol|citicode)\b\s*:?(?:\s*[0-9B-DF-HJ-NP-TV-Z]{6}\d\b)?")
_CURRENCY = frozenset({"£", "GBP", "EUR", "USD", "€", "$"})


_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]{2}")


def numeric(w: Word) -> bool:
    """A number's word: digits and no run of letters ("1,234.56", "£12.00", "152.34p")."""
    return _DIGIT.search(w.text) is not None and _LETTERS.search(w.text) is None


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


def widen(cols: list[Column], lines: list[Line]) -> list[Column]:
    """Each column widened to the numbers printed under it alone: their alignment is the column's."""
    out = [replace(c) for c in cols]
    for line in lines:
        if not AMOUNT.search(line.text):
            continue
        for w in line.words:
            if not numeric(w):
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
    if not numeric(w) and left and all(c is left[-1] for _, c in inside):
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

    # where the columns after the name start: a date or code set there is that column's, however close
    # it runs to a long name ("... Leaders Pension 14 Jul 2026" under "Price date", "... Fund BYJS9K5")
    starts = [c.x0 for c in cols if c.name != "fund_name"]

    def set_in_column(w: Word) -> bool:  # a name's own number ("Series 2") is one character
        return len(w.text) > 1 and _DIGIT.search(w.text) is not None and any(abs(w.x0 - x) <= 1.0 for x in starts)

    for n, w in enumerate(words):
        near = prev is not None and spaced(prev, w) and not set_in_column(w)
        prev = w
        if near and prev_col == "fund_name":
            # "Class 2 Acc", "40-85%": a word-spaced continuation of a fund name stays in it
            cells[prev_col].append(w)
            continue
        col = _pick(w, cols)
        if col.name == "fund_name" and w.text in _CURRENCY and n + 1 < len(words) and not spaced(w, words[n + 1]):
            prev_col = ""
            continue  # a currency mark set apart ("£   1,234.56"), not part of a name ("R GBP Acc")
        # a mark ending its line with no amount after it is a wrapped name's last word ("... I Acc" / "GBP")
        cells[col.name].append(w)
        prev_col = col.name
    return cells


def isin_token(text: str, mend: bool = True) -> tuple[str, str] | None:
    """An ISIN printed in a name's text, and the token it was read from.

    A word of its own ("ISIN: GB00...", "(GB00...)"; with `mend`, an OCR misreading mended by its
    check digits, ocrfix.py), else spaced out.
    """
    for token in re.split(r"\s+|_{2,}", text):
        token = token.strip("()[],:;_")
        if mend and len(token) in (12, 13) and (fixed := repair_isin(token)):
            return fixed, token
        code = parse_isin(token)
        if code:
            return code, code
    code = parse_isin(CODE_LABEL.sub(" ", text))
    return (code, code) if code else None


def isin_in(text: str) -> str | None:
    """An ISIN printed in a name's text (`isin_token`)."""
    found = isin_token(text)
    return found[0] if found else None


def text_of(words: list[Word]) -> str:
    """The words' text, one space apart."""
    return " ".join(w.text for w in words).strip()
