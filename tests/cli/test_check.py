"""`provcheck check` (and `watch --once`) without Tesseract: the batch finishes, scans fail, the exit code is 3.

spec/record.md "More decisions": each document that needs OCR is `failed` with rule `ocr_unavailable` and
install advice; every other document is still checked. The CLI runs as a real subprocess whose PATH has no
tesseract, so the error has to cross from the worker process that met it (issue 13, item 5).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import SAMPLES, json_lines, run_cli

SCAN = "aldgate_life-loa-01.pdf"  # samples/scanned: a one-page scan, no text layer
TEXT = "aldgate_life-annual_statement-01.pdf"  # samples/text: clean in its truth
ADVICE = "apt-get install tesseract-ocr"


@pytest.fixture
def no_tesseract(tmp_path: Path) -> dict[str, str]:
    empty = tmp_path / "bin"
    empty.mkdir()
    return {"PATH": str(empty)}


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SAMPLES / "scanned" / SCAN, folder / "scan.pdf")
    shutil.copy(SAMPLES / "text" / TEXT, folder / "text.pdf")
    return folder


def test_a_scan_without_tesseract_fails_with_install_advice_and_exit_3(batch: Path, no_tesseract) -> None:
    proc = run_cli("check", str(batch), "--json", "--as-of", "2026-11-01", "--jobs", "2", env=no_tesseract)
    assert proc.returncode == 3, proc.stderr
    results = json_lines(proc.stdout)
    scan = results["scan.pdf"]
    assert scan["status"] == "failed"
    assert [(i["rule"], i["severity"], i["field"]) for i in scan["issues"]] == [("ocr_unavailable", "error", None)]
    assert ADVICE in scan["issues"][0]["message"] and "report it" not in scan["issues"][0]["message"]
    # the text document in the same batch is still read and checked
    text = results["text.pdf"]
    assert text["status"] == "clean" and text["record"]["provider"] == "Aldgate Life"
    assert ADVICE in proc.stderr and "1 document could not be checked" in proc.stderr


def test_watch_once_without_tesseract_exits_3_and_files_the_scan_with_the_advice(
    batch: Path, no_tesseract, tmp_path: Path
) -> None:
    ledger = tmp_path / "l.db"
    args = ("watch", str(batch), "--once", "--settle", "0", "--ledger", str(ledger), "--as-of", "2026-11-01")
    proc = run_cli(*args, env=no_tesseract)
    assert proc.returncode == 3, proc.stderr
    assert ADVICE in (batch / "failed" / "scan.pdf.txt").read_text()
    assert (batch / "processed" / "text.pdf").exists()
    assert ADVICE in proc.stderr


def test_with_tesseract_the_same_scan_is_read(batch: Path) -> None:
    # The control: the failure above comes from the PATH, not from the scan.
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed here")
    (batch / "text.pdf").unlink()
    proc = run_cli("check", str(batch), "--json", "--as-of", "2026-11-01", "--jobs", "1")
    assert proc.returncode in (0, 1), proc.stderr
    assert json_lines(proc.stdout)["scan.pdf"]["status"] != "failed"
