"""The outputs of a one-off batch (`provcheck check DIR --out OUT`): the files of the watched out/ folder.

`BatchOutputs` takes each result as the batch yields it, records it in the ledger (when one is in use, as
one `check` batch), and at the end writes OUT/results.jsonl, the CRM CSVs of clean documents,
exceptions.csv and the report files, each replaced atomically. Within one batch each document's latest
result is the one written; a file given twice (same bytes) appears once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from provcheck.export.tables import ExportItem
from provcheck.export.write import ExportSummary, write_exports
from provcheck.ledger import Ledger, now
from provcheck.models import DocumentResult
from provcheck.rules.crm import CrmProfile


class BatchOutputs:
    """Collects a batch's results for OUT/ and the ledger.

    Args:
        out_dir: the output folder, or None to only record in the ledger.
        profile: the CRM mapping profile.
        ledger_path: the ledger to record into; None with `use_ledger` uses the default location.
        use_ledger: record the batch in the ledger.
        required: required fields per doc type, for the report's missing-data rates.
    """

    def __init__(
        self,
        out_dir: Path | None,
        profile: CrmProfile,
        *,
        ledger_path: Path | None = None,
        use_ledger: bool = True,
        required: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.out_dir = out_dir
        self.profile = profile
        self.required = required
        self.ledger = Ledger.open(ledger_path) if use_ledger else None
        self.warnings: list[str] = list(self.ledger.warnings) if self.ledger else []
        origin = str(out_dir.resolve()) if out_dir is not None else "-"
        self.batch_id = self.ledger.start_batch("check", origin) if self.ledger else None
        self._latest: dict[str, DocumentResult] = {}
        self._started = now()

    def add(self, result: DocumentResult) -> None:
        """Take one result: record it in the ledger and keep it for the files."""
        if self.ledger is not None and self.batch_id is not None:
            self.ledger.record_run(
                self.batch_id,
                result,
                path=result.source.path,
                arrived_at=self._started,
                started_at=self._started,
            )
        self._latest[result.source.sha256 or result.source.path] = result
        self._started = now()

    def finish(self) -> ExportSummary | None:
        """Write OUT/ (when given), close the batch in the ledger, and return what was written."""
        summary = None
        try:
            if self.out_dir is not None:
                items = [ExportItem(r) for r in self._latest.values()]
                summary = write_exports(self.out_dir, items, self.profile)
                summary.files.extend(write_report(self.out_dir, [i.result for i in items], self.required))
                summary.warnings[:0] = self.warnings
            if self.ledger is not None and self.batch_id is not None:
                self.ledger.finish_batch(self.batch_id)
        finally:
            self.close()
        return summary

    def close(self) -> None:
        """Close the ledger (idempotent)."""
        if self.ledger is not None:
            self.ledger.close()
            self.ledger = None


def write_report(
    out_dir: Path, results: list[DocumentResult], required: Mapping[str, Sequence[str]] | None = None
) -> list[Path]:
    """The report files (report.json, .csv, .html) through the report module's batch report.

    The one call site for provcheck.report from the export side (the watcher uses it too).
    """
    try:
        from provcheck.report import BatchReport, write_batch_report
    except ImportError:  # the report module is optional to the export
        return []
    report = BatchReport(required=required, title="provcheck report")
    for result in results:
        report.add(result)
    return list(write_batch_report(out_dir, report))
