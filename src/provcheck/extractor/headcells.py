"""A header band cut into its heading cells: each line's headings, stacked where lines overlap.

A segment may hold one heading or several a narrow gutter ran together ("Units held Unit price (£)"),
and a heading may be printed over two lines ("Number" / "of units"): a cell is one heading however
it was set, with the column kind its words name (tablewords.column_of), or none.
"""

from __future__ import annotations

from dataclasses import dataclass

from provcheck.extractor.document import Word
from provcheck.extractor.layout import Line
from provcheck.extractor.tablewords import _clean, _exact, column_of


@dataclass
class HeadCell:
    """One heading: its text piece on each line it spans, its extent, and the column kind it names."""

    parts: list[tuple[float, str]]  # (top, text) of each line's piece
    x0: float
    x1: float
    kind: str | None


def _split(words: list[Word], top: float) -> list[HeadCell]:
    """A segment holding several headings ("Units held Unit price (£)"): longest heading first."""
    cells: list[HeadCell] = []
    loose: list[Word] = []

    def flush() -> None:
        if not loose:
            return
        text = " ".join(w.text for w in loose)
        if cells and cells[-1].kind and loose[0].x0 - cells[-1].x1 < 8:
            cells[-1].parts[-1] = (top, cells[-1].parts[-1][1] + " " + text)  # "(£)" belongs to the heading before
            cells[-1].x1 = loose[-1].x1
        else:
            cells.append(HeadCell([(top, text)], loose[0].x0, loose[-1].x1, None))
        loose.clear()

    i = 0
    while i < len(words):
        for k in range(min(5, len(words) - i), 0, -1):
            text = " ".join(w.text for w in words[i : i + k])
            kind = column_of(text, whole=True)
            if k > 1 and _exact().get(_clean(text)) is None and _exact().get(_clean(words[i + k - 1].text)):
                kind = None  # only close to a heading, and its last word a heading itself: "Value" then "ISIN"
            if kind is not None:
                flush()
                cells.append(HeadCell([(top, text)], words[i].x0, words[i + k - 1].x1, kind))
                i += k
                break
        else:
            loose.append(words[i])
            i += 1
    flush()
    return cells


def _cells(line: Line) -> list[HeadCell]:
    out: list[HeadCell] = []
    for seg in line.segments:
        whole = column_of(seg.text, whole=True)
        split = _split(seg.words, seg.top) if whole is None or _exact().get(_clean(seg.text)) is None else []
        if whole is not None and len(split) >= 2 and all(c.kind for c in split):
            whole = None  # "Value ISIN" is two headings run together, not a heading close to "Value in"
        elif whole is not None:
            split = []
        if whole is None and sum(c.kind is not None for c in split) < 2 and len(seg.words) <= 3:
            whole = column_of(seg.text)  # one heading, read by its start or fuzzily ("Units held at 31/03")
        if whole is not None:
            out.append(HeadCell([(seg.top, seg.text)], seg.x0, seg.x1, whole))
        else:
            out.extend(split)  # several headings a narrow gutter ran together ("Units Price")
    return out


def stack_cells(lines: list[Line]) -> list[HeadCell]:
    """Each line's headings, those of different lines that overlap stacked into one."""
    stacks: list[HeadCell] = []
    for line in lines:
        for cell in _cells(line):
            over = [s for s in stacks if min(s.x1, cell.x1) - max(s.x0, cell.x0) > 0]
            if not over:
                stacks.append(cell)
                continue
            target = over[0]
            for other in over[1:]:  # a wide heading below two narrow ones joins them
                target.parts += other.parts
                target.x0, target.x1 = min(target.x0, other.x0), max(target.x1, other.x1)
                target.kind = target.kind or other.kind
                stacks.remove(other)
            target.parts.append(cell.parts[0])
            target.x0, target.x1 = min(target.x0, cell.x0), max(target.x1, cell.x1)
            parts_kind = target.kind or cell.kind
            whole = column_of(" ".join(t for _, t in sorted(target.parts, key=lambda p: p[0])))
            target.kind = whole or parts_kind
    return sorted(stacks, key=lambda c: c.x0)
