"""Test-only page lines made from words at given positions, for the table modules' own tests.

Each line is (cells, bold) or (cells, bold, size): cells are (x, text) pairs, each word 5.5 pt a
character, in 9 pt type unless a size is given; lines are `pitch` apart. Numbers are set where
their heading starts, so a column's cells sit under it.
"""

from __future__ import annotations

from provcheck.extractor.document import Page, Word
from provcheck.extractor.layout import Line, build_lines

Row = tuple[list[tuple[float, str]], bool] | tuple[list[tuple[float, str]], bool, float]


def lines_of(rows: list[Row], top: float = 100.0, pitch: float = 13.0) -> list[Line]:
    words = []
    for i, r in enumerate(rows):
        cells, bold, size = r if len(r) == 3 else (*r, 9.0)
        y = top + i * pitch
        for x, text in cells:
            x0 = x
            for part in text.split():
                words.append(Word(part, x0, y, x0 + 5.5 * len(part), y + 10, size=size, bold=bold))
                x0 += 5.5 * len(part) + 2.5
    return build_lines(Page(1, 595, 842, words))


def head(*cells: tuple[float, str]) -> Row:
    return list(cells), True


def title(text: str) -> Row:
    """A table's title: one bold line in larger type."""
    return [(50.0, text)], True, 11.0


def row(*cells: tuple[float, str]) -> Row:
    return list(cells), False
