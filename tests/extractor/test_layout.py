"""Lines are grouped as they were when each word's line medians were worked out afresh (issue 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from statistics import median

from provcheck.extractor.layout import build_lines
from provcheck.extractor.read import read_document
from provcheck.pipeline import CheckOptions

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _grouped_afresh(page) -> list[list[int]]:
    """build_lines' grouping with statistics.median over the line's words so far, word by word."""
    words = sorted(page.words, key=lambda w: ((w.top + w.bottom) / 2, w.x0))
    lines: list[list] = []
    for w in words:
        cy, h = (w.top + w.bottom) / 2, max(w.bottom - w.top, 1.0)
        if lines:
            ctop, cbot = median(x.top for x in lines[-1]), median(x.bottom for x in lines[-1])
            if abs(cy - (ctop + cbot) / 2) <= 0.45 * max(h, cbot - ctop):
                lines[-1].append(w)
                continue
        lines.append([w])
    return [[id(w) for w in sorted(ws, key=lambda w: w.x0)] for ws in lines]


def test_lines_are_the_words_grouped_by_their_line_medians():
    options = CheckOptions(as_of=dt.date(2026, 11, 1), knowledge_path=SAMPLES / "knowledge")
    pages = [p for f in sorted((SAMPLES / "text").glob("*.pdf")) for p in read_document(f, options).pages]
    lines = 0
    for page in pages:
        built = build_lines(page)
        assert [[id(w) for w in ln.words] for ln in built] == _grouped_afresh(page)
        assert all(ln.text == " ".join(w.text for w in ln.words) for ln in built)
        lines += len(built)
    assert lines > 1000
