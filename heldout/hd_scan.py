"""Turn a born-digital PDF into what a scanner or a phone gives back: skewed, noisy, JPEG-damaged pages.

Outputs an image-only PDF (each page the same size in points as the original), a PNG (one page)
or a multi-page TIFF. All randomness comes from the seed passed in, so outputs are reproducible.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def _degrade(img: Image.Image, rng: random.Random, quality: int) -> Image.Image:
    """Grey, skew (up to 3 degrees), uneven paper tone, speckle, slight blur, JPEG round trip."""
    g = img.convert("L")
    angle = rng.choice([-1, 1]) * rng.uniform(0.4, 3.0)
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    h, w = a.shape
    # paper tone: a gentle gradient, as a flatbed lid leaves
    tone = np.linspace(0, rng.uniform(6, 18), w, dtype=np.float32)[None, :]
    a = a - tone
    # sparse speckle rather than dense noise keeps files small yet hurts OCR a little
    mask = nrng.random(a.shape) < 0.0025
    a[mask] = nrng.uniform(60, 180, mask.sum())
    a = a + nrng.normal(0, 4.0, a.shape).astype(np.float32)
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rng.random() < 0.5:
        g = g.filter(ImageFilter.GaussianBlur(radius=0.6))
    buf = io.BytesIO()
    g.save(buf, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def _render(pdf_path: str, dpi: int) -> list[tuple[Image.Image, float, float]]:
    doc = pdfium.PdfDocument(pdf_path)
    pages = []
    for i in range(len(doc)):
        page = doc[i]
        w, h = page.get_size()
        pages.append((page.render(scale=dpi / 72).to_pil(), w, h))
    doc.close()
    return pages


def scan(pdf_path: str, out: Path, fmt: str, seed: int) -> None:
    """Write a scanned version of `pdf_path` to `out` as 'pdf', 'png' or 'tiff'."""
    rng = random.Random(seed)
    dpi = {"pdf": rng.choice([150, 200]), "png": 150, "tiff": rng.choice([200, 300])}[fmt]
    pages = _render(pdf_path, dpi)
    if fmt == "pdf":
        rl_config.useA85 = 0  # raw JPEG streams: a quarter smaller than ASCII85 ones
        c = Canvas(str(out), pagesize=(pages[0][1], pages[0][2]), invariant=1, pageCompression=1)
        for img, w, h in pages:
            g = _degrade(img, rng, rng.choice([45, 55, 65]))
            buf = io.BytesIO()
            g.save(buf, format="JPEG", quality=rng.choice([50, 60]))
            buf.seek(0)
            c.setPageSize((w, h))
            # an ImageReader over JPEG bytes is embedded as it is, named by content (a file name would leak
            # a temporary path into the PDF and break byte reproducibility)
            c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
            c.showPage()
        c.save()
    elif fmt == "png":
        if len(pages) != 1:
            raise ValueError(f"{pdf_path}: a PNG scan needs a one-page document, got {len(pages)} pages")
        g = _degrade(pages[0][0], rng, 60)
        # 16 grey levels, as a scanner's compact grey mode saves; keeps the PNG small
        g = g.point(lambda v: (v // 17) * 17)
        g.save(out, format="PNG", dpi=(dpi, dpi), optimize=True)
    else:
        # fax-like bilevel pages, Group 4 compressed: small and a classic OCR challenge
        frames = [_degrade(img, rng, 70).point(lambda v: 255 if v > 150 else 0).convert("1") for img, _, _ in pages]
        frames[0].save(
            out, format="TIFF", compression="group4", dpi=(dpi, dpi), save_all=True, append_images=frames[1:]
        )
