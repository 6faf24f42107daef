"""`provcheck watch INBOX`: process documents dropped into a folder, until stopped.

It takes the same checking options as `check` (cli/options.py) and makes the same library call
(pipeline.BatchChecker); `--once` exits by check's exit-code table (provcheck.outcome).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from provcheck.cli import options as opt
from provcheck.errors import ExitCode, UsageError


def watch_command(
    inbox: Annotated[
        Path, typer.Argument(help="The folder to watch (its top level; subfolders are not inputs).")
    ],
    poll: Annotated[
        float | None,
        typer.Option(
            "--poll", help="Poll every SECONDS instead of using file events (network shares: SMB/NFS)."
        ),
    ] = None,
    settle: Annotated[
        float, typer.Option("--settle", help="Seconds a file must stop changing before it is taken.")
    ] = 2.0,
    once: Annotated[
        bool, typer.Option("--once", help="Process what is in the inbox, then exit (by check's exit codes).")
    ] = False,
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
    """Watch a folder: check each document that lands, file it under processed/, review/ or failed/.

    Results, CSVs and the report are kept up to date in INBOX/out/. Stop with Ctrl-C or SIGTERM.
    --fail-on decides the exit code of --once, as for check.

    Example: provcheck watch /srv/inbox --poll 5 --crm intelliflo
    """
    from provcheck.rules.crm import load_crm_profile
    from provcheck.watch import WatchConfig, Watcher, install_signal_handlers

    if not inbox.is_dir():
        raise UsageError(f"{inbox}: not a folder. Create it (or check the path) and run again.")
    if poll is not None and poll <= 0:
        raise UsageError("--poll: give a number of seconds above 0.")
    if settle < 0:
        raise UsageError("--settle must be 0 or more.")
    options = opt.checking_options(
        rules=rules, as_of=as_of, fail_on=fail_on, password=password, passwords=passwords,
        timeout=timeout, max_pages=max_pages, jobs=jobs, known=known, ledger=ledger, knowledge=knowledge,
    )  # fmt: skip
    profile = load_crm_profile(crm, mapping)
    config = WatchConfig(
        inbox=inbox,
        options=options,
        profile=profile,
        ledger_path=ledger,
        poll=poll,
        settle=settle,
        once=once,
        pin_as_of=as_of is not None,
        fail_on=fail_on,
    )

    def log(line: str) -> None:
        typer.echo(f"provcheck watch: {line}", err=True)

    watcher = Watcher(config, log=log)
    mode = f"polling every {poll:g} s" if poll is not None else "file events"
    if once:
        log(f"checking what is in {inbox.resolve()}, then exiting")
    else:
        log(f"watching {inbox.resolve()} ({mode}); stop with Ctrl-C")
    try:
        with install_signal_handlers(watcher):
            summary = watcher.run()
    except KeyboardInterrupt:
        log("stopped at once; unfinished documents are picked up at the next start.")
        raise typer.Exit(code=int(ExitCode.INTERRUPTED)) from None
    outcome = summary.outcome
    log(f"stopped: {outcome.summary()}")
    if summary.left:
        log(f"{summary.left} file(s) left in the inbox, not yet checked: they are picked up at the next start.")
    for line in outcome.advice():
        log(line)
    if not once:
        raise typer.Exit(code=int(ExitCode.OK))  # a service asked to stop has done its job
    raise typer.Exit(code=int(outcome.exit_code))


def register(app: typer.Typer) -> None:
    """Add `watch` to the app."""
    app.command("watch")(watch_command)
