"""Which kind of document this is, from cue phrases held as data (labels.yaml `doc_type_cues`)."""

from __future__ import annotations

from provcheck.extractor.labels import norm
from provcheck.rules import load_labels


def classify(first_page_text: str, all_text: str) -> tuple[str, float]:
    """(doc_type, confidence) for a document's text; `unknown` when no cue is found.

    Cues on the first page count double: a title says more than a passing mention, and an LoA
    response quotes "letter of authority" in its body while an LoA carries it as its title.
    """
    cues = load_labels().doc_type_cues
    first, whole = f" {norm(first_page_text)} ", f" {norm(all_text)} "
    head = f" {norm(first_page_text[:600])} "
    scores: dict[str, float] = {}
    for doc_type, phrases in cues.items():
        score = 0.0
        for phrase in phrases:
            p = f" {norm(phrase)} "
            if p in head:
                score += 2.0
            if p in first:
                score += 2.0 + 0.1 * len(p)
            elif p in whole:
                score += 1.0
        scores[doc_type] = score
    best = max(scores, key=lambda k: scores[k])
    total = sum(scores.values())
    if scores[best] <= 0:
        return "unknown", 0.0
    return best, round(scores[best] / total, 3)
