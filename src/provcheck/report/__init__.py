"""Reports: the batch report of one `check` run and the ledger's metrics over a period.

Both become one JSON shape (`cuts`: figures per dimension and key) that every renderer reads:
`terminal` (rich), `files` (JSON, tidy CSV, atomic writes) and `html` (one self-contained page).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provcheck.report.batch import BatchReport
    from provcheck.report.files import write_batch_report, write_report_files
    from provcheck.report.html import render_html
    from provcheck.report.terminal import print_report, print_summary

# Each name is imported when first asked for: `check` reads report.attention on every run, and the
# renderers (rich for the terminal, the HTML page) cost more start-up than a one-page check's reading.
_WHERE = {
    "BatchReport": "batch",
    "write_batch_report": "files",
    "write_report_files": "files",
    "render_html": "html",
    "print_report": "terminal",
    "print_summary": "terminal",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)


__all__ = [
    "BatchReport",
    "print_report",
    "print_summary",
    "render_html",
    "write_batch_report",
    "write_report_files",
]
