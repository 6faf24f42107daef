"""Tesseract, behind one module: page images in, positioned words out.

Tesseract runs single-threaded (OMP_THREAD_LIMIT=1): on 2-core machines its own OpenMP
threading was measured about 4x slower in wall time; parallelism comes from running
documents in separate processes instead (runner.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from provcheck.errors import MissingProgramError
from provcheck.extractor.document import Word
from provcheck.extractor.ocrfix import repair_codes
from provcheck.extractor.ocrgaps import off_words, read_again

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

INSTALL_ADVICE = (
    "Tesseract OCR is not installed, and this document has scanned pages. Install it "
    "(Debian/Ubuntu: sudo apt-get install tesseract-ocr; or run scripts/setup) and run again."
)


def ensure_tesseract() -> str:
    """The tesseract binary's path, or MissingProgramError with install advice."""
    exe = os.environ.get("PROVCHECK_TESSERACT") or shutil.which("tesseract")
    if not exe:
        raise MissingProgramError(INSTALL_ADVICE)
    return exe


def ocr_image(image: Image.Image, scale: float, cleaned: bool = False) -> list[Word]:
    """OCR one page image into words with boxes in PDF points.

    Args:
        image: the page image (any mode; converted to greyscale-free RGB/L as given).
        scale: points per pixel (72 / dpi), to convert Tesseract's pixel boxes to PDF points.
        cleaned: the image is already `clean_for_ocr`'s (deskewed, rules lifted), as the caller
            looks for ink on the same image the word boxes are measured on.

    Returns:
        Words in Tesseract's reading order with confidences 0–1.
    """
    import pytesseract

    from provcheck.extractor.cleanup import clean_for_ocr

    pytesseract.pytesseract.tesseract_cmd = ensure_tesseract()
    if not cleaned:
        image = clean_for_ocr(image, 72 / scale)
    words = _words(_tesseract(image, 3), scale)
    # columns the page layout took for pictures, read again as blocks (ocrgaps.py)
    words += read_again(image, words, scale, lambda part: _words(_tesseract(part, 6), scale))
    return repair_codes(words)


def read_box_line(image: Image.Image) -> dict:
    """Tesseract's TSV data for one line of a form's boxed characters set close (ocrboxes.py)."""
    from provcheck.extractor.ocrboxes import BOX_CHARACTERS

    return _tesseract(image, 7, BOX_CHARACTERS)


def _tesseract(image: Image.Image, psm: int, only: str = "") -> dict:
    """Tesseract's TSV data for `image` read with page segmentation mode `psm` (and only the characters `only`)."""
    import pytesseract

    # A path, not a PIL image: pytesseract re-encodes a PIL image as PNG (about 0.4 s a page);
    # an uncompressed PNM written by PIL costs a few milliseconds.
    with tempfile.TemporaryDirectory(prefix="provcheck-ocr-") as tmp:
        path = Path(tmp) / "page.pnm"
        image.save(path, format="PPM")  # PGM for a greyscale image
        try:
            config = f"--psm {psm}" + (f" -c tessedit_char_whitelist={only}" if only else "")
            return pytesseract.image_to_data(str(path), config=config, output_type=pytesseract.Output.DICT)
        except pytesseract.TesseractNotFoundError:
            raise MissingProgramError(INSTALL_ADVICE) from None


def _words(data: dict, scale: float) -> list[Word]:
    """Tesseract's TSV rows to words; each word takes its line's height, at least its font's em.

    A word's own box spans only its ink ("name" is x-height tall, "Policy" runs to the
    descender), but the layout measures word gaps and font sizes against box heights, as a
    text layer's boxes give them (ascent to descent, about the em). A line's ink falls short
    of that when it has no descenders; its characters, about half an em wide on average,
    tell the em then (a wide typewriter face's word spaces are a whole letter wide).
    """
    keys = list(zip(data["block_num"], data["par_num"], data["line_num"], strict=True))
    _clip_overruns(data, keys)
    ink: dict[tuple[int, int, int], list[int]] = {}  # line -> [ink width, characters]
    for i, text in enumerate(data["text"]):
        if data["level"][i] == 5 and (text or "").strip():
            tally = ink.setdefault(keys[i], [0, 0])
            tally[0] += data["width"][i]
            tally[1] += len(text.strip())
    lines: dict[tuple[int, int, int], tuple[float, float]] = {}
    for i, level in enumerate(data["level"]):
        if level == 4:
            top, height = data["top"][i], data["height"][i]
            width, chars = ink.get(keys[i], (0, 0))
            grow = max(0.0, 2 * width / max(chars, 1) - height) / 2
            lines[keys[i]] = (top - grow, top + height + grow)
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if text == "|,":
            text = "I,"  # a sans-serif capital I is a bare stroke: "I, Jane Smith, authorise..."
        elif text == "|" and _between_words(data, keys, i):
            text = "I"  # a share class's "I" set a word space from its neighbours: "Strategic Bond I Acc"
        # box corners, rule stubs and specks come back as stray |, ;, ~, quotes, underscores and degree signs
        text = text.lstrip("|‘’'\"“”«»_;!~").rstrip('|_;’‘"“”«»!~°')
        if not any(ch.isalnum() or ch in "£%&" for ch in text):
            continue
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        top, bottom = lines.get(keys[i], (y, y + h))
        top, bottom = min(top, y), max(bottom, y + h)
        words.append(
            Word(
                text,
                round(x * scale, 2),
                round(top * scale, 2),
                round((x + w) * scale, 2),
                round(bottom * scale, 2),
                conf / 100.0,
                round((bottom - top) * scale, 1),
                False,
            )
        )
    return words


def _clip_overruns(data: dict, keys: list[tuple[int, int, int]]) -> None:
    """A word whose box runs over the next word of its line ends where that word starts, in place.

    Tesseract now and then gives a heading's first word the whole heading's width ("LETTER" over
    "OF AUTHORITY"); measured as ink, that width makes the line's em, and so its height, three
    times too big, and the line then swallows the caption printed under it.
    """
    last: dict[tuple[int, int, int], int] = {}  # line -> index of its latest word
    for i, text in enumerate(data["text"]):
        if data["level"][i] != 5 or not (text or "").strip():
            continue
        j = last.get(keys[i])
        if j is not None and data["left"][j] < data["left"][i] < data["left"][j] + data["width"][j]:
            data["width"][j] = data["left"][i] - data["left"][j]
        last[keys[i]] = i


def _between_words(data: dict, keys: list[tuple[int, int, int]], i: int) -> bool:
    """Does TSV word `i` stand a word space (under 0.8 of its height) from a word on each side on its line?

    A rule's stub stands apart in a column gutter, and a box's edge stands taller than the letters;
    a capital I read as a stroke sits among words, as tall as their capitals. A neighbour that is
    itself a stroke is a box's other edge ("Ms | | ANWEN": one box closing, the next opening), no word.
    """
    h = data["height"][i]
    before = [j for j in (i - 1,) if j >= 0 and keys[j] == keys[i] and data["level"][j] == 5]
    after = [j for j in (i + 1,) if j < len(keys) and keys[j] == keys[i] and data["level"][j] == 5]
    if not before or not after or not any(ch.isalpha() for j in (*before, *after) for ch in data["text"][j]):
        return False
    if not all(any(ch.isalnum() for ch in data["text"][j]) for j in (*before, *after)):
        return False
    if h > 1.15 * max(data["height"][before[0]], data["height"][after[0]]) or data["width"][i] > 0.35 * h:
        return False  # taller than the letters beside it, or thick: a box's edge ("firm: | Sandown")
    gap_before = data["left"][i] - (data["left"][before[0]] + data["width"][before[0]])
    gap_after = data["left"][after[0]] - (data["left"][i] + data["width"][i])
    return 0 <= gap_before < 0.8 * h and 0 <= gap_after < 0.8 * h


def ink_marks(
    image: Image.Image, words: list[Word], scale: float, level: int = 110
) -> list[tuple[float, float, float, float]]:
    """Dark regions of a scan that no OCR word covers: candidate handwritten signatures.

    Works on a 4x-reduced binary image, dark below grey `level` (0-255; a higher level also
    finds faint pencil or pale ink); returns boxes in PDF points (x0, top, x1, bottom).
    """
    small = image.convert("L").reduce(4)
    dark = np.asarray(small) < level
    s = scale * 4
    off_words(dark, words, s)
    rows = np.where(dark.sum(axis=1) >= 2)[0]
    marks: list[tuple[float, float, float, float]] = []
    if rows.size == 0:
        return marks
    # group dark rows into bands, then each band's dark columns into a mark
    bands: list[list[int]] = [[int(rows[0]), int(rows[0])]]
    for r in rows[1:]:
        if r - bands[-1][1] <= 3:
            bands[-1][1] = int(r)
        else:
            bands.append([int(r), int(r)])
    for r0, r1 in bands:
        if r1 - r0 < 3:
            continue  # a ruling line or noise, not ink
        cols = np.where(dark[r0 : r1 + 1].any(axis=0))[0]
        if cols.size < 8:
            continue
        marks.append((cols[0] * s, r0 * s, (cols[-1] + 1) * s, (r1 + 1) * s))
    return marks
