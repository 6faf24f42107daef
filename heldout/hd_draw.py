"""Drawing kit for the held-out layouts: page templates, letterheads, tables, signatures.

Layouts are reportlab platypus stories; this module holds the parts they share. Every PDF is
built with `invariant=1` so a given seed always gives the same bytes.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Table,
)

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def styles(font: str, size: float = 9.5) -> dict[str, ParagraphStyle]:
    """Paragraph styles in one provider's type face."""
    bold = BOLD[font]
    # identifiers must never be split across lines inside a table cell: an ISIN broken in two is not one
    cell = {"splitLongWords": 0}
    return {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=5),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2, **cell),
        "cellr": ParagraphStyle(
            "cellr", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2, alignment=TA_RIGHT, **cell
        ),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2, **cell),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.2, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3, spaceBefore=6, spaceAfter=4
        ),
        "bold": ParagraphStyle("bold", fontName=bold, fontSize=size, leading=size * 1.3, spaceAfter=4),
    }


@dataclass
class Page:
    """How a document's pages look: size, margins, and first/later page decorations."""

    size: tuple[float, float] = A4
    top_first: float = 95 * mm
    top_later: float = 28 * mm
    bottom: float = 30 * mm
    side: float = 20 * mm
    first_x: float | None = None  # a first page with a sidebar starts its frame further right
    on_first: Callable[[Canvas], None] | None = None
    on_later: Callable[[Canvas], None] | None = None
    footer: Callable[[Canvas, int, int], None] | None = None
    meta: dict = field(default_factory=dict)


def _numbered(footer: Callable[[Canvas, int, int], None] | None) -> type[Canvas]:
    """A canvas that defers footers until the page count is known ('Page 2 of 3')."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                if footer:
                    footer(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build(path: str, page: Page, story: list, title: str) -> None:
    """Write `story` to `path` as a byte-reproducible PDF."""
    w, h = page.size
    doc = BaseDocTemplate(
        path,
        pagesize=page.size,
        invariant=1,
        pageCompression=1,
        title=title,
        author="",
        creator="heldout",
        producer="heldout",
        subject="",
    )
    fx = page.first_x or page.side
    first = Frame(
        fx,
        page.bottom,
        w - fx - page.side,
        h - page.top_first - page.bottom,
        id="f1",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        page.side,
        page.bottom,
        w - 2 * page.side,
        h - page.top_later - page.bottom,
        id="f2",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=lambda c, d: page.on_first and page.on_first(c)),
            PageTemplate("later", [later], onPage=lambda c, d: page.on_later and page.on_later(c)),
        ]
    )
    doc.build([NextPageTemplate("later"), *story], canvasmaker=_numbered(page.footer))


def landscape_a4() -> tuple[float, float]:
    """A4 turned on its side, for wide platform valuations."""
    return landscape(A4)


# --- letterheads ---------------------------------------------------------------------------------


def logo(c: Canvas, mark: str, x: float, y: float, size: float, colour: tuple[float, float, float]) -> None:
    """A simple vector logo motif at (x, y) bottom-left."""
    col = colors.Color(*colour)
    c.saveState()
    c.setFillColor(col)
    c.setStrokeColor(col)
    if mark == "hill":
        p = c.beginPath()
        p.moveTo(x, y)
        p.curveTo(x + size * 0.3, y + size, x + size * 0.6, y + size * 0.2, x + size, y + size * 0.7)
        p.lineTo(x + size, y)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
    elif mark == "bars":
        for i in range(4):
            c.rect(x + i * size * 0.27, y, size * 0.18, size * (0.4 + 0.2 * i), fill=1, stroke=0)
    elif mark == "wave":
        c.setLineWidth(size * 0.09)
        for k in range(3):
            p = c.beginPath()
            p.moveTo(x, y + size * (0.2 + 0.3 * k))
            p.curveTo(
                x + size * 0.3,
                y + size * (0.45 + 0.3 * k),
                x + size * 0.6,
                y + size * (0.3 * k - 0.05),
                x + size,
                y + size * (0.2 + 0.3 * k),
            )
            c.drawPath(p, fill=0, stroke=1)
    elif mark == "ring":
        c.setLineWidth(size * 0.14)
        c.circle(x + size / 2, y + size / 2, size * 0.38, fill=0, stroke=1)
    elif mark == "shield":
        p = c.beginPath()
        p.moveTo(x, y + size)
        p.lineTo(x + size, y + size)
        p.lineTo(x + size, y + size * 0.45)
        p.curveTo(x + size, y + size * 0.15, x + size * 0.6, y, x + size / 2, y)
        p.curveTo(x + size * 0.4, y, x, y + size * 0.15, x, y + size * 0.45)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
    elif mark == "tree":
        c.rect(x + size * 0.44, y, size * 0.12, size * 0.35, fill=1, stroke=0)
        c.circle(x + size / 2, y + size * 0.62, size * 0.36, fill=1, stroke=0)
    else:  # ridge
        p = c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x + size * 0.35, y + size * 0.8)
        p.lineTo(x + size * 0.55, y + size * 0.45)
        p.lineTo(x + size * 0.72, y + size)
        p.lineTo(x + size, y)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
    c.restoreState()


def text_lines(
    c: Canvas,
    x: float,
    y: float,
    lines: list[str],
    font: str,
    size: float,
    leading: float | None = None,
    right: bool = False,
) -> float:
    """Draw lines downwards from baseline y; returns the next baseline."""
    c.setFont(font, size)
    for ln in lines:
        if right:
            c.drawRightString(x, y, ln)
        else:
            c.drawString(x, y, ln)
        y -= leading or size * 1.25
    return y


def kv_block(c: Canvas, x: float, y: float, rows: list[tuple[str, str]], font: str, size: float, gap: float) -> float:
    """Label/value pairs in two aligned columns (a reference block); returns the next baseline."""
    for label, value in rows:
        c.setFont(font, size)
        c.drawString(x, y, label)
        c.setFont(BOLD.get(font, font), size)
        c.drawString(x + gap, y, value)
        y -= size * 1.35
    return y


# --- tables --------------------------------------------------------------------------------------


def grid(
    rows: list[list],
    widths: list[float],
    *,
    header: bool = True,
    shade: tuple | None = None,
    lines: str = "rules",
    repeat: int = 1,
    right_cols: tuple[int, ...] = (),
    font: str = "Helvetica",
    size: float = 8.5,
    zebra: tuple | None = None,
    bold_last: bool = False,
) -> Table:
    """A table in one of a few house styles: 'rules' (horizontal rules), 'box' (full grid), 'none'."""
    t = Table(rows, colWidths=widths, repeatRows=repeat if header else 0)
    cmds = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for col in right_cols:
        cmds.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    if header:
        cmds.append(("FONT", (0, 0), (-1, 0), BOLD.get(font, font), size))
        if shade:
            cmds += [
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(*shade)),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ]
    if lines == "box":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    elif lines == "rules":
        cmds += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(*zebra)]))
    if bold_last:
        cmds += [
            ("FONT", (0, -1), (-1, -1), BOLD.get(font, font), size),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ]
    t.setStyle(cmds)
    return t


def para_cells(rows: list[list[str]], st: ParagraphStyle, str_: ParagraphStyle, right_cols: set[int]) -> list:
    """Wrap cell strings as Paragraphs so long fund names break over lines."""
    return [
        [Paragraph(v, str_ if j in right_cols else st) if isinstance(v, str) else v for j, v in enumerate(r)]
        for r in rows
    ]


# --- signatures ----------------------------------------------------------------------------------


class SignatureLine(Flowable):
    """A labelled signature line with, optionally, an ink-like scribble drawn with bezier strokes."""

    def __init__(
        self,
        width: float,
        signed: bool,
        seed: int,
        label: str = "Signature",
        font: str = "Helvetica",
        ink: tuple[float, float, float] = (0.05, 0.1, 0.45),
    ):
        super().__init__()
        self.width, self.height = width, 34
        self.signed, self.seed, self.label, self.font, self.ink = signed, seed, label, font, ink

    def draw(self) -> None:
        """Draw the line, its label and (if signed) the scribble."""
        c = self.canv
        c.setFont(self.font, 8.5)
        c.drawString(0, 4, self.label)
        x0 = c.stringWidth(self.label, self.font, 8.5) + 8
        c.setLineWidth(0.6)
        c.setDash(1, 2)
        c.line(x0, 2, self.width, 2)
        c.setDash()
        if self.signed:
            scribble(c, x0 + 10, 5, min(150, self.width - x0 - 20), 24, random.Random(self.seed), self.ink)


def scribble(
    c: Canvas, x: float, y: float, w: float, h: float, rng: random.Random, ink: tuple[float, float, float]
) -> None:
    """A handwritten-looking signature: a few looping bezier strokes and a flourish."""
    c.saveState()
    c.setStrokeColor(colors.Color(*ink))
    c.setLineCap(1)
    c.setLineJoin(1)
    strokes = rng.randint(2, 3)
    cx = x
    for s in range(strokes):
        sw = w / strokes * rng.uniform(0.8, 1.1)
        c.setLineWidth(rng.uniform(0.9, 1.5))
        p = c.beginPath()
        py = y + h * rng.uniform(0.2, 0.5)
        p.moveTo(cx, py)
        loops = rng.randint(3, 6)
        for k in range(loops):
            x1 = cx + sw * (k + 0.3) / loops
            x2 = cx + sw * (k + 0.7) / loops
            x3 = cx + sw * (k + 1) / loops
            up = h * rng.uniform(0.6, 1.0)
            p.curveTo(x1, y + up, x2 - sw * 0.08, y + h * rng.uniform(-0.1, 0.2), x3, y + h * rng.uniform(0.2, 0.6))
        c.drawPath(p, fill=0, stroke=1)
        cx += sw * 0.95
        if s == 0 and rng.random() < 0.6:
            c.circle(cx - sw * 0.3, y + h * 0.95, 0.9, fill=1, stroke=0)  # dot over an i
    c.setLineWidth(1.0)
    p = c.beginPath()
    p.moveTo(x - 4, y + h * 0.05)
    ang = rng.uniform(-0.08, 0.05)
    p.curveTo(x + w * 0.3, y - h * 0.2, x + w * 0.7, y + h * 0.1, x + w * 1.05, y + math.tan(ang) * w)
    c.drawPath(p, fill=0, stroke=1)
    c.restoreState()


class CharBoxes(Flowable):
    """A form field printed one character per box (NI numbers and dates on Origo-style forms)."""

    def __init__(self, label: str, chars: str, font: str = "Helvetica", box: float = 13, gaps: tuple = ()):
        super().__init__()
        self.label, self.chars, self.font, self.box, self.gaps = label, chars, font, box, gaps
        self.height = box + 4
        self.width = 120 + len(chars) * box + len(gaps) * 6

    def draw(self) -> None:
        """Draw the label and one box per character."""
        c = self.canv
        c.setFont(self.font, 8.5)
        c.drawString(0, 4, self.label)
        x = 120
        for i, ch in enumerate(self.chars):
            if i in self.gaps:
                x += 6
            c.setLineWidth(0.5)
            c.rect(x, 0, self.box, self.box, fill=0, stroke=1)
            c.setFont("Courier-Bold", 10)
            c.drawCentredString(x + self.box / 2, 3, ch)
            x += self.box
