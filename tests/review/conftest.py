"""A real batch for the review desk: documents from `provcheck samples`, checked by `provcheck check --out`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from provcheck.ledger import Ledger
from tests.cli.conftest import run_cli


@pytest.fixture(scope="session")
def checked_batch(tmp_path_factory) -> Path:
    """A folder with samples/, out/ and ledger.db from one real check of 12 generated documents."""
    root = tmp_path_factory.mktemp("review-batch")
    made = run_cli("samples", "--out", str(root / "samples"), "--count", "12", "--seed", "7")
    assert made.returncode == 0, made.stderr
    done = run_cli(
        "check", str(root / "samples" / "text"), "--out", str(root / "out"), "--ledger", str(root / "ledger.db")
    )
    assert done.returncode in (0, 1), done.stderr  # 1: some documents need review, which is the point
    return root


@pytest.fixture
def batch(checked_batch, tmp_path) -> Path:
    """A private copy of the checked batch (ledger, out/ and samples), so each test changes only its own."""
    copy = tmp_path / "batch"
    shutil.copytree(checked_batch, copy)
    return copy


@pytest.fixture
def ledger(batch):
    with Ledger.open(batch / "ledger.db") as opened:
        yield opened


@pytest.fixture
def teach_batch(tmp_path) -> Path:
    """A checked batch for teaching: statements drawn with a label provcheck does not know.

    `docs/`: Aldgate Life (a.pdf), Cairngorm Assurance (c.pdf) and Tarn Pensions, a provider in no
    knowledge (t.pdf), each printing "Sum held for you today" beside its plan value; checked with a
    private copy of samples/knowledge (`knowledge/`), into `ledger.db` and `out/`.
    """
    from tests.extractor.learned_docs import knowledge_copy, statement

    folder = knowledge_copy(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    statement(docs / "a.pdf", "Aldgate Life", "AL12345678", "£48,210.33")
    statement(docs / "c.pdf", "Cairngorm Assurance", "C123456789", "£7,001.00")
    statement(docs / "t.pdf", "Tarn Pensions", "TP-0001", "£3,300.00")
    done = run_cli(
        "check", str(docs), "--out", str(tmp_path / "out"), "--ledger", str(tmp_path / "ledger.db"),
        "--knowledge", str(folder), "--as-of", "2026-11-01",
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return tmp_path


CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]  # fmt: skip


@contextmanager
def running_desk(ledger: Path, knowledge: Path | None = None) -> Iterator[str]:
    """A real `provcheck review` process over `ledger` on a free port: its URL (with the token) while it runs."""
    env = {k: v for k, v in os.environ.items() if k != "PROVCHECK_LEDGER"}
    extra = ["--knowledge", str(knowledge)] if knowledge is not None else []
    # the desk's own messages go to a file (a pipe nobody reads could fill): shown if it stops before the test ends
    fd, name = tempfile.mkstemp(prefix="provcheck-desk-", suffix=".log")
    log = Path(name)
    with os.fdopen(fd, "w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "provcheck", "review", "--ledger", str(ledger), "--port", "0",
             "--no-browser", "--reviewer", "browser-test", *extra],
            stdout=subprocess.PIPE, stderr=err, text=True, env=env,
        )  # fmt: skip
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("provcheck review: http://127.0.0.1:"), (line, log.read_text())
        yield line.removeprefix("provcheck review: ")
        assert proc.poll() is None, f"the desk stopped with {proc.returncode} during the test: {log.read_text()}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.unlink(missing_ok=True)


@pytest.fixture
def browser():
    """Headless Debian Chromium driven by Playwright (no browser is downloaded)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install the test extra (playwright)")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield launched
        finally:
            launched.close()
