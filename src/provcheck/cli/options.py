"""The checking options `check` and `watch` share (spec/record.md "More decisions": watch and check).

Both commands declare these parameters with these types and defaults and build their `CheckOptions`
with `checking_options`, so the two doors check alike; each adds only its own door options
(`--json`/`--out` for check, `--poll`/`--settle`/`--once` for watch). tests/cli/test_options.py
compares the two commands' option sets.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

from provcheck.errors import UsageError
from provcheck.outcome import check_fail_on
from provcheck.pipeline import CheckOptions, Limits

Rules = Annotated[Path | None, typer.Option("--rules", help="Your rule pack (YAML), merged over the default.")]
AsOf = Annotated[str | None, typer.Option("--as-of", help="Judge dates as of this day (YYYY-MM-DD).")]
FailOn = Annotated[
    str,
    typer.Option(
        "--fail-on", help="Exit 1 when a document has an issue at or above this: error, warning or never."
    ),
]
Password = Annotated[
    list[str] | None, typer.Option("--password", help="A password to try on encrypted PDFs (repeatable).")
]
Passwords = Annotated[Path | None, typer.Option("--passwords", help="A file of passwords to try, one a line.")]
Timeout = Annotated[float, typer.Option("--timeout", help="Wall-time limit per document, in seconds.")]
MaxPages = Annotated[int, typer.Option("--max-pages", help="Read at most this many pages of a document.")]
Jobs = Annotated[
    int | None,
    typer.Option("--jobs", help="Documents to read at once, each in its own process (default: usable cores)."),
]
Known = Annotated[
    Path | None,
    typer.Option(
        "--known", help="A CRM export (CSV of clients or plans): report documents of clients or plans already on file."
    ),
]
Ledger = Annotated[
    Path | None, typer.Option("--ledger", help="The ledger file (default: PROVCHECK_LEDGER, then user data dir).")
]
Crm = Annotated[str, typer.Option("--crm", help="CRM profile for the CSVs: generic, excel, intelliflo or plannr.")]
Mapping = Annotated[Path | None, typer.Option("--mapping", help="Your own CRM mapping profile (YAML).")]


def as_of_date(value: str | None) -> dt.date:
    """`--as-of` as a date (today when not given), or a UsageError."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value!r}: not a date; give it as YYYY-MM-DD.") from None


def read_passwords(values: list[str] | None, file: Path | None) -> tuple[str, ...]:
    """`--password` values, then the lines of `--passwords FILE` (blank lines and `#` comments skipped)."""
    out = list(values or [])
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"--passwords {file}: cannot be read ({exc.strerror}).") from None
        out.extend(line.rstrip("\r\n") for line in lines if line.strip() and not line.startswith("#"))
    return tuple(out)


def usable_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _use(value: Path | None) -> Path | None:
    # Put the knowledge in force as soon as the option is parsed: a rule pack read later validates its
    # provider names against it. A bad file raises ConfigError, which main() turns into exit 2.
    from provcheck.rules.knowledge import use_knowledge

    use_knowledge(value)
    return value


Knowledge = Annotated[
    Path | None,
    typer.Option(
        "--knowledge",
        help="Your knowledge folder (providers, aliases, label wordings, policy formats as YAML); "
        "default: provcheck/knowledge in your config folder, or PROVCHECK_KNOWLEDGE.",
        callback=_use,
        is_eager=False,
    ),
]

# The name the other commands (report, rules) use.
KnowledgeOption = Knowledge


def checking_options(
    *,
    rules: Path | None,
    as_of: str | None,
    fail_on: str,
    password: list[str] | None,
    passwords: Path | None,
    timeout: float,
    max_pages: int,
    jobs: int | None,
    known: Path | None,
    ledger: Path | None,
    knowledge: Path | None = None,
) -> CheckOptions:
    """The run options both doors build from the shared parameters (validated: a UsageError when bad)."""
    check_fail_on(fail_on)
    if jobs is not None and jobs < 1:
        raise UsageError(f"--jobs {jobs}: give 1 or more documents to read at once.")
    if timeout <= 0 or max_pages < 1:
        raise UsageError("--timeout must be above 0 seconds and --max-pages 1 or more.")
    return CheckOptions(
        rules_path=rules,
        as_of=as_of_date(as_of),
        passwords=read_passwords(password, passwords),
        limits=Limits(timeout_s=timeout, max_pages=max_pages),
        jobs=jobs or usable_cores(),
        ledger_path=ledger,
        known_path=known,
        knowledge_path=knowledge,
    )
