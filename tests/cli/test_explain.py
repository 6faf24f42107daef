"""`provcheck explain FILE`: every candidate of every field and its ruling, as a user runs it (a subprocess).

The statement is drawn here with reportlab: a "Fund value" label gives an amount the fund table
does not add up to, and a sentence gives the one it does, so the ruling a support engineer needs
("lost: disagrees with the holdings total") is on the page.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.cli.conftest import SAMPLES, run_cli

ROWS = [
    "Aldgate Life",
    "Your annual statement",
    "Mrs Jane Smith",
    "Plan number: AL1234567",
    "National Insurance number: QQ123456C",
    "Fund value|£10,800.00",
    "",
    "Fund|Units|Price|Value",
    "Aldgate Global Equity|2000.00|3.0000|6,000.00",
    "Aldgate Managed Bond|3000.00|1.6667|5,000.00",
]


def _statement(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 790.0
    for text in ROWS:
        for col, cell in zip((60, 250, 340, 430), text.split("|"), strict=False):
            c.drawString(col, y, cell)
        y -= 16
    c.drawString(60, y - 10, "The value of your plan on 5 April 2026 was £11,000.00.")
    c.save()
    return path


def _explained(*args: str) -> dict:
    proc = run_cli("explain", *args, "--json", "--as-of", "2026-11-01")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_json_gives_every_candidate_with_its_ruling_and_evidence(tmp_path: Path) -> None:
    got = _explained(str(_statement(tmp_path / "s.pdf")))
    assert (got["schema"], got["doc_type"]) == ("provcheck.explain/1", "annual_statement")
    values = [c for c in got["candidates"] if c["field"] == "plan_value"]
    won = [c for c in values if c["won"]]
    assert len(won) == 1 and won[0]["value"] == "11000.00" and won[0]["finder"] == "sentence"
    assert won[0]["reason"] == "won: agrees with the holdings total" and won[0]["in_record"]
    assert won[0]["text"] == "value of your plan on 5 April 2026 was £11,000.00." and won[0]["page"] == 1
    lost = next(c for c in values if c["finder"] == "labelled")
    assert (lost["value"], lost["won"], lost["reason"]) == (
        "10800.00",
        False,
        "lost: disagrees with the holdings total",
    )
    assert lost["text"] == "Fund value £10,800.00" and 0 < lost["confidence"] <= 1 and 0 < lost["score"] <= 1
    holdings = next(c for c in got["candidates"] if c["field"] == "holdings")
    assert [h["value"] for h in holdings["value"]] == ["6000.00", "5000.00"]
    # the rule pack's findings on a field stand beside its candidates: QQ is HMRC's placeholder
    assert any("ni_number" in i and i.startswith("error") for i in got["issues"]["ni_number"])


def test_the_table_says_which_won_and_why(tmp_path: Path) -> None:
    proc = run_cli("explain", str(_statement(tmp_path / "s.pdf")), "--as-of", "2026-11-01")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].endswith(": annual_statement")
    assert lines[2].split()[:2] == ["field", "value"] and "ruling" in lines[2]
    won = next(ln for ln in lines if ln.startswith("plan_value") and "won:" in ln)
    assert "*" in won.split() and "11000.00" in won and "sentence" in won and "agrees with the holdings total" in won
    lost = next(ln for ln in lines if ln.startswith("plan_value") and "10800.00" in ln and "labelled" in ln)
    assert lost.endswith("lost: disagrees with the holdings total")
    assert any(ln.startswith("ni_number: error") for ln in lines)


def test_the_knowledge_folder_in_force_is_the_one_given(tmp_path: Path) -> None:
    sample = str(SAMPLES / "text" / "aldgate_life-annual_statement-01.pdf")
    # the sample houses live in samples/knowledge (in force for the tests); its web domain names Aldgate Life
    known = next(c for c in _explained(sample)["candidates"] if c["field"] == "provider" and c["won"])
    assert (known["value"], known["basis"]) == ("Aldgate Life", "domain")
    empty = tmp_path / "knowledge"
    empty.mkdir()
    other = [c for c in _explained(sample, "--knowledge", str(empty))["candidates"] if c["field"] == "provider"]
    assert all(c["basis"] != "domain" for c in other)


def test_a_bad_rule_pack_or_a_missing_file_exits_2_saying_what(tmp_path: Path) -> None:
    pack = tmp_path / "rules.yaml"
    pack.write_text("no_such_setting: 1\n", encoding="utf-8")
    pdf = str(_statement(tmp_path / "s.pdf"))
    proc = run_cli("explain", pdf, "--rules", str(pack))
    assert proc.returncode == 2 and str(pack) in proc.stderr and "no_such_setting" in proc.stderr
    proc = run_cli("explain", str(tmp_path / "missing.pdf"))
    assert proc.returncode == 2 and "missing.pdf: no such file" in proc.stderr


def test_a_file_that_is_no_document_exits_1_with_the_reason(tmp_path: Path) -> None:
    junk = tmp_path / "notes.pdf"
    junk.write_text("just some words", encoding="utf-8")
    proc = run_cli("explain", str(junk))
    assert proc.returncode == 1 and proc.stdout == "" and "notes.pdf" in proc.stderr
