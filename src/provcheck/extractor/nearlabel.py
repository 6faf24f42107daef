"""Labelled values under a wording the vocabulary does not hold: the label's words nearest one field's (issue 10).

The labelled finder (labelled.py) knows a label only when a vocabulary wording starts its segment,
exactly or fuzzily; paperwork written elsewhere prints "Full surrender value" or "Value of your
client's plan", and the value under it is lost. This finder reads a segment that is plainly a
label and a value, split by a colon, a dot leader or a column gap, whose label no wording starts,
and gives the value to the field whose wordings share most of the label's words (labels.yaml
`near_label`): a word weighs less the more fields' wordings use it, so "value" or "date" alone
decide nothing. Two fields about as near give nothing; so does a field whose parser does not take
the value, or one not listed as shaped enough to trust. It scores below every label hit, and
fields.yaml lists it after the label finders: it fills only what nothing better read.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from provcheck.extractor.candidate import Candidate
from provcheck.extractor.dates import find_all_dates
from provcheck.extractor.found import Found
from provcheck.extractor.labelled import DATED_AMOUNTS
from provcheck.extractor.labels import LabelHit, match_labels, norm
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.places import is_leader, past_leader_segments, past_leaders
from provcheck.extractor.roles import PROJECTION, value_role
from provcheck.extractor.sections import PROJECTED_FIELDS, SectionMap, dated_row, skipped_words
from provcheck.extractor.values import VALUE_FIELDS, VALUE_PARSERS
from provcheck.rules import load_labels

FINDER = "near_label"
# a value cell is a value, not a sentence that holds one ("... is £12,000 less charges"): at most this many words
MAX_VALUE_WORDS = 6


def _stem(token: str) -> str:
    """A word as compared: a possessive or plural "s" dropped ("client's" is "client", "values" "value")."""
    token = token.removesuffix("'s").removesuffix("'")
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    return token


def tokens(text: str) -> frozenset[str]:
    """A label's words as compared: normalised, stemmed, without stop words, digits or dates."""
    for _, (start, end) in reversed(find_all_dates(text)):
        text = text[:start] + " " + text[end:]  # "Surrender value at 24 March 2025": the date is no label word
    stop = _stop_words()
    out = (_stem(t) for t in norm(text).replace("/", " ").split())
    return frozenset(t for t in out if t not in stop and not any(ch.isdigit() for ch in t) and len(t) > 1)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(_stem(t) for w in load_labels().near_label.stop_words for t in norm(w).split())


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, tuple[frozenset[str], ...]], dict[str, float]]:
    """Each field's wordings as word sets, and each word's weight: 1 / the number of fields using it."""
    labels = load_labels()
    wordings: dict[str, tuple[frozenset[str], ...]] = {}
    for field, syns in {**labels.fields, **labels.name_parts}.items():
        sets = {tokens(s) for s in syns}
        wordings[field] = tuple(s for s in sets if s)
    used = Counter(t for sets in wordings.values() for t in frozenset().union(*sets))
    return wordings, {t: 1.0 / n for t, n in used.items()}


def similarity(label: frozenset[str], wording: frozenset[str], weights: dict[str, float]) -> float:
    """Weighted word overlap (Jaccard): a word no wording uses weighs as much as the rarest one."""
    union = sum(weights.get(t, 1.0) for t in label | wording)
    return sum(weights.get(t, 1.0) for t in label & wording) / union if union else 0.0


def nearest_field(label: str, value: str) -> tuple[str, float] | None:
    """The field whose wordings `label` is nearest to and the similarity, or None when none or two are near.

    The rivals are the fields whose parser takes `value`: "Full surrender value  £9,120.00" may be
    near a valuation-date wording ("surrender value date"), but an amount is no date. A name field
    takes any text, so a label near a name's wordings is no amount's either.
    """
    cfg = load_labels().near_label
    words = tokens(label)
    if not words or len(words) > cfg.max_label_words:
        return None
    scores = [(s, f) for s, f in _field_scores(words) if VALUE_PARSERS[f](value) is not None]
    if not scores:
        return None
    best, field = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0.0
    if best < cfg.min_similarity or best - runner_up < cfg.margin:
        return None  # too far from every field, or as near to two: nothing is known
    return field, best


@lru_cache(maxsize=4096)
def _field_scores(words: frozenset[str]) -> tuple[tuple[float, str], ...]:
    """Each field's similarity to a label's words, best first, leaving out the fields at 0.

    Kept by the words, as a provider prints the same labels on every document. A field at 0 can
    decide nothing: the best must reach `min_similarity` (above 0) and a runner-up at 0 is no
    nearer than none, so only the fields near the label need their parser run on the value,
    the dear part (most fields' parsers read dates or amounts).
    """
    wordings, weights = _vocabulary()
    scores = ((max((_near(words, w, weights) for w in ws), default=0.0), f) for f, ws in wordings.items())
    return tuple(sorted(((s, f) for s, f in scores if s > 0.0), reverse=True))


def _near(label: frozenset[str], wording: frozenset[str], weights: dict[str, float]) -> float:
    """The similarity, when the label shares two words with the wording or is its words exactly.

    One shared word is too little: "Cash" heading a fund row shares one with "cash value".
    """
    shared = label & wording
    return similarity(label, wording, weights) if len(shared) >= 2 or label == wording else 0.0


def find_near_labels(
    pages: list[list[Line]], methods: list[str], sections: SectionMap, skip: set[int]
) -> list[Candidate]:
    """Each shaped field's first value under a label nearest its wordings, as candidates.

    Args:
        pages: each page's lines.
        methods: each page's reading method ("text" or "ocr").
        sections: a projection's, a second holder's or small print's section gives nothing.
        skip: ids of lines to pass over (holdings-table headers).
    """
    cfg = load_labels().near_label
    shaped = set(cfg.fields)
    passed = skipped_words(pages, shaped)  # small print, a second holder's, a projection's, a payment row's
    every = VALUE_FIELDS  # any field's label, exact or weak, claims the segment for the labelled finder
    out: dict[str, Candidate] = {}
    for page_no, lines in enumerate(pages, start=1):
        ocr = methods[page_no - 1] == "ocr"
        for line in lines:
            if id(line) in skip or dated_row(line) or any(id(w) in passed for w in line.words):
                continue
            for i, seg in enumerate(line.segments):
                pair = _label_and_value(line, i)
                if pair is None:
                    continue
                label, value = pair
                hits = [*match_labels(seg, every, ocr), *match_labels(seg, every, ocr, True)]
                if any(h.n_words >= len(label) for h in hits):
                    continue  # the whole label is a wording the vocabulary holds: the labelled finder's to read
                got = _candidate(label, value, page_no, methods[page_no - 1], sections, shaped, cfg.score)
                if got is not None and got.field not in out:
                    out[got.field] = got
    return list(out.values())


def _label_and_value(line: Line, i: int) -> tuple[list, list] | None:
    """The label's and the value's words of segment i: split at a colon or leader, or the next cell the value."""
    words = line.segments[i].words
    for k, w in enumerate(words):
        if w.text.endswith(":") or is_leader(w.text):
            label = words[: k + 1] if w.text.endswith(":") and len(w.text) > 1 else words[:k]
            rest = past_leaders(words[k + 1 :])
            if rest:
                return label, rest
            break
    else:
        label = list(words)
    if not label:
        return None
    idx = past_leader_segments(line, i)
    if idx + 1 >= len(line.segments):
        return None
    value = past_leaders(line.segments[idx + 1].words)
    # a label cell: no digit in it (a table row's first cell names a fund or a date, not a field)
    if not value or any(ch.isdigit() for w in label for ch in w.text):
        return None
    return label, value


def _candidate(
    label: list, value: list, page_no: int, method: str, sections: SectionMap, shaped: set[str], share: float
) -> Candidate | None:
    if len(value) > MAX_VALUE_WORDS:
        return None
    label_text = " ".join(w.text for w in label).rstrip(":")
    value_text = " ".join(w.text for w in value)
    near = nearest_field(label_text, value_text)
    if near is None or near[0] not in shaped:
        return None
    field, sim = near
    seg = Segment(list(label) + list(value))
    if sections.route(LabelHit(field, seg, len(label), 100.0, label_text), page_no) != field:
        return None  # under a projection's heading, a second holder's, small print, another party's
    role = value_role(label_text) if field in DATED_AMOUNTS else None
    if role == PROJECTION:
        return None  # "Projected fund at 65": no value of the plan at all
    if field in PROJECTED_FIELDS and value_role(value_text) == PROJECTION:
        return None
    parsed = VALUE_PARSERS[field](value_text)
    if parsed is None:
        return None
    dates = find_all_dates(label_text) if field in DATED_AMOUNTS else []
    as_at = dates[-1][0] if dates else None
    conf = min(w.conf for w in [*label, *value]) * sim * share
    found = Found(parsed, page_no, [*label, *value], conf, method, as_at, role)
    return Candidate(field, parsed, found, FINDER, conf)
