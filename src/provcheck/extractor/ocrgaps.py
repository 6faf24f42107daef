"""Print Tesseract's page layout passed over: found as ink no word covers, and read again as a block.

Tesseract's page segmentation (psm 3) sometimes takes a column of a table for a picture and
drops it whole: on a 150 dpi scan brought up to 200 dpi, or a bilevel one, the units and price
columns of a holdings table came back without a word while the fund names beside them were read
(bench/scantables). Such a column is text-shaped ink, several lines of it, that no word's box
covers. Each such region is cut out and read as one uniform block (psm 6), which reads it;
its words join the page's. A signature or a logo is uncovered ink too: what Tesseract reads in
it is dropped unless it reads as confident text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from PIL import Image

from provcheck.extractor.document import Word

# grey level under which a pixel is ink
INK_LEVEL = 128
# a region read again must be text-sized: points tall and wide at least, and no more than this many
MIN_HEIGHT, MIN_WIDTH = 14.0, 24.0
MAX_REGIONS = 4
# how confident a word read again must be (0-1), and the words of its line on average
MIN_CONF, MIN_MEAN_CONF = 0.6, 0.75


def off_words(dark: np.ndarray, words: list[Word], s: float) -> None:
    """Clear, in place, a reduced ink mask (one cell `s` points) under every word's box and a cell around it."""
    for w in words:
        x0, y0 = int(w.x0 / s) - 1, int(w.top / s) - 1
        x1, y1 = int(w.x1 / s) + 2, int(w.bottom / s) + 2
        dark[max(y0, 0) : max(y1, 0), max(x0, 0) : max(x1, 0)] = False


def read_again(
    image: Image.Image, words: list[Word], scale: float, read: Callable[[Image.Image], list[Word]]
) -> list[Word]:
    """The words of the page's uncovered text regions that `read` (a block reader) finds, in page points."""
    found: list[Word] = []
    for box in uncovered(image, words, scale):
        part, left, top = crop(image, box, scale)
        dx, dy = left * scale, top * scale
        moved = [replace(w, x0=w.x0 + dx, x1=w.x1 + dx, top=w.top + dy, bottom=w.bottom + dy) for w in read(part)]
        found += kept(moved, words + found)
    return found


def uncovered(image: Image.Image, words: list[Word], scale: float) -> list[tuple[float, float, float, float]]:
    """Regions of text-like ink no word covers, in PDF points (x0, top, x1, bottom), largest first.

    Found in 4x4 blocks: ink under `INK_LEVEL` off the words' boxes, its rows grouped into
    lines and each line's ink into runs split at gaps wider than a word space; runs that stack
    (overlap across, a table row or less apart) join into one region.
    """
    full = np.asarray(image.convert("L")) < INK_LEVEL
    h, w = full.shape[0] // 4 * 4, full.shape[1] // 4 * 4
    # a 4x4 block is ink when two of its pixels are: a thin stroke averaged away would be lost, a speck is not ink
    dark = full[:h, :w].reshape(h // 4, 4, w // 4, 4).sum(axis=(1, 3)) >= 2
    s = scale * 4
    off_words(dark, words, s)
    rows = np.where(dark.sum(axis=1) >= 2)[0]
    if rows.size == 0:
        return []
    bands: list[list[int]] = [[int(rows[0]), int(rows[0])]]
    for r in rows[1:]:
        if r - bands[-1][1] <= 2:
            bands[-1][1] = int(r)
        else:
            bands.append([int(r), int(r)])
    gap = max(int(6 / s), 2)  # a gap wider than about 6 pt ends a run of ink
    runs: list[list[float]] = []
    for r0, r1 in bands:
        cols = np.where(dark[r0 : r1 + 1].any(axis=0))[0]
        if cols.size == 0:
            continue
        start = prev = int(cols[0])
        for c in [*cols[1:].tolist(), None]:
            if c is not None and c - prev <= gap:
                prev = c
                continue
            runs.append([start * s, r0 * s, (prev + 1) * s, (r1 + 1) * s])
            if c is not None:
                start = prev = c
    regions = _stacked(sorted(runs, key=lambda r: r[1]))
    page_area = image.width * image.height * scale * scale
    good = [
        (r[0], r[1], r[2], r[3])
        for r in regions
        if r[3] - r[1] >= MIN_HEIGHT and r[2] - r[0] >= MIN_WIDTH and (r[2] - r[0]) * (r[3] - r[1]) < 0.25 * page_area
    ]
    return sorted(good, key=lambda r: -(r[2] - r[0]) * (r[3] - r[1]))[:MAX_REGIONS]


def _stacked(runs: list[list[float]]) -> list[list[float]]:
    """Runs joined into regions while any two overlap across and stand no more than two lines of ink apart."""
    regions = [list(r) for r in runs]
    joined = True
    while joined:
        joined = False
        for i, a in enumerate(regions):
            for b in regions[i + 1 :]:
                line = max(min(a[3] - a[1], b[3] - b[1]), 6.0)
                apart = max(a[1], b[1]) - min(a[3], b[3])
                if min(a[2], b[2]) > max(a[0], b[0]) and apart <= 2.0 * line:
                    a[:] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    regions.remove(b)
                    joined = True
                    break
            if joined:
                break
    return regions


def crop(image: Image.Image, box: tuple[float, float, float, float], scale: float) -> tuple[Image.Image, int, int]:
    """The region `box` (points) cut from `image` with a margin, and its left and top in pixels."""
    margin = int(4 / scale)
    x0, y0 = max(int(box[0] / scale) - margin, 0), max(int(box[1] / scale) - margin, 0)
    x1, y1 = min(int(box[2] / scale) + margin, image.width), min(int(box[3] / scale) + margin, image.height)
    return image.crop((x0, y0, x1, y1)), x0, y0


def kept(words: list[Word], page_words: list[Word]) -> list[Word]:
    """The words read again that are confident text, on a confident line, and overlap none of the page's words."""
    sure = [w for w in words if w.conf >= MIN_CONF and sum(ch.isalnum() for ch in w.text) >= 2]
    out = []
    for w in sure:
        line = [o for o in sure if min(o.bottom, w.bottom) - max(o.top, w.top) > 0]  # its line, itself too
        if sum(o.conf for o in line) / len(line) >= MIN_MEAN_CONF and not any(_overlap(w, p) for p in page_words):
            out.append(w)
    return out


def _overlap(a: Word, b: Word) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 1 and min(a.bottom, b.bottom) - max(a.top, b.top) > 1
