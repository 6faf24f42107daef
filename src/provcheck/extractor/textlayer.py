"""Words, ruling lines, boxes and ink marks from a PDF page's text layer, through pdfium.

pdfium reads a page's characters with their boxes several times faster than pdfminer
(measured in bench/speed); pdfplumber is not needed on this path. Coordinates are converted
to spec/record.md's convention: PDF points from the page's top-left corner.
"""

from __future__ import annotations

import ctypes
import struct
import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from provcheck.extractor.document import Word
from provcheck.extractor.pagetext import (
    address,
    font_base_name,
    font_size_bare,
    font_weight,
    loose_char_box_bare,
    page_chars,
    text_object_bare,
    text_object_font,
)

_SPACE = frozenset(" \t\r\n\x00\xa0\u2002\u2003\u2009\ufffe")
_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom


def page_words(page: pdfium.PdfPage, height: float, whole_text: bool = True) -> list[Word]:
    """Every word on the page, with its box, font size and boldness, in pdfium's reading order.

    `whole_text=False` reads the characters one call each (the slow path, kept as the check
    that the one-call path gives the same words: tests/extractor/test_pagetext.py).
    """
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0:
            return []
        handle = textpage.raw
        return _words(handle, page_chars(address(handle), n, whole_text), height)
    finally:
        textpage.close()


def _words(handle: object, text: str, height: float) -> list[Word]:
    """Words from the page's characters (one per index) and each one's loose box.

    A word ends at a space, a line break, a gap wider than a quarter of its font size, or a
    character above or below it (the next line, set without a break).
    """
    tp = address(handle)
    rect = raw.FS_RECTF()
    # the box call goes unconverted (pagetext.bare): its two pointers are made once, as ctypes objects
    page_ptr, rect_ptr = ctypes.c_void_p(tp), ctypes.c_void_p(ctypes.addressof(rect))
    box_of, unpack = loose_char_box_bare, _RECT.unpack_from
    space, is_generated = _SPACE, raw.FPDFText_IsGenerated
    # other white space (rare) is a break only where pdfium generated it: looked up by set, not isspace()
    odd = frozenset(ch for ch in set(text) - space if ch.isspace())
    words: list[Word] = []
    cur: list[str] = []
    x0 = x1 = y0 = y1 = bx0 = by0 = bx1 = by1 = last_x1 = size = 0.0
    gap = 0.0
    bold = False
    fontname = ctypes.create_string_buffer(96)
    objects: dict[int | None, bool] = {}  # text object -> bold
    fonts: dict[int, bool] = {}  # font -> bold, so a font is looked at once
    for i, ch in enumerate(text):
        # a generated character is pdfium's own (a space or line break it infers): asked only of spaces
        if ch in space or ch in odd and is_generated(handle, i) == 1:
            if cur:
                words.append(Word("".join(cur), bx0, height - by1, bx1, height - by0, 1.0, size, bold))
                cur = []
            continue
        # loose boxes span the glyph's advance, so a narrow "1" does not open a false gap
        box_of(page_ptr, i, rect_ptr)
        x0, y1, x1, y0 = unpack(rect)  # left, top, right, bottom
        if x1 <= x0 and y1 <= y0:
            continue
        if cur and (x0 - last_x1 > gap or y0 > by1 or y1 < by0):
            words.append(Word("".join(cur), bx0, height - by1, bx1, height - by0, 1.0, size, bold))
            cur = []
        if cur:
            if x0 < bx0:
                bx0 = x0
            if y0 < by0:
                by0 = y0
            if x1 > bx1:
                bx1 = x1
            if y1 > by1:
                by1 = y1
        else:
            bx0, by0, bx1, by1 = x0, y0, x1, y1
            # the font size and face are read once a word, not once a character
            size = round(font_size_bare(page_ptr, i), 1)
            gap = max(1.2, 0.25 * (size or 10))
            obj = text_object_bare(page_ptr, i)
            if obj in objects:
                bold = objects[obj]
            else:
                bold = objects[obj] = _bold(obj, fontname, fonts)
        cur.append(ch)
        last_x1 = x1
    if cur:
        words.append(Word("".join(cur), bx0, height - by1, bx1, height - by0, 1.0, size, bold))
    return words


def _bold(obj: int | None, buf: ctypes.Array[ctypes.c_char], by_font: dict[int, bool]) -> bool:
    """Whether a text object is set in a bold face: by its font's weight, else by the font's name.

    The standard 14 fonts ("Helvetica-Bold") are not embedded and report no weight, so a heading
    in one would never read as bold; their name says it. `by_font` keeps the answer per font.
    """
    font = text_object_font(obj) if obj else None
    if not font:
        return False
    if font in by_font:
        return by_font[font]
    weight = font_weight(font)
    if weight > 0:
        bold = weight >= 600
    else:
        n = font_base_name(font, buf, len(buf))
        name = buf.value.decode("latin-1", "replace").lower() if n else ""
        bold = any(k in name for k in ("bold", "black", "heavy"))
    by_font[font] = bold
    return bold


def text_quality(words: list[Word]) -> tuple[int, float]:
    """(usable characters, share of usable characters) of a text layer.

    Fonts without a Unicode map give private-use code points, U+FFFD, control characters or
    `(cid:NN)` runs: such a layer is worse than none, and the page is OCR'd instead (issue 6).
    """
    total = good = 0
    for w in words:
        if w.text.startswith("(cid:"):
            total += len(w.text)
            continue
        if w.text.isascii() and w.text.isprintable() and " " not in w.text:
            n = len(w.text)  # printable ASCII but the space is letters, digits, punctuation and symbols
            total += n
            good += n
            continue
        for ch in w.text:
            total += 1
            cat = unicodedata.category(ch)
            if cat[0] in "LNPS" and cat not in ("Co", "Cs") and ch != "\ufffd":
                good += 1
    return good, (good / total if total else 0.0)


def image_dpi(page: pdfium.PdfPage) -> float | None:
    """The resolution of the page's sharpest image as placed on the page (pixels per inch), or None.

    A scanned page is one image; rendering it for OCR finer than the scanner's own resolution
    only interpolates pixels, and Tesseract's time grows with the pixels it is given.
    """
    best = None
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        try:
            x0, y0, x1, y1 = obj.get_bounds()
            px_w, px_h = obj.get_px_size()
        except pdfium.PdfiumError:
            continue
        if x1 - x0 < 72 or y1 - y0 < 72:
            continue  # a logo or a stamp, not the page
        dpi = max(px_w / (x1 - x0), px_h / (y1 - y0)) * 72
        best = dpi if best is None else max(best, dpi)
    return best
