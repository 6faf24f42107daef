"""`provcheck check`: validate a batch of documents from the command line."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from provcheck.cli.options import KnowledgeOption
from provcheck.errors import ExitCode, UsageError
from provcheck.models import DocumentResult
from provcheck.pipeline import CheckOptions, Limits, check_paths

if TYPE_CHECKING:
    from provcheck.export.batch import BatchOutputs

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
    out: Annotated[Path | None, typer.Option("--out", help="Write results.jsonl, the report and CRM CSVs to this folder.")] = None,
    ledger: Annotated[Path | None, typer.Option("--ledger", help="Record the batch in this ledger (default with --out: PROVCHECK_LEDGER, then user data dir).")] = None,
    crm: Annotated[str, typer.Option("--crm", help="CRM profile for --out: generic, excel, intelliflo or plannr.")] = "generic",
    mapping: Annotated[Path | None, typer.Option("--mapping", help="Your own CRM mapping profile (YAML) for --out.")] = None,
    known: Annotated[Path | None, typer.Option("--known", help="A CRM export (CSV of clients or plans): report documents of clients or plans already on file.")] = None,
    knowledge: KnowledgeOption = None,
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
        ledger_path=ledger,
        known_path=known,
        knowledge_path=knowledge,
    )
    outputs = _batch_outputs(out, ledger, crm, mapping, rules)
    failing = 0
    counts: dict[str, int] = {}
    with _progress(paths) as advance:
        ledger = outputs.ledger if outputs is not None else None
        for result in check_paths(list(paths), options, on_result=advance, ledger=ledger):
            if outputs is not None:
                outputs.add(result)
            _tally(result, json_lines, counts)
            failing += fails(result.status, {i.severity for i in result.issues}, fail_on)
    if outputs is not None:
        _finish_outputs(outputs, out)
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "no documents"
    typer.echo(f"provcheck: {sum(counts.values())} documents: {summary}", err=True)
    raise typer.Exit(code=int(ExitCode.AT_OR_ABOVE_FAIL_ON if failing else ExitCode.OK))


def _tally(result: DocumentResult, json_lines: bool, counts: dict[str, int]) -> None:
    if json_lines:
        sys.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    counts[result.status] = counts.get(result.status, 0) + 1


def _batch_outputs(
    out: Path | None, ledger: Path | None, crm: str, mapping: Path | None, rules: Path | None
) -> BatchOutputs | None:
    """--out and --ledger: the batch's files and ledger record (export.batch); None when neither is asked."""
    from provcheck.export.batch import BatchOutputs
    from provcheck.ledger.location import ENV_VAR
    from provcheck.rules import load_rule_pack
    from provcheck.rules.crm import load_crm_profile

    use_ledger = out is not None or ledger is not None or bool(os.environ.get(ENV_VAR))
    if not use_ledger:
        return None
    if out is not None and out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: is a file, not a folder. Give a folder for the outputs.")
    profile = load_crm_profile(crm, mapping)
    outputs = BatchOutputs(out, profile, ledger_path=ledger, required=load_rule_pack(rules).required)
    for warning in outputs.warnings:
        typer.echo(f"provcheck: warning: {warning}", err=True)
    return outputs


def _finish_outputs(outputs: BatchOutputs, out: Path | None) -> None:
    summary = outputs.finish()
    if summary is not None and out is not None:
        for warning in summary.warnings[len(outputs.warnings) :]:
            typer.echo(f"provcheck: warning: {warning}", err=True)
        rows = ", ".join(f"{n} {name}" for name, n in summary.rows.items())
        typer.echo(f"provcheck: wrote {out}/ ({rows})", err=True)


@contextlib.contextmanager
def _progress(paths: list[Path]) -> Iterator[Callable[[DocumentResult], None]]:
    """A progress bar on stderr, only when stderr is a terminal (never in pipes, logs or CI)."""
    if not sys.stderr.isatty():
        yield lambda result: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from provcheck.inputs import collect

    total = len(collect(list(paths)).files)
    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("check", total=total)
        yield lambda result: progress.advance(task)


def register(app: typer.Typer) -> None:
    """Add `check` to the app."""
    app.command("check")(check_command)
