"""`provcheck check`: validate a batch of documents from the command line."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from provcheck.errors import ExitCode, UsageError
from provcheck.pipeline import CheckOptions, Limits, check_paths

FAIL_ON = ("error", "warning", "never")


def _as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value!r}: not a date; give it as YYYY-MM-DD.") from None


def _passwords(values: list[str] | None, file: Path | None) -> tuple[str, ...]:
    out = list(values or [])
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"--passwords {file}: cannot be read ({exc.strerror}).") from None
        out.extend(line.rstrip("\r\n") for line in lines if line.strip() and not line.startswith("#"))
    return tuple(out)


def _usable_cores() -> int:
    # The cores this process may run on (a container or taskset may allow fewer than the machine has).
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def fails(result_status: str, severities: set[str], fail_on: str) -> bool:
    """Whether one document's result is at or above `--fail-on` (a failed document counts as an error)."""
    if fail_on == "never":
        return False
    if result_status == "failed" or "error" in severities:
        return True
    return fail_on == "warning" and "warning" in severities


def check_command(
    paths: Annotated[list[Path], typer.Argument(help="PDF or image files, or folders (walked recursively).")],
    json_lines: Annotated[bool, typer.Option("--json", help="Print one result line per document (spec'd JSON).")] = False,
    rules: Annotated[Path | None, typer.Option("--rules", help="Your rule pack (YAML), merged over the default.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Judge dates as of this day (YYYY-MM-DD).")] = None,
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 when a document has an issue at or above this: error, warning or never.")] = "error",
    password: Annotated[list[str] | None, typer.Option("--password", help="A password to try on encrypted PDFs (repeatable).")] = None,
    passwords: Annotated[Path | None, typer.Option("--passwords", help="A file of passwords to try, one a line.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Wall-time limit per document, in seconds.")] = 60.0,
    max_pages: Annotated[int, typer.Option("--max-pages", help="Read at most this many pages of a document.")] = 200,
    jobs: Annotated[int | None, typer.Option("--jobs", help="Documents to read at once, each in its own process (default: usable cores).")] = None,
) -> None:
    """Check documents and print their results.

    Example: provcheck check samples/ --json --as-of 2026-11-01
    """
    if fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on {fail_on!r}: choose one of {', '.join(FAIL_ON)}.")
    if jobs is not None and jobs < 1:
        raise UsageError(f"--jobs {jobs}: give 1 or more documents to read at once.")
    options = CheckOptions(
        rules_path=rules,
        as_of=_as_of(as_of),
        passwords=_passwords(password, passwords),
        limits=Limits(timeout_s=timeout, max_pages=max_pages),
        jobs=jobs or _usable_cores(),
    )
    failing = 0
    counts: dict[str, int] = {}
    for result in check_paths(list(paths), options):
        if json_lines:
            sys.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        counts[result.status] = counts.get(result.status, 0) + 1
        if fails(result.status, {i.severity for i in result.issues}, fail_on):
            failing += 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "no documents"
    typer.echo(f"provcheck: {sum(counts.values())} documents: {summary}", err=True)
    raise typer.Exit(code=int(ExitCode.AT_OR_ABOVE_FAIL_ON if failing else ExitCode.OK))


def register(app: typer.Typer) -> None:
    """Add `check` to the app."""
    app.command("check")(check_command)
