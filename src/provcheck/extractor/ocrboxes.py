"""A form's character boxes read one character a box, as a text layer gives them.

Tesseract reads a row of boxed characters ("2 7 0 8 1 9 6 4", a box's width apart) poorly even
once the boxes are lifted: the wide, even spacing and a box's tint make junk of it ("1031219 8 8").
The boxes cleanboxes.py found are read here instead: each inked box's character cut out and the
row set close, as a word is printed, read as one line, each character given back to its box as a
one-character word. layout.py then joins such a run as it joins a text layer's boxes. A row read
as more or fewer characters than it has inked boxes is left as the page pass read it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

from provcheck.extractor.cleanboxes import Box
from provcheck.extractor.document import Word

__all__ = ["read_boxes"]

BOX_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,./-"  # forms ask for BLOCK CAPITALS
INK = 0.6  # a pixel darker than this share of the paper's grey is ink
PAD = 0.4  # the space set between characters and round the row, as a share of the tallest character
SPACE = 8  # a word space, in those spaces


def _glyph(arr: np.ndarray, box: Box, paper: float) -> np.ndarray | None:
    """The inked part of one box, cropped to its ink, or None for an empty box."""
    x0, top, x1, bottom = box
    cell = arr[top:bottom, x0:x1]
    if cell.size == 0:
        return None
    ink = cell < INK * paper
    if ink.sum() < 6:
        return None
    rows, cols = np.nonzero(ink.any(axis=1))[0], np.nonzero(ink.any(axis=0))[0]
    return np.where(ink, 0, 255).astype(np.uint8)[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def _strip(glyphs: list[tuple[np.ndarray, bool]]) -> Image.Image:
    """The glyphs set side by side on white, bottoms aligned, a word's spacing apart; a word space where marked.

    Each glyph comes with whether an empty box stood before it (a space between words).
    """
    tall = max(g.shape[0] for g, _ in glyphs)
    gap = max(int(PAD * tall), 2)
    space = gap * SPACE
    width = sum(g.shape[1] for g, _ in glyphs) + gap * (len(glyphs) + 1) + space * sum(s for _, s in glyphs)
    out = np.full((tall + 2 * gap, width), 255, dtype=np.uint8)
    x = gap
    for g, spaced in glyphs:
        x += space if spaced else 0
        h, w = g.shape
        out[gap + tall - h : gap + tall, x : x + w] = g
        x += w + gap
    return Image.fromarray(out)


def read_boxes(
    image: Image.Image, rows: list[list[Box]], words: list[Word], scale: float, read_line: Callable[[Image.Image], dict]
) -> list[Word]:
    """`words` with each run of character boxes read box by box in place of what the page pass read there.

    Args:
        image: the cleaned page image the boxes were found on.
        rows: each run of character boxes, left to right (cleanup.clean_page).
        words: the page's words as OCR read them.
        scale: points per pixel.
        read_line: reads an image as one line of box characters: Tesseract's TSV data.
    """
    if not rows:
        return words
    arr = np.asarray(image.convert("L"))
    paper = float(np.median(arr[:: max(arr.shape[0] // 64, 1), :: max(arr.shape[1] // 64, 1)]))
    for row in rows:
        glyphs = [_glyph(arr, box, paper) for box in row]
        inked = [(box, g) for box, g in zip(row, glyphs, strict=True) if g is not None]
        if len(inked) < 2:
            continue
        # an empty box between inked ones is a space between words ("KIRSTY _ ELIZABETH")
        spaced = [n > 0 and glyphs[n - 1] is None for n, g in enumerate(glyphs) if g is not None]
        data = read_line(_strip([(g, sp) for (_, g), sp in zip(inked, spaced, strict=True)]))
        read = [((t or "").strip(), float(c)) for t, c in zip(data["text"], data["conf"], strict=True)]
        chars = [(ch, conf) for t, conf in read if t and conf >= 0 for ch in t]
        if len(chars) != len(inked):
            continue
        x0, top = min(b[0] for b, _ in inked) * scale, min(b[1] for b, _ in inked) * scale
        x1, bottom = max(b[2] for b, _ in inked) * scale, max(b[3] for b, _ in inked) * scale
        words = [w for w in words if not (x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom)]
        for (box, _), (ch, conf) in zip(inked, chars, strict=True):
            bx0, btop, bx1, bbottom = (round(v * scale, 2) for v in box)
            words.append(Word(ch, bx0, btop, bx1, bbottom, conf / 100.0, round(bbottom - btop, 1), False))
    return words
