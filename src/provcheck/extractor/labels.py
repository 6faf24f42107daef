"""Label matching: does a segment start with one of a field's labels (fuzzily, for OCR)?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from provcheck.extractor.labelends import item_end, qualifier_end, separated, takes_a_number
from provcheck.extractor.labelindex import SynonymIndex
from provcheck.extractor.layout import Segment
from provcheck.rules import load_labels

_PUNCT = re.compile(r"[^\w&%/+.'\-]+")
_LEADER = re.compile(r"^[\s.…_]*(?:\.{2,}|…|_{2,})[\s.…_]*")
# A form's question number before its label: "3.", "3)", "(3)", "b)", "(b)", "Q3", "Q3."
_ENUMERATOR = re.compile(r"(?:\d{1,2}[a-z]?|[a-hA-H]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)|Q\d{1,2}\.?")
# Fields whose parser takes any words: a one-word label of theirs must be marked off from its value.
FREE_TEXT = {
    "provider",
    "client_name",
    "adviser_firm",
    "adviser_name",
    "client_address",
    "forenames",
    "middle_names",
    "surname",
}
# Pseudo-fields: the parts of a name printed under labels of their own (labels.yaml `name_parts`).
NAME_PARTS = ("forenames", "middle_names", "surname")
# An item number after a label: "Policy 1:", "Plan (2)", "Policyholder #1".


@lru_cache(maxsize=16384)  # called for every word of every segment against every label length
def norm(text: str) -> str:
    """Lower case, punctuation that carries no meaning removed, single spaces."""
    t = text.lower().replace("’", "'").replace("(s)", " s")
    t = _PUNCT.sub(" ", t)
    t = re.sub(r"(?<!\d)\.(?!\d)", " ", t)  # "Policy No." -> "policy no"
    return " ".join(t.split())


@dataclass
class LabelHit:
    """A field label at the start of a segment; `rest` is the text after it in the same segment."""

    field: str
    segment: Segment
    n_words: int  # how many of the segment's words the label takes
    score: float
    label: str

    @property
    def rest(self) -> str:
        """The segment's text after the label."""
        # dot leaders ("Fund value ........ £1,234.56") join a label to its value
        return _LEADER.sub("", " ".join(w.text for w in self.segment.words[self.n_words :])).strip(" :-–|")


# The score of a label read with its words split or joined, or a digit for one of its letters: under
# an exact match (100), as sure as a close fuzzy one.
JOINED_SCORE = 92.0
# A digit OCR reads for a label's letter, and the letters it may stand for (vocabulary.yaml's as_letter
# in lower case, with a 1 for an l as well).
_LETTERS_FOR = {"0": "o", "1": "il", "2": "z", "5": "s", "6": "g", "7": "t", "8": "b"}


@lru_cache(maxsize=16384)
def _letters(word: str) -> str:
    """A word's letters and digits, lower case, without spaces or punctuation."""
    return re.sub(r"[\W_]", "", norm(word))


def _misread_words(raw: list[str], skip: int, syn: str) -> int:
    """How many raw words from `skip` spell label `syn`, spaces dropped and look-alike digits as letters.

    0 when they do not: "D0B" is "dob", "Dateof birth" is "date of birth". At least one word must
    differ from the label's own words (or an exact match would have found it), and a label of two
    letters ("to", "ni") is too short to tell from a misread word.
    """
    want = syn.replace(" ", "")
    if len(want) < 3:
        return 0
    got = ""
    for i, word in enumerate(raw[skip:]):
        got += _letters(word)
        if got and got[0] != want[0] and want[0] not in _LETTERS_FOR.get(got[0], ""):
            return 0
        if len(got) >= len(want):
            if len(got) != len(want) or got == want and " ".join(norm(w) for w in raw[skip : skip + i + 1]) == syn:
                return 0
            same = all(a == b or b in _LETTERS_FOR.get(a, "") for a, b in zip(got, want, strict=True))
            return i + 1 if same and any(ch.isalpha() for ch in got) else 0
    return 0


@lru_cache(maxsize=2)
def _synonyms(weak: bool = False) -> list[tuple[str, str, int]]:
    labels = load_labels()
    out = []
    groups = labels.weak_fields if weak else {**labels.fields, **labels.name_parts}
    for field_name, syns in groups.items():
        for s in syns:
            n = norm(s)
            out.append((field_name, n, len(n.split())))
    # longest first, so "transfer value" wins over "value"
    out.sort(key=lambda t: (-len(t[1]), t[0]))
    return out


@lru_cache(maxsize=2)
def _by_first_word(weak: bool = False) -> dict[str, list[tuple[str, str, int]]]:
    """The synonyms grouped by their first word, longest first: an exact match needs that word first."""
    out: dict[str, list[tuple[str, str, int]]] = {}
    for entry in _synonyms(weak):
        out.setdefault(entry[1].split()[0], []).append(entry)
    return out


def _prefix_words(words: list[str], k: int) -> tuple[str, int]:
    """The normalised text of a segment's first words covering k label words, and how many raw words that took."""
    out: list[str] = []
    for i, w in enumerate(words):
        out.extend(norm(w).split())
        if len(out) >= k:
            return " ".join(out[:k]), i + 1
    return " ".join(out), len(words)


@lru_cache(maxsize=2)
def _ocr_index(weak: bool) -> SynonymIndex:
    return SynonymIndex.of(_synonyms(weak))


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    return frozenset(norm(q) for q in load_labels().label_qualifiers)


def match_labels(segment: Segment, fields: set[str], ocr: bool, weak: bool = False) -> list[LabelHit]:
    """Every field whose label begins `segment`, best first (one hit per field).

    A label may follow one qualifier word ("Total portfolio value"); a label that matches the
    segment's very first word wins over one found after a qualifier. A form's question number
    ("3.", "b)") before the label is passed over, and a bracketed qualifier right after it
    ("To (provider)", "Value (£)") is taken as part of the label. With `weak`, only the labels
    that often name something else (labels.yaml `weak_fields`).
    """
    found = _label_hits(tuple(w.text for w in segment.words), frozenset(fields), ocr, weak)
    return [LabelHit(field_name, segment, used, score, label) for field_name, used, score, label in found]


class _Hit(NamedTuple):
    """A label hit before it is tied to its segment: what `_label_hits` keeps."""

    field: str
    n_words: int
    score: float
    label: str


# A label test reads the segment's word texts alone, and segments repeat within a document (a header
# on every page) and across a batch (a provider's forms): each distinct one is matched once. The
# answer depends on the texts, the fields asked for, ocr and weak, and the knowledge's labels; a
# change of knowledge clears this cache with the others (rules/knowledge.py).
@lru_cache(maxsize=16384)
def _label_hits(raw_words: tuple[str, ...], fields: frozenset[str], ocr: bool, weak: bool) -> tuple[_Hit, ...]:
    """`match_labels` for a segment of these word texts, best first."""
    raw = list(raw_words)
    if raw and "@" in raw[0]:
        return ()  # an e-mail address ("adviser.support@zurich.co.uk") opens no label
    lead = 1 if len(raw) > 1 and _ENUMERATOR.fullmatch(raw[0]) else 0
    hits: dict[str, _Hit] = {}
    first = _prefix_words(raw[lead:], 1)  # the first label word, read once for both kinds of label
    for skip in (0, 1):
        if skip and (len(raw) <= lead or norm(raw[lead]) not in _qualifiers()):
            break
        _match_from(raw, lead + skip, fields, ocr, hits, weak, None if skip else first)
    if not weak:
        _match_items(raw, lead, fields, hits, first[0])
    slash = next((i for i in range(lead + 1, min(len(raw) - 1, lead + 4)) if raw[i] == "/"), None)
    if not hits and slash is not None:
        # a bilingual form prints each label twice, the other language first: "Rhif polisi / Policy number"
        _match_from(raw, slash + 1, fields, ocr, hits, weak)
    return tuple(sorted(hits.values(), key=lambda h: (-len(h.label), -h.score)))


def _match_from(
    raw: list[str],
    skip: int,
    fields: frozenset[str],
    ocr: bool,
    hits: dict[str, _Hit],
    weak: bool,
    first: tuple[str, int] | None = None,
) -> None:
    """The labels starting at `raw[skip]`; `first` is `_prefix_words(raw[skip:], 1)` when already read."""
    if first is None:
        first = _prefix_words(raw[skip:], 1)
    cache: dict[int, tuple[str, int]] = {1: (first[0], first[1] + skip)}
    initials: frozenset[str] = frozenset()
    if ocr:
        # a misread word may be any label's; but the letters `_misread_words` starts from spell only
        # a label that starts with their first or a letter OCR reads as it, so of hundreds of labels
        # the loop below is given those, the exact ones and the fuzzily near (labelindex.py)
        lead = next((c[0] for c in map(_letters, raw[skip:]) if c), "")
        initials = frozenset(lead + _LETTERS_FOR.get(lead, "")) if lead else frozenset()
        for k in _ocr_index(weak).counts:
            if k not in cache:
                prefix, used = _prefix_words(raw[skip:], k)
                cache[k] = (prefix, used + skip)
        candidates = _ocr_index(weak).candidates({k: p for k, (p, _) in cache.items()}, initials)
    else:
        candidates = _by_first_word(weak).get(first[0], [])
    fuzzy: set[str] = set()  # fields this call matched only fuzzily, which an exact label may take over
    for field_name, syn, k in candidates:
        if field_name not in fields or field_name in hits and field_name not in fuzzy:
            continue
        if k not in cache:
            prefix, used = _prefix_words(raw[skip:], k)
            cache[k] = (prefix, used + skip)
        prefix, used = cache[k]
        if not prefix:
            continue
        if prefix == syn:
            score = 100.0
            fuzzy.discard(field_name)
        elif ocr and field_name not in hits and syn[:1] in initials and (spelt := _misread_words(raw, skip, syn)):
            # a label OCR split, joined or read with a digit for a letter ("D0B", "Dateof birth"):
            # letter for letter the label, so a shorter exact one does not take it over
            score, used = JOINED_SCORE, spelt + skip
            fuzzy.discard(field_name)
        elif ocr and len(syn) >= 6 and field_name not in hits:
            # an exact shorter label beats a fuzzy longer one: "Policyholder: Mr Green" is
            # "policyholder", not "policyholder name" read into the title
            score = fuzz.ratio(prefix, syn)
            if score < 86 or takes_a_number(prefix, syn):
                continue
            fuzzy.add(field_name)
        else:
            continue
        # a label ends at a word boundary of the raw text: "Plan" must not match inside "Planholder"
        used = item_end(raw, qualifier_end(raw, used))
        if syn == "date" and used < len(raw) - 1 and raw[used] == "of":
            continue  # "Date of death 26 June 2025": another event's date, not the bare "Date" of signing
        if field_name in FREE_TEXT and used < len(raw) and not separated(raw, used):
            # "Client Services Team", "To be completed by...", "your address or other details
            # change": a label of free text that runs straight into words, with no colon, leader or
            # column gap, starts a phrase when it is one word or the next word is lower case
            if k == 1 or raw[used][:1].islower():
                continue
        hits[field_name] = _Hit(field_name, used, score, syn)
    # a fuzzy label is a guess at a misread word; where another field's label reads the same words
    # as printed, that reading explains them ("Statement period from" is not "statement period to")
    exact = [h.n_words for f, h in hits.items() if f not in fuzzy and h.score == 100.0]
    for f in [f for f in fuzzy if f in hits and any(n >= hits[f].n_words for n in exact)]:
        del hits[f]


@lru_cache(maxsize=1)
def _item_labels() -> dict[str, list[tuple[str, int]]]:
    return {
        f: sorted(((norm(x), len(norm(x).split())) for x in syns), key=lambda t: -t[1])
        for f, syns in load_labels().item_labels.items()
    }


@lru_cache(maxsize=1)
def _items_by_first_word() -> dict[str, list[tuple[str, list[tuple[str, int]]]]]:
    """`_item_labels` in its order, each field's nouns kept under their first word: only those can match."""
    out: dict[str, list[tuple[str, list[tuple[str, int]]]]] = {}
    for field_name, syns in _item_labels().items():
        for first in dict.fromkeys(syn.split()[0] for syn, _ in syns):
            out.setdefault(first, []).append((field_name, [(s, k) for s, k in syns if s.split()[0] == first]))
    return out


def _match_items(
    raw: list[str], lead: int, fields: frozenset[str], hits: dict[str, _Hit], first: str
) -> None:
    """A bare noun labels a field when an item number closes it: "Policy 1:", "Plan 2  AB123456".

    `first` is the segment's first label word past `lead` (`_prefix_words(raw[lead:], 1)`).
    """
    for field_name, syns in _items_by_first_word().get(first, []):
        if field_name not in fields or field_name in hits:
            continue
        for syn, k in syns:
            prefix, used = _prefix_words(raw[lead:], k)
            if prefix != syn or lead + used >= len(raw):
                continue
            end = item_end(raw, lead + used)
            if end > lead + used:
                hits[field_name] = _Hit(field_name, end, 100.0, f"{syn} #")
                break
