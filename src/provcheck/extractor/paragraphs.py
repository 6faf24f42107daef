"""A page's running text as paragraphs: lines close below each other at one left edge, read once a document.

Split from sentences.py, whose sentence and pattern finders read these paragraphs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from provcheck.extractor.document import Word
from provcheck.extractor.layout import Line


def _row(line: Line) -> bool:
    """A key/value row ("Transfer value      Please ask us for a quote"): a short label, then its value's column.

    Two such rows, one under the other, are a table, whose values never run on into the next row's. A
    grid's row of labels over its row of values ("Plan  Plan number  Valued on" over "ISA  3026098C
    08-Sep-2026") is read as running text, label before value; there the value row's runs hold digits or
    there are more than two.
    """
    return len(line.segments) == 2 and len(line.segments[0].words) <= 5 and not any(
        ch.isdigit() or ch == "£" for ch in line.segments[0].text
    )


def _paragraphs(lines: list[Line]) -> list[list[Word]]:
    paras: list[list[Word]] = []
    last: Line | None = None
    for ln in lines:
        h = max(ln.bottom - ln.top, 6.0)
        close = last is not None and ln.top - last.bottom < 0.9 * h and abs(ln.x0 - last.x0) < 40
        # two rows of a key/value table are no running text: a value never runs on into the next row
        if close and last is not None and not (_row(ln) and _row(last)):
            paras[-1].extend(ln.words)
        else:
            paras.append(list(ln.words))
        last = ln
    return paras


@dataclass
class Paragraph:
    """A paragraph of running text: its page, words, each word's offset in its text, the text."""

    page: int
    words: list[Word]
    starts: list[int]
    text: str
    low: str = dataclasses.field(init=False)  # the text in lower case: each sentence field's phrases are sought in it

    def __post_init__(self) -> None:
        self.low = self.text.lower()


def paragraphs(pages: list[list[Line]]) -> list[Paragraph]:
    """Every page's paragraphs, read once for all the fields looked for in them."""
    out = []
    for page_no, lines in enumerate(pages, start=1):
        for words in _paragraphs(lines):
            starts, pos = [], 0
            for w in words:
                starts.append(pos)
                pos += len(w.text) + 1
            out.append(Paragraph(page_no, words, starts, " ".join(w.text for w in words)))
    return out
