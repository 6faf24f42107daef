"""Scanned variants: rasterise a text PDF, skew it, add scanner noise and JPEG artefacts.

The page size in points is kept (pixels = points * dpi / 72 and the image PDF is saved at that
dpi), so coordinates on a scan match those of its source. All randomness comes from the `rng`
passed in, so a scan is reproducible.
"""

from __future__ import annotations

import io
import random
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageOps

# Pillow stamps the current time into a PDF; a fixed stamp keeps scans byte-reproducible.
_STAMP = time.gmtime(1735689600)


def rasterise(pdf: Path, dpi: int) -> list[Image.Image]:
    """Each page of `pdf` as a greyscale image at `dpi`."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def page_count(pdf: Path) -> int:
    """How many pages `pdf` has."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


def degrade(img: Image.Image, rng: random.Random, quality: int) -> Image.Image:
    """Make a clean page look scanned: skew within ±3°, soften, add grain and specks, JPEG artefacts."""
    angle = rng.uniform(-3.0, 3.0)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    np_rng = np.random.default_rng(rng.getrandbits(32))
    arr = np.asarray(img, dtype=np.float32)
    # Paper is never pure white: a slight grey cast, and grain that JPEG can still compress.
    arr = arr * rng.uniform(0.88, 0.97) + rng.uniform(4, 14)
    grain = np_rng.normal(0.0, rng.uniform(1.5, 3.5), size=(arr.shape[0] // 4 + 1, arr.shape[1] // 4 + 1))
    arr += np.kron(grain, np.ones((4, 4), dtype=np.float32))[: arr.shape[0], : arr.shape[1]]
    specks = np_rng.random(arr.shape) < rng.uniform(0.0002, 0.001)
    arr[specks] = np_rng.uniform(20, 120, size=int(specks.sum()))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


def scan_pdf(source: Path, target: Path, rng: random.Random) -> Path:
    """Write an image-only PDF of `source` as if scanned; the page size in points is unchanged."""
    # Modest dpi and JPEG quality keep a committed corpus of scans small; OCR still reads 150 dpi.
    dpi = rng.choice((150, 175, 200))
    quality = rng.randint(45, 60)
    pages = [degrade(p, rng, quality) for p in rasterise(source, dpi)]
    pages[0].save(
        target,
        "PDF",
        resolution=float(dpi),
        save_all=True,
        append_images=pages[1:],
        quality=quality,
        creationDate=_STAMP,
        modDate=_STAMP,
        producer="provcheck samplegen",
    )
    return target


def scan_image(source: Path, target: Path, rng: random.Random) -> Path:
    """Write the first page of `source` as a scanned PNG or TIFF (by the target's suffix).

    A TIFF is bilevel with Group 4 compression, like an office scanner's or a fax's; a PNG keeps 16 grey
    levels. Both keep files small without changing what a reader sees.
    """
    dpi = rng.choice((150, 200))
    rng_threshold = rng.randint(140, 180)
    page = degrade(rasterise(source, dpi)[0], rng, rng.randint(55, 70))
    if target.suffix.lower() in (".tif", ".tiff"):
        bilevel = page.point(lambda v: 255 if v > rng_threshold else 0).convert("1", dither=Image.Dither.NONE)
        bilevel.save(target, "TIFF", compression="group4", dpi=(dpi, dpi))
    else:
        ImageOps.posterize(page, 4).save(target, "PNG", dpi=(dpi, dpi), optimize=True)
    return target
