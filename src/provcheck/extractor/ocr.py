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


def ocr_image(image: Image.Image, scale: float) -> list[Word]:
    """OCR one page image into words with boxes in PDF points.

    Args:
        image: the page image (any mode; converted to greyscale-free RGB/L as given).
        scale: points per pixel (72 / dpi), to convert Tesseract's pixel boxes to PDF points.

    Returns:
        Words in Tesseract's reading order with confidences 0–1.
    """
    import pytesseract

    from provcheck.extractor.cleanup import clean_for_ocr

    pytesseract.pytesseract.tesseract_cmd = ensure_tesseract()
    image = clean_for_ocr(image, 72 / scale)
    # A path, not a PIL image: pytesseract re-encodes a PIL image as PNG (about 0.4 s a page);
    # an uncompressed PNM written by PIL costs a few milliseconds.
    with tempfile.TemporaryDirectory(prefix="provcheck-ocr-") as tmp:
        path = Path(tmp) / "page.pnm"
        image.save(path, format="PPM")  # PGM for a greyscale image
        try:
            data = pytesseract.image_to_data(str(path), config="--psm 3", output_type=pytesseract.Output.DICT)
        except pytesseract.TesseractNotFoundError:
            raise MissingProgramError(INSTALL_ADVICE) from None
    words = []
    for i, text in enumerate(data["text"]):
        # box corners and rule stubs come back as stray |, ;, quotes and underscores
        text = (text or "").strip().lstrip("|‘’'\"_;!").rstrip('|_;’‘"!')
        if not any(ch.isalnum() or ch in "£%&" for ch in text):
            continue
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        words.append(
            Word(
                text,
                round(x * scale, 2),
                round(y * scale, 2),
                round((x + w) * scale, 2),
                round((y + h) * scale, 2),
                conf / 100.0,
                round(h * scale, 1),
                False,
            )
        )
    return words


def ink_marks(image: Image.Image, words: list[Word], scale: float) -> list[tuple[float, float, float, float]]:
    """Dark regions of a scan that no OCR word covers: candidate handwritten signatures.

    Works on a 4x-reduced binary image; returns boxes in PDF points (x0, top, x1, bottom).
    """
    small = image.convert("L").reduce(4)
    dark = np.asarray(small) < 110
    s = scale * 4
    for w in words:
        x0, y0 = int(w.x0 / s) - 1, int(w.top / s) - 1
        x1, y1 = int(w.x1 / s) + 2, int(w.bottom / s) + 2
        dark[max(y0, 0) : max(y1, 0), max(x0, 0) : max(x1, 0)] = False
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
