"""Turning drawn pages into scans: render with pypdfium2, degrade, wrap as image-only PDF pages."""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader


def render(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    """Every page of a PDF as a greyscale image at `dpi`."""
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in doc]
    finally:
        doc.close()


def degrade(img: Image.Image, rng: random.Random, style: dict) -> bytes:
    """One page made to look scanned (skew, blur, noise, a shade ramp), as JPEG or 1-bit PNG bytes."""
    img = img.rotate(style["skew"], resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(style["blur"]))
    arr = np.asarray(img, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, style["noise"], arr.shape)
    ramp = np.linspace(1.0, 1.0 - style["ramp"], arr.shape[1], dtype=np.float32)[None, :]
    arr = np.clip(arr * ramp + noise, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    if style["bilevel"]:
        Image.fromarray(arr).point(lambda v: 255 if v > 150 else 0).convert("1").save(out, "PNG", optimize=False)
    else:
        Image.fromarray(arr).save(out, "JPEG", quality=style["quality"], optimize=False)
    return out.getvalue()


def scan_style(rng: random.Random) -> dict:
    """A random scanner: dpi, skew, blur, noise, shade, and JPEG quality or bilevel."""
    bilevel = rng.random() < 0.35
    return {
        "bilevel": bilevel,
        "dpi": rng.choice([250, 300]) if bilevel else rng.choice([200, 220]),
        "skew": round(rng.uniform(0.25, 1.4) * rng.choice([-1, 1]), 2),
        "blur": round(rng.uniform(0.3, 0.7), 2),
        "noise": round(rng.uniform(2.0, 4.0), 1),
        "ramp": round(rng.uniform(0.0, 0.15), 2),
        "quality": rng.randint(35, 55),
    }


def draw_scan(c, data: bytes, width: float, height: float) -> None:
    """Fill a canvas page with one scanned image."""
    c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=width, height=height)
