"""`provcheck review`: the review desk in the browser (spec/review.md "Reaching the desk")."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from provcheck.cli.options import KnowledgeOption
from provcheck.errors import UsageError


def review_command(
    inbox: Annotated[
        Path | None, typer.Argument(help="A watched inbox: show only its documents (default: the whole ledger).")
    ] = None,
    ledger: Annotated[
        Path | None,
        typer.Option("--ledger", help="The ledger file (default: PROVCHECK_LEDGER, then user data)."),
    ] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (keep 127.0.0.1 unless you must).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", help="Port to listen on; 0 picks a free one.")] = 8765,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open a browser.")] = False,
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="Your name in the ledger (default: login).")] = (
        None
    ),
    knowledge: KnowledgeOption = None,  # put in force by the option itself; taught wordings are written there
) -> None:
    """Open the review desk: the queue of documents waiting for a person, each page beside its record.

    Prints one line `provcheck review: http://127.0.0.1:PORT/?token=T` once it listens; the token is the
    key to the desk for this session. Stop it with Ctrl-C. A wording taught in the desk (point at a
    value while correcting it) is written to the `--knowledge` folder, else the default one.

    Example:
        provcheck review /srv/inbox --port 0 --no-browser
    """
    import uvicorn

    from provcheck.ledger import resolve_ledger_path
    from provcheck.review import reviewer_name
    from provcheck.review.server import create_app, new_token

    if not 0 <= port <= 65535:
        raise UsageError("--port: give a port from 0 to 65535.")
    if inbox is not None and not inbox.is_dir():
        raise UsageError(f"{inbox}: no such folder.")
    where = resolve_ledger_path(ledger)
    if not where.is_file():
        raise UsageError(f"ledger {where}: no such file; run `provcheck check --out` or `provcheck watch` first.")
    import socket
    import webbrowser  # here, not at start-up: only the desk opens a browser

    token = new_token()
    app = create_app(where, token, reviewer=reviewer_name(reviewer), inbox=inbox, knowledge=knowledge)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        raise UsageError(f"--port {port}: cannot listen on {host} ({exc.strerror}); try --port 0.") from None
    sock.listen(128)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{bound}/?token={token}"
    # Listening already (connections wait in the backlog), so the line is true when it is printed.
    typer.echo(f"provcheck review: {url}")
    if not no_browser:
        webbrowser.open(url)
    config = uvicorn.Config(app, access_log=False, log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("review")(review_command)
