"""Scan clean-up before OCR: straighten a skewed page, lift form rulings off it, remove specks.

Tesseract reads box borders and table rules as `|`, `;` and `_`, misreads the words they touch
and often skips the text inside boxes; removing long, thin, straight runs of ink first gives it
plain text to read. A scanned rule is often lighter than the text (thin, blurred, JPEG'd), so
rules are judged against the paper's grey rather than the text's threshold. Skew up to a few
degrees (a page fed crooked) is measured by projection profiles and undone. Scanner specks and
grain, which Tesseract reads as stray marks, go under a 3x3 median.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from provcheck.extractor.cleanboxes import Box, box_edges
from provcheck.extractor.cleanrules import _rules, _rules_down, _run_spans, _widen

MAX_SKEW = 4.0
# The shortest box edge lifted, in inches (11 pt): taller than a 10 pt line's letters, shorter than a boxed field.
BOX_EDGE = 0.15


def paper_and_ink(grey: np.ndarray) -> tuple[int, int]:
    """The paper's grey level (the commonest light level) and an ink threshold between it and the text (Otsu)."""
    hist = np.bincount(grey[::4, ::4].ravel(), minlength=256).astype(np.float64)
    levels = np.arange(256, dtype=np.float64)
    total = hist.sum()
    weight = np.cumsum(hist)
    mass = np.cumsum(hist * levels)
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mass[-1] * weight / total - mass) ** 2 / (weight * (total - weight))
    threshold = int(np.nanargmax(between[:-1])) if total else 128
    paper = int(np.argmax(hist[threshold:]) + threshold)
    return paper, threshold


def skew_angle(grey: Image.Image) -> float:
    """The page's skew in degrees (counter-clockwise positive), by the sharpest row profile.

    A page straight as it is keeps 0: another angle must sharpen the profile by a tenth at least
    (a skewed page's true angle sharpens it several times over), so a sparse page whose profile
    barely changes is not turned on a whim.

    Judged on a 4x reduced copy, and without turning it: each dark pixel's row on the page turned
    by an angle is worked out from its place, as a nearest-neighbour rotation about the centre
    would put it (pixels turned off the page drop out), so 33 angles cost 33 histograms, not 33
    rotations of the image.
    """
    small = grey.reduce(4) if min(grey.size) > 800 else grey
    dark = np.asarray(small) < 128
    h, w = dark.shape
    ys, xs = np.nonzero(dark)
    dx = xs + 0.5 - w / 2
    dy = ys + 0.5 - h / 2

    def sharpness(angle: float) -> float:
        theta = np.deg2rad(angle)
        cos, sin = np.cos(theta), np.sin(theta)
        x = dx * cos + dy * sin + w / 2
        y = dy * cos - dx * sin + h / 2
        inside = (x >= 0) & (x < w) & (y >= 0) & (y < h)
        rows = np.bincount(y[inside].astype(np.intp), minlength=h).astype(np.float64)
        return float(np.var(np.diff(rows)))

    straight = sharpness(0.0)
    best, best_score = 0.0, straight * 1.1
    for step in np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.25):
        if step:
            score = sharpness(float(step))
            if score > best_score:
                best, best_score = float(step), score
    return best


def median3(arr: np.ndarray) -> np.ndarray:
    """The 3x3 median of a greyscale image (edges repeated), exactly PIL's MedianFilter(3), faster.

    Scanner specks and JPEG grain are a pixel or two across: Tesseract reads them as stray
    marks and misreads letters they touch. Each column of three is sorted once, for the three
    windows that share it; a window's median is then the median of its columns' largest low,
    median middle and smallest high (about 18 passes over the image, where a 9-input sorting
    network takes 47 and PIL's filter four times as long).
    """
    padded = np.pad(arr, 1, mode="edge")
    h = arr.shape[0]
    top, mid, bottom = padded[:h], padded[1 : h + 1], padded[2 : h + 2]
    low, high = np.minimum(top, mid), np.maximum(top, mid)
    middle = np.maximum(low, np.minimum(high, bottom))  # each column's median
    low = np.minimum(low, bottom)  # each column's smallest
    high = np.maximum(high, bottom)  # each column's largest
    w = arr.shape[1]
    lows = np.maximum(np.maximum(low[:, :w], low[:, 1 : w + 1]), low[:, 2 : w + 2])
    highs = np.minimum(np.minimum(high[:, :w], high[:, 1 : w + 1]), high[:, 2 : w + 2])
    middles = _median_of_three(middle[:, :w], middle[:, 1 : w + 1], middle[:, 2 : w + 2])
    return _median_of_three(lows, middles, highs)


def _median_of_three(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return np.maximum(np.minimum(a, b), np.minimum(np.maximum(a, b), c))


def lift_dark_bands(arr: np.ndarray, paper: int, dpi: float) -> None:
    """Turn dark bands (a letterhead banner, a shaded table header) into dark text on paper, in place.

    Tesseract thresholds a page once: a large dark band pulls that threshold down until light
    grey captions elsewhere vanish, and the band's own white text is read poorly if at all. A
    band is found on an 8x reduced copy: rows of dark cells at least an inch long, three cells
    (about 9 pt) deep or more. Inside it every pixel is inverted, its ground scaled to the
    paper's grey; its ragged or slanted edge is followed out pixel by pixel from there, so text
    printed just beside the band is left alone, and the edge itself is painted over with paper.
    """
    cell = 8
    small = np.asarray(Image.fromarray(arr).reduce(cell)) < paper * 0.6
    rows, c0, c1 = _run_spans(small, max(int(dpi / cell), 4))
    bands: list[list[int]] = []  # [first row, last row, first column, end column] in cells
    for r, a, b in zip(rows.tolist(), c0.tolist(), c1.tolist(), strict=True):
        if bands and r - bands[-1][1] <= 1 and a < bands[-1][3] and b > bands[-1][2]:
            band = bands[-1]
            band[1], band[2], band[3] = r, min(band[2], a), max(band[3], b)
        else:
            bands.append([r, r, a, b])
    mid = paper // 2
    h, w = arr.shape
    for r0, r1, a, b in bands:
        if r1 - r0 < 2:
            continue
        # the core: the band's cells less one all round, wholly inside the band; its ground (the
        # commonest pixel) must be dark: a line of heavy text is dark in places, but mostly paper
        y0, y1, x0, x1 = (r0 + 1) * cell, r1 * cell, (a + 1) * cell, (b - 1) * cell
        ground = 255 - float(np.median(arr[y0:y1, x0:x1]))
        if ground <= 255 - mid:
            continue
        flip = np.zeros(arr.shape, dtype=bool)
        flip[y0:y1, x0:x1] = True
        # the edge: dark pixels joined straight to the core, up to three cells out each way
        # (sideways first, then up and down across all the columns reached, corners included)
        reach = 3 * cell
        for edge, step in ((x0 - 1, -1), (x1, 1)):
            alive = np.ones(y1 - y0, dtype=bool)
            for x in range(edge, min(max(edge + step * reach, -1), w), step) if 0 <= edge < w else ():
                alive &= arr[y0:y1, x] < mid
                flip[y0:y1, x] = alive
        reached = np.nonzero(flip[y0:y1].any(axis=0))[0]
        xa, xb = int(reached[0]), int(reached[-1]) + 1
        for edge, step, start in ((y0 - 1, -1, y0), (y1, 1, y1 - 1)):
            alive = flip[start, xa:xb].copy()
            for y in range(edge, min(max(edge + step * reach, -1), h), step) if 0 <= edge < h else ():
                alive &= arr[y, xa:xb] < mid
                flip[y, xa:xb] = alive
        # the core is inverted (its white text turns dark); its edge and the grey seam a pixel or
        # two past it (a blurred or resampled border) become paper, as no text is printed there
        core = arr[y0:y1, x0:x1]
        lifted = np.clip((255 - core.astype(np.float32)) * (paper / ground), 0, 255).astype(np.uint8)
        near = _widen(_widen(flip, 0), 1)
        arr[_widen(_widen(near, 0), 1) & (flip | (arr >= mid))] = paper
        arr[y0:y1, x0:x1] = lifted


# A tint is a light grey a form shades its label cells or panels with: at least this share of the
# page's pixels within TINT_SPREAD levels of one grey, itself TINT_BELOW or more under the paper.
TINT_SHARE = 0.015
TINT_SPREAD = 4
TINT_BELOW = 12
# Rules are judged this far under a tint: a rule across shaded cells is a thin line in the tint,
# not a run as thick as the cell (a scan's grain spreads the tint a few levels either way).
TINT_MARGIN = 10


def tint_level(arr: np.ndarray, paper: int) -> int:
    """The grey of the page's light tint (shaded cells), or 256 when it has none.

    A tint is a peak of the page's histogram between the paper and the text: the commonest level
    more than TINT_BELOW under the paper and above its mid-grey, holding TINT_SHARE of the pixels
    around it, and more than the levels halfway between it and the paper (a peak, not the foot
    of the paper's own spread).
    """
    hist = np.bincount(arr[::4, ::4].ravel(), minlength=256).astype(np.float64)
    hist /= max(hist.sum(), 1.0)
    top = paper - TINT_BELOW
    low = max(paper // 2, 0)
    if top <= low:
        return 256
    level = int(np.argmax(hist[low:top]) + low)
    mass = hist[max(level - TINT_SPREAD, 0) : level + TINT_SPREAD + 1].sum()
    between = hist[(level + paper) // 2]
    if mass < TINT_SHARE or hist[level] < 2 * between:
        return 256
    return level


def clean_for_ocr(image: Image.Image, dpi: float) -> Image.Image:
    """A deskewed greyscale copy of a page with long ruling lines and specks removed."""
    return clean_page(image, dpi)[0]


def clean_page(image: Image.Image, dpi: float) -> tuple[Image.Image, list[list[Box]]]:
    """`clean_for_ocr`'s page, and the character boxes found on it (cleanboxes.py), to be read one by one."""
    grey = image if image.mode == "L" else image.convert("L")
    arr = np.asarray(grey)
    paper, ink = paper_and_ink(arr)
    bilevel = np.unique(arr[::8, ::8]).size <= 2
    angle = skew_angle(grey)
    if abs(angle) >= 0.25:
        grey = grey.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=paper, expand=False)
    arr = np.asarray(grey).copy()
    lift_dark_bands(arr, paper, dpi)
    # Rules are thin and come out lighter than text once blurred and scanned: judge them against
    # the paper, not the text's threshold, and allow a pixel of drift for what skew is left.
    dark = arr < min((paper + ink) // 2, paper - 20, tint_level(arr, paper) - TINT_MARGIN)
    thickness = int(dpi / 36) + 2  # a rule is at most 2 pt thick, plus the pixel of drift either side
    across = _widen(_rules(_widen(dark, 0), max(int(dpi * 0.5), 20), thickness, axis=1), 0)
    down = _widen(_rules_down(_widen(dark, 1), max(int(dpi * 0.3), 12), thickness), 1)
    # a box's edges, shorter than a rule yet taller than a letter (cleanboxes.py)
    edge = max(int(dpi * BOX_EDGE), 8)
    short = _rules_down(_widen(dark, 1), edge, thickness)
    heavy = _rules_down(_widen(dark, 1), edge, 2 * thickness)
    edges, cells = box_edges(short, heavy, across, dark, thickness)
    arr[across | down | _widen(edges, 1)] = paper
    # a bilevel scan has no grain, and a median would thin its strokes; a clean page needs none
    if not bilevel and needs_median(arr, paper):
        arr = median3(arr)
    return Image.fromarray(arr), cells


# Mean step between neighbouring paper pixels above which the paper is grainy: a page rendered
# from a text PDF measures 0.03-0.05 (0.2-0.35 once JPEG'd), the sample scans 0.8-1.8.
GRAIN = 0.5
# Share of thin marks (see needs_median) among the pixels of every 8th row and column from which
# a page has something for the median to take off. At 200 dpi an A4 page's sampled pixels are
# about 965,000: the sample scans have 90-3,400 thin marks, a text PDF's page rendered without
# hairlines 20-40 (the thinnest bits of its letters), with hairlines 200 and more.
THIN_MARKS = 6e-5


def needs_median(arr: np.ndarray, paper: int) -> bool:
    """Whether a 3x3 median has anything to take off a page: grain on its paper, or thin marks.

    Judged on every 8th row and column, as grain, specks and hairlines run all over a page. Grain
    is the mean step between neighbouring paper pixels; a thin mark is a pixel off the paper's
    grey with at most two more in its 3x3 window, which the median turns to paper: a speck, a
    hairline or the grey seam a blurred rule leaves once lifted. A page with neither (rendered
    from a text file, or from a clean scanner) keeps its strokes as they are, and the time.
    """
    if min(arr.shape) < 3:
        return False
    rows = np.arange(1, arr.shape[0] - 1, 8)
    sampled = arr[rows].astype(np.int16)
    light = sampled >= paper - 24
    pairs = light[:, 1:] & light[:, :-1]
    if pairs.any() and np.abs(np.diff(sampled, axis=1))[pairs].mean() > GRAIN:
        return True
    sampled_pixels = len(rows) * arr.shape[1] + len(range(1, arr.shape[1] - 1, 8)) * arr.shape[0]
    return _thin_marks(arr, paper - 24) + _thin_marks(arr.T, paper - 24) >= THIN_MARKS * sampled_pixels


def _thin_marks(arr: np.ndarray, level: int) -> int:
    """Pixels darker than `level` on every 8th row with at most two more in their 3x3 window."""
    rows = np.arange(1, arr.shape[0] - 1, 8)
    above, centre, below = ((arr[r] < level).astype(np.uint8) for r in (rows - 1, rows, rows + 1))
    columns = above + centre + below
    around = columns[:, :-2] + columns[:, 1:-1] + columns[:, 2:]
    return int((centre[:, 1:-1].astype(bool) & (around <= 3)).sum())
