"""Ruling lines, boxes, ink marks and images of a PDF page's objects, through pdfium.

The objects are walked with pdfium's own calls through plain-int prototypes (extractor/pagetext.py)
rather than pypdfium2's object helpers, which build a Python object an object (a page has tens to
hundreds): the same objects in the same order as `page.get_objects(max_depth=2)`, the page's own
and those one form XObject deep, and the same errors where pdfium fails.
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from provcheck.extractor.pagetext import address, proto

_P, _I = ctypes.c_void_p, ctypes.c_int
_count_objects = proto(raw.FPDFPage_CountObjects, _I, _P)
_page_object = proto(raw.FPDFPage_GetObject, _P, _P, _I)
_count_form_objects = proto(raw.FPDFFormObj_CountObjects, _I, _P)
_form_object = proto(raw.FPDFFormObj_GetObject, _P, _P, ctypes.c_ulong)
_object_type = proto(raw.FPDFPageObj_GetType, _I, _P)
_bounds = proto(raw.FPDFPageObj_GetBounds, _I, _P, _P, _P, _P, _P)
_count_segments = proto(raw.FPDFPath_CountSegments, _I, _P)
_segment = proto(raw.FPDFPath_GetPathSegment, _P, _P, _I)
_segment_type = proto(raw.FPDFPathSegment_GetType, _I, _P)
_segment_point = proto(raw.FPDFPathSegment_GetPoint, _I, _P, _P, _P)
_FOUR = struct.Struct("4f")
_TWO = struct.Struct("2f")
_IMAGE, _PATH, _FORM = raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM


def page_graphics(
    page: pdfium.PdfPage, height: float
) -> tuple[
    list[tuple[float, float, float]],
    list[tuple[float, float, float, float]],
    list[tuple[float, float, float, float]],
    int,
]:
    """Ruling lines, rectangles, ink marks (signatures) and the image count of a page.

    Ink is any mark that is not ruling: a path with a curve or a slanted stroke (a pen's
    Bézier strokes, a signature pad's polylines, a filled outline), and an image smaller than
    the page (a pasted signature). Paths of only level and upright strokes are ruling: a
    signature line, a box's border, a table's cell.

    Returns:
        hlines as (y_top, x0, x1); boxes and ink marks as (x0, top, x1, bottom); image count.
    """
    hlines: list[tuple[float, float, float]] = []
    boxes: list[tuple[float, float, float, float]] = []
    marks: list[tuple[float, float, float, float]] = []
    images = 0
    width = page.get_width()
    corners = (ctypes.c_float * 4)()
    at = ctypes.addressof(corners)
    point = (ctypes.c_float * 2)()
    for obj, kind in _objects(address(page.raw)):
        if kind != _IMAGE and kind != _PATH:
            continue
        if not _bounds(obj, at, at + 4, at + 8, at + 12):
            continue
        x0, y0, x1, y1 = _FOUR.unpack_from(corners)
        w, h = x1 - x0, y1 - y0
        box = (x0, height - y1, x1, height - y0)
        if kind == _IMAGE:
            images += 1
            if 4 < w < 0.6 * width and 4 < h < 0.3 * height:
                marks.append(box)  # a logo far from the signature line is never looked at
            continue
        if _is_ink(obj, point):
            marks.append(box)
        elif h <= 2.5 and w > 20:
            hlines.append(((box[1] + box[3]) / 2, x0, x1))
        elif w > 20 and h > 8:
            boxes.append(box)
            # a stroked rectangle also rules its top and bottom edges, as a table border does
            hlines.append((box[1], x0, x1))
            hlines.append((box[3], x0, x1))
    return hlines, boxes, marks, images


def _objects(page: int) -> Iterator[tuple[int, int]]:
    """(address, type) of the page's objects, each form XObject's own objects after it (one level deep)."""
    yield from _listed(page, _count_objects, _page_object, descend=True)


def _listed(parent: int, count, get, descend: bool) -> Iterator[tuple[int, int]]:
    n = count(parent)
    if n < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    for i in range(n):
        obj = get(parent, i)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = _object_type(obj)
        if kind == raw.FPDF_PAGEOBJ_UNKNOWN:
            raise pdfium.PdfiumError("Failed to determine pageobject type.")
        yield obj, kind
        if kind == _FORM and descend:
            yield from _listed(obj, _count_form_objects, _form_object, descend=False)


def _is_ink(obj: int, point: ctypes.Array[ctypes.c_float]) -> bool:
    """Whether a path holds a curve or a slanted line: drawn, not ruled."""
    at = ctypes.addressof(point)
    last: tuple[float, float] | None = None
    for i in range(max(_count_segments(obj), 0)):
        seg = _segment(obj, i)
        kind = _segment_type(seg)
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            return True
        if not _segment_point(seg, at, at + 4):
            continue
        here = _TWO.unpack_from(point)
        if kind == raw.FPDF_SEGMENT_LINETO and last is not None:
            dx, dy = abs(here[0] - last[0]), abs(here[1] - last[1])
            if min(dx, dy) > 0.5:  # neither level nor upright (a rule's ends may differ by rounding)
                return True
        last = here
    return False
