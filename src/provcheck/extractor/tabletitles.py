"""A table's title: one listing dealings, or the funds held earlier, is no holdings table.

A switch or transaction table may print a holding's very columns (fund, units, price, value), and
without a date column nothing in its header tells it from the holdings; nor does anything tell the
funds held at the period's start from those held at its end. The title does: the short line over
the table ("Funds switched out", "Transactions this year"), words of labels.yaml
`not_holdings_titles` unless it names holdings too (`holdings_titles`: "Your funds after the
switch"), or `earlier_titles` ("Your funds at the start of the period"), whatever else it names.
A header under such a title is passed over (tables.py), and such a line over a header in a
holdings table's body ends the table (tablebody.py `collect`).
"""

from __future__ import annotations

from functools import lru_cache

from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line
from provcheck.extractor.tablehead import AMOUNT
from provcheck.rules import load_labels

__all__ = ["other_title", "under_other_title"]

_MAX_WORDS = 8  # a title, not a sentence


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    labels = load_labels()
    return (
        tuple(norm(t) for t in labels.not_holdings_titles),
        tuple(norm(t) for t in labels.holdings_titles),
        tuple(norm(t) for t in labels.earlier_titles),
    )


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    return any(f" {p} " in text for p in phrases)


def other_title(line: Line) -> bool:
    """Is `line` a short title, with no amounts in it, naming dealings (and not holdings) or earlier holdings?"""
    if not line.words or len(line.words) > _MAX_WORDS + 4 or AMOUNT.search(line.text):
        return False
    dealing, holding, earlier = _words()
    t = f" {norm(line.text)} "
    if _has(t, earlier):
        return True
    return len(line.words) <= _MAX_WORDS and _has(t, dealing) and not _has(t, holding)


def under_other_title(lines: list[Line], i: int) -> bool:
    """Is the header at `lines[i]` under such a title (`other_title`): one of the two lines just above it, close by?"""
    below = lines[i]
    for line in reversed(lines[max(0, i - 2) : i]):
        height = max(below.bottom - below.top, 6.0)
        if below.top - line.bottom > 3.2 * height:
            return False
        if other_title(line):
            return True
        below = line
    return False
