"""The attention table's rows: which reason leads, the order, the limit and the width."""

from __future__ import annotations

from provcheck.models import Duplicate, Issue
from provcheck.report.attention import AttentionRows, Row, attention_lines, top_reason

from .conftest import make_result


def test_top_reason_is_the_first_error_then_warning_then_gaps_then_duplicate() -> None:
    result = make_result("a", status="rejected", missing=["ni_number", "client_dob"])
    result.issues = [
        Issue(rule="w", field=None, severity="warning", message="a warning"),
        Issue(rule="e", field=None, severity="error", message="an error"),
    ]
    assert top_reason(result) == "an error"
    result.issues = result.issues[:1]
    assert top_reason(result) == "a warning"
    result.issues = []
    assert top_reason(result) == "missing: ni_number, client_dob"
    result.missing = []
    result.duplicates = [Duplicate(of="inbox/sub/first.pdf", kind="same_plan", score=0.9)]
    assert top_reason(result) == "possible duplicate of inbox/sub/first.pdf"  # whole: copies share names


def test_worst_first_at_most_the_limit_then_and_n_more_within_the_width() -> None:
    rows = [Row.of(make_result(f"r{i}", status="needs_review", issues=[("x" * 200, "warning")])) for i in range(23)]
    rows.insert(5, Row.of(make_result("bad", status="rejected", issues=[("unsigned", "error")])))
    rows.append(Row.of(make_result("fine")))
    lines = attention_lines(rows, limit=20)
    assert lines[0] == "24 documents need attention:"
    assert lines[2].startswith("bad.pdf") and "unsigned error" in lines[2]
    assert len(lines) == 2 + 20 + 1 and lines[-1] == "and 4 more"
    assert all(len(line) <= 100 for line in lines) and lines[3].endswith("…")
    assert not any("fine.pdf" in line for line in lines)
    assert attention_lines([Row.of(make_result("fine"))]) == []


def test_attention_rows_kept_as_the_batch_goes_give_the_same_table_holding_only_the_shown_rows() -> None:
    statuses = ["needs_review"] * 30 + ["rejected"] * 25 + ["clean"] * 5 + ["failed"] * 3
    results = [
        make_result(f"d{i}", status=s, issues=[] if s == "clean" else [(f"why {i}", "error")])
        for i, s in enumerate(statuses[::2] + statuses[1::2])  # statuses interleaved, as a batch mixes them
    ]
    kept = AttentionRows(limit=20)
    for result in results:
        kept.add(result)
    assert kept.lines() == attention_lines([Row.of(r) for r in results], limit=20)
    assert kept.lines()[0] == "58 documents need attention:" and kept.lines()[-1] == "and 38 more"
    assert sum(len(rows) for rows in kept._first.values()) == 20 + 3 + 20  # never a row per document
