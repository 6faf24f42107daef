"""Which kind of document this is, from weighted evidence held as data (rules/data/doc_types.yaml).

Three kinds of evidence add up per doc type: phrases that name the document in a heading of
page 1 ("Third party authority", "Statement of account"), wording in the body ("I/we
authorise", "we are writing in response", "this statement covers"), and structures on the
page (a holdings table, a signature line, a statement period, sums of money, a letter's
salutation). A phrase inside a longer matched phrase does not count on its own, so "letter of
authority" in a reply's "thank you for your letter of authority" is no vote for an LoA. The fields
the finders found on any page add a fourth kind (`with_fields`): a reply that opens with a covering
letter still shows a fund table, a plan value and a policy number (issue 10). The best type is
given only with enough evidence and a clear lead; otherwise `unknown` (spec/record.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from rapidfuzz import fuzz

from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.structures import features
from provcheck.rules.doctypes import DocTypeRules, load_doc_type_rules

# A heading is short; a line opening with these is a letter's furniture, not its title
# ("Re: Letter of Authority for Mr Smith" heads a provider's reply as often as an LoA).
_NOT_TITLE = re.compile(r"^(re|subject|ref|our ref|your ref|our reference|your reference|dear)\b")


@dataclass
class Verdict:
    """The doc type, how sure, and the weighted evidence behind it (each type's score and its cues)."""

    doc_type: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    strongest: dict[str, float] = field(default_factory=dict)  # each type's single strongest cue


@dataclass(frozen=True)
class _Cue:
    phrase: str  # normalised
    doc_type: str
    kind: str  # "title" or "phrase"
    weight: float


_CUE_CACHE: dict[int, tuple[DocTypeRules, tuple[_Cue, ...]]] = {}


def _cues(rules: DocTypeRules) -> tuple[_Cue, ...]:
    """The rules' phrases, normalised once per rules object (the bundled file is loaded once)."""
    cached = _CUE_CACHE.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    out = []
    for doc_type, cues in rules.types.items():
        out += [_Cue(norm(p), doc_type, "title", w) for p, w in cues.titles.items()]
        out += [_Cue(norm(p), doc_type, "phrase", w) for p, w in cues.phrases.items()]
    cues = tuple(c for c in out if c.phrase)
    _CUE_CACHE[id(rules)] = (rules, cues)
    return cues


def classify(pages: list[list[Line]], ocr: bool = False, rules: DocTypeRules | None = None) -> Verdict:
    """Weigh the evidence of a document's lines for each doc type and name the type, or `unknown`.

    Args:
        pages: each page's lines (layout.build_lines), page 1 first.
        ocr: whether the text came from OCR (title phrases are then also matched fuzzily).
        rules: the evidence file; the bundled one by default.

    Returns:
        The verdict: doc type, confidence 0-1, each type's score and the cues that made it.
    """
    rules = rules or load_doc_type_rules()
    cues = _cues(rules)
    zones = rules.zones
    best: dict[tuple[str, str, str], tuple[float, str]] = {}  # (type, kind, phrase) -> (points, where)

    def note(cue: _Cue, points: float, where: str) -> None:
        key = (cue.doc_type, cue.kind, cue.phrase)
        if key not in best or abs(points) > abs(best[key][0]):
            best[key] = (points, where)

    titles = _title_texts(pages[0] if pages else [], zones.title_region)
    title_hit = False
    for text in titles:
        for cue in _matches(text, cues):
            if cue.kind == "title":
                note(cue, cue.weight * zones.title, "title")
                title_hit = True
    if ocr and not title_hit:
        for text in titles:  # OCR misreads a letter or two of a heading: its one closest title counts
            cue = _closest_title(text, cues)
            if cue is not None:
                note(cue, 0.9 * cue.weight * zones.title, "title~")
    for page_no, lines in enumerate(pages[1:] if zones.later_page_title else [], start=2):
        for text in _title_texts(lines, zones.title_region):  # a later page's own heading
            for cue in _matches(text, cues):
                if cue.kind == "title":
                    note(cue, cue.weight * zones.later_page_title, f"title p{page_no}")
    for page_no, lines in enumerate(pages, start=1):
        text = norm(" ".join(ln.text for ln in lines))
        page_factor = zones.first_page if page_no == 1 else zones.later_pages
        for cue in _matches(text, cues):
            factor = zones.title_in_body if cue.kind == "title" else page_factor
            note(cue, cue.weight * factor, f"p{page_no}")

    scores = {t: 0.0 for t in rules.types}
    strongest = {t: 0.0 for t in rules.types}
    evidence: dict[str, list[str]] = {t: [] for t in rules.types}
    for (doc_type, kind, phrase), (points, where) in best.items():
        scores[doc_type] += points
        strongest[doc_type] = max(strongest[doc_type], points)
        evidence[doc_type].append(f"{kind} '{phrase}' {where} {points:+.2f}")
    present = features(pages)
    for doc_type, cues_of_type in rules.types.items():
        for feature, weight in cues_of_type.features.items():
            if feature in present:
                scores[doc_type] += weight
                strongest[doc_type] = max(strongest[doc_type], weight)
                evidence[doc_type].append(f"feature {feature} {weight:+.2f}")
    return _decide(scores, strongest, evidence, rules)


def with_fields(verdict: Verdict, found: set[str], rules: DocTypeRules | None = None) -> Verdict:
    """The verdict again with the fields found on the document's pages weighed in.

    Each type's `fields` weights are summed over the fields found, and the sum counts as one cue:
    holdings, a plan value and a policy number together are strong evidence of a reply or statement
    even where no wording names the document (a covering letter over a plan schedule).

    Args:
        verdict: the wording and structure verdict from `classify`.
        found: names of the record fields the finders found (signature_present only when present).
        rules: the evidence file; the bundled one by default.

    Returns:
        The decided verdict; its evidence lists the fields that counted.
    """
    rules = rules or load_doc_type_rules()
    scores = dict(verdict.scores)
    strongest = dict(verdict.strongest)
    evidence = {t: list(e) for t, e in verdict.evidence.items()}
    for doc_type, cues_of_type in rules.types.items():
        hits = sorted(f for f in cues_of_type.fields if f in found)
        if not hits:
            continue
        points = sum(cues_of_type.fields[f] for f in hits)
        scores[doc_type] = scores.get(doc_type, 0.0) + points
        strongest[doc_type] = max(strongest.get(doc_type, 0.0), points)
        evidence.setdefault(doc_type, []).append(f"fields {'+'.join(hits)} {points:+.2f}")
    return _decide(scores, strongest, evidence, rules)


def _decide(
    scores: dict[str, float], strongest: dict[str, float], evidence: dict[str, list[str]], rules: DocTypeRules
) -> Verdict:
    ranked = sorted(scores, key=lambda t: -scores[t])
    top, runner_up = scores[ranked[0]], scores[ranked[1]] if len(ranked) > 1 else 0.0
    rounded = {t: round(s, 2) for t, s in scores.items()}
    decision = rules.decision
    enough = top >= decision.min_score and strongest[ranked[0]] >= decision.min_strongest
    if not enough or top - runner_up < decision.min_margin:
        return Verdict("unknown", 0.0, rounded, evidence, strongest)
    positive = sum(max(s, 0.0) for s in scores.values())
    confidence = (top / positive) * min(1.0, top / (2 * rules.decision.min_score))
    return Verdict(ranked[0], round(confidence, 3), rounded, evidence, strongest)


_BY_FIRST_WORD: dict[int, tuple[tuple[_Cue, ...], dict[str, tuple[int, ...]]]] = {}


def _by_first_word(cues: tuple[_Cue, ...]) -> dict[str, tuple[int, ...]]:
    """The places of `cues` by their phrase's first word, worked out once per cue set."""
    kept = _BY_FIRST_WORD.get(id(cues))
    if kept is not None and kept[0] is cues:
        return kept[1]
    index: dict[str, list[int]] = {}
    for i, cue in enumerate(cues):
        index.setdefault(cue.phrase.split(" ", 1)[0], []).append(i)
    out = {w: tuple(v) for w, v in index.items()}
    _BY_FIRST_WORD[id(cues)] = (cues, out)
    return out


def _matches(text: str, cues: tuple[_Cue, ...]) -> list[_Cue]:
    """The cues found in `text` (normalised), leaving out any found only inside a longer match."""
    padded = f" {text} "
    found: list[tuple[int, int, _Cue]] = []
    # a phrase is found between spaces, so its first word is one of the text's words: only the cues
    # whose first word the text holds are looked for, in the cues' order
    index = _by_first_word(cues)
    places = sorted({i for w in set(text.split(" ")) for i in index.get(w, ())})
    for cue in (cues[i] for i in places):
        needle = f" {cue.phrase} "
        i = padded.find(needle)
        while i >= 0:
            found.append((i, i + len(needle), cue))
            i = padded.find(needle, i + 1)
    spans = {(a, b) for a, b, _ in found}
    out: dict[_Cue, None] = {}
    for a, b, cue in found:
        inside = any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans)
        if not inside:
            out[cue] = None
    return list(out)


def _closest_title(text: str, cues: tuple[_Cue, ...]) -> _Cue | None:
    """The title phrase an OCR'd heading reads as, allowing a misread letter or two; longest wins a tie."""
    best: tuple[float, int, _Cue] | None = None
    for cue in cues:
        # the heading must be at least as long as the phrase: partial_ratio would otherwise find a
        # short heading ("Plan") inside any long phrase
        if cue.kind != "title" or len(cue.phrase) < 10 or len(text) < len(cue.phrase) - 1:
            continue
        score = fuzz.partial_ratio(cue.phrase, text)
        if score >= 90 and (best is None or (score, len(cue.phrase)) > best[:2]):
            best = (score, len(cue.phrase), cue)
    return best[2] if best else None


def _size(seg: Segment) -> float:
    """A segment's font size; OCR words carry none, so their height stands in."""
    return max((w.size or (w.bottom - w.top)) for w in seg.words)


def _title_texts(lines: list[Line], region: float) -> list[str]:
    """Normalised text of the heading-like segments in the top part of a page."""
    if not lines:
        return []
    sizes = [w.size or (w.bottom - w.top) for ln in lines for w in ln.words]
    body = median(sizes) if sizes else 10.0
    top, bottom = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
    limit = top + region * max(bottom - top, 1.0)
    out = []
    for ln in lines:
        if ln.top > limit:
            break
        for seg in ln.segments:
            text = norm(seg.text)
            if not text or len(seg.words) > 12 or _NOT_TITLE.match(text):
                continue
            if (
                _size(seg) >= 1.12 * body
                or all(w.bold for w in seg.words)
                or _capitals(seg.text)
                or (len(ln.segments) == 1 and len(seg.words) <= 8)
            ):
                out.append(text)
    return out


def _capitals(text: str) -> bool:
    """Set in capitals: six letters or more, every one upper case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)
