"""Every command's help, as a user meets it: the real entry point in a subprocess."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import typer

from provcheck import __version__
from provcheck.cli import app

# typer's Python-type labels, and words from inside the project, that mean nothing to a user
JARGON = re.compile(r"<(?:bool|str|int|float|path|file|directory|list\[[^>]*\])>|spec'd|spec/", re.IGNORECASE)


def _commands(command, prefix=()):
    yield prefix
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*prefix, name))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "provcheck", *args], capture_output=True, text=True, env=env, timeout=60
    )


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_the_commands_are_found():
    assert ("check",) in COMMANDS and ("rules", "check") in COMMANDS and ("schema",) in COMMANDS


# one test a command, so that the suite's workers share them out
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "provcheck")
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_help_is_plain(command: tuple[str, ...], flag: str):
    proc = _run(*command, flag)
    assert proc.returncode == 0, (command, flag, proc.stderr)
    assert "Usage: provcheck" in proc.stdout, (command, proc.stdout)
    assert not JARGON.search(proc.stdout), (command, JARGON.search(proc.stdout)[0], proc.stdout)


def test_version():
    proc = _run("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"provcheck {__version__}"
