"""The bench scripts are Python without a .py suffix (run as `bench/NAME`), so ruff skips them unless told.

Each one is listed in pyproject's `extend-include`, so `ruff check bench` lints it like the package
(line length and all); this test fails when a new script is added without being listed.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _scripts() -> list[str]:
    found = []
    for path in sorted((REPO / "bench").iterdir()):
        if path.is_file() and not path.suffix:
            with open(path, "rb") as fh:
                first = fh.readline()
            if first.startswith(b"#!") and b"python" in first:
                found.append(f"bench/{path.name}")
    return found


def test_every_bench_script_is_linted() -> None:
    ruff = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]
    scripts = _scripts()
    assert "bench/speed" in scripts
    assert sorted(set(scripts) - set(ruff.get("extend-include", []))) == []


def test_the_bench_scripts_pass_ruff() -> None:
    try:
        import ruff  # noqa: F401
    except ImportError:
        pytest.skip("ruff is not installed here")
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format", "concise", *_scripts()],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
