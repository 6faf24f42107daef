from __future__ import annotations

import json

from provcheck.report.batch import BatchReport
from provcheck.report.files import atomic_write_text, read_csv, report_rows, write_batch_report

from .conftest import make_result, random_results


def _report(required):
    report = BatchReport(required)
    for spec in random_results(120, seed=11):
        report.add(make_result(**spec))
    return report


def test_write_batch_report_writes_three_files_and_no_temporaries(tmp_path, required):
    report = _report(required)
    paths = write_batch_report(tmp_path / "out", report)
    assert [p.name for p in paths] == ["report.json", "report.csv", "report.html"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "report.csv",
        "report.html",
        "report.json",
    ]


def test_json_round_trip(tmp_path, required):
    report = _report(required)
    write_batch_report(tmp_path, report)
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8")) == report.to_json()


def test_csv_round_trip_and_figures(tmp_path, required):
    report = _report(required)
    write_batch_report(tmp_path, report)
    rows = read_csv(tmp_path / "report.csv")
    assert rows == report_rows(report.to_json())
    index = {(r["metric"], r["dimension"], r["key"], r["item"]): r for r in rows}
    # Figures read back from the CSV agree with counts taken straight from the specs.
    specs = random_results(120, seed=11)
    assert index["documents", "all", "", ""]["value"] == len(specs)
    errors = sum(any(sev == "error" for _, sev in s["issues"]) for s in specs)
    error_row = index["error_rate", "all", "", ""]
    assert (error_row["numerator"], error_row["denominator"]) == (errors, len(specs))
    failed = sum(s["status"] == "failed" for s in specs)
    assert index["by_status", "all", "", "failed"]["value"] == failed
    for row in rows:
        if row["denominator"]:
            assert abs(row["value"] - row["numerator"] / row["denominator"]) < 1e-4


def test_atomic_write_replaces_and_cleans_up(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
