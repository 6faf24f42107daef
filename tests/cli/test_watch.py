"""`watch --once` and `check` on the same folder: the same library call, the same issues, the same exit code.

The folder holds sample PDFs from samples/text, one rendered here by the project's own sample generator
(an LoA response naming another client on the LoA's policy, so the cross-document check fires), an exact
copy and a file that is not a PDF.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from provcheck.samplegen.render import render
from tests.cli.conftest import SAMPLES, json_lines, ledger_runs, run_cli

LOA = "aldgate_life-loa-01"  # policy AL16638729, client Michael Evans
RESPONSE = "aldgate_life-loa_response-01"
STATEMENT = "aldgate_life-annual_statement-01"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    shutil.copy(SAMPLES / "text" / f"{LOA}.pdf", out / "a-loa.pdf")
    loa = json.loads((SAMPLES / "text" / f"{LOA}.truth.json").read_text())["record"]
    truth = json.loads((SAMPLES / "text" / f"{RESPONSE}.truth.json").read_text())
    record = dict(truth["record"], policy_number=loa["policy_numbers"][0], client_name="Peter Jones")
    render(record, "loa_response", truth["layout"], out / "b-response.pdf", seed=truth["seed"])
    shutil.copy(SAMPLES / "text" / f"{STATEMENT}.pdf", out / "c-statement.pdf")
    shutil.copy(SAMPLES / "text" / f"{STATEMENT}.pdf", out / "d-copy.pdf")
    (out / "e-notes.pdf").write_bytes(b"<html><body>not a pdf</body></html>")
    return out


def _issues(result: dict) -> set[tuple]:
    return {(i["rule"], i["field"], i["severity"]) for i in result["issues"]}


def test_watch_once_raises_every_issue_check_raises(folder: Path, tmp_path: Path) -> None:
    common = ("--as-of", "2026-11-01", "--jobs", "2")
    checked = run_cli("check", str(folder), "--json", *common)
    inbox = shutil.copytree(folder, tmp_path / "inbox")
    watched = run_cli("watch", str(inbox), "--once", "--settle", "0", "--ledger", str(tmp_path / "l.db"), *common)

    by_check = json_lines(checked.stdout)
    by_watch = ledger_runs(tmp_path / "l.db")
    assert sorted(by_watch) == sorted(by_check) == sorted(p.name for p in folder.iterdir())
    # the folder exercises the cross-document steps, so a door that skipped them would fail here
    assert ("cross_document", "client_name") in {i[:2] for i in _issues(by_check["b-response.pdf"])}
    assert [d["kind"] for d in by_check["d-copy.pdf"]["duplicates"]] == ["exact"]
    for name, result in by_check.items():
        assert _issues(result) <= _issues(by_watch[name]), name
        assert result["status"] == by_watch[name]["status"], name
        assert [d["kind"] for d in result["duplicates"]] == [d["kind"] for d in by_watch[name]["duplicates"]]
    assert checked.returncode == watched.returncode == 1  # e-notes.pdf failed: check's table, on both doors
    assert "Ctrl-C" not in watched.stderr and "Traceback" not in watched.stderr, watched.stderr
    assert "Exception in thread" not in watched.stderr


def test_watch_once_exits_0_when_nothing_is_at_or_above_fail_on(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "x.pdf").write_bytes(b"not a pdf")
    args = ("watch", str(inbox), "--once", "--settle", "0", "--ledger", str(tmp_path / "l.db"), "--jobs", "1")
    proc = run_cli(*args, "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    (inbox / "y.pdf").write_bytes(b"not a pdf either")
    assert run_cli(*args).returncode == 1


def test_sigterm_says_how_many_files_are_left(tmp_path: Path) -> None:
    import json as _json
    import os
    import signal
    import subprocess
    import sys
    import time

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PROVCHECK_LEDGER", "PROVCHECK_TESSERACT")}
    env["PROVCHECK_TEST_FAULT"] = _json.dumps({"a.pdf": "sleep:3"})  # runner.py's test hook: a slow read
    cmd = [sys.executable, "-m", "provcheck", "watch", str(inbox), "--poll", "0.1", "--settle", "0.2"]
    cmd += ["--ledger", str(tmp_path / "l.db"), "--jobs", "1"]
    (inbox / "a.pdf").write_bytes(b"not a pdf")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        end = time.monotonic() + 30
        while (inbox / "a.pdf").exists() and time.monotonic() < end:  # wait until it is claimed
            time.sleep(0.05)
        assert not (inbox / "a.pdf").exists()
        for name in ("b.pdf", "c.pdf"):
            (inbox / name).write_bytes(b"not a pdf")
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "2 file(s) left in the inbox" in err, err
    assert (inbox / "failed" / "a.pdf").exists()  # the document in hand was finished
    assert (inbox / "b.pdf").exists() and (inbox / "c.pdf").exists()
