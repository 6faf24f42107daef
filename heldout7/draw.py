"""Drawing and scanning for heldout7: documents as lists of page painters, written by reportlab.

A `Doc` is a page size and a list of painters `paint(canvas, page_no, pages)`. `write_text` draws it
as a text-layer PDF; `write_scanned` draws it, renders each page with pypdfium2, degrades the image
(skew, blur, noise, uneven light, JPEG or bilevel) and wraps the images as an image-only PDF, keeping
the text layer of the pages listed in `keep_text` (mixed documents). Both are byte-reproducible:
reportlab's invariant mode, seeded noise.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

Painter = Callable[[Canvas, int, int], None]
PORTRAIT = A4
LANDSCAPE = landscape(A4)


@dataclass
class Doc:
    """A document to draw: page size and one painter per page."""

    size: tuple[float, float] = PORTRAIT
    pages: list[Painter] = field(default_factory=list)

    @property
    def height(self) -> float:
        """Page height in points."""
        return self.size[1]

    @property
    def width(self) -> float:
        """Page width in points."""
        return self.size[0]


def _canvas(target, size) -> Canvas:
    c = Canvas(target, pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setTitle("")
    return c


def write_text(doc: Doc, path: Path) -> None:
    """Draw `doc` as a PDF with a text layer."""
    c = _canvas(str(path), doc.size)
    for i, paint in enumerate(doc.pages, 1):
        paint(c, i, len(doc.pages))
        c.showPage()
    c.save()


def _render(doc: Doc, dpi: int) -> list[Image.Image]:
    buf = io.BytesIO()
    c = _canvas(buf, doc.size)
    for i, paint in enumerate(doc.pages, 1):
        paint(c, i, len(doc.pages))
        c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


@dataclass
class Scan:
    """How one scanned document was degraded."""

    dpi: int = 200
    skew: float = 0.8
    blur: float = 0.6
    noise: float = 9.0
    light: float = 0.12
    quality: int = 55
    bilevel: bool = False
    keep_text: tuple[int, ...] = ()


def degrade(img: Image.Image, scan: Scan, rng: random.Random) -> Image.Image:
    """A page image as a scanner and photocopier leave it."""
    img = img.rotate(scan.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if scan.blur:
        img = img.filter(ImageFilter.GaussianBlur(scan.blur))
    arr = np.asarray(img, dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ramp = np.linspace(1.0 - scan.light, 1.0, arr.shape[1], dtype=np.float32)[None, :]
    arr = arr * ramp + gen.normal(0.0, scan.noise, arr.shape).astype(np.float32)
    if not scan.bilevel:
        arr = arr * 0.92 + 12  # paper never quite white, ink never quite black
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    if scan.bilevel:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def write_scanned(doc: Doc, path: Path, scan: Scan, rng: random.Random) -> None:
    """Draw `doc` as page images (image-only PDF), except the pages in `scan.keep_text`."""
    images = _render(doc, scan.dpi)
    c = _canvas(str(path), doc.size)
    for i, (paint, img) in enumerate(zip(doc.pages, images, strict=True), 1):
        if i in scan.keep_text:
            paint(c, i, len(doc.pages))
        else:
            page = degrade(img, scan, rng)
            buf = io.BytesIO()
            if scan.bilevel:
                page.save(buf, format="PNG", optimize=False)
            else:
                page.save(buf, format="JPEG", quality=scan.quality, optimize=False)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=doc.width, height=doc.height)
        c.showPage()
    c.save()


# --- painting helpers (y is measured from the top of the page) ----------------------------------

def text(c: Canvas, h: float, x: float, y: float, s: str, font: str = "Helvetica", size: float = 9.5,
         align: str = "left") -> None:
    """One line of text with its baseline `y` points below the top."""
    c.setFont(font, size)
    if align == "right":
        c.drawRightString(x, h - y, s)
    elif align == "centre":
        c.drawCentredString(x, h - y, s)
    else:
        c.drawString(x, h - y, s)


def lines(c: Canvas, h: float, x: float, y: float, rows: list[str], font: str = "Helvetica", size: float = 9.5,
          lead: float = 12.5) -> float:
    """Several lines; returns the y below the last."""
    for row in rows:
        text(c, h, x, y, row, font, size)
        y += lead
    return y


def pairs(c: Canvas, h: float, x: float, y: float, rows: list[tuple[str, str]], gap: float = 130,
          size: float = 9.5, lead: float = 14, bold_label: bool = True) -> float:
    """Label/value rows; returns the y below the last."""
    for label, value in rows:
        text(c, h, x, y, label, "Helvetica-Bold" if bold_label else "Helvetica", size)
        text(c, h, x + gap, y, value, "Helvetica", size)
        y += lead
    return y


def rule(c: Canvas, h: float, x0: float, x1: float, y: float, width: float = 0.6, grey: float = 0.0) -> None:
    """A horizontal line."""
    c.setStrokeGray(grey)
    c.setLineWidth(width)
    c.line(x0, h - y, x1, h - y)
    c.setStrokeGray(0)


def band(c: Canvas, h: float, x: float, y: float, w: float, hh: float, grey: float = 0.88) -> None:
    """A shaded box whose top is `y` below the top."""
    c.setFillGray(grey)
    c.rect(x, h - y - hh, w, hh, stroke=0, fill=1)
    c.setFillGray(0)


def box(c: Canvas, h: float, x: float, y: float, w: float, hh: float, width: float = 0.7) -> None:
    """An outlined box whose top is `y` below the top."""
    c.setLineWidth(width)
    c.rect(x, h - y - hh, w, hh, stroke=1, fill=0)


def table(c: Canvas, h: float, x: float, y: float, cols: list[tuple[str, float, str]], rows: list[list[str]],
          size: float = 8.5, lead: float = 13.5, shade: bool = True, header_font: str = "Helvetica-Bold",
          bold_rows: tuple[int, ...] = ()) -> float:
    """A table: `cols` are (header, width, 'l'|'r'); returns the y below the last row."""
    width = sum(w for _, w, _ in cols)
    if shade:
        band(c, h, x, y - size - 3, width, lead + 1)
    cx = x
    for head, w, al in cols:
        for k, part in enumerate(head.split("\n")):
            text(c, h, cx + w - 3 if al == "r" else cx + 3, y + k * (size + 1), part, header_font, size,
                 "right" if al == "r" else "left")
        cx += w
    y += lead + (size + 1) * (max(len(hd.split("\n")) for hd, _, _ in cols) - 1)
    rule(c, h, x, x + width, y - size - 1, 0.4)
    for r, row in enumerate(rows):
        cx = x
        font = "Helvetica-Bold" if r in bold_rows else "Helvetica"
        for (_, w, al), cell in zip(cols, row, strict=True):
            text(c, h, cx + w - 3 if al == "r" else cx + 3, y, cell, font, size, "right" if al == "r" else "left")
            cx += w
        y += lead
    return y


def wrap(s: str, width: float, font: str = "Helvetica", size: float = 9.5) -> list[str]:
    """Greedy word wrap to a width in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out, cur = [], ""
    for word in s.split():
        trial = f"{cur} {word}".strip()
        if stringWidth(trial, font, size) > width and cur:
            out.append(cur)
            cur = word
        else:
            cur = trial
    return [*out, cur] if cur else out


def para(c: Canvas, h: float, x: float, y: float, s: str, width: float, font: str = "Helvetica",
         size: float = 9.5, lead: float = 12.5) -> float:
    """A wrapped paragraph; returns the y below it."""
    return lines(c, h, x, y, wrap(s, width, font, size), font, size, lead) + 4


def signature(c: Canvas, h: float, x: float, y: float, rng: random.Random, w: float = 120) -> None:
    """An ink signature of bezier strokes, its baseline `y` below the top."""
    c.setStrokeColorRGB(0.05, 0.1, 0.45)
    c.setLineWidth(1.1)
    px, py = x, h - y
    for _ in range(rng.randint(3, 5)):
        nx = px + rng.uniform(w / 6, w / 3.5)
        c.bezier(px, py, px + rng.uniform(5, 20), py + rng.uniform(6, 18), nx - rng.uniform(5, 20),
                 py - rng.uniform(4, 14), nx, py + rng.uniform(-3, 5))
        px, py = nx, py + rng.uniform(-3, 3)
    c.line(x + 4, h - y - 4, x + w * 0.8, h - y - 2)
    c.setStrokeColorRGB(0, 0, 0)
