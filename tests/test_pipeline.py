"""A batch checked against the ledger: a re-run is never its own duplicate; a copy of a clean one seen before is."""

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


def test_a_second_run_against_the_ledger_is_a_re_run_and_a_copy_elsewhere_a_duplicate(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in (CLEAN, UNCLEAN):
        shutil.copy(SAMPLES / name, inbox / name)
    ledger = tmp_path / "ledger.db"

    first = _check(inbox, "--ledger", str(ledger))
    assert first[CLEAN]["status"] == "clean" and first[UNCLEAN]["status"] != "clean"
    assert not first[CLEAN]["duplicates"] and not first[UNCLEAN]["duplicates"]

    second = _check(inbox, "--ledger", str(ledger))
    assert second == first  # the same files again: re-runs, judged as the first time (metrics.md)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in (CLEAN, UNCLEAN):
        shutil.copy(SAMPLES / name, elsewhere / f"copy-{name}")
    third = _check(elsewhere, "--ledger", str(ledger))
    dups = third[f"copy-{CLEAN}"]["duplicates"]
    assert [(Path(d["of"]).name, d["kind"]) for d in dups][:1] == [(CLEAN, "exact")]
    assert third[f"copy-{CLEAN}"]["status"] != "clean"
    assert third[f"copy-{UNCLEAN}"]["duplicates"] == []  # rework of its unclean run, not a duplicate

    without = _check(elsewhere)
    assert without[f"copy-{CLEAN}"]["duplicates"] == []


def test_check_file_without_a_pack_reads_the_users_pack_again_only_once_it_changes(tmp_path: Path) -> None:
    import datetime as dt

    from provcheck.pipeline import CheckOptions, check_file
    from provcheck.rules import load_rule_pack as _pack

    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  required: {enabled: true, severity: warning}\n", encoding="utf-8")
    options = CheckOptions(rules_path=rules, as_of=dt.date(2026, 11, 1))
    first = check_file(SAMPLES / UNCLEAN, options)
    assert _pack(rules) is _pack(rules)  # unchanged: the pack read once is kept
    assert "required" in {i.rule for i in first.issues}

    kept = _pack(rules)
    rules.write_text("rules:\n  required: {enabled: false, severity: warning}\n", encoding="utf-8")
    second = check_file(SAMPLES / UNCLEAN, options)
    assert _pack(rules) is not kept and not _pack(rules).rules.required.enabled
    assert "required" not in {i.rule for i in second.issues}  # the edited pack is in force at once
