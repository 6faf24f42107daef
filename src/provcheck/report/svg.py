"""Small inline SVG charts drawn in Python, so the HTML report needs no script and no network.

Each function returns one `<svg>` element as text; every label is escaped. Charts are sized
in user units with a `viewBox`, so they scale with the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = ("#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2")
STATUS_COLOURS = {"clean": "#16a34a", "needs_review": "#d97706", "rejected": "#dc2626", "failed": "#6b7280"}


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
        + "".join(body)
        + "</svg>"
    )


def hbar_chart(
    items: Sequence[tuple[str, float, str]],
    title: str,
    max_value: float | None = None,
    colour: str = PALETTE[0],
    text_width: int = 130,
) -> str:
    """Horizontal bars, one per item.

    Args:
        items: `(label, value, text shown after the bar)`.
        title: the chart's accessible title.
        max_value: the value of a full-width bar (the largest value when not given).
        colour: the bars' fill.
        text_width: room for the text after each bar.

    Returns:
        The `<svg>` element.
    """
    label_w, bar_w, text_w, row_h = 190, 300, text_width, 22
    width = label_w + bar_w + text_w
    height = max(row_h * len(items), row_h) + 4
    top = max_value if max_value else max((v for _, v, _ in items), default=0) or 1
    body = []
    if not items:
        body.append('<text x="4" y="16" class="muted">no data</text>')
    for i, (label, value, text) in enumerate(items):
        y = i * row_h + 2
        w = max(0.0, min(1.0, value / top)) * bar_w
        body.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(label[:30])}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row_h - 6}" class="track"/>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{colour}"/>'
            f'<text x="{label_w + bar_w + 6}" y="{y + 15}">{escape(text)}</text>'
        )
    return _svg(width, height, title, body)


def stacked_bar(parts: Sequence[tuple[str, int]], title: str, colours: dict[str, str] | None = None) -> str:
    """One bar split into parts (e.g. documents by status), with a legend beneath.

    Args:
        parts: `(name, count)` in drawing order.
        title: the chart's accessible title.
        colours: fill per name; the palette in turn when absent.

    Returns:
        The `<svg>` element.
    """
    width, bar_h = 600, 28
    total = sum(n for _, n in parts)
    body, x = [], 0.0
    for i, (name, n) in enumerate(parts):
        fill = (colours or {}).get(name, PALETTE[i % len(PALETTE)])
        w = (n / total * width) if total else 0.0
        if w > 0:
            body.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{bar_h}" fill="{fill}"/>')
        x += w
        lx = 4 + i * 150
        body.append(
            f'<rect x="{lx}" y="{bar_h + 10}" width="12" height="12" fill="{fill}"/>'
            f'<text x="{lx + 18}" y="{bar_h + 21}">{escape(name)}: {n}</text>'
        )
    if not total:
        body.insert(0, f'<rect x="0" y="0" width="{width}" height="{bar_h}" class="track"/>')
    return _svg(width, bar_h + 30, title, body)


def line_chart(
    x_labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    title: str,
    y_max: float | None = None,
    y_format: str = "{:.0f}",
) -> str:
    """Lines over a shared x axis (weeks); a None value breaks its line.

    Args:
        x_labels: one label per x position.
        series: `(name, values)`, each values as long as `x_labels`.
        title: the chart's accessible title.
        y_max: the top of the y axis (the largest value when not given).
        y_format: how the axis labels print a value (e.g. `"{:.0%}"` for rates).

    Returns:
        The `<svg>` element.
    """
    left, right, top_pad, bottom, plot_w, plot_h = 50, 30, 10, 46, 520, 160
    width, height = left + plot_w + right, top_pad + plot_h + bottom
    values = [v for _, vs in series for v in vs if v is not None]
    top = y_max if y_max else (max(values, default=0) or 1)
    n = len(x_labels)

    def x_at(i: int) -> float:
        return left + (plot_w / 2 if n == 1 else i * plot_w / (n - 1))

    def y_at(v: float) -> float:
        return top_pad + plot_h - (v / top) * plot_h

    body = []
    for frac in (0, 0.5, 1):
        y = y_at(top * frac)
        body.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{escape(y_format.format(top * frac))}</text>"
        )
    step = max(1, -(-n // 8))  # at most ~8 x labels, so they do not overlap
    for i in range(0, n, step):
        body.append(
            f'<text x="{x_at(i):.1f}" y="{top_pad + plot_h + 16}" text-anchor="middle">'
            f"{escape(x_labels[i])}</text>"
        )
    for s, (name, vs) in enumerate(series):
        colour = PALETTE[s % len(PALETTE)]
        runs, run = [], []
        for i, v in enumerate(vs):
            if v is None:
                runs, run = (runs + [run] if run else runs), []
            else:
                run.append(f"{x_at(i):.1f},{y_at(v):.1f}")
        runs += [run] if run else []
        for r in runs:
            body.append(f'<polyline points="{" ".join(r)}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for i, v in enumerate(vs):
            if v is not None:
                body.append(f'<circle cx="{x_at(i):.1f}" cy="{y_at(v):.1f}" r="3" fill="{colour}"/>')
        lx = left + s * 180
        body.append(
            f'<rect x="{lx}" y="{height - 14}" width="12" height="4" fill="{colour}"/>'
            f'<text x="{lx + 18}" y="{height - 8}">{escape(name)}</text>'
        )
    return _svg(width, height, title, body)
