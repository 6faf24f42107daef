"""Writing reports to files: JSON, tidy CSV and HTML, each replaced atomically.

A report file is written to a temporary file in the same folder and renamed over the old one
(spec/watch.md), so a reader never sees half a report and a crash leaves the last good one. The
CSV is long ("tidy"): one figure a row, columns `figures.ROW_FIELDS`; `read_csv` reads it back.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from provcheck.report.figures import ROW_FIELDS, cuts_rows


def atomic_write_text(path: Path, text: str) -> Path:
    """Write `text` (UTF-8) to `path` through a temporary file and a rename.

    Args:
        path: the file to create or replace.
        text: its whole content.

    Returns:
        `path`.
    """
    # one atomic-write routine for every file provcheck replaces (the watcher knows its temp names)
    from provcheck.export.write import atomic_write_bytes  # here, not at the top: export imports report

    return atomic_write_bytes(path, text.encode("utf-8"))


def json_text(data: Mapping[str, Any]) -> str:
    """A report as pretty JSON text."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def csv_text(rows: Iterable[Mapping[str, Any]]) -> str:
    """Tidy rows as CSV text with a header; None is an empty cell."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ROW_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row[k] for k in ROW_FIELDS})
    return buf.getvalue()


def _number(text: str) -> int | float | None:
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        return float(text)


def read_csv(path: Path) -> list[dict[str, Any]]:
    """Read a tidy report CSV back: numbers as int or float, empty cells as None.

    Args:
        path: a CSV written by `csv_text`.

    Returns:
        The rows, in file order.
    """
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    numeric = ("value", "numerator", "denominator")
    return [{k: (_number(v) if k in numeric else v) for k, v in row.items()} for row in rows]


def report_rows(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The tidy rows of any report's JSON (batch or ledger metrics)."""
    return cuts_rows(data["cuts"])


def write_report_files(out_dir: Path, data: Mapping[str, Any], formats: Iterable[str]) -> list[Path]:
    """Write a report's JSON in the given formats (`json`, `csv`, `html`) as `report.<format>`.

    Args:
        out_dir: the folder (created if needed).
        data: the report's JSON (`BatchReport.to_json()` or `metrics.compute(...)`).
        formats: which files to write.

    Returns:
        The paths written, in the order asked.
    """
    from provcheck.report.html import render_html

    writers = {
        "json": lambda: json_text(data),
        "csv": lambda: csv_text(report_rows(data)),
        "html": lambda: render_html(data),
    }
    return [atomic_write_text(Path(out_dir) / f"report.{fmt}", writers[fmt]()) for fmt in formats]


def write_batch_report(out_dir: Path, report: Any) -> list[Path]:
    """Write `report.json`, `report.csv` and `report.html` for a batch (used by `check --out`).

    Args:
        out_dir: the output folder (created if needed).
        report: a `BatchReport`, or its JSON.

    Returns:
        The three paths written.
    """
    data = report.to_json() if hasattr(report, "to_json") else report
    return write_report_files(out_dir, data, ("json", "csv", "html"))
