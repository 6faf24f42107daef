"""Words → lines → segments: the geometry every field finder works on.

A line is words sharing a baseline band; a segment is a run of words on a line separated from
the next by a gap wider than a word space (a column gap, a tab stop, a box edge). Label-left,
label-above, boxed and tabular layouts all reduce to relations between segments.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from provcheck.extractor.document import Page, Word


class _WordRun:
    """A left-to-right run of words and the box they span; Segment and Line are both one.

    Its text and box are read tens of times a line by the finders: each is worked out once and
    kept for as long as the run holds the same words (a list replaced or grown is read afresh).
    """

    words: list[Word]

    def _memo(self, key: str, make: Callable[[list[Word]], Any]) -> Any:
        words = self.words
        kept = self.__dict__.get(key)
        if kept is not None and kept[0] is words and kept[1] == len(words):
            return kept[2]
        value = make(words)
        self.__dict__[key] = (words, len(words), value)
        return value

    @property
    def text(self) -> str:
        """The words' text joined by single spaces."""
        kept = self.__dict__.get("_text")  # `_memo` written out: a line's text is read ~1,000 times a document
        words = self.words
        if kept is not None and kept[0] is words and kept[1] == len(words):
            return kept[2]
        return self._memo("_text", _joined)

    @property
    def x0(self) -> float:
        """Left edge in points."""
        return self.words[0].x0

    @property
    def x1(self) -> float:
        """Right edge in points."""
        return self.words[-1].x1

    @property
    def top(self) -> float:
        """Top edge in points from the page top."""
        return self._memo("_top", lambda ws: min(w.top for w in ws))

    @property
    def bottom(self) -> float:
        """Bottom edge in points from the page top."""
        return self._memo("_bottom", lambda ws: max(w.bottom for w in ws))


def _joined(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


@dataclass
class Segment(_WordRun):
    """A run of words on one line, with no column gap inside."""

    words: list[Word]
    line: int = 0  # index of its line on the page

    @property
    def conf(self) -> float:
        """The lowest word confidence."""
        return min(w.conf for w in self.words)

    @property
    def size(self) -> float:
        """The largest font size."""
        return max(w.size for w in self.words)


@dataclass
class Line(_WordRun):
    """Words on one baseline band, left to right, split into segments."""

    words: list[Word]
    segments: list[Segment] = field(default_factory=list)


def build_lines(page: Page) -> list[Line]:
    """Group a page's words into lines (top to bottom) and each line into segments."""
    words = sorted(page.words, key=lambda w: ((w.top + w.bottom) / 2, w.x0))
    lines: list[list[Word]] = []
    tops: list[float] = []  # the current line's tops and bottoms, kept sorted for their medians
    bottoms: list[float] = []
    for w in words:
        cy = (w.top + w.bottom) / 2
        h = max(w.bottom - w.top, 1.0)
        if lines:
            cur = lines[-1]
            ctop = _sorted_median(tops)
            cbot = _sorted_median(bottoms)
            ccy = (ctop + cbot) / 2
            if abs(cy - ccy) <= 0.45 * max(h, cbot - ctop):
                cur.append(w)
                insort(tops, w.top)
                insort(bottoms, w.bottom)
                continue
        lines.append([w])
        tops, bottoms = [w.top], [w.bottom]
    out = []
    for ws in lines:
        ws.sort(key=lambda w: w.x0)
        line = Line(words=ws)
        line.segments = _segments(ws, len(out))
        out.append(line)
    return out


def _sorted_median(values: list[float]) -> float:
    """statistics.median of values already sorted (the same middle value, or mean of the two)."""
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def _segments(words: list[Word], index: int) -> list[Segment]:
    heights = sorted(w.bottom - w.top for w in words)
    h = _sorted_median(heights) if heights else 10.0  # statistics.median, without its checks
    # A word space is about a quarter to a third of the font size; a column gap is well over one.
    gap = max(6.0, 0.95 * h)
    segs: list[Segment] = [Segment([words[0]], index)]
    for prev, w in zip(words, words[1:], strict=False):
        if w.x0 - prev.x1 > gap or (prev.text.endswith(":") and w.x0 - prev.x1 > 0.6 * gap):
            segs.append(Segment([w], index))
        else:
            segs[-1].words.append(w)
    return segs
