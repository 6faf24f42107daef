"""What an amount is by its wording: an opening value, a closing one, or a projection (issue 10).

A statement prints several amounts a plan-value label can head ("Value at start of period",
"Value at end of period", "Total value"), and illustrations print values that are no value at
all ("Projected value at retirement"). Position does not tell them apart; the words do
(labels.yaml `value_roles`). The document's own arithmetic settles the rest: among the values
that may be the plan value, the one that equals the holdings total wins.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from provcheck.extractor.labels import norm
from provcheck.rules import load_labels

OPENING, CLOSING, PROJECTION = "opening", "closing", "projection"
# fields that money moved during the period never gives: what is paid in each period, and how often
MOVED_NOT = frozenset({"regular_contribution", "contribution_frequency"})


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    roles = load_labels().value_roles
    out = {}
    for role, words in ((PROJECTION, roles.projection), (OPENING, roles.opening), (CLOSING, roles.closing)):
        phrases = sorted({norm(w) for w in words if norm(w)}, key=len, reverse=True)
        if phrases:
            out[role] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")
    return out


def value_role(text: str) -> str | None:
    """The role the wording gives an amount: projection before opening before closing; None if plain."""
    low = norm(text)
    for role, rx in _patterns().items():  # in that order
        if rx.search(low):
            return role
    return None


@lru_cache(maxsize=2)
def _movement(normed: bool) -> re.Pattern[str] | None:
    """labels.yaml `value_roles.movement` as one pattern, normalised (labels) or only lower-cased (running text)."""
    words = load_labels().value_roles.movement
    phrases = sorted({norm(w) if normed else w.lower() for w in words} - {""}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)") if phrases else None


def movement_spans(low: str) -> list[tuple[int, int]]:
    """Where lower-case running text names money moved during the period ("your next income payment")."""
    rx = _movement(False)
    return [m.span() for m in rx.finditer(low)] if rx is not None else []


def starts_with_movement(text: str) -> bool:
    """Whether a label's words open with money moved during the period ("Contributions received")."""
    rx = _movement(True)
    return rx is not None and rx.match(norm(text)) is not None


def outranks(new: str | None, old: str | None) -> bool:
    """Whether an amount worded `new` replaces a plan value already found worded `old`."""
    return old == OPENING and new != OPENING


def holdings_total(holdings: list) -> str | None:
    """The sum of the holdings' values as money ("15000.00"), or None when a value is missing."""
    try:
        values = [Decimal(str(h.value)) for h in holdings if h.value is not None]
    except InvalidOperation:
        return None
    if not values or len(values) != len(holdings):
        return None
    return f"{sum(values):.2f}"
