"""A small page writer over reportlab: top-down coordinates, a flowing cursor, deferred page furniture.

Drawing calls are recorded per page and replayed at `save`, so footers can say "Page 1 of 3".
The canvas is made with `invariant=1`, so the same calls give byte-identical PDFs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

Colour = tuple[float, float, float]
BLACK: Colour = (0, 0, 0)
GREY: Colour = (0.4, 0.4, 0.4)
Op = Callable[[Canvas, float], None]


class Doc:
    """Pages of recorded drawing operations with a cursor `y` measured from the top of the page."""

    def __init__(
        self,
        font: str,
        bold: str,
        size: float = 9.5,
        margin: float = 56.0,
        page_size: tuple[float, float] = A4,
    ) -> None:
        self.font, self.bold, self.size = font, bold, size
        self.width, self.height = page_size
        self.left, self.right = margin, page_size[0] - margin
        self.top, self.bottom = 50.0, page_size[1] - 70.0
        self.pages: list[list[Op]] = [[]]
        self.y = self.top
        # Called after a page break with the Doc, to draw a continuation header and move `y` below it.
        self.on_new_page: Callable[[Doc], None] | None = None
        self.furniture: Callable[[Doc, int, int], None] | None = None
        self._furniture_page = 0

    # -- primitives (top-down y) --
    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str | None = None,
        size: float | None = None,
        colour: Colour = BLACK,
        align: str = "left",
    ) -> float:
        """Draw one line of text with its baseline at `y`; return its width."""
        font, size = font or self.font, size or self.size
        w = stringWidth(s, font, size)
        if align == "right":
            x -= w
        elif align == "centre":
            x -= w / 2

        def op(c: Canvas, h: float) -> None:
            c.setFillColorRGB(*colour)
            c.setFont(font, size)
            c.drawString(x, h - y, s)

        self._add(op)
        return w

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6, colour: Colour = BLACK) -> None:
        """Draw a straight line."""

        def op(c: Canvas, h: float) -> None:
            c.setStrokeColorRGB(*colour)
            c.setLineWidth(width)
            c.line(x1, h - y1, x2, h - y2)

        self._add(op)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        hgt: float,
        stroke: Colour | None = BLACK,
        fill: Colour | None = None,
        width: float = 0.6,
    ) -> None:
        """Draw a rectangle whose top-left corner is (x, y)."""

        def op(c: Canvas, h: float) -> None:
            if fill is not None:
                c.setFillColorRGB(*fill)
            if stroke is not None:
                c.setStrokeColorRGB(*stroke)
                c.setLineWidth(width)
            c.rect(x, h - y - hgt, w, hgt, stroke=int(stroke is not None), fill=int(fill is not None))

        self._add(op)

    def curves(self, segments: list[tuple[float, ...]], colour: Colour, width: float = 1.1) -> None:
        """Draw cubic bezier segments (x1, y1, cx1, cy1, cx2, cy2, x2, y2), e.g. an ink signature."""

        def op(c: Canvas, h: float) -> None:
            c.setStrokeColorRGB(*colour)
            c.setLineWidth(width)
            c.setLineCap(1)
            for x1, y1, a, b, cc, d, x2, y2 in segments:
                c.bezier(x1, h - y1, a, h - b, cc, h - d, x2, h - y2)

        self._add(op)

    def width_of(self, s: str, font: str | None = None, size: float | None = None) -> float:
        """The printed width of `s`."""
        return stringWidth(s, font or self.font, size or self.size)

    # -- flow --
    def ensure(self, height: float) -> bool:
        """Start a new page when `height` does not fit below the cursor; return whether it did."""
        if self._furniture_page or self.y + height <= self.bottom:
            return False  # page furniture is drawn into the page margins, never across a page break
        self.pages.append([])
        self.y = self.top
        if self.on_new_page is not None:
            self.on_new_page(self)
        return True

    def para(
        self,
        s: str,
        x: float | None = None,
        width: float | None = None,
        font: str | None = None,
        size: float | None = None,
        leading: float | None = None,
        colour: Colour = BLACK,
    ) -> None:
        """A wrapped paragraph at the cursor; the cursor moves below it."""
        x = self.left if x is None else x
        width = (self.right - x) if width is None else width
        font, size = font or self.font, size or self.size
        leading = leading or size * 1.35
        for line in simpleSplit(s, font, size, width):
            self.ensure(leading)
            self.y += leading
            self.text(x, self.y, line, font, size, colour)

    def gap(self, h: float) -> None:
        """Move the cursor down."""
        self.y += h

    def save(self, path: Path) -> Path:
        """Write the PDF (reproducibly: invariant canvas, fixed metadata)."""
        c = Canvas(str(path), pagesize=(self.width, self.height), invariant=1, pageCompression=1)
        c.setCreator("provcheck samplegen")
        c.setAuthor("")
        n = len(self.pages)
        for i, ops in enumerate(self.pages, start=1):
            for op in ops:
                op(c, self.height)
            if self.furniture is not None:
                self._furniture_page = i
                extra: list[Op] = []
                saved, self.pages = self.pages, [extra]
                try:
                    self.furniture(self, i, n)
                finally:
                    self.pages, self._furniture_page = saved, 0
                for op in extra:
                    op(c, self.height)
            c.showPage()
        c.save()
        return path

    def _add(self, op: Op) -> None:
        self.pages[-1].append(op)
