"""What a holdings table's headings mean: each heading's column kind, from labels.yaml `holdings_columns`.

Moved out of tablehead.py, which finds the header lines and their columns; this module only names
a heading ("Units held" is `units`, "Book cost (£)" is `cost`) and knows the words headings use.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from provcheck.extractor.labels import norm
from provcheck.extractor.tableocr import heading_text
from provcheck.extractor.tableprices import marks
from provcheck.extractor.taughtheads import per_taught, taught
from provcheck.rules import load_labels

__all__ = ["column_of", "vocabulary"]


# Every line of every document is cleaned for the header test, its segments again: line texts repeat
# within a document and across a batch (footers, headings). The answer depends on the text and on the
# knowledge (labels.yaml's heading words, the marks) alone, not the taught headings; a change of
# knowledge clears this cache with the others (rules/knowledge.py).
@lru_cache(maxsize=16384)
def _clean(text: str) -> str:
    """A heading's words, marks left out, each as the heading word OCR may have misread (tableocr.py)."""
    words = [w for w in norm(text.replace("£", " £ ")).split() if w.strip("()") not in marks()]
    return " ".join(heading_text(words))


@per_taught(maxsize=16)
def _synonyms() -> tuple[tuple[str, str], ...]:
    """(kind, cleaned heading) for every heading of every column kind (and taught ones), longest first."""
    out = {(kind, _clean(s)) for kind, syns in load_labels().holdings_columns.items() for s in syns}
    out |= {(kind, _clean(s)) for kind, s in taught()}  # taughtheads.py: this document's provider only
    return tuple(sorted((t for t in out if t[1]), key=lambda t: (-len(t[1]), t[1])))


@per_taught(maxsize=16)
def _exact() -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, syn in _synonyms():
        out.setdefault(syn, kind)
    return out


@per_taught(maxsize=16)
def vocabulary() -> frozenset[str]:
    """Every word any heading uses, and the marks printed beside them."""
    words = {w for _, syn in _synonyms() for w in syn.split()}
    return frozenset(words | marks() | {"of", "per", "in", "at", "as", "the", "no", "number", "held"})


@per_taught(maxsize=16)
def _value_words() -> frozenset[str]:
    """Words of the value column's headings but not the fund column's: a header holds at least one."""
    syns = _synonyms()
    value = {w for kind, syn in syns if kind == "value" for w in syn.split()}
    fund = {w for kind, syn in syns if kind == "fund_name" for w in syn.split()}
    return frozenset(value - fund - {"of", "in", "at"})


@per_taught(maxsize=8192)  # every segment of every header-like line is asked; texts repeat
def column_of(text: str, whole: bool = False) -> str | None:
    """The column kind a heading names: an exact heading, else one it starts with, else a close one."""
    t = _clean(text)
    if not t:
        return None
    kind = _exact().get(t)
    if kind is None and not whole:
        kind = next((k for k, syn in _synonyms() if t.startswith(syn + " ")), None)
    if kind is None:
        kind = next((k for k, syn in _synonyms() if len(syn) >= 5 and fuzz.ratio(t, syn) >= 88), None)
    if kind in ("units", "unit_price", "value") and "%" in text:
        return "weight"  # "Value (%)": a share of the portfolio, not money
    return kind
