"""Values in running text, such as "The value of your plan on 5 April 2025 was £48,211.07".

Phrases per field are data (labels.yaml `sentence`); the value is the first of the right kind
after the phrase and before the sentence ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from provcheck.extractor import parsers as P
from provcheck.extractor.document import Word
from provcheck.extractor.layout import Line
from provcheck.extractor.needles import Needles, kept_needles, may_match
from provcheck.extractor.notvalues import says_none
from provcheck.extractor.paragraphs import Paragraph, paragraphs
from provcheck.extractor.roles import MOVED_NOT, PROJECTION, movement_spans, value_role
from provcheck.extractor.sections import skipped_words
from provcheck.extractor.values import frequency_after_sum, parse_plan_type
from provcheck.rules import load_labels
from provcheck.rules.cache import compiled
from provcheck.rules.vocabulary import load_vocabulary

_END = re.compile(r"\.(?=\s|$)")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    # a full stop after these ends an abbreviation, not the sentence: "(plan no. IRS6512483) ... was £349,314.77"
    return frozenset(w.casefold() for w in load_vocabulary().abbreviations)


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that runs through `start` ends (the position of its full stop, or the end)."""
    for m in _END.finditer(text, start):
        word = text[: m.start()].rsplit(None, 1)[-1].lstrip("(").lower() if text[: m.start()].strip() else ""
        if word not in _abbreviations():
            return m.start()
    return len(text)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence that runs through `pos` starts (after the previous full stop, or 0)."""
    start = 0
    for m in _END.finditer(text, 0, pos):
        if _sentence_end(text, m.start()) == m.start():
            start = m.end()
    return start


KIND = {
    "plan_value": "money",
    "transfer_value": "money",
    "regular_contribution": "money",
    "valuation_date": "date",
    "period_start": "date",
    "client_dob": "date",
    "annual_charge_percent": "percent",
    "plan_type": "plan",
    "contribution_frequency": "frequency",
}


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    by_field = {k: sorted((p.lower() for p in v), key=len, reverse=True) for k, v in load_labels().sentence.items()}
    texts = [rf"(?<![\w]){re.escape(p)}(?![\w])" for v in by_field.values() for p in v]
    made = iter(compiled("sentence-phrases", texts))  # kept: compiling them was a dear start (rules/cache.py)
    return {k: [(p, next(made)) for p in v] for k, v in by_field.items()}


def _value(kind: str, window: str) -> tuple[object, int] | None:
    if kind == "money":
        found = P.find_money(window, require_marker=True)
        return (found[0], found[1][1]) if found else None
    if kind == "date":
        found = P.find_date(window)
        return (found[0], found[1][1]) if found else None
    if kind == "percent":
        return P.find_percent(window)  # "was 0.40% while you were a member; it is now 0.70%": the rate now
    if kind == "frequency":
        # "£2,040.00 are made each quarter", not the next sentence's "Our annual charge"
        return frequency_after_sum(window, require_marker=True)
    if kind == "plan":
        v = parse_plan_type(window)
        return (v, len(window)) if v else None
    return None


def find_in_sentences(
    pages: list[list[Line]], field: str, paras: list[Paragraph] | None = None
) -> tuple[object, int, list[Word]] | None:
    """The first value of `field` in a sentence, with its page and words, or None."""
    return next(sentence_readings(pages, field, paras), None)


def sentence_readings(
    pages: list[list[Line]], field: str, paras: list[Paragraph] | None = None
) -> Iterator[tuple[object, int, list[Word]]]:
    """Each value of `field` in a sentence, paragraph by paragraph (one a paragraph), with its page and words.

    Args:
        pages: each page's lines.
        field: the record field.
        paras: the pages' paragraphs, when already read (`paragraphs`).
    """
    kind = KIND.get(field)
    phrases = _phrases().get(field)
    if kind is None or not phrases:
        return
    skipped = skipped_words(pages, {field})
    rivals = [pr for other, k in KIND.items() if k == kind and other != field for pr in _phrases().get(other, [])]
    moved = field in MOVED_NOT
    for para in paras if paras is not None else paragraphs(pages):
        got = _in_paragraph(para, kind, phrases, skipped, rivals, moved, field)
        if got is not None:
            yield got


# A paragraph's text decides every reading of it but which words a document skips (a second holder's, a
# projection's): those are worked out once a text, and paragraphs repeat within a batch (a provider's
# letters share their wording). Kept by text, then by field and finder, in a dict each finder fills as it
# asks; the answers depend on the text and the knowledge's phrases and patterns alone, and a change of
# knowledge clears this cache with the others (rules/knowledge.py).
@lru_cache(maxsize=4096)
def _by_text(text: str) -> dict[tuple[str, str], tuple[tuple[object, int, int], ...]]:
    return {}


def _rival_spans(low: str, rivals: Sequence[tuple[str, re.Pattern[str]]]) -> list[tuple[int, int]]:
    # a rival's pattern is its phrase between word bounds: a paragraph without the phrase has no match
    return [m.span() for phrase, rx in rivals if phrase in low for m in rx.finditer(low)]


def _in_paragraph(
    para: Paragraph,
    kind: str,
    phrases: list[tuple[str, re.Pattern[str]]],
    skipped: set[int],
    rivals: Sequence[tuple[str, re.Pattern[str]]] = (),
    moved: bool = False,
    field: str | None = None,
) -> tuple[object, int, list[Word]] | None:
    """The paragraph's first reading whose words the document does not skip, with its page and words."""
    memo = _by_text(para.text) if field is not None else {}
    readings = memo.get(("sentence", field)) if field is not None else None
    if readings is None:
        readings = tuple(_readings(para.text, para.low, kind, phrases, rivals, moved))
        if field is not None:
            memo["sentence", field] = readings
    for value, a, b in readings:
        used = [w for w, s in zip(para.words, para.starts, strict=True) if s < b and s + len(w.text) > a]
        if any(id(w) in skipped for w in used):
            continue  # a second holder's details ("Client 2"), a projection's amounts
        return value, para.page, used or para.words[:1]
    return None


def _readings(
    text: str,
    low: str,
    kind: str,
    phrases: list[tuple[str, re.Pattern[str]]],
    rivals: Sequence[tuple[str, re.Pattern[str]]],
    moved: bool,
) -> Iterator[tuple[object, int, int]]:
    """Each value a phrase of the text leads to, in order, with the span of the phrase and value."""
    taken: list[tuple[int, int]] | None = None
    movements: list[tuple[int, int]] | None = None
    for phrase, rx in phrases:
        if phrase not in low:
            continue
        for m in rx.finditer(low):
            taken = _rival_spans(low, rivals) if taken is None else taken
            if any(a < m.start() < b for a, b in taken):
                # another field's phrase began first and runs into this one: "the transfer value of
                # your plan" is no "value of your plan", "born on 14 March 1961" no valuation "on"
                continue
            if moved:
                movements = movement_spans(low) if movements is None else movements
                if any(a <= m.start() < b for a, b in movements):
                    continue  # "Your next income payment of £400.00": money paid out, not paid in each month
            window = text[m.end() : _sentence_end(text, m.end())]
            if kind == "money" and says_none(window):
                continue  # "Contributions  None received since 24/03/2022": the page says there is none
            if len(phrase) <= 3:
                window = window[:24]  # "on"/"at": the value must follow at once
            got = _value(kind, window)
            if got is None:
                continue
            value, vend = got
            a, b = m.start(), m.end() + vend
            if kind == "money" and value_role(text[_sentence_start(text, a) : b]) == PROJECTION:
                continue  # "Illustration: ... your plan at 65 could be £150,000": not a value
            yield value, a, b


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[tuple[re.Pattern[str], Needles]]]:
    """Each field's sentence patterns, with the strings a match cannot do without (extractor/needles.py)."""
    labels = load_labels()
    expanded = [(k, labels.expand(p)) for k, v in labels.patterns.items() for p in v]
    texts = [p for _, p in expanded]
    out: dict[str, list[tuple[re.Pattern[str], Needles]]] = {k: [] for k in labels.patterns}
    for (k, _), rx, found in zip(expanded, compiled("sentence-patterns", texts), kept_needles(texts), strict=True):
        out[k].append((rx, found))
    return out


def find_patterns(
    pages: list[list[Line]], fields: set[str], paras: list[Paragraph] | None = None
) -> dict[str, tuple[object, int, list[Word]]]:
    """Values that sentence patterns (labels.yaml `patterns`, group `v`) capture, parsed per field."""
    from provcheck.extractor.values import VALUE_PARSERS

    out: dict[str, tuple[object, int, list[Word]]] = {}
    wanted = {k: v for k, v in _patterns().items() if k in fields}
    if not wanted:
        return out
    skipped = {name: skipped_words(pages, {name}) for name in wanted}
    for para in paras if paras is not None else paragraphs(pages):
        memo = _by_text(para.text)
        for name, rxs in wanted.items():
            if name in out:
                continue
            matches = memo.get(("pattern", name))
            if matches is None:
                matches = memo["pattern", name] = tuple(_pattern_matches(para, rxs))
            for v, a, b in matches:
                # running text names a product in passing: only a known wording is a plan type (a label
                # makes an unknown product name `other`)
                value = parse_plan_type(v) if name == "plan_type" else VALUE_PARSERS[name](v)
                if value is None:
                    continue
                used = [w for w, s in zip(para.words, para.starts, strict=True) if s < b and s + len(w.text) > a]
                if any(id(w) in skipped[name] for w in used):
                    continue  # a second holder's details ("Client 2"), a projection's amounts
                out[name] = (value, para.page, used or para.words[:1])
                break
    return out


def _pattern_matches(para: Paragraph, rxs: list[tuple[re.Pattern[str], Needles]]) -> Iterator[tuple[str, int, int]]:
    """Each of a field's patterns' first match in the paragraph, in order: the value's text and span."""
    text, low, ascii_text = para.text, para.low, para.text.isascii()
    for rx, found in rxs:
        if not may_match(found, text, low, ascii_text):
            continue  # the paragraph lacks every string a match holds: the pattern cannot match
        m = rx.search(text)
        if m:
            a, b = m.span("v")
            yield m["v"], a, b
