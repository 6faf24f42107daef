"""What a holdings table quotes its prices in: pounds (`GBP`) or pence (`GBX`).

spec/record.md "More decisions": `unit_price` is the number as printed and `price_currency`
says `GBX` when the document prices in pence, `GBP` otherwise; `value` is always pounds. The
document says so in a row's own marks ("152.34p", a currency column's "GBX"), else in the price
column's heading ("Price (p)", "Unit price (pence)"), else in a note by the table ("Unit prices
are shown in pence."); failing all, its own arithmetic decides
(units x price / 100 = value, where units x price is not). The words are labels.yaml
`price_marks`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from provcheck.extractor.labels import norm
from provcheck.rules import load_labels

__all__ = [
    "cell_currency",
    "currency_of",
    "heading_currency",
    "marks",
    "money_headings",
    "note_currency",
    "price_currency",
]

_P_SUFFIX = re.compile(r"^\(?-?\d[\d,]*(?:\.\d+)?\)?p$")  # "152.34p"
_TOKEN = re.compile(r"[A-Za-z]+|[£€$]")


@lru_cache(maxsize=1)
def _marks() -> tuple[tuple[str, tuple[str, ...]], ...]:
    pm = load_labels().price_marks
    return (("GBX", tuple(pm.pence)), ("GBP", tuple(pm.pounds)), ("", tuple(pm.other)))


@lru_cache(maxsize=1)
def marks() -> frozenset[str]:
    """The one-word marks in lower case: printed beside a heading, they do not change its column."""
    return frozenset(m.lower() for _, words in _marks() for m in words if " " not in m)


@lru_cache(maxsize=1)
def money_headings() -> frozenset[str]:
    """Marks that alone head a column of pounds ("£", "(GBP)"), upper case."""
    return frozenset(m.upper() for kind, words in _marks() if kind == "GBP" for m in words)


@lru_cache(maxsize=1)
def _mark_kinds() -> tuple[dict[str, str], dict[str, str]]:
    """Each mark's kind as written, and in lower case: the first kind in `_marks` order that lists it."""
    written: dict[str, str] = {}
    lower: dict[str, str] = {}
    for kind, words in _marks():
        for w in words:
            written.setdefault(w, kind)
            lower.setdefault(w.lower(), kind)
    return written, lower


def currency_of(text: str) -> str | None:
    """`GBX`, `GBP` or "" (another currency) for a mark or phrase, matched as written first, then in any case."""
    t = " ".join(text.split())
    written, lower = _mark_kinds()
    kind = written.get(t)
    return kind if kind is not None else lower.get(t.lower())


def heading_currency(text: str) -> str | None:
    """What a price heading says its prices are in: "Price (p)" is `GBX`, "Unit price (£)" `GBP`, "Price" None."""
    tokens = _TOKEN.findall(text)
    for n in (3, 2, 1):  # "pence per unit" before "pence"
        for i in range(len(tokens) - n + 1):
            kind = currency_of(" ".join(tokens[i : i + n]))
            if kind:
                return kind
    return None


@lru_cache(maxsize=1)
def _notes() -> tuple[str, ...]:
    return tuple(norm(n) for n in load_labels().price_marks.notes)


def note_currency(texts: list[str]) -> str | None:
    """`GBX` when a line by the table says its prices are in pence ("Unit prices are shown in pence.")."""
    for text in texts:
        t = f" {norm(text)} "
        if any(f" {n} " in t for n in _notes()):
            return "GBX"
    return None


def cell_currency(words: list[str]) -> str | None:
    """What a price cell's own marks say: "152.34p" or "152.34 GBX" is `GBX`, "£2.3456" `GBP`, "2.3456" None."""
    for w in words:
        if _P_SUFFIX.match(w):
            return "GBX"
        if w.startswith("£"):
            return "GBP"
        kind = currency_of(w.strip("()"))
        if kind:
            return kind
    return None


def _dec(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text is not None else None
    except InvalidOperation:
        return None


def price_currency(units: str | None, price: str | None, value: str | None, marked: str | None) -> str | None:
    """A holding's `price_currency`: None without a price; what the document marks; else by its arithmetic."""
    if price is None:
        return None
    if marked in ("GBX", "GBP"):
        return marked
    u, p, v = _dec(units), _dec(price), _dec(value)
    if u is not None and p is not None and v:
        tolerance = max(abs(v) * Decimal("0.005"), Decimal("0.02"))
        if abs(u * p - v) > tolerance and abs(u * p / 100 - v) <= tolerance:
            return "GBX"
    return "GBP"
