"""Fixtures shared by the extractor's tests on documents drawn for them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from provcheck.pipeline import CheckOptions
from provcheck.rules.knowledge import use_knowledge


@pytest.fixture
def options(tmp_path: Path):
    """Check options over an empty knowledge folder: the bundled registry only, as of 2026-11-01."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    yield CheckOptions(as_of=dt.date(2026, 11, 1), knowledge_path=folder)
    use_knowledge(None)
