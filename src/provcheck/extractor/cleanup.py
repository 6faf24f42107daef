"""Scan clean-up before OCR: straighten a skewed page and lift form rulings off it.

Tesseract reads box borders and table rules as `|`, `;` and `_` and often skips the text
inside boxes; removing long straight runs of ink first gives it plain text to read. Skew up to
a few degrees (a page fed crooked) is measured by projection profiles and undone.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

MAX_SKEW = 4.0


def _runs(dark: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Pixels that lie on a straight dark run of at least `length` along `axis`."""
    d = dark.astype(np.int32)
    c = np.cumsum(d, axis=axis)
    pad_shape = list(d.shape)
    pad_shape[axis] = 1
    c = np.concatenate([np.zeros(pad_shape, np.int32), c], axis=axis)
    n = d.shape[axis]
    if n <= length:
        return np.zeros_like(dark)
    hi = np.take(c, np.arange(length, n + 1), axis=axis)
    lo = np.take(c, np.arange(0, n - length + 1), axis=axis)
    full = (hi - lo) == length  # window starting here is all dark
    # spread each full window back over its `length` pixels
    f = full.astype(np.int32)
    cf = np.cumsum(f, axis=axis)
    pad_shape2 = list(f.shape)
    pad_shape2[axis] = length
    cf = np.concatenate([np.zeros(pad_shape2, np.int32), cf], axis=axis)
    m = cf.shape[axis]
    covered = np.take(cf, np.arange(length, m), axis=axis) - np.take(cf, np.arange(0, m - length), axis=axis)
    out = np.zeros_like(dark)
    idx = [slice(None)] * dark.ndim
    idx[axis] = slice(0, covered.shape[axis])
    out[tuple(idx)] = covered > 0
    return out


def skew_angle(grey: Image.Image) -> float:
    """The page's skew in degrees (counter-clockwise positive), by the sharpest row profile."""
    small = grey.reduce(4) if min(grey.size) > 800 else grey
    arr = np.asarray(small) < 128
    best, best_score = 0.0, -1.0
    for step in np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.25):
        img = Image.fromarray((~arr).astype(np.uint8) * 255).rotate(float(step), fillcolor=255)
        rows = (np.asarray(img) < 128).sum(axis=1).astype(np.float64)
        score = float(np.var(np.diff(rows)))
        if score > best_score:
            best, best_score = float(step), score
    return best


def clean_for_ocr(image: Image.Image, dpi: float) -> Image.Image:
    """A deskewed greyscale copy of a page with long ruling lines removed."""
    grey = image.convert("L")
    angle = skew_angle(grey)
    if abs(angle) >= 0.25:
        grey = grey.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255, expand=False)
    arr = np.asarray(grey).copy()
    dark = arr < 140
    length = max(int(dpi * 0.5), 20)  # half an inch: longer than any letter stroke
    lines = _runs(dark, length, axis=1) | _runs(dark, length, axis=0)
    arr[lines] = 255
    return Image.fromarray(arr)
