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


def _use_lines() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Use", 1)[1].split("\n\n", 2)[1]
    return [line.split("#", 1)[0].split() for line in block.splitlines() if line.strip().startswith("provcheck ")]


def test_the_use_examples_name_only_options_their_command_has():
    from typer.testing import CliRunner

    from provcheck.cli import app

    runner = CliRunner()
    lines = [words for words in _use_lines() if not words[1].startswith("-")]
    assert len(lines) >= 10
    for words in lines:
        command = words[1:3] if words[1] == "rules" else words[1:2]
        shown = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
        assert shown.exit_code == 0, words
        for flag in (w.strip("[]") for w in words if w.strip("[]").startswith("--")):
            assert flag in shown.output, f"{' '.join(words)}: {flag} is not an option of provcheck {' '.join(command)}"


def test_the_ledger_the_examples_use_is_the_one_check_out_writes(tmp_path):
    # `check --out out/` records in the default ledger, not in out/: an example pointing `review` (or any
    # command) at a ledger file must name one that the README's own `check --out` example has written.
    sample = README.parent / "samples" / "text" / "aldgate_life-loa-01.pdf"
    env = {k: v for k, v in os.environ.items() if k != "PROVCHECK_LEDGER"} | {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    proc = subprocess.run(
        [sys.executable, "-m", "provcheck", "check", str(sample), "--out", "out/", "--jobs", "1"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert (tmp_path / "xdg" / "provcheck" / "ledger.sqlite").is_file()
    assert "provcheck/ledger.sqlite" in README.read_text(encoding="utf-8")  # the README says where it is
    for words in _use_lines():
        if "--ledger" in words:
            named = words[words.index("--ledger") + 1]
            assert (tmp_path / named).is_file(), f"{' '.join(words)}: check --out wrote no {named}"
