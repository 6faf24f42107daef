from __future__ import annotations

import re

from rich.console import Console

from provcheck.report.batch import BatchReport
from provcheck.report.metrics import Period, compute
from provcheck.report.terminal import print_report, print_summary

from .conftest import make_result
from .story import build_story, t


def _text(fn, report) -> str:
    console = Console(record=True, width=160, color_system=None)
    fn(console, report)
    return console.export_text()


def test_summary_of_a_batch(required):
    report = BatchReport(required).extend(
        [
            make_result("a"),
            make_result("b", status="needs_review", missing=["plan_value"], issues=[("required", "warning")]),
            make_result("c", status="failed", issues=[("unreadable", "error")]),
            make_result("d", status="needs_review", duplicates=["exact"]),
        ]
    )
    text = _text(print_summary, report)
    assert re.search(r"^Documents\s+4\s*$", text, re.M)
    assert "1 clean" in text and "2 needs_review" in text and "1 failed" in text
    assert "25.0% (1 of 4)" in text  # first time right, and the error rate (c)
    assert "plan_value" in text and "33.3% (1 of 3)" in text  # a, b and d need it; c failed
    assert "unreadable" in text
    assert "1 documents (1 exact)" in text


def test_full_report_of_the_ledger(tmp_path, monkeypatch, required):
    with build_story(tmp_path / "ledger.sqlite", monkeypatch) as ledger:
        data = compute(ledger.conn, Period(t("2026-10-19T00:00"), t("2026-11-02T00:00")), required)
    text = _text(print_report, data)
    assert "2026-10-19 00:00 UTC" in text
    assert "Rework rate       33.3% (2 of 6)" in text
    assert "2 waiting" in text and "(2 > 2 d, 1 > 7 d, 1 > 21 d)" in text
    for heading in ("By provider", "By document type", "By week of arrival"):
        assert heading in text


def test_piped_report_cuts_no_name(tmp_path):
    """`provcheck report | less`: rich would assume 80 columns and end names in '…'."""
    import json
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    samples = Path(__file__).resolve().parents[2] / "samples" / "text"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for pdf in sorted(samples.glob("*.pdf"))[::6]:
        shutil.copy(pdf, inbox)
    ledger = tmp_path / "ledger.db"
    env = {k: v for k, v in os.environ.items() if k not in ("PROVCHECK_LEDGER", "COLUMNS", "LINES")}

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "provcheck", *args], capture_output=True, text=True, env=env, timeout=300
        )

    checked = run("check", str(inbox), "--json", "--ledger", str(ledger), "--as-of", "2026-11-01", "--jobs", "1")
    providers = {json.loads(line)["record"].get("provider") for line in checked.stdout.splitlines()} - {None}
    assert len(providers) >= 4, checked.stderr
    report = run("report", "--ledger", str(ledger))
    assert report.returncode == 0, report.stderr
    assert "…" not in report.stdout, report.stdout
    for name in providers | {"first time right", "duplicates", "turnaround", "annual_statement", "loa_response"}:
        assert name in report.stdout, (name, report.stdout)
