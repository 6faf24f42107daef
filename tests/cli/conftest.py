"""Running the real `provcheck` command line as a subprocess (the user's way in)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("PROVCHECK_LEDGER", "PROVCHECK_TESSERACT")}
    return subprocess.run(
        [sys.executable, "-m", "provcheck", *args],
        capture_output=True,
        text=True,
        env={**base, **(env or {})},
        timeout=timeout,
    )


def json_lines(stdout: str) -> dict[str, dict]:
    """check --json's lines by file name."""
    return {Path(d["source"]["path"]).name: d for d in map(json.loads, stdout.splitlines())}


def ledger_runs(ledger: Path) -> dict[str, dict]:
    """Every run's result line in a ledger, by the inbox file name it was dropped as."""
    rows = sqlite3.connect(ledger).execute("SELECT path, result_json FROM runs ORDER BY id").fetchall()
    return {Path(path).name: json.loads(blob) for path, blob in rows}
