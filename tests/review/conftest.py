"""A real batch for the review desk: documents from `provcheck samples`, checked by `provcheck check --out`."""

from __future__ import annotations

import shutil
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
