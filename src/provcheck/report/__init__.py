"""Reports: the batch report of one `check` run and the ledger's metrics over a period.

Both become one JSON shape (`cuts`: figures per dimension and key) that every renderer reads:
`terminal` (rich), `files` (JSON, tidy CSV, atomic writes) and `html` (one self-contained page).
"""

from provcheck.report.batch import BatchReport
from provcheck.report.files import write_batch_report, write_report_files
from provcheck.report.html import render_html
from provcheck.report.terminal import print_report, print_summary

__all__ = [
    "BatchReport",
    "print_report",
    "print_summary",
    "render_html",
    "write_batch_report",
    "write_report_files",
]
