"""Test-only pages drawn with reportlab for the layout tests (issue 10 item 6).

A page is a list of items: `Text(x, top, text)` prints a string with its left edge at `x` points
and its top `top` points below the page top; `Boxes(x, top, chars)` prints one character a box,
each box a stroked rectangle, the way paper forms ask for an NI number or a date. The wording is
invented in the style of UK providers' statements, LoA replies and adviser firms' LoAs; nothing
here reads the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

W, H = A4


@dataclass(frozen=True)
class Text:
    x: float
    top: float
    text: str
    font: str = "Helvetica"
    size: float = 10.0


@dataclass(frozen=True)
class Boxes:
    x: float
    top: float
    chars: str  # a space leaves a gap between groups of boxes ("AB 12 34 56 C")
    cell: float = 16.0
    size: float = 10.0


@dataclass(frozen=True)
class Line:
    x0: float
    x1: float
    top: float


Item = Text | Boxes | Line


def draw(path: Path, pages: list[list[Item]]) -> Path:
    """Write `pages` to a PDF at `path` and return the path."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for items in pages:
        for item in items:
            if isinstance(item, Text):
                c.setFont(item.font, item.size)
                c.drawString(item.x, H - item.top - item.size * 0.8, item.text)
            elif isinstance(item, Boxes):
                _boxes(c, item)
            else:
                c.setLineWidth(0.6)
                c.line(item.x0, H - item.top, item.x1, H - item.top)
        c.showPage()
    c.save()
    return path


def _boxes(c: canvas.Canvas, b: Boxes) -> None:
    c.setLineWidth(0.6)
    c.setFont("Helvetica", b.size)
    x = b.x
    for ch in b.chars:
        if ch == " ":
            x += b.cell * 0.6
            continue
        c.rect(x, H - b.top - b.cell, b.cell, b.cell, stroke=1, fill=0)
        c.drawCentredString(x + b.cell / 2, H - b.top - b.cell + (b.cell - b.size * 0.7) / 2, ch)
        x += b.cell


def rows(x: float, top: float, lines: list[str], step: float = 16.0, **kw) -> list[Text]:
    """One Text per line, `step` points apart."""
    return [Text(x, top + i * step, s, **kw) for i, s in enumerate(lines)]


def pairs(
    top: float, cols: list[tuple[float, float]], grid: list[list[tuple[str, str]]], step: float = 18.0
) -> list[Text]:
    """Label/value pairs in columns: `cols` gives each column's label x and value x; a row of `grid` is one line."""
    out = []
    for r, row in enumerate(grid):
        for (lx, vx), (label, value) in zip(cols, row, strict=False):
            out.append(Text(lx, top + r * step, label))
            if value:
                out.append(Text(vx, top + r * step, value))
    return out


def stacked(top: float, xs: list[float], grid: list[list[tuple[str, str]]], step: float = 34.0) -> list[Text]:
    """Label above value: each pair's label on one line, its value 13 points below, in columns at `xs`."""
    out = []
    for r, row in enumerate(grid):
        for x, (label, value) in zip(xs, row, strict=False):
            out.append(Text(x, top + r * step, label, size=8))
            out.append(Text(x, top + r * step + 12, value, size=10.5))
    return out
