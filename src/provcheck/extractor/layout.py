"""Words → lines → segments: the geometry every field finder works on.

A line is words sharing a baseline band; a segment is a run of words on a line separated from
the next by a gap wider than a word space (a column gap, a tab stop, a box edge). Label-left,
label-above, boxed and tabular layouts all reduce to relations between segments.
"""

from __future__ import annotations

import re
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
        kept = self.__dict__.get("_top")  # `_memo` written out, as `text`: read hundreds of times a document
        words = self.words
        if kept is not None and kept[0] is words and kept[1] == len(words):
            return kept[2]
        return self._memo("_top", _top)

    @property
    def bottom(self) -> float:
        """Bottom edge in points from the page top."""
        kept = self.__dict__.get("_bottom")
        words = self.words
        if kept is not None and kept[0] is words and kept[1] == len(words):
            return kept[2]
        return self._memo("_bottom", _bottom)


def _joined(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def _top(words: list[Word]) -> float:
    return min(w.top for w in words)


def _bottom(words: list[Word]) -> float:
    return max(w.bottom for w in words)


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
    ctop = cbot = 0.0  # their medians, worked out again only when a word joins the line
    for w in words:
        top, bottom = w.top, w.bottom
        if lines and abs((top + bottom) / 2 - (ctop + cbot) / 2) <= 0.45 * max(max(bottom - top, 1.0), cbot - ctop):
            lines[-1].append(w)
            insort(tops, top)
            insort(bottoms, bottom)
            ctop, cbot = _sorted_median(tops), _sorted_median(bottoms)
            continue
        lines.append([w])
        tops, bottoms = [top], [bottom]
        ctop, cbot = top, bottom
    out = []
    for ws in lines:
        ws.sort(key=lambda w: w.x0)
        ws, held = _join_boxed(ws)
        line = Line(words=ws)
        line.segments = _segments(ws, len(out), held)
        out.append(line)
    return out


def _sorted_median(values: list[float]) -> float:
    """statistics.median of values already sorted (the same middle value, or mean of the two)."""
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


BOXED_RUN = 4  # single characters at a steady pitch, at least this many: a form's one-character boxes
_BOX_CHAR = re.compile(r"[A-Za-z0-9/.,&'\-]")  # a comma or an ampersand takes a box of its own too


def _join_boxed(words: list[Word]) -> tuple[list[Word], set[int]]:
    """Join a run of one-character words printed at a steady pitch (a form's boxes) into its groups.

    "J T 1 2 3 4 5 6 C" in nine boxes becomes one word "JT123456C"; boxes set in groups with a
    wider gap between ("1 4 | 0 3 | 1 9 6 1") become one word a group ("14 03 1961"). The ids of
    the groups after a run's first are returned: the segmenter keeps them in the first's segment.
    """
    out: list[Word] = []
    held: set[int] = set()
    i = 0
    while i < len(words):
        j = i + 1
        if _box_char(words[i].text):
            while j < len(words) and _box_char(words[j].text) and _near(words[j - 1], words[j]):
                j += 1
        run = words[i:j]
        groups = _groups(run) if len(run) >= BOXED_RUN else None
        if groups is None:
            out.extend(run if len(run) < BOXED_RUN else run[:1])
            i = j if len(run) < BOXED_RUN else i + 1
            continue
        joined = [_box_word(g) for g in groups]
        held.update(id(w) for w in joined[1:])
        out.extend(joined)
        i = j
    return out, held


def _box_char(text: str) -> bool:
    """One box's character; the length is tested first, as most words are longer (the regex is dearer)."""
    return len(text) == 1 and _BOX_CHAR.fullmatch(text) is not None


def _near(a: Word, b: Word) -> bool:
    h = max(a.bottom - a.top, b.bottom - b.top, 1.0)
    return b.x0 - a.x1 <= 2.5 * h and abs(a.top - b.top) <= 0.3 * h


def _groups(run: list[Word]) -> list[list[Word]] | None:
    """A steady pitch's groups (a wider step starts one), or None when the pitch is not steady."""
    centres = [(w.x0 + w.x1) / 2 for w in run]
    steps = [b - a for a, b in zip(centres, centres[1:], strict=False)]
    base = min(steps)
    h = max(w.bottom - w.top for w in run)
    if base < 0.6 * h:
        return None  # letters set close together are a word's, not boxes
    groups = [[run[0]]]
    for w, step in zip(run[1:], steps, strict=True):
        if step > 1.3 * base:
            groups.append([w])
        else:
            groups[-1].append(w)
    if sum(len(g) for g in groups if len(g) > 1) < BOXED_RUN:
        return None
    return groups


def _box_word(ws: list[Word]) -> Word:
    if len(ws) == 1:
        return ws[0]
    return Word(
        "".join(w.text for w in ws),
        ws[0].x0,
        min(w.top for w in ws),
        ws[-1].x1,
        max(w.bottom for w in ws),
        min(w.conf for w in ws),
        max(w.size for w in ws),
        all(w.bold for w in ws),
    )


def _segments(words: list[Word], index: int, held: set[int] | None = None) -> list[Segment]:
    heights = sorted(w.bottom - w.top for w in words)
    h = _sorted_median(heights) if heights else 10.0  # statistics.median, without its checks
    # A word space is about a quarter to a third of the font size; a column gap is well over one.
    gap = max(6.0, 0.95 * h)
    segs: list[Segment] = [Segment([words[0]], index)]
    for prev, w in zip(words, words[1:], strict=False):
        if held and id(w) in held:
            segs[-1].words.append(w)
        elif w.x0 - prev.x1 > gap or (prev.text.endswith(":") and w.x0 - prev.x1 > 0.6 * gap):
            segs.append(Segment([w], index))
        else:
            segs[-1].words.append(w)
    return segs
