"""`provcheck report`: the ledger's back-office metrics over a period (spec/metrics.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from provcheck.cli.options import KnowledgeOption
from provcheck.errors import ExitCode, UsageError

FORMATS = ("terminal", "json", "csv", "html")


def report_command(
    since: Annotated[
        str | None,
        typer.Option("--since", help="Start: 7d, 12h, 4w back from --until, or a date. Default: all."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", help="End, not included (YYYY-MM-DD or date-time, UTC). Default: now."),
    ] = None,
    ledger: Annotated[
        Path | None,
        typer.Option("--ledger", help="The ledger file (default: PROVCHECK_LEDGER, then user data)."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="terminal, json, csv or html.")] = "terminal",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Write report.<format> here (terminal: all three files) instead of stdout."
        ),
    ] = None,
    rules: Annotated[
        Path | None,
        typer.Option("--rules", help="Your rule pack: its required fields set the missing-data rates."),
    ] = None,
    knowledge: KnowledgeOption = None,
) -> None:
    """Report documents, turnaround, first-time-right, rework, errors, missing data, backlog and duplicates.

    Example: provcheck report --since 28d --format html --out reports/
    """
    from provcheck.ledger import Ledger, resolve_ledger_path
    from provcheck.report import files, metrics, period, terminal
    from provcheck.rules import load_rule_pack

    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}.")
    window = period.parse_period(since, until)
    path = resolve_ledger_path(ledger)
    if not path.exists():
        raise UsageError(
            f"no ledger at {path}: run `provcheck check --out DIR` or `provcheck watch` first, "
            "or point --ledger (or PROVCHECK_LEDGER) at one."
        )
    required = load_rule_pack(rules).required
    with Ledger.open(path) as led:
        for warning in led.warnings:
            typer.echo(f"provcheck: warning: {warning}", err=True)
        data = metrics.compute(led.conn, window, required)
    if fmt == "terminal":
        terminal.print_report(terminal.report_console(), data)
        written = files.write_report_files(out, data, ("json", "csv", "html")) if out else []
    elif out:
        written = files.write_report_files(out, data, (fmt,))
    else:
        text = {"json": files.json_text, "csv": lambda d: files.csv_text(files.report_rows(d))}
        from provcheck.report.html import render_html

        sys.stdout.write(text[fmt](data) if fmt in text else render_html(data))
        written = []
    for p in written:
        typer.echo(f"provcheck: wrote {p}", err=True)
    raise typer.Exit(code=int(ExitCode.OK))


def register(app: typer.Typer) -> None:
    """Add `report` to the app."""
    app.command("report")(report_command)
