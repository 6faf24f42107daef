"""Which page structures a document shows, for the doc-type evidence (doc_types.yaml `features`).

A holdings table, a signature line, a letter's salutation or close, sums of money, a statement
period: each is looked for line by line, once a document, and each test stops once its structure
is seen (a second sighting adds nothing). extractor/classify.py weighs them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line
from provcheck.extractor.parsers import find_all_dates
from provcheck.extractor.signature import E_SIGNED, is_signature_label, is_valediction
from provcheck.extractor.tables import header_lines
from provcheck.rules import load_labels

_MONEY = re.compile(r"£\s?\d|(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.])")
_DEAR = re.compile(r"^dear\b")  # a letter's salutation; its close is signature.is_valediction
_RANGE_JOIN = re.compile(r"^\W*(to|until|till|and|through|-|–|—)?\W*$", re.I)


def features(pages: list[list[Line]]) -> set[str]:
    """Which page structures the document shows (names as in doc_types.yaml `features`)."""
    present: set[str] = set()
    money = 0
    for lines in pages:
        for ln in lines:
            text = ln.text
            low = norm(text)
            if "holdings_table" not in present and _may_be_header(low) and id(ln) in header_lines(pages):
                present.add("holdings_table")
            # each test stops once its structure is present: a second sighting adds nothing
            if "signature_line" not in present and (
                E_SIGNED.search(text)
                or any(is_signature_label(norm(s.text)) and len(s.words) <= 6 for s in ln.segments)
            ):
                present.add("signature_line")
            if "letter_form" not in present and _letter_line(low):
                present.add("letter_form")
            if money < 2:
                money += _amounts(text)
            if "period_range" not in present and _period_line(text):
                present.add("period_range")
    if money >= 2:
        present.add("money_amounts")
    return present


# The tests below read a line's text alone, and line texts repeat within a document (a footer on every
# page) and across a batch (a provider's letters): each is worked out once a text. They depend on the
# knowledge's valedictions and date words, and a change of knowledge clears these caches with the others.
@lru_cache(maxsize=8192)
def _letter_line(low: str) -> bool:
    return bool(_DEAR.search(low) or is_valediction(low))


@lru_cache(maxsize=8192)
def _amounts(text: str) -> int:
    return len(_MONEY.findall(text))


@lru_cache(maxsize=8192)
def _period_line(text: str) -> bool:
    return _may_hold_two_dates(text) and _is_period(text)


@lru_cache(maxsize=1)
def _header_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words of the value column's headings, and of the units and price columns' (labels.yaml)."""
    cols = load_labels().holdings_columns
    value = frozenset(w for syn in cols.get("value", []) for w in norm(syn).split())
    amount = frozenset(w for k in ("units", "unit_price") for syn in cols.get(k, []) for w in norm(syn).split())
    return value, amount


def _may_be_header(text: str) -> bool:
    """A cheap test before the table module's own: a header names a value and a units or price column."""
    words = set(text.split())
    value, amount = _header_words()
    return bool(words & value) and bool(words & amount)


_DIGIT = re.compile(r"\d")


def _may_hold_two_dates(text: str) -> bool:
    """A cheap test before `_is_period`: two dates need a digit, or (OCR's look-alikes for digits) four separators.

    Every date pattern of extractor/dates.py but the numeric one needs a digit; the numeric one,
    read from look-alike letters alone, needs two of its separators ("/", ".", "-") a date.
    """
    return _DIGIT.search(text) is not None or sum(text.count(c) for c in "/.-") >= 4


def _is_period(text: str) -> bool:
    """Two dates joined by "to"/"-" (or nothing but space) that lie a statement period apart."""
    dates = find_all_dates(text)
    for (d1, (_, end1)), (d2, (start2, _)) in zip(dates, dates[1:], strict=False):
        if not _RANGE_JOIN.match(text[end1:start2]):
            continue
        days = (dt.date.fromisoformat(d2) - dt.date.fromisoformat(d1)).days
        if 27 <= days <= 400:
            return True
    return False
