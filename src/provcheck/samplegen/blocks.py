"""Reusable page blocks: key/value groups in five arrangements, address blocks, signatures, tables.

A key/value item is `(label, lines)`; every arrangement prints the label and the value lines
verbatim, so what the truth says is what the page shows.
"""

from __future__ import annotations

import random

from reportlab.lib.utils import simpleSplit

from provcheck.samplegen.page import GREY, Colour, Doc

Item = tuple[str, list[str]]
INK: Colour = (0.05, 0.1, 0.45)


def kv_left(
    doc: Doc,
    items: list[Item],
    x: float | None = None,
    label_w: float = 150,
    colon: bool = True,
    leading: float | None = None,
    bold_labels: bool = False,
    width: float | None = None,
    ruled: bool = False,
) -> None:
    """Label then value on the same line, values tab-aligned at `x + label_w`, wrapped within `width`."""
    x = doc.left if x is None else x
    leading = leading or doc.size * 1.6
    label_font = doc.bold if bold_labels else doc.font
    widest = max((doc.width_of(label + ":", label_font) for label, _ in items), default=0)
    label_w = max(label_w, widest + 10)  # a long label pushes the value column right rather than overlap it
    width = (doc.right - x) if width is None else width
    for label, lines in items:
        lines = fit(doc, lines, width - label_w)
        doc.ensure(leading * max(1, len(lines)))
        doc.y += leading
        doc.text(x, doc.y, label + (":" if colon else ""), label_font)
        for i, line in enumerate(lines):
            if i:
                doc.y += doc.size * 1.25
            doc.text(x + label_w, doc.y, line)
        if ruled:  # a light rule under each row, as in a "plan summary" panel
            doc.line(x, doc.y + doc.size * 0.55, x + width, doc.y + doc.size * 0.55, 0.3, GREY)


def kv_inline(doc: Doc, items: list[Item], x: float | None = None, sep: str = ": ") -> None:
    """Label and value run together on one line (`Plan number: AL12345678`), no tab alignment."""
    x = doc.left if x is None else x
    for label, lines in items:
        doc.ensure(doc.size * 1.5)
        doc.y += doc.size * 1.5
        doc.text(x, doc.y, f"{label}{sep}{', '.join(lines)}")


def kv_above(doc: Doc, items: list[Item], columns: int = 3, label_colour: Colour = GREY) -> None:
    """Small label, value on the line below, in a grid of `columns`."""
    col_w = (doc.right - doc.left) / columns
    items = [(label, fit(doc, lines, col_w - 8)) for label, lines in items]
    for start in range(0, len(items), columns):
        row = items[start : start + columns]
        rows = max(len(lines) for _, lines in row)
        height = doc.size * 1.1 + rows * doc.size * 1.3 + 8
        doc.ensure(height)
        top = doc.y
        for i, (label, lines) in enumerate(row):
            x = doc.left + i * col_w
            doc.text(x, top + doc.size, label, size=doc.size * 0.78, colour=label_colour)
            for j, line in enumerate(lines):
                doc.text(x, top + doc.size * 1.1 + (j + 1) * doc.size * 1.3, line)
        doc.y = top + height


def kv_boxed(
    doc: Doc, items: list[Item], columns: int = 2, label_inside: bool = True, stroke: Colour = (0.3, 0.3, 0.3)
) -> None:
    """Each value inside a drawn box; the label small inside the box's top or just above it."""
    gap = 8
    col_w = (doc.right - doc.left - gap * (columns - 1)) / columns
    items = [(label, fit(doc, lines, col_w - 10)) for label, lines in items]
    for start in range(0, len(items), columns):
        row = items[start : start + columns]
        lines_n = max(len(lines) for _, lines in row)
        box_h = (doc.size * 1.2 + 6 if label_inside else 4) + lines_n * doc.size * 1.3 + 4
        above = 0 if label_inside else doc.size * 1.2
        doc.ensure(box_h + above + gap)
        top = doc.y + above
        for i, (label, lines) in enumerate(row):
            x = doc.left + i * (col_w + gap)
            doc.rect(x, top, col_w, box_h, stroke=stroke)
            if label_inside:
                doc.text(
                    x + 4,
                    top + doc.size * 0.9,
                    label if any(c.isdigit() for c in label) else label.upper(),
                    size=doc.size * 0.7,
                    colour=GREY,
                )
                base = top + doc.size * 1.2 + 6
            else:
                doc.text(x, top - 3, label, size=doc.size * 0.85)
                base = top + 4
            for j, line in enumerate(lines):
                doc.text(x + 5, base + (j + 1) * doc.size * 1.3 - 2, line)
        doc.y = top + box_h + gap


def kv_boxed_left(doc: Doc, items: list[Item], shade: Colour = (0.9, 0.9, 0.9), label_w: float = 150) -> None:
    """A form grid: one row per item, the label in a shaded cell on the left, the value beside it."""
    widest = max((doc.width_of(label) for label, _ in items), default=0)
    label_w = max(label_w, widest + 12)
    width = doc.right - doc.left
    items = [(label, fit(doc, lines, width - label_w - 12)) for label, lines in items]
    for label, lines in items:
        row_h = len(lines) * doc.size * 1.3 + 8
        doc.ensure(row_h)
        top = doc.y
        doc.rect(doc.left, top, label_w, row_h, stroke=(0.4, 0.4, 0.4), fill=shade)
        doc.rect(doc.left + label_w, top, width - label_w, row_h, stroke=(0.4, 0.4, 0.4))
        doc.text(doc.left + 5, top + doc.size * 1.3, label, size=doc.size * 0.9)
        for j, line in enumerate(lines):
            doc.text(doc.left + label_w + 6, top + (j + 1) * doc.size * 1.3, line)
        doc.y = top + row_h


def kv_twocol(doc: Doc, left: list[Item], right: list[Item], colon: bool = True) -> None:
    """Two label-left blocks side by side, split at the left block's widest line so values do not wrap.

    When the two blocks cannot share a line even in a smaller type, they are stacked instead.
    """
    full = doc.right - doc.left

    def need(items: list[Item]) -> float:
        labels = max((doc.width_of(label + ":") for label, _ in items), default=0)
        values = max((doc.width_of(line) for _, lines in items for line in lines), default=0)
        return labels + values + 24

    size = doc.size
    while need(left) + need(right) > full and doc.size > size - 1.5:
        doc.size -= 0.5
    if need(left) + need(right) > full:
        doc.size = size
        kv_left(doc, left, colon=colon)
        kv_left(doc, right, colon=colon)
        return
    split = need(left)
    start = doc.y
    kv_left(doc, left, x=doc.left, label_w=40, colon=colon, width=split - 8)
    end_left, doc.y = doc.y, start
    kv_left(doc, right, x=doc.left + split + 8, label_w=40, colon=colon, width=full - split - 8)
    doc.y = max(doc.y, end_left)
    doc.size = size


def address_block(doc: Doc, lines: list[str], x: float | None = None, leading: float | None = None) -> None:
    """A postal address, one line each (as in an envelope window)."""
    x = doc.left if x is None else x
    for line in lines:
        doc.y += leading or doc.size * 1.3
        doc.text(x, doc.y, line)


def heading(doc: Doc, s: str, colour: Colour, size: float | None = None, rule: bool = False) -> None:
    """A section heading, optionally ruled beneath."""
    size = size or doc.size * 1.25
    doc.ensure(size * 3)
    doc.y += size * 1.9
    doc.text(doc.left, doc.y, s, doc.bold, size, colour)
    if rule:
        doc.line(doc.left, doc.y + 4, doc.right, doc.y + 4, 0.8, colour)
        doc.y += 4


def signature(doc: Doc, rng: random.Random, x: float, y: float, width: float) -> None:
    """An ink-like signature: a few random cubic bezier loops along the line ending at (x, y)."""
    segs: list[tuple[float, ...]] = []
    px, py = x + 4, y - 6
    steps = rng.randint(4, 7)
    for _ in range(steps):
        nx = px + rng.uniform(width * 0.08, width * 0.16)
        ny = y - rng.uniform(2, 14)
        segs.append(
            (
                px,
                py,
                px + rng.uniform(-6, 14),
                py - rng.uniform(6, 20),
                nx - rng.uniform(-6, 14),
                ny + rng.uniform(4, 16),
                nx,
                ny,
            )
        )
        px, py = nx, ny
    segs.append((x + 2, y - 3, x + width * 0.3, y - 1, x + width * 0.5, y - 5, px + 6, y - 2))
    doc.curves(segs, INK, width=rng.uniform(0.9, 1.5))


def fit(doc: Doc, lines: list[str], width: float) -> list[str]:
    """Value lines wrapped to `width` (a long line becomes several, as a form field would show it)."""
    out: list[str] = []
    width = max(width, 40)
    for line in lines:
        if " to " in line and doc.width_of(line) > width:  # a date range breaks after "to", never inside a date
            head, tail = line.split(" to ", 1)
            out.extend([*wrap(doc, head + " to", width), *wrap(doc, tail, width)])
        else:
            out.extend(wrap(doc, line, width))
    return out


def wrap(doc: Doc, s: str, width: float, size: float | None = None) -> list[str]:
    """`s` split into lines that fit `width`."""
    return simpleSplit(s, doc.font, size or doc.size, width) or [""]
