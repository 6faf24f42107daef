"""The HTML report: one self-contained page (inline CSS, inline SVG charts, no script, no fetch).

`render_html` takes a report's JSON — a batch (`kind: batch`) or the ledger's metrics over a period
(`kind: metrics`) — and returns the page. It opens offline from a file or an e-mail attachment:
nothing on it refers to any other resource. Every text from the data is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from html import escape
from importlib import resources
from typing import Any

from provcheck.report import svg
from provcheck.report.cuts import DUPLICATE_KINDS, STATUSES
from provcheck.report.figures import moment_text, percent

DIMENSION_TITLES = {"provider": "By provider", "doc_type": "By document type", "week": "By week of arrival"}


def _css() -> str:
    return resources.files("provcheck.report").joinpath("assets/report.css").read_text(encoding="utf-8")


def days(value: float | None) -> str:
    """A duration in days for people: hours under a day, an em dash when unknown."""
    if value is None:
        return "—"
    return f"{value * 24:.1f} h" if value < 1 else f"{value:.1f} d"


def _tile(label: str, value: str, note: str = "") -> str:
    note_html = f'<div class="note">{escape(note)}</div>' if note else ""
    head = f'<div class="label">{escape(label)}</div><div class="value">{escape(value)}</div>'
    return f'<div class="tile">{head}{note_html}</div>'


def _rate_note(rate: Mapping[str, Any]) -> str:
    return f"{rate['numerator']} of {rate['denominator']}"


def _tiles(total: Mapping[str, Any]) -> str:
    tiles = [
        _tile("Documents", str(total["documents"])),
        _tile(
            "First time right",
            percent(total["first_time_right_rate"]["value"]),
            _rate_note(total["first_time_right_rate"]),
        ),
        _tile("Error rate", percent(total["error_rate"]["value"]), _rate_note(total["error_rate"])),
        _tile(
            "Missing data",
            percent(total["missing_rate"]["value"]),
            _rate_note(total["missing_rate"]) + " with a gap",
        ),
        _tile("Duplicates", str(total["duplicates"]["documents"]), "documents repeating another"),
    ]
    if "rework_rate" in total:
        turnaround = total["turnaround_days"]
        backlog = total["backlog"]
        tiles += [
            _tile("Rework rate", percent(total["rework_rate"]["value"]), _rate_note(total["rework_rate"])),
            _tile("Turnaround (median)", days(turnaround["median"]), f"p90 {days(turnaround['p90'])}"),
            _tile("Backlog", str(backlog["documents"]), f"oldest {days(backlog['age_days']['oldest'])}"),
        ]
    return '<div class="tiles">' + "".join(tiles) + "</div>"


def _section(title: str, body: str) -> str:
    return f"<section><h2>{escape(title)}</h2>{body}</section>"


def _rate_bars(rates: Mapping[str, Mapping[str, Any]], title: str) -> str:
    items = [
        (name, r["value"], f"{percent(r['value'])} ({_rate_note(r)})")
        for name, r in sorted(rates.items(), key=lambda kv: (-(kv[1]["value"] or 0), kv[0]))
        if r["value"] is not None
    ]
    return svg.hbar_chart(items, title, max_value=1.0, colour=svg.PALETTE[3])


def _issues(issues: Mapping[str, Mapping[str, int]]) -> str:
    items = [
        (
            rule,
            counts["documents"],
            f"{counts['documents']} docs · {counts['error']} err · {counts['warning']} warn",
        )
        for rule, counts in issues.items()
    ]
    return svg.hbar_chart(items, "Issues by rule (documents)", colour=svg.PALETTE[1], text_width=260)


def _cut_table(dimension: str, cuts: Mapping[str, Mapping[str, Any]]) -> str:
    ledger = any("rework_rate" in c for c in cuts.values())
    head = ["", "Documents", *STATUSES, "First time right", "Error rate", "Missing data", "Duplicates"]
    if ledger:
        head += ["Rework", "Turnaround median", "Turnaround p90", "Backlog"]
    rows = []
    for key, c in cuts.items():
        cells = [key or "—", c["documents"], *(c["by_status"][s] for s in STATUSES)]
        cells += [percent(c[m]["value"]) for m in ("first_time_right_rate", "error_rate", "missing_rate")]
        cells.append(c["duplicates"]["documents"])
        if ledger:
            cells += [percent(c["rework_rate"]["value"]), days(c["turnaround_days"]["median"])]
            cells += [days(c["turnaround_days"]["p90"]), c["backlog"]["documents"]]
        rows.append("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in cells) + "</tr>")
    header = "<tr>" + "".join(f"<th>{escape(h.replace('_', ' '))}</th>" for h in head) + "</tr>"
    body = f"<thead>{header}</thead><tbody>{''.join(rows)}</tbody>"
    table = f'<div class="scroll"><table class="cuts">{body}</table></div>'
    return _section(
        DIMENSION_TITLES.get(dimension, dimension), table if rows else '<p class="muted">No data.</p>'
    )


def _backlog(backlog: Mapping[str, Any]) -> str:
    age, review = backlog["age_days"], backlog["in_review_days"]
    items = [
        (f"older than {n} days", backlog[f"older_than_{n}_days"], str(backlog[f"older_than_{n}_days"]))
        for n in (2, 7, 21)
    ]
    text = (
        f"<p>{backlog['documents']} documents wait for review. Waiting since arrival: "
        f"median {days(age['median'])}, oldest {days(age['oldest'])}. "
        f"In review/: median {days(review['median'])}, longest {days(review['oldest'])}.</p>"
    )
    return _section(
        "Backlog", text + svg.hbar_chart(items, "Backlog by age", max_value=max(backlog["documents"], 1))
    )


def _week_label(key: str) -> str:
    # Short labels keep eight weeks on one axis; the table below gives each week's full date.
    return dt.date.fromisoformat(key).strftime("%d %b").lstrip("0")


def _trends(weeks: Mapping[str, Mapping[str, Any]]) -> str:
    labels = [_week_label(key) for key in weeks]
    charts = [
        svg.line_chart(
            labels, [("documents", [w["documents"] for w in weeks.values()])], "Documents per week"
        ),
        svg.line_chart(
            labels,
            [
                (name.replace("_", " "), [w[name]["value"] for w in weeks.values()])
                for name in ("first_time_right_rate", "error_rate", "rework_rate")
            ],
            "Rates per week",
            y_max=1.0,
            y_format="{:.0%}",
        ),
        svg.line_chart(
            labels,
            [
                ("median", [w["turnaround_days"]["median"] for w in weeks.values()]),
                ("p90", [w["turnaround_days"]["p90"] for w in weeks.values()]),
            ],
            "Turnaround per week (days)",
            y_format="{:.1f}",
        ),
        svg.line_chart(
            labels,
            [("backlog at week end", [w["backlog"]["documents"] for w in weeks.values()])],
            "Backlog at the end of each week",
        ),
    ]
    figures = "".join(_figure(chart) for chart in charts)
    return _section("Trends per week", f'<div class="charts">{figures}</div>')


def _figure(chart: str) -> str:
    # The chart's own <title> is for screen readers; the caption shows it to everyone.
    caption = chart[chart.index("<title>") + 7 : chart.index("</title>")]
    return f"<figure><figcaption>{caption}</figcaption>{chart}</figure>"


def _documents(documents: list[Mapping[str, Any]]) -> str:
    """Every document of the batch, with the reason a person should look and its id in the ledger."""
    head = ["File", "Status", "Type", "Provider", "Reason", "Ledger id"]
    rows = []
    for d in documents:
        ledger_id = d.get("ledger_document_id")
        cells = [d["file"], d["status"], d["doc_type"], d["provider"], d["reason"] or "—"]
        cells.append("—" if ledger_id is None else str(ledger_id))
        tds = "".join(f"<td>{escape(str(v))}</td>" for v in cells)
        rows.append(f'<tr class="status-{escape(d["status"])}">{tds}</tr>')
    header = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    body = f"<thead>{header}</thead><tbody>{''.join(rows)}</tbody>"
    table = f'<div class="scroll"><table class="documents">{body}</table></div>'
    note = ""
    if any(d.get("ledger_document_id") is not None for d in documents):
        note = (
            '<p class="muted">Open a document by its ledger id in the review desk: '
            "run <code>provcheck review</code>.</p>"
        )
    return _section("Documents", note + (table if rows else '<p class="muted">No documents.</p>'))


def _corrections(data: Mapping[str, Any]) -> str:
    """Review: documents corrected, approved and rejected, and the corrections by field and by provider."""
    review = data["cuts"]["all"][""]["review"]
    providers = {k: c["review"]["corrections"] for k, c in data["cuts"].get("provider", {}).items() if "review" in c}
    text = (
        f"<p>{review['corrected']} documents corrected by a person ({review['corrections']} values), "
        f"{review['approved']} approved, {review['rejected']} rejected.</p>"
    )
    charts = ""
    for title, counts in (
        ("Corrections by field", review["corrections_by_field"]),
        ("Corrections by provider", {k: n for k, n in providers.items() if n}),
    ):
        items = [(k, n, str(n)) for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        if items:
            charts += svg.hbar_chart(items, title, colour=svg.PALETTE[2])
    return _section("Review", text + charts)


def render_html(data: Mapping[str, Any]) -> str:
    """The report as a self-contained HTML page.

    Args:
        data: a report's JSON (`BatchReport.to_json()` or the ledger metrics).

    Returns:
        The whole page.
    """
    cuts = data["cuts"]
    total = cuts["all"][""]
    subtitle = ""
    if data.get("period"):
        period = data["period"]
        since, until = moment_text(period["since"]), moment_text(period["until"])
        subtitle = f"Documents that arrived from {since} up to (not including) {until}."
    parts = [_tiles(total)]
    status_parts = [(s, total["by_status"][s]) for s in STATUSES]
    parts.append(
        _section(
            "Documents by status", svg.stacked_bar(status_parts, "Documents by status", svg.STATUS_COLOURS)
        )
    )
    if cuts.get("week") and "rework_rate" in total:
        parts.append(_trends(cuts["week"]))
    if "backlog" in total:
        parts.append(_backlog(total["backlog"]))
    if "review" in total:
        parts.append(_corrections(data))
    parts.append(
        _section("Missing data by field", _rate_bars(total["missing_by_field"], "Missing-data rate by field"))
    )
    if "issues_by_rule" in total:
        parts.append(_section("Issues by rule", _issues(total["issues_by_rule"])))
    dup_items = [
        (k, total["duplicates"]["by_kind"][k], str(total["duplicates"]["by_kind"][k]))
        for k in DUPLICATE_KINDS
    ]
    parts.append(
        _section("Duplicates by kind", svg.hbar_chart(dup_items, "Duplicates by kind", colour=svg.PALETTE[4]))
    )
    for dimension in ("provider", "doc_type", "week"):
        if dimension in cuts:
            parts.append(_cut_table(dimension, cuts[dimension]))
    if "documents" in data:
        parts.append(_documents(data["documents"]))
    if data.get("skipped"):  # files a watched inbox holds that are not inputs, left in place (spec "More decisions")
        items = "".join(f"<li>{escape(str(line))}</li>" for line in data["skipped"])
        parts.append(_section("Skipped: left in place, not checked", f"<ul>{items}</ul>"))
    title = escape(data.get("title", "provcheck report"))
    sub = f'<p class="muted">{escape(subtitle)}</p>' if subtitle else ""
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
        f"<style>{_css()}</style></head><body><main><h1>{title}</h1>{sub}{''.join(parts)}</main></body></html>\n"
    )
