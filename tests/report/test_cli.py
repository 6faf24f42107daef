"""`provcheck report` through the command line: formats, files, exit codes and messages."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from typer.testing import CliRunner

from provcheck.cli import app, main

from .story import build_story

runner = CliRunner()
PERIOD = ["--since", "2026-10-19", "--until", "2026-11-02"]


@pytest.fixture
def ledger_path(tmp_path, monkeypatch):
    path = tmp_path / "ledger.sqlite"
    build_story(path, monkeypatch).close()
    return path


def _main(monkeypatch, capsys, *args):
    monkeypatch.setattr(sys, "argv", ["provcheck", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    return exit_info.value.code, capsys.readouterr()


def test_json_to_stdout(ledger_path):
    result = runner.invoke(app, ["report", "--ledger", str(ledger_path), *PERIOD, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["cuts"]["all"][""]["documents"] == 6
    assert data["period"] == {"since": "2026-10-19T00:00:00.000000Z", "until": "2026-11-02T00:00:00.000000Z"}


def test_relative_since_counts_back_from_until(ledger_path):
    result = runner.invoke(
        app,
        [
            "report",
            "--ledger",
            str(ledger_path),
            "--since",
            "7d",
            "--until",
            "2026-11-02",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["cuts"]["all"][""]["documents"] == 3  # D, C2, F arrived from 10-26


def test_csv_to_stdout(ledger_path):
    result = runner.invoke(app, ["report", "--ledger", str(ledger_path), *PERIOD, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    backlog = [r for r in rows if r["metric"] == "backlog.documents" and r["dimension"] == "all"]
    assert [r["value"] for r in backlog] == ["2"]


def test_terminal_with_out_writes_three_files(ledger_path, tmp_path):
    out = tmp_path / "reports"
    result = runner.invoke(app, ["report", "--ledger", str(ledger_path), *PERIOD, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "First time right" in result.stdout and "Backlog" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == ["report.csv", "report.html", "report.json"]
    assert "Trends per week" in (out / "report.html").read_text(encoding="utf-8")


def test_html_with_out_writes_one_file(ledger_path, tmp_path):
    result = runner.invoke(
        app,
        ["report", "--ledger", str(ledger_path), *PERIOD, "--format", "html", "--out", str(tmp_path / "r")],
    )
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "r").iterdir()] == ["report.html"]


def test_missing_ledger_is_a_usage_error(monkeypatch, capsys, tmp_path):
    code, captured = _main(monkeypatch, capsys, "report", "--ledger", str(tmp_path / "none.sqlite"))
    assert code == 2
    assert f"no ledger at {tmp_path / 'none.sqlite'}" in captured.err
    assert not (tmp_path / "none.sqlite").exists()  # a report never creates a ledger


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "last tuesday"], "--since 'last tuesday': not a date"),
        (["--since", "2026-11-05", "--until", "2026-11-01"], "is not before --until"),
        (["--format", "pdf"], "--format 'pdf': choose one of terminal, json, csv, html"),
    ],
)
def test_bad_options_exit_2(monkeypatch, capsys, ledger_path, args, message):
    code, captured = _main(monkeypatch, capsys, "report", "--ledger", str(ledger_path), *args)
    assert code == 2
    assert message in captured.err
    assert "Traceback" not in captured.err


def test_help_has_an_example():
    result = runner.invoke(app, ["report", "--help"])
    assert result.exit_code == 0
    assert "Example: provcheck report" in result.stdout
