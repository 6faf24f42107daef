"""`provcheck check`: validate a batch of documents from the command line."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from provcheck.cli import options as opt
from provcheck.errors import ExitCode, UsageError
from provcheck.models import DocumentResult
from provcheck.outcome import Outcome
from provcheck.pipeline import check_paths

if TYPE_CHECKING:
    from provcheck.export.batch import BatchOutputs


def check_command(
    paths: Annotated[list[Path], typer.Argument(help="PDF or image files, or folders (walked recursively).")],
    json_lines: Annotated[bool, typer.Option("--json", help="Print one JSON result line per document (docs/result-format.md).")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Write results.jsonl, the report and CRM CSVs to this folder.")] = None,
    rules: opt.Rules = None,
    as_of: opt.AsOf = None,
    fail_on: opt.FailOn = "error",
    password: opt.Password = None,
    passwords: opt.Passwords = None,
    timeout: opt.Timeout = 60.0,
    max_pages: opt.MaxPages = 200,
    jobs: opt.Jobs = None,
    known: opt.Known = None,
    ledger: opt.Ledger = None,
    crm: opt.Crm = "generic",
    mapping: opt.Mapping = None,
    knowledge: opt.Knowledge = None,
) -> None:
    """Check documents and print their results.

    With --out (or --ledger, or PROVCHECK_LEDGER set) the batch is recorded in the ledger.

    Example: provcheck check samples/ --json --as-of 2026-11-01
    """
    options = opt.checking_options(
        rules=rules, as_of=as_of, fail_on=fail_on, password=password, passwords=passwords,
        timeout=timeout, max_pages=max_pages, jobs=jobs, known=known, ledger=ledger, knowledge=knowledge,
    )  # fmt: skip
    outputs = _batch_outputs(out, ledger, crm, mapping, rules, known)
    outcome = Outcome(fail_on)
    attention = None  # the documents needing a person, for the table after the summary (not with --json)
    if not json_lines:
        from provcheck.report.attention import AttentionRows

        attention = AttentionRows()
    try:
        with _progress(paths) as advance:
            recorder = outputs.ledger if outputs is not None else None
            for result in check_paths(list(paths), options, on_result=advance, ledger=recorder):
                if outputs is not None:
                    with _sigint_deferred():  # recorded in the ledger and kept for out/, or neither
                        result = outputs.add(result)  # a person's approval stands over a re-run
                _print(result, json_lines)
                outcome.add(result)
                if attention is not None:
                    attention.add(result)
    except KeyboardInterrupt as stop:
        _interrupted(outputs, out, paths, outcome, stop)
    if outputs is not None:
        _finish_outputs(outputs, out)
    typer.echo(f"provcheck: {outcome.summary()}", err=True)
    for line in outcome.advice():
        typer.echo(f"provcheck: {line}", err=True)
    for line in attention.lines() if attention is not None else ():  # with --json the lines on stdout say it all
        typer.echo(line, err=True)
    raise typer.Exit(code=int(outcome.exit_code))


@contextlib.contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold a Ctrl-C back until the block is done (it is delivered right after), where the OS allows."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _interrupted(
    outputs: BatchOutputs | None, out: Path | None, paths: list[Path], outcome: Outcome, stop: BaseException
) -> None:
    """Ctrl-C: write what was done (the same documents the ledger holds), say what was not, exit 130.

    A second Ctrl-C while the files are written is ignored: each file is replaced atomically, and
    stopping half-way through the set would leave out/ older than the ledger.
    """
    import signal

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from provcheck.inputs import collect

        done = outputs.done if outputs is not None else sum(outcome.counts.values())
        try:
            not_done = max(0, len(collect(list(paths)).files) - done)
        except UsageError:  # a folder went away meanwhile: say what the runner knew
            not_done = getattr(stop, "not_done", 0)
        typer.echo(f"provcheck: interrupted: {done} documents done, {not_done} not done.", err=True)
        if outputs is not None:
            _finish_outputs(outputs, out, interrupted=True)
        typer.echo("provcheck: run the same command again to finish the batch (done files are re-runs).", err=True)
    finally:
        signal.signal(signal.SIGINT, previous)
    raise typer.Exit(code=int(ExitCode.INTERRUPTED))


def _print(result: DocumentResult, json_lines: bool) -> None:
    if json_lines:
        sys.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()


def _batch_outputs(
    out: Path | None, ledger: Path | None, crm: str, mapping: Path | None, rules: Path | None, known: Path | None
) -> BatchOutputs | None:
    """--out and --ledger: the batch's files and ledger record (export.batch); None when neither is asked."""
    from provcheck.ledger.location import ENV_VAR

    use_ledger = out is not None or ledger is not None or bool(os.environ.get(ENV_VAR))
    if not use_ledger:
        return None
    from provcheck.export.batch import BatchOutputs
    from provcheck.rules import load_rule_pack
    from provcheck.rules.crm import load_crm_profile

    if out is not None and out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: is a file, not a folder. Give a folder for the outputs.")
    profile = load_crm_profile(crm, mapping)
    outputs = BatchOutputs(
        out, profile, ledger_path=ledger, required=load_rule_pack(rules).required, known_path=known
    )
    for warning in outputs.warnings:
        typer.echo(f"provcheck: warning: {warning}", err=True)
    return outputs


def _finish_outputs(outputs: BatchOutputs, out: Path | None, *, interrupted: bool = False) -> None:
    summary = outputs.finish(interrupted=interrupted)
    if summary is not None and out is not None:
        for warning in summary.warnings[len(outputs.warnings) :]:
            typer.echo(f"provcheck: warning: {warning}", err=True)
        rows = ", ".join(f"{n} {name}" for name, n in summary.rows.items())
        what = f"the {outputs.done} documents done" if interrupted else rows
        typer.echo(f"provcheck: wrote {out}/ ({what}{': ' + rows if interrupted else ''})", err=True)


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
