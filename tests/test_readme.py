"""The README's Python API example is real: extracted from the README and run as a user would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
STATUSES = {"clean", "needs_review", "rejected", "failed"}
DOC_TYPES = {"loa", "loa_response", "annual_statement", "unknown"}


def _api_example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert len(blocks) == 1, "the Python API section holds one example"
    return blocks[0]


def test_python_api_example_runs(tmp_path):
    code = _api_example()
    assert "check_paths" in code and "CheckOptions" in code
    env = {k: v for k, v in os.environ.items() if k != "PROVCHECK_LEDGER"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 3, proc.stdout
    for line in lines:
        status, doc_type, *rest = line.split()
        assert status in STATUSES and doc_type in DOC_TYPES, line
        assert rest[-1].endswith((".pdf", ".png", ".tif", ".tiff")), line
    assert sum(" None " not in line for line in lines) >= 2  # client names were read, not just printed None


def test_readme_points_at_the_projects_own_docs():
    text = README.read_text(encoding="utf-8")
    assert "shared/spec" not in text
    for doc in re.findall(r"`(docs/[\w.-]+)`", text):
        assert (README.parent / doc).is_file(), doc
    assert {"docs/result-format.md", "docs/metrics.md"} <= set(re.findall(r"`(docs/[\w.-]+)`", text))
