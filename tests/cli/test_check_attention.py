"""`provcheck check` ends with the documents a person must look at; report.html lists every document."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.cli.conftest import SAMPLES, json_lines, run_cli

TEXT = SAMPLES / "text"
KNOWLEDGE = ["--knowledge", str(SAMPLES / "knowledge"), "--as-of", "2026-11-01"]
# With the invented houses known, these two read clean; loa-02 is unsigned (rejected), loa-01 has no NI number.
CLEAN = ("aldgate_life-annual_statement-01.pdf", "aldgate_life-loa_response-01.pdf")
REJECTED, REVIEW = "aldgate_life-loa-02.pdf", "aldgate_life-loa-01.pdf"


def _folder(tmp_path: Path, names: tuple[str, ...], rename: dict[str, str] | None = None) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        shutil.copy(TEXT / name, folder / (rename or {}).get(name, name))
    return folder


def _table(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith("need attention:"))
    return lines[start:]


def test_the_table_names_each_document_needing_attention_with_its_reason(tmp_path: Path) -> None:
    folder = _folder(tmp_path, (*CLEAN, REJECTED, REVIEW))
    done = run_cli("check", str(folder), *KNOWLEDGE)
    assert done.returncode == 1, done.stderr
    table = _table(done.stderr)
    assert table[0] == "2 documents need attention:"
    assert table[1].split() == ["file", "status", "type", "provider", "reason"]
    rejected, review = table[2], table[3]  # the rejected one first
    unsigned = r"\s+rejected\s+loa\s+Aldgate Life\s+The letter of authority has no sig"
    assert re.match(re.escape(REJECTED) + unsigned, rejected)
    assert re.match(rf"{re.escape(REVIEW)}\s+needs_review\s+loa\s+Aldgate Life\s+No National Insurance number", review)
    assert all(len(line) <= 100 for line in table)
    assert review.endswith("…")  # the message is longer than the line
    assert len(table) == 4 and not any(name in done.stderr for name in CLEAN)


def test_a_clean_batch_and_a_json_run_print_no_table(tmp_path: Path) -> None:
    clean = run_cli("check", str(_folder(tmp_path, CLEAN)), *KNOWLEDGE)
    assert clean.returncode == 0, clean.stderr
    assert "need attention" not in clean.stderr and "2 documents: 2 clean" in clean.stderr
    (tmp_path / "j").mkdir()
    shutil.copy(TEXT / REJECTED, tmp_path / "j" / REJECTED)
    as_json = run_cli("check", str(tmp_path / "j"), "--json", *KNOWLEDGE)
    assert json_lines(as_json.stdout)[REJECTED]["status"] == "rejected"
    assert "need attention" not in as_json.stderr


def test_report_html_lists_every_document_escaped_with_its_ledger_id(tmp_path: Path) -> None:
    odd = "a<b>&c.pdf"
    folder = _folder(tmp_path, (*CLEAN, REJECTED), rename={REJECTED: odd})
    out = tmp_path / "out"
    done = run_cli("check", str(folder), "--out", str(out), "--ledger", str(tmp_path / "l.sqlite"), *KNOWLEDGE)
    assert done.returncode == 1, done.stderr
    html = (out / "report.html").read_text(encoding="utf-8")
    section = html[html.index("<h2>Documents</h2>") :]
    rows = re.findall(r'<tr class="status-(\w+)"><td>(.*?)</td><td>(\w+)</td>.*?<td>(\d+)</td></tr>', section)
    assert sorted((r[1], r[0], r[2]) for r in rows) == sorted(
        [(CLEAN[0], "clean", "clean"), (CLEAN[1], "clean", "clean"), ("a&lt;b&gt;&amp;c.pdf", "rejected", "rejected")]
    )
    assert odd not in html  # never raw
    assert sorted(int(r[3]) for r in rows) == [1, 2, 3]
    assert "provcheck review" in section
    assert "The letter of authority has no signature" in section
