"""A scanned page's image for OCR: the scan's own pixels where the page is just that image, else rendered.

A scan saved as a PDF is one image placed upright over the whole page; decoding it is several
times cheaper than rendering it again (issue 14). Only a page that shows the image exactly so
(one object, not turned, no clip, no mask) gives its own pixels.
"""

from __future__ import annotations

import mmap
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from PIL import Image

# Our own pixel cap (Limits.max_pixels) applies, with a clear message; PIL's would raise its own
# error first. Set here, where reading first meets PIL (a scanned page or an image file).
Image.MAX_IMAGE_PIXELS = None


def scan_image(page: pdfium.PdfPage, dpi: int, masked: bool = False) -> tuple[Image.Image, float]:
    """The page as a greyscale image at about `dpi` for OCR, and its points per pixel.

    A scan saved as a PDF is one image placed upright over the whole page: its own pixels are
    what rendering would draw again, at several times the cost of decoding them (issue 14).
    They are taken as they are when they are within a pixel of `dpi`'s size, and resampled to
    it otherwise; any other page is rendered.
    """
    width, height = page.get_size()
    own = None if masked else own_image(page)
    if own is None:
        return page.render(scale=dpi / 72, grayscale=True).to_pil(), 72 / dpi
    return at_dpi(own, width, height, dpi)


def at_dpi(image: Image.Image, width: float, height: float, dpi: int) -> tuple[Image.Image, float]:
    """A scan of a `width` x `height` pt page in greyscale at `dpi`, and its points per pixel.

    Kept as it is when it is within a pixel of that size (each pixel's size is then taken from
    the scan itself), resampled to it otherwise.
    """
    size = (max(round(width / 72 * dpi), 1), max(round(height / 72 * dpi), 1))
    if image.mode != "L":
        image = image.convert("L")
    if abs(image.width - size[0]) <= 1 and abs(image.height - size[1]) <= 1:
        return image, width / image.width
    # pdfium smooths an image it scales up bilinearly; scaling down, a box filter averages as it does
    up = image.width < size[0]
    resample = Image.Resampling.BILINEAR if up else Image.Resampling.BOX
    return image.resize(size, resample), width / size[0]


def own_image(page: pdfium.PdfPage) -> Image.Image | None:
    """The page's one image decoded as stored, when the page shows it exactly so; otherwise None.

    Exactly so: the page holds that one object and nothing else, is not turned (/Rotate), and
    places the image upright and unflipped over the whole crop box (no more, no less) without a
    clip path. pdfium's image bitmap ignores soft masks and colour-key masks: a caller rules out
    files that have any (`_has_masks`).
    """
    if page.get_rotation() % 360 or raw.FPDFPage_CountObjects(page.raw) != 1:
        return None
    obj = next(page.get_objects(max_depth=1), None)
    if not isinstance(obj, pdfium.PdfImage):
        return None
    try:
        a, b, c, d, e, f = obj.get_matrix().get()
        clip = raw.FPDFPageObj_GetClipPath(obj.raw)
        if clip and raw.FPDFClipPath_CountPaths(clip) > 0:
            return None
        left, bottom, right, top = page.get_cropbox()
        if b or c or a <= 0 or d <= 0:
            return None  # turned, sheared or flipped
        if max(abs(e - left), abs(f - bottom), abs(e + a - right), abs(f + d - top)) > PLACE_TOLERANCE:
            return None  # not the whole page: a part clipped off by the crop box, or margins left
        return obj.get_bitmap(render=False).to_pil()
    except pdfium.PdfiumError:
        return None


# points an image's edge may stand off the crop box's and still be the whole page (rounding in its matrix)
PLACE_TOLERANCE = 0.5
_MASK_NAMES = (b"/SMask", b"/Mask", b"/ImageMask")


@lru_cache(maxsize=8)
def _masks_in(path: str, size: int, mtime_ns: int) -> bool:
    with open(path, "rb") as fh:
        try:
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:
            return False
        with data:
            return any(data.find(name) >= 0 for name in _MASK_NAMES)


def _has_masks(path: Path) -> bool:
    """Whether the PDF may mask an image: its bytes name /SMask, /Mask or /ImageMask anywhere.

    An image's dictionary heads its stream, and streams are never packed into object streams
    nor encrypted whole, so a masked image is always found; a mere graphics state's
    `/SMask /None` gives a false alarm, which only costs rendering the page instead.
    """
    stat = path.stat()
    return _masks_in(str(path), stat.st_size, stat.st_mtime_ns)
