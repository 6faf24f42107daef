"""A second look at the text Tesseract's page pass left out: each line of ink no word covers, read alone.

Tesseract's page segmentation drops whole lines now and then: a date printed beside a signature
is taken into the signature's block and comes back as nothing, small captions just under a heading
that crosses a box's border are merged into the heading's line and lost. The ink is still on the
cleaned page. Rows of dark pixels no word box covers are grouped into bands, each band's ink into
runs split at wide gaps; each run of text height is cropped, the crops stacked and read again in
one call, and a run's words are kept when Tesseract is sure of them and they span the run. A
signature's strokes read this way come back unsure, or as a word or two, and stay ink.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image

from provcheck.extractor.cleanup import paper_and_ink
from provcheck.extractor.document import Word
from provcheck.extractor.ocrfix import repair_codes

# A second-look word is kept at this OCR confidence or more: a line read alone is read as well as
# any, while a signature's or a stamp's strokes come back well under it.
MIN_CONF = 0.7
# A page-pass word under this confidence explains none of its ink: it is read again ("ie" for a rule's stub).
SURE = 0.5
# A word read on a second look carries at most this confidence, under the sure 0.8.
SECOND_LOOK_CONF = 0.75
# Paper between the crops stacked for one read (pixels).
GAP = 24
# A run is text height: between these heights in points (a 6 pt caption to a 20 pt heading).
MIN_HEIGHT, MAX_HEIGHT = 4.0, 24.0
# Ink more than this many of the page's line heights apart along a band is two runs (a signature, a date).
GAP_LINES = 2.5
# The words read must span this share of their run's width, or the run is not text.
COVER = 0.6
# At most this many runs are read again on one page, so a page of specks costs a bounded time.
MAX_RUNS = 16


def second_look(image: Image.Image, words: list[Word], scale: float) -> list[Word]:
    """`words` with the lines of ink on `image` (cleaned, as OCR read it) they leave out read again.

    A word read again surely takes the place of the unsure words of the page pass it overlaps.
    """
    found = missed_text(image, words, scale)
    if not found:
        return words
    kept = [w for w in words if w.conf >= SURE or not any(_overlap(w, f) for f in found)]
    return kept + found


def _overlap(a: Word, b: Word) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def missed_text(image: Image.Image, words: list[Word], scale: float) -> list[Word]:
    """Words for the lines of ink on `image` (cleaned, as OCR read it) that `words` leave out."""
    grey = np.asarray(image if image.mode == "L" else image.convert("L")).copy()
    paper, ink = paper_and_ink(grey)
    level = min(ink, paper - 40)
    dark = grey < level
    for w in (w for w in words if w.conf >= SURE):  # painted out, a little beyond their ink (anti-aliased edges)
        x0, x1 = max(int(w.x0 / scale) - 3, 0), int(w.x1 / scale) + 4
        y0, y1 = _own_rows(dark[:, x0:x1], max(int(w.top / scale) - 3, 0), int(w.bottom / scale) + 4)
        grey[y0:y1, x0:x1] = paper
    rest = Image.fromarray(grey)
    sure = [w.bottom - w.top for w in words if w.conf >= SURE]
    line = float(np.median(sure)) / scale if sure else 12.0 / scale  # the page's line height in pixels
    return _read_runs(rest, _runs(grey < level, scale, line)[:MAX_RUNS], scale, paper)


def _own_rows(dark: np.ndarray, top: int, bottom: int) -> tuple[int, int]:
    """The rows of a word's box its own ink fills: the inkiest band of rows, blank rows between bands.

    A word's box is its whole line's height (ocr.py), and Tesseract's line may have taken in a
    line of small print it dropped just under a heading: only the word's own band is painted out.
    """
    rows = dark[top:bottom].sum(axis=1) > 0
    bands: list[list[int]] = []  # [first, end, ink]
    for i, filled in enumerate(rows.tolist()):
        if not filled:
            continue
        if bands and i - bands[-1][1] <= 1:
            bands[-1][1] = i + 1
        else:
            bands.append([i, i + 1, 0])
    if len(bands) < 2:
        return top, bottom
    for band in bands:
        band[2] = int(dark[top + band[0] : top + band[1]].sum())
    first, end, _ = max(bands, key=lambda b: b[2])
    return top + max(first - 3, 0), top + end + 3


def _runs(dark: np.ndarray, scale: float, line: float) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1, in pixels) of text-height runs of ink in `dark`, top to bottom.

    A band's ink is split where it leaves a gap of GAP_LINES of the page's `line` height (pixels).
    """
    rows = np.nonzero(dark.sum(axis=1) >= 2)[0]
    if rows.size == 0:
        return []
    bands: list[list[int]] = [[int(rows[0]), int(rows[0])]]
    for r in rows[1:].tolist():
        if r - bands[-1][1] <= 2:
            bands[-1][1] = r
        else:
            bands.append([r, r])
    out = []
    for r0, r1 in bands:
        height = (r1 - r0 + 1) * scale
        if not MIN_HEIGHT <= height <= MAX_HEIGHT:
            continue
        cols = np.nonzero(dark[r0 : r1 + 1].any(axis=0))[0]
        gap = GAP_LINES * line
        start = prev = int(cols[0])
        for c in [*cols[1:].tolist(), None]:
            if c is not None and c - prev <= gap:
                prev = c
                continue
            # the run's own rows: the band is as tall as the tallest ink across the page
            own = np.nonzero(dark[r0 : r1 + 1, start : prev + 1].any(axis=1))[0]
            y0, y1 = r0 + int(own[0]), r0 + int(own[-1]) + 1
            ink = int(dark[y0:y1, start : prev + 1].sum())
            # text: of text height, wider than tall, its ink not a solid block (a bar, a filled box)
            tall = y1 - y0
            if MIN_HEIGHT <= tall * scale and prev - start + 1 >= 1.5 * tall and ink < 0.8 * (prev - start + 1) * tall:
                out.append((start, y0, prev + 1, y1))
            if c is not None:
                start = prev = c
    return out


def _read_runs(image: Image.Image, boxes: list[tuple[int, int, int, int]], scale: float, paper: int) -> list[Word]:
    """The words Tesseract reads, sure of them, in the runs' crops (`image`: read words painted out).

    The crops, each with a margin, are stacked one under another into one image, read in one call
    (`--psm 6`, a block of lines): one Tesseract start a page, not one a run.
    """
    import pytesseract

    from provcheck.extractor.ocr import _words, ensure_tesseract

    if not boxes:
        return []
    crops, places = [], []  # each crop, and (its top in the stack, its left and top on the page)
    y = GAP
    for x0, y0, x1, y1 in boxes:
        pad = max((y1 - y0) // 2, 6)
        left, top = max(x0 - pad, 0), max(y0 - pad, 0)
        crop = image.crop((left, top, min(x1 + pad, image.width), min(y1 + pad, image.height)))
        crops.append(crop)
        places.append((y, left, top))
        y += crop.height + GAP
    stack = Image.new("L", (max(c.width for c in crops) + 2 * GAP, y), paper)
    for crop, (at, _, _) in zip(crops, places, strict=True):
        stack.paste(crop, (GAP, at))
    pytesseract.pytesseract.tesseract_cmd = ensure_tesseract()
    with tempfile.TemporaryDirectory(prefix="provcheck-ocr-") as tmp:
        path = Path(tmp) / "runs.pnm"
        stack.save(path, format="PPM")
        data = pytesseract.image_to_data(str(path), config="--psm 6", output_type=pytesseract.Output.DICT)
    # each word back to its crop's place on the page, by where its middle falls in the stack
    which = []
    for i, (top, height) in enumerate(zip(data["top"], data["height"], strict=True)):
        mid = top + height / 2
        k = next((k for k, (at, _, _) in enumerate(places) if at <= mid < at + crops[k].height), -1)
        which.append(k)
        if k >= 0:
            at, left, page_top = places[k]
            data["left"][i] += left - GAP
            data["top"][i] += page_top - at
    found: list[Word] = []
    for k, (x0, _, x1, _) in enumerate(boxes):
        one = {key: [v for v, w in zip(vals, which, strict=True) if w == k] for key, vals in data.items()}
        words = [w for w in _words(one, scale) if w.conf >= MIN_CONF]
        # text read whole spans its run; a signature's strokes read as a word or two ("£42") span a part
        if not words or sum(w.x1 - w.x0 for w in words) < COVER * (x1 - x0) * scale:
            continue
        # the page pass could not read this line, so a value from it is never sure: a rule's error on it
        # is a warning naming the doubt (spec/record.md "Sure and unsure"), as a misread 6 for 8 in a
        # year would otherwise reject a correct letter for a date in the future
        found += [replace(w, conf=min(w.conf, SECOND_LOOK_CONF)) for w in repair_codes(words)]
    return found
