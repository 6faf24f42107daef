"""Drives the real watcher: a `provcheck watch` subprocess on a temporary inbox.

Documents come from the sample generator (text PDFs, so no OCR); assertions are about where files end up,
ledger rows and CSV row uniqueness, never about what the extractor read.
"""

import csv
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from provcheck.samplegen.corpus import generate

pytestmark = pytest.mark.slow

PROVCHECK = Path(sys.executable).parent / "provcheck"
PLACES = ("processed", "review", "failed")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    generate(out, 30, 11)
    files = sorted((out / "text").glob("*.pdf"))
    assert len(files) >= 24
    return files


def start(inbox, ledger, *extra):
    return subprocess.Popen(
        [
            str(PROVCHECK),
            "watch",
            str(inbox),
            "--settle",
            "0.6",
            "--ledger",
            str(ledger),
            "--as-of",
            "2026-11-01",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def placed(inbox):
    folders = [inbox / d for d in PLACES if (inbox / d).is_dir()]
    return [p for d in folders for p in d.iterdir() if not p.name.endswith((".txt", ".tmp"))]


def wait_for(condition, timeout=60.0, proc=None):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"watcher exited early: {proc.stderr.read()}")
        time.sleep(0.1)
    raise AssertionError("timed out")


def drop(inbox, name, data):
    """Copy the way a careful program does: write a hidden temp file, then rename into place."""
    tmp = inbox / f".{name}.tmp"
    tmp.write_bytes(data)
    os.rename(tmp, inbox / name)


def sha(data):
    return hashlib.sha256(data).hexdigest()


def rows(path, key):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [r[key] for r in csv.DictReader(fh)]


def test_real_watcher_survives_kill_and_files_everything_once(tmp_path, pdfs):
    inbox, ledger = tmp_path / "inbox", tmp_path / "ledger.sqlite"
    inbox.mkdir()
    dropped: Counter[str] = Counter()  # sha -> times dropped
    names: Counter[str] = Counter()  # inbox name -> times dropped

    # Arrived while the watcher was down: picked up on start.
    early = pdfs[0].read_bytes()
    (inbox / "early.pdf").write_bytes(early)
    dropped[sha(early)] += 1
    names["early.pdf"] += 1

    proc = start(inbox, ledger)
    try:
        wait_for(lambda: len(placed(inbox)) == 1, proc=proc)

        # Written slowly in chunks: must not be taken before the last byte lands.
        slow = pdfs[1].read_bytes()
        with open(inbox / "slow.pdf", "wb") as fh:
            for i in range(0, len(slow), len(slow) // 5 + 1):
                fh.write(slow[i : i + len(slow) // 5 + 1])
                fh.flush()
                time.sleep(0.3)
        dropped[sha(slow)] += 1
        names["slow.pdf"] += 1

        # Duplicates (same bytes, two names) and a corrupt file.
        dup = pdfs[2].read_bytes()
        for name in ("dup-a.pdf", "dup-b.pdf"):
            drop(inbox, name, dup)
            dropped[sha(dup)] += 1
            names[name] += 1
        corrupt = b"%PDF-1.4\n" + os.urandom(2000)
        drop(inbox, "corrupt.pdf", corrupt)
        dropped[sha(corrupt)] += 1
        names["corrupt.pdf"] += 1
        # the note is written before the move (spec/watch.md): once the file is there, so is its note
        wait_for(lambda: len(placed(inbox)) == 5, proc=proc)
        assert (inbox / "failed" / "corrupt.pdf").exists()
        assert "could not be read" in (inbox / "failed" / "corrupt.pdf.txt").read_text()

        # Put back after "correction" (same name and bytes): processed again, counted as rework, no overwrite.
        drop(inbox, "corrupt.pdf", corrupt)
        dropped[sha(corrupt)] += 1
        names["corrupt.pdf"] += 1
        wait_for(lambda: (inbox / "failed" / "corrupt (2).pdf").exists(), proc=proc)

        # A burst, killed part-way.
        for i, pdf in enumerate(pdfs[3:]):
            data = pdf.read_bytes()
            drop(inbox, f"burst-{i:02d}.pdf", data)
            dropped[sha(data)] += 1
            names[f"burst-{i:02d}.pdf"] += 1
        wait_for(lambda: len(placed(inbox)) >= 9, proc=proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert len(placed(inbox)) < sum(names.values()), "the kill came too late to test recovery"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    # Restart: finishes what was claimed, takes what is left, then stops cleanly on SIGTERM.
    proc = start(inbox, ledger)
    try:
        wait_for(lambda: len(placed(inbox)) == sum(names.values()), proc=proc)
        time.sleep(1.0)  # let out/ be regenerated while idle
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    # Every file is filed exactly once, nothing is left behind, nothing overwritten.
    assert not [p for p in inbox.iterdir() if p.is_file()]
    assert not list((inbox / ".provcheck" / "work").iterdir())
    assert not [p for d in (*PLACES, "out") for p in (inbox / d).iterdir() if p.name.startswith(".")]
    filed = Counter()
    for path in placed(inbox):
        base = path.name.replace(" (2)", "").replace(" (3)", "")
        filed[base] += 1
        if path.parent.name in ("review", "failed"):
            assert Path(str(path) + ".txt").exists(), f"no note beside {path}"
    assert filed == names

    # The ledger has one run per drop (per content), each claim once; the re-drop is rework.
    conn = sqlite3.connect(ledger)
    runs = Counter(s for (s,) in conn.execute("SELECT d.sha256 FROM runs r JOIN documents d ON d.id = r.document_id"))
    assert runs == dropped
    assert conn.execute("SELECT COUNT(*) FROM runs WHERE claim IS NULL").fetchone()[0] == 0
    statuses = dict(
        conn.execute(
            "SELECT r.path, r.status FROM runs r JOIN documents d ON d.id = r.document_id WHERE d.sha256 = ?",
            (sha(slow),),
        ).fetchall()
    )
    assert statuses and "failed" not in statuses.values(), "the slow file was read before it had arrived"
    rework = conn.execute(
        "SELECT is_rework FROM runs r JOIN documents d ON d.id = r.document_id WHERE d.sha256 = ? ORDER BY r.id",
        (sha(corrupt),),
    ).fetchall()
    assert [r[0] for r in rework] == [0, 1]
    placed_paths = [p for (p,) in conn.execute("SELECT placed_path FROM runs")]
    assert sorted(placed_paths) == sorted(str(p) for p in placed(inbox))

    # out/: regenerated from the ledger, every row once.
    out = inbox / "out"
    lines = (out / "results.jsonl").read_text().splitlines()
    # one line per document and inbox name, as check writes them: dup-a and dup-b both, the re-drop once
    assert len(lines) == len(names) == len(dropped) + 1
    for name, key in (
        ("plans.csv", "plan_ref"),
        ("holdings.csv", None),
        ("clients.csv", "client_ref"),
        ("exceptions.csv", "source_doc_id"),
    ):
        with open(out / name, encoding="utf-8-sig", newline="") as fh:
            body = list(csv.reader(fh))[1:]
        assert len({tuple(r) for r in body}) == len(body), f"duplicate row in {name}"
        if key:
            keys = rows(out / name, key)
            assert len(set(keys)) == len(keys), f"duplicate {key} in {name}"
