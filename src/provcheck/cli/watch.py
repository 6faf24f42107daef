"""`provcheck watch INBOX`: process documents dropped into a folder, until stopped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from provcheck.cli.options import KnowledgeOption
from provcheck.errors import ExitCode, UsageError
from provcheck.pipeline import CheckOptions, Limits


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
    ledger: Annotated[
        Path | None,
        typer.Option("--ledger", help="The ledger file (default: PROVCHECK_LEDGER, then user data dir)."),
    ] = None,
    crm: Annotated[
        str, typer.Option("--crm", help="CRM profile for out/: generic, excel, intelliflo or plannr.")
    ] = "generic",
    mapping: Annotated[
        Path | None, typer.Option("--mapping", help="Your own CRM mapping profile (YAML).")
    ] = None,
    rules: Annotated[
        Path | None, typer.Option("--rules", help="Your rule pack (YAML), merged over the default.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Judge dates as of this day (YYYY-MM-DD).")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", help="Documents checked at once.")] = 1,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Wall-time limit per document, in seconds.")
    ] = 60.0,
    once: Annotated[bool, typer.Option("--once", help="Process what is in the inbox, then exit.")] = False,
    knowledge: KnowledgeOption = None,
) -> None:
    """Watch a folder: check each document that lands, file it under processed/, review/ or failed/.

    Results, CSVs and the report are kept up to date in INBOX/out/. Stop with Ctrl-C or SIGTERM.

    Example: provcheck watch /srv/inbox --poll 5 --crm intelliflo
    """
    from provcheck.rules.crm import load_crm_profile
    from provcheck.watch import WatchConfig, Watcher, install_signal_handlers

    if not inbox.is_dir():
        raise UsageError(f"{inbox}: not a folder. Create it (or check the path) and run again.")
    if poll is not None and poll <= 0:
        raise UsageError("--poll: give a number of seconds above 0.")
    if settle < 0 or jobs < 1:
        raise UsageError("--settle must be 0 or more and --jobs 1 or more.")
    try:
        day = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    except ValueError:
        raise UsageError(f"--as-of {as_of!r}: not a date; give it as YYYY-MM-DD.") from None
    profile = load_crm_profile(crm, mapping)
    options = CheckOptions(
        rules_path=rules, as_of=day, jobs=jobs, limits=Limits(timeout_s=timeout), ledger_path=ledger,
        knowledge_path=knowledge,
    )
    config = WatchConfig(
        inbox=inbox,
        options=options,
        profile=profile,
        ledger_path=ledger,
        poll=poll,
        settle=settle,
        once=once,
        pin_as_of=as_of is not None,
    )

    def log(line: str) -> None:
        typer.echo(f"provcheck watch: {line}", err=True)

    watcher = Watcher(config, log=log)
    install_signal_handlers(watcher)
    mode = f"polling every {poll:g} s" if poll is not None else "file events"
    log(f"watching {inbox.resolve()} ({mode}); stop with Ctrl-C")
    try:
        summary = watcher.run()
    except KeyboardInterrupt:
        log("stopped at once; unfinished documents are picked up at the next start.")
        raise typer.Exit(code=int(ExitCode.INTERRUPTED)) from None
    counts = ", ".join(f"{n} {s}" for s, n in sorted(summary.processed.items())) or "no documents"
    log(f"stopped: {counts}")
    raise typer.Exit(code=int(ExitCode.OK))


def register(app: typer.Typer) -> None:
    """Add `watch` to the app."""
    app.command("watch")(watch_command)
