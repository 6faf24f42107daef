"""Long, thin, straight runs of ink on a scan: the form rulings and table rules lifted before OCR.

A rule is a run of dark pixels at least `length` long and at most `thickness` thick, across or
down the page; runs are found with numpy over whole rows at once (cleanup.py uses these).
"""

from __future__ import annotations

import numpy as np


def _run_spans(rows: np.ndarray, length: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, start, end) of every run of True at least `length` long along the rows of `rows`.

    A run of 2 * block - 1 pixels or more covers one aligned block of `block` pixels whole, and a
    page has few rows with a whole dark block: run starts and ends (one diff) are looked for there.
    """
    h, w = rows.shape
    block = max(length // 2, 1)
    whole = (w // block) * block
    candidates = np.nonzero(rows[:, :whole].reshape(h, -1, block).all(axis=2).any(axis=1))[0]
    padded = np.zeros((candidates.size, w + 2), np.int8)
    padded[:, 1:-1] = rows[candidates]
    edges = np.diff(padded, axis=1)
    start_r, start_c = np.nonzero(edges == 1)
    _, end_c = np.nonzero(edges == -1)  # row-major order pairs each start with its own end
    keep = (end_c - start_c) >= length
    return candidates[start_r[keep]], start_c[keep], end_c[keep]


def _paint(shape: tuple[int, ...], spans: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    out = np.zeros(shape, dtype=bool)
    for r, c0, c1 in zip(*spans, strict=True):
        out[r, c0:c1] = True
    return out


def _runs(dark: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Pixels that lie on a straight dark run of at least `length` along `axis`."""
    rows = np.ascontiguousarray(dark.T) if axis == 0 else dark
    out = _paint(rows.shape, _run_spans(rows, length))
    return out.T if axis == 0 else out


def _share(mask: np.ndarray, index: np.ndarray, c0: np.ndarray, c1: np.ndarray) -> np.ndarray:
    """For each span (row `index` of `mask`, columns c0..c1), the share of its pixels set in `mask`."""
    csum = np.zeros((mask.shape[0], mask.shape[1] + 1), np.int32)
    np.cumsum(mask, axis=1, out=csum[:, 1:])
    return (csum[index, c1] - csum[index, c0]) / (c1 - c0)


def _rows_at(rows: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Rows `at` of `rows`, with rows beyond the edges blank."""
    inside = (at >= 0) & (at < rows.shape[0])
    return rows[np.clip(at, 0, rows.shape[0] - 1)] & inside[:, None]


def _rules(dark: np.ndarray, length: int, thickness: int, axis: int) -> np.ndarray:
    """Pixels of thin straight rules along `axis`: long dark runs that are mostly thin across.

    A word in a heavy or blurred font can also make a long run along its x-height, but most of
    that run lies in letter stems, which are thick across the run; a rule is thin but where a
    letter or another rule crosses it. A shaded band or a dark banner is thick all along (and
    dismissed first, cheaply). `dark` has been widened by a pixel across `axis` already.
    """
    rows = np.ascontiguousarray(dark.T) if axis == 0 else dark
    r, c0, c1 = _run_spans(rows, length)
    if r.size:
        at, index = np.unique(r, return_inverse=True)
        filled = _rows_at(rows, at - thickness - 1) & _rows_at(rows, at + thickness + 1)
        keep = _share(filled, index, c0, c1) < 0.5
        r, c0, c1 = r[keep], c0[keep], c1[keep]
    if r.size:
        at, index = np.unique(r, return_inverse=True)
        # the length of the dark run across each pixel of these rows, counted up to `thickness` each way
        across = rows[at].astype(np.int16)
        for direction in (-1, 1):
            alive = rows[at].copy()
            for step in range(1, thickness + 1):
                alive &= _rows_at(rows, at + direction * step)
                across += alive
        keep = _share(across > thickness, index, c0, c1) < 0.3
        r, c0, c1 = r[keep], c0[keep], c1[keep]
    out = _paint(rows.shape, (r, c0, c1))
    return out.T if axis == 0 else out


def _rules_down(dark: np.ndarray, length: int, thickness: int) -> np.ndarray:
    """`_rules(dark, length, thickness, axis=0)`, worked out only in the columns that can hold a rule.

    A run down a column as long as `length` covers an aligned block of `length // 2` pixels whole
    (as `_run_spans` reasons); the columns with such a block are found without turning the page,
    and only bands around them (as wide as `_rules` looks across) are turned and searched. Most
    pages have a few such columns or none, and turning a whole page costs more than the search.
    """
    h, w = dark.shape
    block = max(length // 2, 1)
    whole = (h // block) * block
    out = np.zeros_like(dark)
    if not whole:
        return out
    possible = np.nonzero(dark[:whole].reshape(-1, block, w).all(axis=1).any(axis=0))[0]
    reach = thickness + 1  # how far across a rule `_rules` looks
    bands: list[list[int]] = []  # [first, end) columns, each candidate's reach included
    for col in possible.tolist():
        a, b = max(col - reach, 0), min(col + reach + 1, w)
        if bands and a <= bands[-1][1]:
            bands[-1][1] = b
        else:
            bands.append([a, b])
    for a, b in bands:
        # beyond the page's edge `_rules` sees blank columns; beyond a band's, the page's own
        lo, hi = max(a - reach, 0), min(b + reach, w)
        found = _rules(dark[:, lo:hi], length, thickness, axis=0)
        out[:, a:b] = found[:, a - lo : b - lo]
    return out


def _widen(mask: np.ndarray, axis: int) -> np.ndarray:
    """`mask` grown by one pixel each way across `axis` (rows for axis=0, columns for axis=1)."""
    out = mask.copy()
    if axis == 0:
        out[1:] |= mask[:-1]
        out[:-1] |= mask[1:]
    else:
        out[:, 1:] |= mask[:, :-1]
        out[:, :-1] |= mask[:, 1:]
    return out
