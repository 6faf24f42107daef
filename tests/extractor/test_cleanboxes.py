"""Box edges too short for rules, told from letter stems by where they stand (extractor/cleanboxes.py).

Pages are numpy masks drawn here: 240 dpi, a rule at most 8 pixels thick.
"""

from __future__ import annotations

import numpy as np

from provcheck.extractor.cleanboxes import box_edges

THICK = 8


def _page() -> np.ndarray:
    return np.zeros((300, 900), dtype=bool)


def _stem(dark: np.ndarray, x: int, top: int, bottom: int, width: int = 3) -> None:
    dark[top:bottom, x : x + width] = True


def _lift(dark: np.ndarray, rules: np.ndarray | None = None):  # noqa: ANN202
    rules = np.zeros_like(dark) if rules is None else rules
    return box_edges(dark, dark, rules, dark, THICK)


def test_a_row_of_evenly_spaced_edges_alike_is_a_run_of_character_boxes():
    dark = _page()
    for i in range(9):  # eight boxes, 45 pixels a side
        _stem(dark, 100 + 45 * i, 100, 146)
    dark[100:103, 100:463] = dark[143:146, 100:463] = True  # their tops and bottoms, each box's own bar
    lifted, cells = _lift(dark)
    assert len(cells) == 1 and len(cells[0]) == 8
    assert lifted[120, 101] and lifted[120, 101 + 45 * 4]  # an edge
    assert not lifted[120, 122]  # a box's inside keeps its character


def test_stems_of_letters_unevenly_spaced_or_unlike_are_kept():
    dark = _page()
    for x, top, bottom in ((100, 100, 140), (118, 100, 140), (170, 104, 140), (190, 100, 140), (260, 100, 140)):
        _stem(dark, x, top, bottom)  # "Illinois": tall strokes at a word's irregular pitch
    lifted, cells = _lift(dark)
    assert cells == []
    assert not lifted.any()


def test_a_short_edge_is_lifted_where_it_meets_a_rule_and_a_stem_that_meets_none_is_not():
    dark = _page()
    rules = _page()
    rules[99:101, 50:700] = True  # a field box's top rule
    _stem(dark, 60, 101, 146)  # the box's left edge, hanging from it
    _stem(dark, 300, 160, 200)  # a tall stroke below, touching nothing
    lifted, _ = _lift(dark, rules)
    assert lifted[120, 61]
    assert not lifted[180, 301]
