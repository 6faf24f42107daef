"""Drawing mechanics for heldout18: pages as functions, signatures, tables, scans."""

# ruff: noqa: D102, D103, E501  (small drawing helpers, named for what they draw)
from __future__ import annotations

import io
import math
import random

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

rl_config.invariant = 1
W, H = A4


class Doc:
    """A document as page functions and a footer, so that a scan can redraw page 1 with its text layer."""

    def __init__(self, rng: random.Random, footer):
        self.pages: list = []
        self.footer = footer
        self.seed = rng.randrange(1 << 30)
        self.r = random.Random(self.seed)

    def page(self, fn):
        self.pages.append(fn)
        return fn

    def draw(self, c, i: int) -> None:
        self.r.seed(self.seed * 17 + i)
        self.pages[i](c)
        self.footer(c, i + 1, len(self.pages))


def para(c, text: str, x: float, y: float, width: float, font="Helvetica", size=9.0, lead=None) -> float:
    lead = lead or size * 1.32
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - 3


def rows(c, x, y, items, w1, w2, size=9.0, pad=5.0, shade=None, font="Helvetica", bold="Helvetica-Bold", rule=True):
    """Ruled label/value rows; a value may be a list of lines. Returns the y below the last row."""
    for label, value in items:
        vals = value if isinstance(value, list) else [value]
        lab = simpleSplit(label, bold, size, w1 - 2 * pad)
        h = max(len(vals), len(lab)) * (size + 2.5) + 2 * pad - 2.5
        if shade is not None:
            c.setFillGray(shade)
            c.rect(x, y - h, w1, h, stroke=0, fill=1)
            c.setFillGray(0)
        if rule:
            c.setLineWidth(0.5)
            c.rect(x, y - h, w1 + w2, h, stroke=1, fill=0)
            c.line(x + w1, y, x + w1, y - h)
        c.setFont(bold, size)
        for k, ln in enumerate(lab):
            c.drawString(x + pad, y - pad - size + 1.5 - k * (size + 2.5), ln)
        c.setFont(font, size)
        for k, ln in enumerate(vals):
            c.drawString(x + w1 + pad, y - pad - size + 1.5 - k * (size + 2.5), ln)
        y -= h
    return y


def table(c, x, y, header, body, widths, aligns, size=8.5, lead=14.0, head_fill=0.85, zebra=None):
    """A grid table; aligns per column 'l' or 'r'. Returns the y below it."""
    tw = sum(widths)

    def line(cells, yy, font):
        c.setFont(font, size)
        cx = x
        for cell, w, a in zip(cells, widths, aligns, strict=True):
            if a == "r":
                c.drawRightString(cx + w - 4, yy, cell)
            else:
                c.drawString(cx + 4, yy, cell)
            cx += w

    c.setFillGray(head_fill)
    c.rect(x, y - lead + 3, tw, lead, stroke=0, fill=1)
    c.setFillGray(0)
    line(header, y - lead + 7, "Helvetica-Bold")
    y -= lead
    for k, r in enumerate(body):
        if zebra is not None and k % 2:
            c.setFillGray(zebra)
            c.rect(x, y - lead + 3, tw, lead, stroke=0, fill=1)
            c.setFillGray(0)
        bold = r and r[0].startswith("Total")
        line(r, y - lead + 7, "Helvetica-Bold" if bold else "Helvetica")
        y -= lead
    c.setLineWidth(0.4)
    c.line(x, y + 3, x + tw, y + 3)
    return y


def tick(c, x, y, on: bool, size=8.0) -> None:
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if on:
        c.setLineWidth(1.1)
        c.line(x + 1.5, y + 1.5, x + size - 1.5, y + size - 1.5)
        c.line(x + 1.5, y + size - 1.5, x + size - 1.5, y + 1.5)
    c.setLineWidth(0.5)


def barcode(c, rng: random.Random, x, y, w, h, text) -> None:
    """Bars like a Code 39 strip (drawn, not encoded) with the reference under it."""
    cx = x
    c.setFillGray(0)
    while cx < x + w:
        bw = rng.choice([0.8, 0.8, 1.6, 2.4])
        if rng.random() < 0.55:
            c.rect(cx, y, bw, h, stroke=0, fill=1)
        cx += bw + rng.choice([0.8, 1.6])
    c.setFont("Courier", 8)
    c.drawCentredString(x + w / 2, y - 9, text)


def _walk(rng: random.Random, n: int, w: float, h: float) -> list[tuple[float, float]]:
    pts, x, y = [], 4.0, h * 0.5
    for _ in range(n):
        x += rng.uniform(w / n * 0.6, w / n * 1.4)
        y = min(max(y + rng.uniform(-h * 0.45, h * 0.45), h * 0.1), h * 0.9)
        pts.append((min(x, w - 2), y))
    return pts


def signature(c, rng: random.Random, x: float, y: float, style: str, name: str, stamp: str) -> None:
    """Ink of four kinds on a signature line at (x, y): vector strokes, Bézier curves, a pasted image, an e-stamp."""
    if style == "strokes":
        c.setStrokeColorRGB(0.08, 0.12, 0.45)
        c.setLineWidth(1.2)
        pts = _walk(rng, rng.randrange(10, 18), 130, 26)
        for (x1, y1), (x2, y2) in zip(pts, pts[1:], strict=False):
            c.line(x + x1, y + y1, x + x2, y + y2)
        c.line(x + pts[0][0], y + 3, x + pts[-1][0] * 0.7, y + 6)
    elif style == "bezier":
        c.setStrokeColorRGB(0.05, 0.05, 0.1)
        c.setLineWidth(1.0)
        p = c.beginPath()
        cx, cy = x + 4, y + 10
        p.moveTo(cx, cy)
        for _ in range(rng.randrange(4, 7)):
            nx = cx + rng.uniform(16, 30)
            p.curveTo(
                cx + rng.uniform(0, 12),
                cy + rng.uniform(8, 24),
                nx - rng.uniform(0, 10),
                cy - rng.uniform(6, 18),
                nx,
                y + rng.uniform(4, 20),
            )
            cx = nx
        c.drawPath(p, stroke=1, fill=0)
        c.setLineWidth(0.8)
        c.bezier(x + 2, y + 2, x + 40, y + 8, x + 80, y - 2, x + cx - x, y + 4)
    elif style == "image":
        iw, ih = 420, 90
        im = Image.new("L", (iw, ih), 246)
        d = ImageDraw.Draw(im)
        pts = _walk(rng, rng.randrange(16, 26), iw, ih)
        smooth = [(px, ih - py) for px, py in pts]
        d.line(smooth, fill=30, width=5, joint="curve")
        loops = rng.randrange(1, 3)
        for k in range(loops):
            cx, cy = smooth[2 + 4 * k]
            d.ellipse([cx - 14, cy - 22, cx + 14, cy + 6], outline=40, width=4)
        im = im.filter(ImageFilter.GaussianBlur(1.2))
        buf = io.BytesIO()
        im.save(buf, "PNG")
        buf.seek(0)
        c.drawImage(ImageReader(buf), x, y - 2, 140, 30)
    elif style == "estamp":
        c.setStrokeColorRGB(0.1, 0.3, 0.6)
        c.setFillColorRGB(0.1, 0.3, 0.6)
        c.setLineWidth(0.6)
        bw = max(c.stringWidth(stamp, "Courier", 6.5), c.stringWidth(f"/{name}/", "Times-Italic", 11)) + 12
        c.roundRect(x, y - 2, bw, 26, 3, stroke=1, fill=0)
        c.setFont("Times-Italic", 11)
        c.drawString(x + 6, y + 11, f"/{name}/")
        c.setFont("Courier", 6.5)
        c.drawString(x + 6, y + 2, stamp)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)


# ------------------------------------------------------------------ output
def text_pdf(doc: Doc) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("document")
    c.setAuthor("")
    for i in range(len(doc.pages)):
        doc.draw(c, i)
        c.showPage()
    c.save()
    return buf.getvalue()


def degrade(img: Image.Image, rng: random.Random, bilevel: bool) -> Image.Image:
    g = img.convert("L").rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, rng.uniform(2.5, 6.5), a.shape)
    # a faint uneven background, as a copier leaves
    yy = np.linspace(0, math.pi, a.shape[0])[:, None]
    a = a - rng.uniform(0, 9) * np.sin(yy)
    a = np.clip(a, 0, 255).astype(np.uint8)
    g = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.95)))
    return g.point(lambda v: 255 if v > 155 else 0).convert("1") if bilevel else g


def scan_pdf(doc: Doc, rng: random.Random, mixed: bool) -> bytes:
    src = pdfium.PdfDocument(text_pdf(doc))
    bilevel = rng.random() < 0.4
    dpi = rng.choice([200, 250, 300]) if bilevel else rng.choice([200, 220])
    quality = rng.randrange(30, 52)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("scan")
    for i in range(len(src)):
        if mixed and i == 0:
            doc.draw(c, 0)
        else:
            img = degrade(src[i].render(scale=dpi / 72).to_pil(), rng, bilevel)
            ib = io.BytesIO()
            if bilevel:
                img.save(ib, "PNG", optimize=True)
            else:
                img.save(ib, "JPEG", quality=quality)
            ib.seek(0)
            c.drawImage(ImageReader(ib), 0, 0, W, H)
        c.showPage()
    c.save()
    src.close()
    return buf.getvalue()
