"""Text after a label that is no value of it: a sentence about a plan, a note explaining it, a list of parts.

The labelled finder reads a label's value from the rest of its run first; these say when that rest is
something else, so that the label is passed over rather than misread.
"""

from __future__ import annotations

import re

from provcheck.extractor.labels import LabelHit
from provcheck.extractor.layout import Segment
from provcheck.extractor.parsers import parse_money

_AMOUNT = re.compile(r"\d[\d,]*\.\d{2}\b")
# the page says there is none: "Regular contribution: None being paid", "Contributions  None received since ..."
_FOR_ATTENTION = re.compile(r"^\W*(?:fao|f\.a\.o\.?|attn|for the attention of)\b", re.I)
_NONE = re.compile(r"^\W*(?:none|nil|n/a|not applicable|no contributions?|no premiums?|no payments?)\b", re.I)


def in_a_sentence(hit: LabelHit, seg: Segment) -> bool:
    """Whether a bare one-word label ("Policy") opens running text rather than heads a value."""
    words = seg.words
    if hit.n_words != 1 or words[0].text.endswith(":") or len(words) < 5:
        return False
    return sum(w.text[:1].islower() for w in words[hit.n_words :]) >= 3


def explains(rest: str) -> bool:
    """Whether the text after a label is a sentence explaining it, its amount only an example."""
    head = re.split(r"[£$€\d]", rest, maxsplit=1)[0]
    return sum(w[:1].islower() for w in head.split()) >= 4


def breakdown(rest: str) -> bool:
    """Whether the text after a label lists three amounts or more: the parts of a whole, not the whole.

    "Your contributions now: you £73.00, your employer £109.50, tax relief £18.25" gives no one
    contribution; the total is labelled on its own line ("Total monthly contribution: £200.75").
    """
    return len(_AMOUNT.findall(rest)) >= 3



def last_column(segments: list[Segment]) -> Segment | None:
    """The run beside a label to read an amount from: the next, or the last of a row of amounts.

    A ruled table splits a value into columns ("Total policy value   859.16   11,283.60   12,142.76"
    under "Guaranteed", "Not guaranteed", "Total"): the rightmost is the whole, as an account summary's
    closing value is (accounts.py). A dash holds an empty cell.
    """
    if not segments:
        return None
    amounts = [s for s in segments if s.text.strip() not in ("-", "–")]
    if len(amounts) >= 2 and all(parse_money(s.text) is not None for s in amounts):
        return amounts[-1]
    return segments[0]


def says_none(rest: str) -> bool:
    """Whether the text after a label or a phrase says there is no such amount ("None being paid")."""
    return _NONE.match(rest) is not None


def addressed(rest: str) -> bool:
    """Whether the text after a label says whom a letter is for ("Plan  FAO Marcus Szymanski"), no value."""
    return _FOR_ATTENTION.match(rest) is not None


_EMAIL = re.compile(r"<?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+>?")


def without_emails(text: str) -> str:
    """The text with e-mail addresses taken out: "eleanor@stonebridge-planning.example" names no firm or field."""
    return _EMAIL.sub(" ", text) if "@" in text else text


def inside_brackets(hit: LabelHit, words: list, rest: str) -> tuple[list, str]:
    """A label opened by a bracket keeps its value inside it: "(Adviser: Jane Doe) to obtain" gives "Jane Doe".

    The words and text after the label up to the closing bracket; unchanged when the label opens none.
    """
    label = [w.text for w in hit.segment.words[: hit.n_words]]
    if not label or not label[0].startswith("(") or any(")" in t for t in label):
        return words, rest
    end = next((i for i, w in enumerate(words) if ")" in w.text), None)
    if end is None:
        return words, rest
    return words[: end + 1], rest.split(")", 1)[0].strip()
