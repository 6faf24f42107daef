"""Reports in a terminal: rich tables on a Console the caller owns.

`print_summary` takes a `BatchReport` (or any report's JSON) so `provcheck check` can print the
batch's figures after its results; `print_report` prints the whole report, ledger metrics included.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.table import Table

from provcheck.report.cuts import STATUSES
from provcheck.report.figures import moment_text, percent
from provcheck.report.html import DIMENSION_TITLES, days

STATUS_STYLES = {"clean": "green", "needs_review": "yellow", "rejected": "red", "failed": "bright_black"}
# Piped into a file, a pager or an e-mail, no line is cut: rich would otherwise assume 80 columns and
# squeeze the tables until provider names end in "…".
PIPED_WIDTH = 4000


def report_console(stderr: bool = False) -> Console:
    """A Console for a report: the terminal's width on a terminal; when piped, wide enough for every name.

    An explicit COLUMNS in the environment wins, as it does for any program.
    """
    console = Console(stderr=stderr)
    if console.is_terminal or "COLUMNS" in os.environ:
        return console
    return Console(stderr=stderr, width=PIPED_WIDTH)


def _data(report: Any) -> Mapping[str, Any]:
    return report.to_json() if hasattr(report, "to_json") else report


def _headline(total: Mapping[str, Any]) -> Table:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold", overflow="fold")
    table.add_column(overflow="fold")
    table.add_row("Documents", str(total["documents"]))
    statuses = "  ".join(
        f"[{STATUS_STYLES[s]}]{total['by_status'][s]} {s}[/]" for s in STATUSES if total["by_status"][s]
    )
    table.add_row("By status", statuses or "—")
    for label, name in (
        ("First time right", "first_time_right_rate"),
        ("Error rate", "error_rate"),
        ("Missing data", "missing_rate"),
        ("Rework rate", "rework_rate"),
    ):
        if name in total:
            rate = total[name]
            table.add_row(label, f"{percent(rate['value'])} ({rate['numerator']} of {rate['denominator']})")
    kinds = ", ".join(f"{n} {k}" for k, n in total["duplicates"]["by_kind"].items() if n)
    table.add_row(
        "Duplicates", f"{total['duplicates']['documents']} documents" + (f" ({kinds})" if kinds else "")
    )
    if "turnaround_days" in total:
        t = total["turnaround_days"]
        table.add_row(
            "Turnaround", f"median {days(t['median'])}, p90 {days(t['p90'])} ({t['documents']} documents)"
        )
        b = total["backlog"]
        ages = ", ".join(f"{b[f'older_than_{n}_days']} > {n} d" for n in (2, 7, 21))
        table.add_row(
            "Backlog",
            f"{b['documents']} waiting; median {days(b['age_days']['median'])}, "
            f"oldest {days(b['age_days']['oldest'])}"
            f" ({ages}); in review/ median {days(b['in_review_days']['median'])}",
        )
    if "review" in total:
        r = total["review"]
        table.add_row(
            "Review",
            f"{r['corrected']} documents corrected ({r['corrections']} values), {r['approved']} approved, "
            f"{r['rejected']} rejected",
        )
    return table


def _corrections(data: Mapping[str, Any], limit: int = 8) -> list[Table]:
    """Corrections by field and by provider (where the machine is weakest), when people made any."""
    total = data["cuts"]["all"][""].get("review") or {}
    if not total.get("corrections"):
        return []
    tables = []
    providers = {k: c["review"]["corrections"] for k, c in data["cuts"].get("provider", {}).items() if "review" in c}
    for title, counts in (
        ("Corrections by field", total["corrections_by_field"]),
        ("Corrections by provider", {k: n for k, n in providers.items() if n}),
    ):
        table = Table(title=title, title_justify="left")
        table.add_column(title.split()[-1], overflow="fold")
        table.add_column("corrections", justify="right")
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
            table.add_row(name or "—", str(n))
        tables.append(table)
    return tables


def _missing(total: Mapping[str, Any], limit: int = 8) -> Table | None:
    rates = [(f, r) for f, r in total["missing_by_field"].items() if r["numerator"]]
    if not rates:
        return None
    table = Table(title="Missing data by field", title_justify="left")
    table.add_column("field", overflow="fold")
    table.add_column("missing", justify="right", overflow="fold")
    for name, rate in sorted(rates, key=lambda fr: (-(fr[1]["value"] or 0), fr[0]))[:limit]:
        table.add_row(name, f"{percent(rate['value'])} ({rate['numerator']} of {rate['denominator']})")
    return table


def _issues(total: Mapping[str, Any], limit: int = 8) -> Table | None:
    issues = total.get("issues_by_rule") or {}
    if not issues:
        return None
    table = Table(title="Issues by rule", title_justify="left")
    for name in ("rule", "documents", "errors", "warnings"):
        table.add_column(name, justify="left" if name == "rule" else "right", overflow="fold")
    for rule, counts in list(issues.items())[:limit]:
        table.add_row(rule, str(counts["documents"]), str(counts["error"]), str(counts["warning"]))
    return table


def _cuts(dimension: str, cuts: Mapping[str, Mapping[str, Any]]) -> Table:
    table = Table(title=DIMENSION_TITLES.get(dimension, dimension), title_justify="left")
    ledger = any("rework_rate" in c for c in cuts.values())
    columns = ["", "docs", "first time right", "errors", "missing", "duplicates"]
    columns += ["rework", "turnaround", "backlog"] if ledger else []
    for i, name in enumerate(columns):
        table.add_column(name, justify="left" if i == 0 else "right", overflow="fold")
    for key, c in cuts.items():
        row = [key or "—", str(c["documents"])]
        row += [percent(c[m]["value"]) for m in ("first_time_right_rate", "error_rate", "missing_rate")]
        row.append(str(c["duplicates"]["documents"]))
        if ledger:
            row += [
                percent(c["rework_rate"]["value"]),
                days(c["turnaround_days"]["median"]),
                str(c["backlog"]["documents"]),
            ]
        table.add_row(*row)
    return table


def print_summary(console: Console, report: Any) -> None:
    """Print a report's headline figures, the commonest missing fields and issues.

    Args:
        console: where to print (e.g. `Console(stderr=True)` beside `--json` on stdout).
        report: a `BatchReport` or any report's JSON.
    """
    data = _data(report)
    total = data["cuts"]["all"][""]
    console.print(f"[bold]{data.get('title', 'provcheck report')}[/]")
    if data.get("period"):
        since, until = (moment_text(data["period"][k]) for k in ("since", "until"))
        console.print(f"Documents that arrived from {since} up to (not including) {until}")
    console.print(_headline(total))
    for table in (_missing(total), _issues(total), *_corrections(data)):
        if table is not None:
            console.print(table)


def print_report(console: Console, report: Any) -> None:
    """Print the summary, then the figures per provider, per doc type and per week.

    Args:
        console: where to print.
        report: a `BatchReport` or any report's JSON.
    """
    data = _data(report)
    print_summary(console, data)
    for dimension in ("provider", "doc_type", "week"):
        cuts = data["cuts"].get(dimension)
        if cuts:
            console.print(_cuts(dimension, cuts))
