"""The learned finder: values beside the label wordings a reviewer taught for one provider (spec/review.md).

A taught wording is a label like the bundled ones, but it belongs to one provider: every candidate
this finder hands back carries that provider, and the resolver (extractor/resolve.py) lets one into the
record only on a document whose resolved provider is that provider. The value is read in the places and with the
parsers the labelled finder uses (extractor/labelled.py), so a taught label is read like a known one.
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz

from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.labels import LabelHit, _prefix_words, norm
from provcheck.extractor.labelvalue import first_value
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.values import VALUE_PARSERS
from provcheck.rules.learned import LearnedWording

FINDER = "learned"
# A taught wording is exact evidence from a person; it gives way only to a reading as strong as a
# known label's, and is worth a little less than one because it was seen on a single document.
SCORE = 0.95
# On a scan a taught label may be misread by a letter or two (the labelled finder allows the same).
OCR_RATIO = 90.0


def find_learned(pages: list[list[Line]], methods: list[str], wordings: tuple[LearnedWording, ...]) -> list[Candidate]:
    """Every value a taught label heads on these pages, one candidate per wording and page, in page order.

    Args:
        pages: each page's lines.
        methods: each page's reading method ("text" or "ocr").
        wordings: the learned wordings in force (of every provider: the caller scopes them).

    Returns:
        Candidates with finder "learned" and the wording's provider.
    """
    usable = [w for w in wordings if w.field in VALUE_PARSERS and norm(w.label)]
    out: list[Candidate] = []
    if not usable:
        return out
    for page_no, lines in enumerate(pages, start=1):
        ocr = methods[page_no - 1] == "ocr"
        for wording in usable:
            # the first place on the page where the label heads a value the field's parser takes
            got = None
            for li, seg, label_hit in _hits(lines, wording, ocr):
                got = first_value(wording.field, label_hit, lines, li, seg, ocr)
                if got is not None:
                    break
            if got is None:
                continue
            value, words, conf = got
            label_words = list(seg.words[: label_hit.n_words])
            found = Found(value, page_no, label_words + words, conf * SCORE * label_hit.score / 100,
                          methods[page_no - 1], basis=FINDER)  # fmt: skip
            out.append(Candidate(wording.field, value, found, FINDER, found.confidence, wording.provider))
    return out


def _hits(lines: list[Line], wording: LearnedWording, ocr: bool) -> Iterator[tuple[int, Segment, LabelHit]]:
    """Each segment that starts with the taught label, in reading order: its line index, the segment, the hit."""
    want = norm(wording.label)
    k = len(want.split())
    for li, line in enumerate(lines):
        for seg in line.segments:
            prefix, used = _prefix_words([w.text for w in seg.words], k)
            if prefix == want:
                score = 100.0
            elif ocr and len(want) >= 6 and fuzz.ratio(prefix, want) >= OCR_RATIO:
                score = float(fuzz.ratio(prefix, want))
            else:
                continue
            yield li, seg, LabelHit(wording.field, seg, used, score, want)
