"""Dates a value's label carries: "Portfolio value as at 28 Feb 2025", "Fund value (5 April 2026)".

A statement's plan value is its latest-dated one, so the labelled finder keeps each amount's own date
beside it; these read that date off the label and its rest.
"""

from __future__ import annotations

import re

from provcheck.extractor import parsers as P
from provcheck.extractor.labels import LabelHit

# "Value as at 5 April", "Value on 5 April", "Value (as at 5 April)", "Fund value (5 April 2026)"
_AS_AT = re.compile(r"(?i)\(?\s*(?:as\s+(?:at|of)|at|on)\s+|\(\s*(?=\d)")


def after_as_at(rest: str, words: list) -> tuple[str, list, str | None]:
    """The text after a date qualifier that ends a label ("Portfolio value as at 28 Feb 2025"), and that date."""
    m = _AS_AT.match(rest)
    if not m:
        return rest, words, None
    dates = P.find_all_dates(rest)
    if not dates or dates[0][1][0] != m.end():
        return rest, words, None
    end = dates[0][1][1]
    used = len(rest[:end].split())
    return rest[end:].strip(" :-–|)"), words[used:], dates[0][0]


def bracket_date(hit: LabelHit) -> str | None:
    """A date the label holds in brackets ("Fund value (5 April 2026)"), which the label matcher takes in."""
    m = re.search(r"\(([^()]*\d[^()]*)\)", " ".join(w.text for w in hit.segment.words[: hit.n_words]))
    found = P.find_date(m[1]) if m else None
    return found[0] if found else None


def later(new: str | None, old: str | None) -> bool:
    """A dated amount replaces an earlier-dated one: a statement's plan value is its closing value."""
    return new is not None and old is not None and new > old

