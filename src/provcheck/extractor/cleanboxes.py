"""A boxed form's boxes on a scan: edges too short to be rules, lifted before OCR as rules are.

A form's field boxes and character boxes ("2 | 7 | 0 | 8 | 1 | 9 | 6 | 4" for a date of birth)
are closed by edges about a line tall: by length alone they are letter stems, so cleanup.py's
rules leave them, and Tesseract reads a row of boxed digits as junk ("l2|{7pofej|ofef4]"). An edge
is told by where it stands: an end that meets a long rule across (a field box's top or bottom),
or a place in a row of four or more like edges, as tall as each other, evenly spaced (a run of
character boxes); no letter stems stand so. A character box's own top and bottom bars, too short
for a rule, go with its edges.
"""

from __future__ import annotations

import numpy as np

from provcheck.extractor.cleanrules import _widen

# A run of character boxes: at least this many edges, tops and bottoms within EDGE_SLACK pixels of each
# other, each gap between edges within GAP_SPREAD of the row's median gap.
MIN_BOXES = 4
EDGE_SLACK = 4
GAP_SPREAD = 0.3


def _runs(short: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(column, first row, end row) of every run down `short`, column by column."""
    h, w = short.shape
    flat = np.zeros(w * (h + 1) + 1, dtype=np.int8)
    grid = np.zeros((w, h + 1), dtype=np.int8)
    grid[:, :h] = short.T
    flat[1:] = grid.ravel()
    edges = np.diff(flat)
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    return starts // (h + 1), starts % (h + 1), ends % (h + 1)


def _edges(short: np.ndarray) -> list[list[int]]:
    """Runs down `short` side by side (neighbouring columns, the same rows) merged: [x0, x1, top, bottom]."""
    cols, tops, ends = _runs(short)
    out: list[list[int]] = []
    open_: list[list[int]] = []
    for c, t, e in sorted(zip(cols.tolist(), tops.tolist(), ends.tolist(), strict=True)):
        hit = next((g for g in open_ if g[1] == c - 1 and abs(g[2] - t) <= 2 and abs(g[3] - e) <= 2), None)
        if hit is None:
            hit = [c, c, t, e]
            out.append(hit)
        hit[1] = c
        open_ = [g for g in open_ if g[1] >= c - 1] + ([hit] if hit not in open_ else [])
    return out


def _box_rows(edges: list[list[int]], dark: np.ndarray, thickness: int) -> list[list[list[int]]]:
    """Runs of MIN_BOXES or more character boxes: edges alike in top and bottom, a box's width apart.

    An edge drawn thicker than a rule (two boxes' borders side by side) is no short thin run and is
    missing from `edges`: a gap of two or three boxes' widths with ink down the page at each box's
    width stands for it, and its place is given from the edges either side.
    """
    bands: list[list[list[int]]] = []
    for e in sorted(edges, key=lambda e: e[0]):
        band = next((b for b in bands if _alike(b[-1], e)), None)
        if band is None:
            bands.append([list(e)])
        elif e[0] - band[-1][1] <= thickness:  # one edge a scan broke into two columns' runs
            last = band[-1]
            last[1], last[2], last[3] = max(last[1], e[1]), min(last[2], e[2]), max(last[3], e[3])
        else:
            band.append(list(e))
    found = []
    for band in bands:
        if len(band) < 2:
            continue
        height = band[0][3] - band[0][2]
        gaps = [b[0] - a[0] for a, b in zip(band, band[1:], strict=False)]
        pitch = min(gaps)
        if not 0.3 * height <= pitch <= 1.5 * height:  # a character box is about as wide as it is tall
            continue
        chain, boxes = [band[0]], 0
        for e, gap in zip(band[1:], gaps, strict=True):
            k = round(gap / pitch)
            step = gap / max(k, 1)
            inner = [round(chain[-1][0] + step * j) for j in range(1, k)]
            even = 1 <= k <= 3 and abs(gap - k * pitch) <= GAP_SPREAD * pitch
            if even and all(_inked(dark, x, e, thickness) for x in inner):
                # a thick edge's place: as wide as may be inked either side (only ink there is lifted)
                chain += [[x - thickness, x + thickness, e[2], e[3]] for x in inner] + [e]
                boxes += k
                continue
            if boxes >= MIN_BOXES:
                found.append(chain)
            chain, boxes = [e], 0
        if boxes >= MIN_BOXES:
            found.append(chain)
    return found


def _alike(a: list[int], b: list[int]) -> bool:
    """Do two edges start and end on about the same rows?"""
    return abs(a[2] - b[2]) <= EDGE_SLACK and abs(a[3] - b[3]) <= EDGE_SLACK


def _inked(dark: np.ndarray, x: int, like: list[int], thickness: int) -> bool:
    """Is there ink down most of an edge's height (`like`'s rows) within `thickness` of column `x`?"""
    top, bottom = like[2], like[3]
    strip = dark[top:bottom, max(x - thickness, 0) : x + thickness + 1]
    return strip.size > 0 and float(strip.any(axis=1).mean()) >= 0.8


Box = tuple[int, int, int, int]  # x0, top, x1, bottom in pixels


def box_edges(
    short: np.ndarray, heavy: np.ndarray, rules: np.ndarray, dark: np.ndarray, thickness: int
) -> tuple[np.ndarray, list[list[Box]]]:
    """The pixels of boxes' short edges and character boxes' bars to lift before OCR, and the character boxes.

    Args:
        short: pixels of short, thin, straight runs down the page (letter stems among them).
        heavy: the same up to twice as thick: two boxes' borders side by side make one such edge.
        rules: pixels of the long rules across, found already.
        dark: the page's dark pixels.
        thickness: the most pixels thick a rule is.

    Returns:
        (the pixels to lift, each run of character boxes as the boxes' insides, left to right).
    """
    out = np.zeros_like(short)
    near = _widen(_widen(rules, 0), 0)
    for x0, x1, top, bottom in _edges(short):
        ends = near[max(top - 1, 0), x0 : x1 + 1].any() or near[min(bottom, short.shape[0] - 1), x0 : x1 + 1].any()
        if ends:
            out[top:bottom, x0 : x1 + 1] = True
    half = max(thickness // 2, 1)
    cells: list[list[Box]] = []
    for row in _box_rows(_edges(heavy), dark, thickness):
        xa, xb = row[0][0], row[-1][1] + 1
        for x0, x1, top, bottom in row:
            a, b = max(x0 - half, 0), x1 + half + 1
            out[top:bottom, a:b] |= dark[top:bottom, a:b]
        top = min(e[2] for e in row)
        bottom = max(e[3] for e in row)
        out[top - half : top + half + 1, xa:xb] |= dark[top - half : top + half + 1, xa:xb]
        out[bottom - half - 1 : bottom + half, xa:xb] |= dark[bottom - half - 1 : bottom + half, xa:xb]
        inset = half + 1
        pairs = zip(row, row[1:], strict=False)
        cells.append([(a[1] + inset, top + inset, b[0] - inset, bottom - inset) for a, b in pairs])
    return out, cells
