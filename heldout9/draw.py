"""Small drawing helpers on a reportlab canvas, measured from the page's top-left (y grows downwards)."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4


class Pen:
    """A canvas with top-down coordinates and a few layout habits."""

    def __init__(self, c):
        """Wrap canvas `c`."""
        self.c = c

    def text(self, x, y, s, font="Helvetica", size=9, align="left", colour=(0, 0, 0)):
        """One line of text with its baseline at `y` from the top."""
        c = self.c
        c.setFillColorRGB(*colour)
        c.setFont(font, size)
        if align == "right":
            c.drawRightString(x, H - y, s)
        elif align == "centre":
            c.drawCentredString(x, H - y, s)
        else:
            c.drawString(x, H - y, s)
        c.setFillColorRGB(0, 0, 0)

    def para(self, x, y, s, width, font="Helvetica", size=9, leading=None):
        """A wrapped paragraph; returns the y below it."""
        leading = leading or size * 1.3
        line = ""
        for word in s.split():
            trial = f"{line} {word}".strip()
            if stringWidth(trial, font, size) > width and line:
                self.text(x, y, line, font, size)
                y += leading
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size)
            y += leading
        return y

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.6):
        """A rectangle whose top-left corner is (x, y)."""
        c = self.c
        c.setLineWidth(width)
        if fill is not None:
            c.setFillColorRGB(*fill)
        c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)

    def line(self, x0, y0, x1, y1, width=0.6, dash=None):
        """A straight line."""
        c = self.c
        c.setLineWidth(width)
        if dash:
            c.setDash(*dash)
        c.line(x0, H - y0, x1, H - y1)
        c.setDash()

    def tickbox(self, x, y, ticked, size=8):
        """A small square with an X when ticked; (x, y) is its top-left."""
        self.rect(x, y, size, size, width=0.5)
        if ticked:
            self.line(x + 1.5, y + 1.5, x + size - 1.5, y + size - 1.5, width=1.1)
            self.line(x + 1.5, y + size - 1.5, x + size - 1.5, y + 1.5, width=1.1)

    def table(self, x, y, widths, rows, header=None, aligns=None, size=8.5, row_h=14, grid=True, shade=None,
              bold_last=False, font="Helvetica"):
        """A table; returns the y below it. `aligns` per column: 'l' or 'r'."""
        aligns = aligns or ["l"] * len(widths)
        all_rows = ([header] if header else []) + rows
        total_w = sum(widths)
        for i, row in enumerate(all_rows):
            is_head = header is not None and i == 0
            if is_head and shade:
                self.rect(x, y, total_w, row_h, fill=shade, stroke=False)
            f = "Helvetica-Bold" if is_head or (bold_last and i == len(all_rows) - 1) else font
            cx = x
            for cell, w, a in zip(row, widths, aligns, strict=True):
                fit = size
                while fit > 5.5 and stringWidth(cell, f, fit) > w - 6:
                    fit -= 0.25
                if a == "r":
                    self.text(cx + w - 3, y + row_h - 4, cell, f, fit, "right")
                else:
                    self.text(cx + 3, y + row_h - 4, cell, f, fit)
                cx += w
            if grid:
                self.line(x, y + row_h, x + total_w, y + row_h, width=0.4)
            y += row_h
        if grid:
            self.line(x, y - row_h * len(all_rows), x + total_w, y - row_h * len(all_rows), width=0.4)
            cx = x
            for w in [0, *widths]:
                cx += w
                self.line(cx, y - row_h * len(all_rows), cx, y, width=0.4)
        return y

    def ink(self, rng: random.Random, x, y, w=120, h=22):
        """A handwritten-looking signature in blue-black strokes inside the box (x, y, w, h)."""
        c = self.c
        c.setStrokeColorRGB(0.08, 0.1, 0.35)
        c.setLineWidth(1.1)
        p = c.beginPath()
        px, py = x + 4, y + h * 0.6
        p.moveTo(px, H - py)
        for _ in range(rng.randint(5, 8)):
            nx = px + rng.uniform(8, w / 5)
            ny = y + rng.uniform(0.15, 0.9) * h
            p.curveTo(px + rng.uniform(-4, 10), H - (y + rng.uniform(0, h)), nx - rng.uniform(0, 8),
                      H - (y + rng.uniform(0, h)), nx, H - ny)
            px, py = nx, ny
        c.drawPath(p, stroke=1, fill=0)
        c.line(x + 6, H - (y + h * 0.85), x + rng.uniform(0.5, 0.9) * w, H - (y + h * 0.8))
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.6)

    def footer(self, left, page, pages, size=7):
        """The footer line: a left text and 'Page n of m' at the right."""
        self.line(40, H - 40, W - 40, H - 40, width=0.3)
        self.text(40, H - 30, left, "Helvetica", size, colour=(0.3, 0.3, 0.3))
        self.text(W - 40, H - 30, f"Page {page} of {pages}", "Helvetica", size, "right", (0.3, 0.3, 0.3))
