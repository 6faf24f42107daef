"""Drawing helpers for heldout6: a page flow over a reportlab canvas (text, wrapped prose, label pairs, tables).

Written for this set only; it shares no code with the project's own sample drawing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

W, H = A4


@dataclass
class Col:
    """A table column: header (may hold '\\n'), width in points, alignment (l, r, c)."""

    head: str
    width: float
    align: str = "l"


@dataclass
class Flow:
    """Top-down page flow: `y` is the baseline of the next line, measured from the page bottom."""

    path: Path
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    size: float = 9.5
    left: float = 56.0
    right: float = W - 56.0
    top: float = H - 60.0
    bottom: float = 70.0
    header: Callable[[Flow], None] | None = None
    footer: Callable[[Flow], None] | None = None
    page: int = 1
    y: float = 0.0
    c: canvas.Canvas = field(init=False)

    def __post_init__(self) -> None:
        self.c = canvas.Canvas(str(self.path), pagesize=A4, invariant=1, pageCompression=1)
        self.y = self.top
        if self.header:
            self.header(self)

    # ---- pages
    def new_page(self) -> None:
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.header:
            self.header(self)

    def need(self, height: float) -> bool:
        """Start a new page when `height` points do not fit; True when a page was started."""
        if self.y - height < self.bottom:
            self.new_page()
            return True
        return False

    def save(self) -> None:
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.c.save()

    # ---- text
    def put(self, x: float, y: float, s: str, font: str | None = None, size: float | None = None, align: str = "l"):
        c = self.c
        c.setFont(font or self.font, size or self.size)
        if align == "r":
            c.drawRightString(x, y, s)
        elif align == "c":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)

    def line(self, s: str, x: float | None = None, font: str | None = None, size: float | None = None,
             gap: float | None = None, align: str = "l") -> None:
        size = size or self.size
        self.need(size * 1.4)
        self.put(self.left if x is None else x, self.y, s, font, size, align)
        self.y -= gap if gap is not None else size * 1.45

    def space(self, pts: float) -> None:
        self.y -= pts

    def para(self, s: str, width: float | None = None, x: float | None = None, font: str | None = None,
             size: float | None = None, after: float = 4.0) -> None:
        size = size or self.size
        x = self.left if x is None else x
        width = width or (self.right - x)
        for ln in simpleSplit(s, font or self.font, size, width):
            self.line(ln, x=x, font=font, size=size)
        self.y -= after

    def heading(self, s: str, size: float = 12.0, rule: bool = False, shade: tuple | None = None) -> None:
        self.need(size * 3)
        self.y -= size * 0.4
        if shade:
            self.c.setFillColorRGB(*shade)
            self.c.rect(self.left - 4, self.y - size * 0.35, self.right - self.left + 8, size * 1.45, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
        self.put(self.left, self.y, s, self.bold, size)
        if rule:
            self.c.setLineWidth(0.6)
            self.c.line(self.left, self.y - 4, self.right, self.y - 4)
        self.y -= size * 1.7

    def pairs(self, items: list[tuple[str, str]], x_label: float | None = None, x_value: float | None = None,
              label_font: str | None = None, size: float | None = None, label_align: str = "l",
              leading: float | None = None) -> None:
        """Label/value lines; label_align 'r' puts labels flush right against the value column."""
        size = size or self.size
        x_label = self.left if x_label is None else x_label
        x_value = x_label + 150 if x_value is None else x_value
        for label, value in items:
            self.need(size * 1.5)
            if label_align == "r":
                self.put(x_value - 10, self.y, label, label_font or self.font, size, "r")
            else:
                self.put(x_label, self.y, label, label_font or self.font, size)
            self.put(x_value, self.y, value, None, size)
            self.y -= leading or size * 1.6

    def boxed_pairs(self, items: list[tuple[str, str]], label_w: float = 180, size: float | None = None,
                    shade: tuple = (0.92, 0.92, 0.92)) -> None:
        """A two-column grid: shaded label cell, value cell, ruled."""
        size = size or self.size
        row_h = size * 2.0
        c = self.c
        for label, value in items:
            self.need(row_h + 2)
            top = self.y + size * 1.2
            c.setFillColorRGB(*shade)
            c.rect(self.left, top - row_h, label_w, row_h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setLineWidth(0.4)
            c.rect(self.left, top - row_h, self.right - self.left, row_h, stroke=1, fill=0)
            c.line(self.left + label_w, top - row_h, self.left + label_w, top)
            self.put(self.left + 5, top - row_h + size * 0.65, label, self.bold, size)
            self.put(self.left + label_w + 6, top - row_h + size * 0.65, value, None, size)
            self.y -= row_h

    # ---- tables
    def table(self, cols: list[Col], rows: list[tuple[str, list[str]]], size: float | None = None,
              continued: str | None = None, ruled: bool = True, shade_head: bool = True,
              zebra: bool = False, x: float | None = None) -> None:
        """Rows are ('row'|'group'|'sub'|'total', cells); long first cells wrap; the header repeats over pages."""
        size = size or self.size - 0.5
        x0 = self.left if x is None else x
        lead = size * 1.35
        c = self.c

        def head() -> None:
            lines = max(len(col.head.split("\n")) for col in cols)
            hh = lines * lead + 4
            self.need(hh + lead * 2)
            top = self.y + size
            if shade_head:
                c.setFillColorRGB(0.85, 0.88, 0.93)
                c.rect(x0, top - hh, sum(col.width for col in cols), hh, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            cx = x0
            for col in cols:
                for i, part in enumerate(col.head.split("\n")):
                    self._cell(cx, top - 2 - size - i * lead, col, part, self.bold, size)
                cx += col.width
            self.y = top - hh - size - 1
            if ruled:
                c.setLineWidth(0.5)
                c.line(x0, top - hh, x0 + sum(col.width for col in cols), top - hh)

        head()
        for n, (kind, cells) in enumerate(rows):
            first = [seg for part in cells[0].split("\n")
                     for seg in simpleSplit(part, self.font, size, cols[0].width - 6)] if cells else [""]
            height = lead * max(1, len(first)) + 2
            if self.y - height < self.bottom:
                self.new_page()
                if continued:
                    self.line(continued, font=self.bold, size=size + 1.5)
                    self.space(3)
                head()
            font = self.bold if kind in ("group", "sub", "total") else self.font
            if zebra and kind == "row" and n % 2:
                c.setFillColorRGB(0.95, 0.95, 0.95)
                c.rect(x0, self.y - height + size, sum(col.width for col in cols), height, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            if kind in ("sub", "total") and ruled:
                c.setLineWidth(0.4)
                c.line(x0, self.y + size + 1, x0 + sum(col.width for col in cols), self.y + size + 1)
            if kind == "group":
                self.put(x0 + 3, self.y, cells[0], self.bold, size)
            else:
                cx = x0
                for i, (col, val) in enumerate(zip(cols, cells, strict=False)):
                    if i == 0 and len(first) > 1:
                        for j, part in enumerate(first):
                            self._cell(cx, self.y - j * lead, col, part, font, size)
                    else:
                        self._cell(cx, self.y, col, val, font, size)
                    cx += col.width
            self.y -= height
        self.y -= 6

    def _cell(self, cx: float, y: float, col: Col, s: str, font: str, size: float) -> None:
        if col.align == "r":
            self.put(cx + col.width - 3, y, s, font, size, "r")
        elif col.align == "c":
            self.put(cx + col.width / 2, y, s, font, size, "c")
        else:
            self.put(cx + 3, y, s, font, size)
