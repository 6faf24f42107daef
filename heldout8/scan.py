"""Turn a drawn PDF into a scan: render with pypdfium2, degrade with PIL/numpy, wrap as an image-only PDF."""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def _degrade(img: Image.Image, rng: random.Random, opts: dict, page: int) -> Image.Image:
    g = img.convert("L")
    if opts["fax"]:
        draw = ImageDraw.Draw(g)
        draw.rectangle([0, 0, g.width, 22], fill=255)
        draw.text((12, 6), f"FROM: 01632 {rng.randint(100000, 999999)}   {opts['fax']}   P.{page:02d}", fill=0)
    g = g.rotate(opts["skew"], resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(opts["blur"]))
    a = np.asarray(g).astype(np.float32)
    nrng = np.random.default_rng(opts["noise_seed"] + page)
    a += nrng.normal(0, opts["noise"], a.shape)
    ramp = np.linspace(1.0 - opts["shadow"], 1.0, a.shape[1], dtype=np.float32)[None, :]
    a = a * ramp
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if opts["rotate90"]:
        g = g.transpose(Image.ROTATE_90)
    if opts["bilevel"]:
        g = g.point(lambda v: 255 if v > 150 else 0).convert("1")
    return g


def scan_images(pdf_bytes: bytes, rng: random.Random, rotate90: bool, fax: str | None) -> list[tuple]:
    """Each page as a degraded image: (encoded bytes, page width, page height) in points."""
    bilevel = rng.random() < 0.3
    opts = {"dpi": rng.choice([240, 300] if bilevel else [200, 240]), "skew": round(rng.uniform(-1.6, 1.6), 2),
            "blur": round(rng.uniform(0.3, 0.8), 2), "noise": round(rng.uniform(3, 8), 1),
            "shadow": round(rng.uniform(0.0, 0.22), 2), "bilevel": bilevel, "quality": rng.randint(35, 65),
            "rotate90": rotate90, "fax": fax, "noise_seed": rng.randint(0, 10**6)}
    src = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i, page in enumerate(src):
        w, h = page.get_size()
        img = _degrade(page.render(scale=opts["dpi"] / 72, grayscale=True).to_pil(), rng, opts, i + 1)
        buf = io.BytesIO()
        if bilevel:
            img.save(buf, format="PNG")
        else:
            img.save(buf, format="JPEG", quality=opts["quality"])
        out.append((buf.getvalue(), *((h, w) if rotate90 else (w, h))))
    src.close()
    return out


def place(c: canvas.Canvas, image: tuple) -> None:
    data, pw, ph = image
    c.setPageSize((pw, ph))
    c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)


def image_pdf(images: list[tuple]) -> bytes:
    """An image-only PDF, one page per image."""
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    for image in images:
        place(c, image)
        c.showPage()
    c.save()
    return out.getvalue()


class MixedCanvas(canvas.Canvas):
    """A canvas that keeps page 1 as drawn and replaces each later page's content by its scan."""

    def __init__(self, *args, images: list[tuple], **kwargs):
        super().__init__(*args, **kwargs)
        self._images = images
        self._page_no = 0

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._page_no += 1
        if self._page_no > 1:
            self._code = []  # drop the drawn content: no text layer on a scanned page
            place(self, self._images[self._page_no - 1])
        super().showPage()
