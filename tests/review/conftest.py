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
