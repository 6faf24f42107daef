"""Small drawing helpers on a reportlab canvas (A4, origin bottom-left; `y` counts down from the top)."""

from __future__ import annotations

import random

from reportlab.lib.colors import Color, black, white

W, H = 595.27, 841.89
GREY = Color(0.9, 0.9, 0.92)
DARK = Color(0.15, 0.2, 0.35)


def text(c, x, y, s, font="Helvetica", size=9.5, right=False, color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    (c.drawRightString if right else c.drawString)(x, H - y, s)
    c.setFillColor(black)


def banner(c, brand, sub, rng: random.Random, dark=True):
    """A provider's or firm's letterhead: a coloured band with the brand."""
    shade = Color(rng.uniform(0.1, 0.4), rng.uniform(0.2, 0.45), rng.uniform(0.35, 0.6))
    if dark:
        c.setFillColor(shade)
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        text(c, 40, 38, brand, "Helvetica-Bold", 20, color=white)
        text(c, 40, 56, sub, "Helvetica", 8.5, color=white)
    else:
        text(c, 40, 40, brand, "Helvetica-Bold", 18, color=shade)
        text(c, 40, 55, sub, "Helvetica", 8.5)
        c.setStrokeColor(shade)
        c.setLineWidth(1.5)
        c.line(40, H - 62, W - 40, H - 62)
        c.setStrokeColor(black)


def footer(c, page, pages, note):
    text(c, 40, H - 30, note, "Helvetica", 7)
    text(c, W - 40, H - 30, f"Page {page} of {pages}", "Helvetica", 7, right=True)


def box(c, x, y, w, h, fill=None):
    if fill is not None:
        c.setFillColor(fill)
    c.rect(x, H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
    c.setFillColor(black)


def ink(c, x, y, rng: random.Random, width=120):
    """A hand signature: a few bezier strokes."""
    c.setStrokeColor(Color(0.05, 0.1, 0.45))
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, H - y)
    cx = x
    for _ in range(rng.randint(3, 5)):
        step = width / 4
        p.curveTo(cx + step * 0.3, H - y + rng.uniform(6, 16), cx + step * 0.7, H - y - rng.uniform(4, 12),
                  cx + step, H - y + rng.uniform(-3, 5))
        cx += step
    c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColor(black)
    c.setLineWidth(1)


def table(c, x, y, cols, rows, widths, aligns, size=8.5, header_fill=GREY, row_h=15, bold_last=False):
    """A ruled table; returns the y below it. `aligns` holds 'l' or 'r' per column."""
    total = sum(widths)
    c.setLineWidth(0.5)
    box(c, x, y, total, row_h, header_fill)
    _row(c, x, y, cols, widths, aligns, "Helvetica-Bold", size, row_h)
    y += row_h
    for i, r in enumerate(rows):
        font = "Helvetica-Bold" if bold_last and i == len(rows) - 1 else "Helvetica"
        _row(c, x, y, r, widths, aligns, font, size, row_h)
        c.line(x, H - y - row_h, x + total, H - y - row_h)
        y += row_h
    c.setLineWidth(1)
    return y


def _row(c, x, y, cells, widths, aligns, font, size, row_h):
    cx = x
    for cell, w, a in zip(cells, widths, aligns, strict=True):
        if a == "r":
            text(c, cx + w - 4, y + row_h - 4.5, cell, font, size, right=True)
        elif a == "c":
            c.setFont(font, size)
            c.drawCentredString(cx + w / 2, H - (y + row_h - 4.5), cell)
        else:
            text(c, cx + 4, y + row_h - 4.5, cell, font, size)
        cx += w


def para(c, x, y, s, width_chars=95, font="Helvetica", size=9.5, lead=13):
    """Wrapped text; returns the y below it."""
    line = ""
    for word in s.split():
        if len(line) + len(word) + 1 > width_chars:
            text(c, x, y, line, font, size)
            y += lead
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        text(c, x, y, line, font, size)
        y += lead
    return y
