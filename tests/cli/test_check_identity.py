"""`provcheck check` and identity (spec/metrics.md "Identity", spec/record.md "Decisions"), end to end.

Real subprocesses of the CLI, a real SQLite ledger and the committed sample PDFs (made by
`provcheck samples`), plus one scan of a sample made by samplegen's own scanner, read by real Tesseract.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provcheck.samplegen.scan import scan_pdf
from tests.known import crm_knowing

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "text"
REPLY = "aldgate_life-loa_response-01.pdf"  # clean; Ian Smith, AL00498781
STATEMENT = "aldgate_life-annual_statement-01.pdf"  # clean
LOA = "aldgate_life-loa-01.pdf"  # no NI number: needs_review
EXPORTS = ("plans.csv", "holdings.csv", "clients.csv", "exceptions.csv", "results.jsonl")


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PROVCHECK_LEDGER", "PROVCHECK_TEST_FAULT")}
    env["XDG_DATA_HOME"] = str(tmp / "xdg")  # the default ledger, kept inside the test's folder
    env["OMP_THREAD_LIMIT"] = "1"
    env.update(extra)
    return env


def _cmd(folder: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "provcheck", "check", str(folder), "--as-of", "2026-11-01", "--jobs", "1", *extra]


def _check(tmp: Path, folder: Path, *extra: str) -> dict[str, dict]:
    proc = subprocess.run(_cmd(folder, "--json", *extra), capture_output=True, text=True, env=_env(tmp), timeout=300)
    assert proc.returncode in (0, 1) and proc.stdout, proc.stderr
    return {Path(d["source"]["path"]).name: d for d in map(json.loads, proc.stdout.splitlines())}


def _exports(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORTS}


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _dups(results: dict[str, dict]) -> dict[str, list[tuple[str, str]]]:
    return {name: [(Path(d["of"]).name, d["kind"]) for d in r["duplicates"]] for name, r in results.items()}


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    """A reply, a copy of it under another name, a scan of it, a clean statement and an unclean LoA."""
    folder = tmp_path_factory.mktemp("batch") / "docs"
    folder.mkdir()
    shutil.copy(SAMPLES / REPLY, folder / "a-reply.pdf")
    shutil.copy(SAMPLES / REPLY, folder / "b-copy.pdf")
    scan_pdf(folder / "a-reply.pdf", folder / "c-scan.pdf", random.Random(7))
    shutil.copy(SAMPLES / STATEMENT, folder / "d-statement.pdf")
    shutil.copy(SAMPLES / LOA, folder / "e-loa.pdf")
    return folder


@pytest.mark.parametrize("ledger", ["--ledger", "default"])
def test_checking_the_same_folder_twice_writes_the_same_exports(tmp_path, batch, ledger):
    extra = ("--ledger", str(tmp_path / "l.sqlite")) if ledger == "--ledger" else ()
    where = tmp_path / "l.sqlite" if extra else tmp_path / "xdg" / "provcheck" / "ledger.sqlite"
    first = _check(tmp_path, batch, "--out", str(tmp_path / "out1"), *extra)
    second = _check(tmp_path, batch, "--out", str(tmp_path / "out2"), *extra)
    assert where.exists()
    assert _exports(tmp_path / "out1") == _exports(tmp_path / "out2")  # byte for byte
    assert first == second  # a re-run is never a duplicate of itself
    assert first["a-reply.pdf"]["status"] == "clean" and first["d-statement.pdf"]["status"] == "clean"
    assert len(_rows(tmp_path / "out2" / "plans.csv")) == 2  # the reply's and the statement's plans
    conn = sqlite3.connect(where)
    runs = conn.execute("SELECT batch_id, path, arrived_at, is_rework FROM runs ORDER BY id").fetchall()
    assert len(runs) == 10 and not any(r[3] for r in runs)  # re-runs, not rework
    arrivals = {}
    for _, path, arrived, _ in runs:
        arrivals.setdefault(path, set()).add(arrived)
    assert all(len(a) == 1 for a in arrivals.values())  # a re-run keeps the first arrival
    report = subprocess.run(
        [sys.executable, "-m", "provcheck", "report", "--ledger", str(where), "--format", "json"],
        capture_output=True, text=True, env=_env(tmp_path), timeout=120,
    )
    cut = json.loads(report.stdout)["cuts"]["all"][""]
    assert cut["rework_rate"]["numerator"] == 0
    assert cut["duplicates"]["by_kind"]["exact"] == 1  # the copy, not the re-run of everything


def test_duplicates_in_one_batch_are_the_same_with_and_without_a_ledger(tmp_path, batch):
    without = _check(tmp_path, batch)
    with_ledger = _check(tmp_path, batch, "--out", str(tmp_path / "out"), "--ledger", str(tmp_path / "l.sqlite"))
    assert _dups(without) == _dups(with_ledger)
    assert _dups(without)["b-copy.pdf"] == [("a-reply.pdf", "exact")]
    assert _dups(without)["c-scan.pdf"] == [("a-reply.pdf", "same_plan"), ("b-copy.pdf", "same_plan")]
    assert _dups(without)["a-reply.pdf"] == []
    # a copy under another name in a later batch is an exact duplicate of the clean one seen before
    later = tmp_path / "later"
    later.mkdir()
    shutil.copy(batch / "d-statement.pdf", later / "statement-again.pdf")
    again = _check(tmp_path, later, "--ledger", str(tmp_path / "l.sqlite"))
    assert _dups(again)["statement-again.pdf"] == [("d-statement.pdf", "exact")]
    assert again["statement-again.pdf"]["status"] == "needs_review"


def test_ctrl_c_writes_what_was_done_and_a_re_run_finishes_the_job(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i, name in enumerate((REPLY, STATEMENT, LOA, "brunswick_wealth-loa_response-01.pdf"), 1):
        shutil.copy(SAMPLES / name, folder / f"{i}-{name}")
    ledger, out = tmp_path / "l.sqlite", tmp_path / "out"
    # The third document takes a minute (the runner's test hook), so the signal lands mid-batch.
    env = _env(tmp_path, PROVCHECK_TEST_FAULT=json.dumps({"3-*": "sleep:60"}))
    proc = subprocess.Popen(
        _cmd(folder, "--out", str(out), "--ledger", str(ledger)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as from a terminal
    )
    try:
        deadline = time.monotonic() + 120
        while _count(ledger, "SELECT COUNT(*) FROM runs") < 2:
            assert proc.poll() is None and time.monotonic() < deadline, "the batch never got going"
            time.sleep(0.2)
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "interrupted: 2 documents done, 2 not done" in err and "Traceback" not in err
    assert "run the same command again" in err
    # outputs and ledger agree: the two documents done, and the ledger's batch is left unfinished
    assert len((out / "results.jsonl").read_text().splitlines()) == 2
    assert _count(ledger, "SELECT COUNT(*) FROM runs") == 2
    assert _count(ledger, "SELECT COUNT(*) FROM batches WHERE finished_at IS NULL") == 1

    rerun = subprocess.run(
        _cmd(folder, "--out", str(out), "--ledger", str(ledger)), capture_output=True, env=_env(tmp_path), timeout=300
    )
    once = subprocess.run(
        _cmd(folder, "--out", str(tmp_path / "once"), "--ledger", str(tmp_path / "once.sqlite")),
        capture_output=True, env=_env(tmp_path), timeout=300,
    )
    assert rerun.returncode == once.returncode and rerun.returncode in (0, 1)
    assert _exports(out) == _exports(tmp_path / "once")
    assert len(_rows(out / "plans.csv")) >= 2
    assert _count(ledger, "SELECT COUNT(*) FROM runs WHERE is_rework = 1") == 0


def test_a_client_already_in_the_crm_is_a_match_not_a_duplicate(tmp_path, batch):
    truth = json.loads((SAMPLES / REPLY).with_suffix(".truth.json").read_text())["record"]
    last = truth["client_name"].rpartition(" ")[2]
    crm = crm_knowing(tmp_path / "crm-export.csv", truth)
    plain = _check(tmp_path, batch, "--out", str(tmp_path / "plain"), "--ledger", str(tmp_path / "p.sqlite"))
    known = _check(
        tmp_path, batch, "--out", str(tmp_path / "known"), "--ledger", str(tmp_path / "k.sqlite"), "--known", str(crm)
    )
    assert known == plain  # statuses and duplicates untouched: duplicates are between documents
    assert known["a-reply.pdf"]["status"] == "clean" and known["a-reply.pdf"]["duplicates"] == []
    clients = {r["last_name"]: r for r in _rows(tmp_path / "known" / "clients.csv")}
    assert clients[last]["client_ref"] == "CRM-0042" and clients[last]["match_status"] == "matched"
    plans = {r["policy_number"]: r for r in _rows(tmp_path / "known" / "plans.csv")}
    assert plans[truth["policy_number"]]["client_ref"] == "CRM-0042"
    plain_clients = {r["last_name"]: r for r in _rows(tmp_path / "plain" / "clients.csv")}
    assert plain_clients[last]["client_ref"].startswith("C") and plain_clients[last]["client_ref"] != "CRM-0042"
    assert "CRM-0043" not in (tmp_path / "known" / "clients.csv").read_text(encoding="utf-8-sig")


def _count(ledger: Path, sql: str) -> int:
    if not ledger.exists():
        return 0
    conn = sqlite3.connect(ledger, timeout=10)
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def test_a_copied_folder_names_the_copy_it_repeats_once_by_its_whole_path(tmp_path):
    # Two copies of the same documents checked with the default ledger: the second copy's files are exact
    # duplicates of the first's, which have the same names, so the reason gives the earlier one's whole path
    # (no time: export rows hold no run times); checking the first copy again is a re-run (metrics.md).
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        shutil.copy(SAMPLES / REPLY, folder / REPLY)
        shutil.copy(SAMPLES / STATEMENT, folder / STATEMENT)
    _check(tmp_path, first, "--out", str(tmp_path / "out1"))
    copies = _check(tmp_path, second, "--out", str(tmp_path / "out2"))
    rerun = _check(tmp_path, first, "--out", str(tmp_path / "out3"))
    assert {n: r["status"] for n, r in rerun.items()} == {REPLY: "clean", STATEMENT: "clean"}
    assert _dups(rerun) == {REPLY: [], STATEMENT: []}
    assert _dups(copies) == {REPLY: [(REPLY, "exact")], STATEMENT: [(STATEMENT, "exact")]}
    rows = {Path(r["path"]).name: r["reasons"] for r in _rows(tmp_path / "out2" / "exceptions.csv")}
    for name in (REPLY, STATEMENT):
        assert rows[name] == f"Possible duplicate: an exact copy of {(first / name).resolve()}."
