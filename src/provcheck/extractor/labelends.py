"""Where a label ends: past a closing item number, a bracketed qualifier, and whether it is marked off.

Pure tests over a segment's raw word texts, shared by the label matcher (labels.py) for both its
vocabulary labels and its numbered item labels.
"""

from __future__ import annotations

import re

ITEM_NUMBER = re.compile(r"\(?#?\d{1,2}\)?[:.]?")
# A list's or a form's item mark standing before its entry: "(1)", "7.", "2)", "(b)", "c)"
LIST_ITEM = re.compile(r"\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\)|[a-z]\)")


def takes_a_number(prefix: str, syn: str) -> bool:
    """Would the fuzzy match read a number as a label word? ("Statement period 6 April" is no "period end")."""
    words = set(syn.split())
    return any(any(ch.isdigit() for ch in w) and w not in words for w in prefix.split())


def item_end(raw: list[str], used: int) -> int:
    """Past an item number that closes a label ("Policy number 2:", "Policyholder 1"), if any.

    The number must end the label (a colon, a bracket, the segment's end or a colon next), so the
    day of a date ("Date 3 March 2026") is never taken for one.
    """
    if used >= len(raw) or raw[used - 1].endswith(":") or not ITEM_NUMBER.fullmatch(raw[used]):
        return used
    tok = raw[used]
    if tok.endswith((":", ")")) or used + 1 == len(raw) or raw[used + 1] in (":", "-", "–"):
        return used + 1
    return used


def qualifier_end(raw: list[str], used: int) -> int:
    """Past a bracketed qualifier that follows a label ("(provider)", "(£)", "(if known)"), if any."""
    if used < len(raw) and raw[used].startswith("(") and not raw[used - 1].endswith(":"):
        # up to eight words: a form's "(as shown on your plan documents)"
        for j in range(used, min(used + 8, len(raw))):
            if raw[j].rstrip(":").endswith(")"):
                return j + 1
    return used


def separated(raw: list[str], used: int) -> bool:
    """Whether a label ending before raw[used] is marked off from what follows (colon, dash, leaders)."""
    return (
        raw[used - 1].endswith((":", ")", "..", "…"))
        or raw[used] in (":", "-", "–", "|")
        or raw[used].startswith(("..", "…"))
    )
