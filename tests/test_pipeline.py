"""A batch checked against the ledger: clean documents seen before are duplicates, unclean ones are rework."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "text"
CLEAN = "aldgate_life-annual_statement-01.pdf"  # no issue in its truth
UNCLEAN = "aldgate_life-loa-01.pdf"  # its truth has no NI number: needs_review


def _check(inbox: Path, *extra: str) -> dict[str, dict]:
    env = {k: v for k, v in os.environ.items() if k != "PROVCHECK_LEDGER"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "provcheck",
            "check",
            str(inbox),
            "--json",
            "--as-of",
            "2026-11-01",
            "--jobs",
            "1",
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode in (0, 1) and proc.stdout, proc.stderr
    return {Path(d["source"]["path"]).name: d for d in map(json.loads, proc.stdout.splitlines())}


def test_a_second_run_against_the_ledger_finds_what_was_clean(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in (CLEAN, UNCLEAN):
        shutil.copy(SAMPLES / name, inbox / name)
    ledger = tmp_path / "ledger.db"

    first = _check(inbox, "--ledger", str(ledger))
    assert first[CLEAN]["status"] == "clean" and first[UNCLEAN]["status"] != "clean"
    assert not first[CLEAN]["duplicates"] and not first[UNCLEAN]["duplicates"]

    second = _check(inbox, "--ledger", str(ledger))
    assert [d["kind"] for d in second[CLEAN]["duplicates"]][:1] == ["exact"]
    assert second[CLEAN]["status"] != "clean"
    assert second[UNCLEAN]["duplicates"] == []  # rework of its unclean run, not a duplicate

    without = _check(inbox)
    assert without[CLEAN]["duplicates"] == []
