"""The outputs of a one-off batch (`provcheck check DIR --out OUT`): the files of the watched out/ folder.

`BatchOutputs` takes each result as the batch yields it, records it in the ledger (when one is in use, as
one `check` batch), and at the end writes OUT/results.jsonl, the CRM CSVs of clean documents,
exceptions.csv and the report files, each replaced atomically. Within one batch each file's latest
result is the one written: a file given twice (same bytes, same path) appears once, while a copy under
another name is a document of the batch too (an `exact` duplicate, in exceptions.csv). The ledger records
each file by its resolved path, which is how a later `check` of the same file is told to be a re-run.
A batch cut short (Ctrl-C) is written with what was done (`finish(interrupted=True)`), and the ledger's
batch is left unfinished; running the same command again re-runs every file and completes the folder.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from provcheck.export.tables import ExportItem
from provcheck.export.write import ExportSummary, atomic_write_chunks, write_exports
from provcheck.ledger import Ledger, now
from provcheck.ledger.earlier import earlier_documents
from provcheck.models import DocumentResult
from provcheck.rules.crm import CrmProfile

if TYPE_CHECKING:
    from provcheck.report import BatchReport

# What export.tables reads of the evidence: source_page, and the printed product (plan_type)
TABLE_EVIDENCE = {"policy_number", "policy_numbers", "plan_value", "holdings", "plan_type"}


class BatchOutputs:
    """Collects a batch's results for OUT/ and the ledger.

    Args:
        out_dir: the output folder, or None to only record in the ledger.
        profile: the CRM mapping profile.
        ledger_path: the ledger to record into; None with `use_ledger` uses the default location.
        use_ledger: record the batch in the ledger.
        required: required fields per doc type, for the report's missing-data rates.
        known_path: `--known`: a CRM export whose clients the exports name by their CRM reference.
    """

    def __init__(
        self,
        out_dir: Path | None,
        profile: CrmProfile,
        *,
        ledger_path: Path | None = None,
        use_ledger: bool = True,
        required: Mapping[str, Sequence[str]] | None = None,
        known_path: Path | None = None,
    ) -> None:
        from provcheck.dedupe.known import KnownMatcher

        self.known = KnownMatcher.load(known_path) if known_path is not None else None
        self.known_path = known_path
        self.out_dir = out_dir
        self.profile = profile
        self.required = required
        self.ledger = Ledger.open(ledger_path) if use_ledger else None
        self.warnings: list[str] = list(self.ledger.warnings) if self.ledger else []
        origin = str(out_dir.resolve()) if out_dir is not None else "-"
        self.batch_id = self.ledger.start_batch("check", origin) if self.ledger else None
        # Each result line goes to a spool file as it arrives; memory keeps only where each document's
        # latest line is and its ledger id (issue 14: holding the lines grew the CLI by some 2 KB a
        # document, and the pages they fragmented were copied into every forked worker). Dict order is
        # first arrival, so a file given twice keeps its place with its latest line.
        self._spool = tempfile.TemporaryFile(prefix="provcheck-results-")
        self._latest: dict[str, tuple[int, int, int | None]] = {}  # key -> offset, length, ledger id
        self._started = now()

    def add(self, result: DocumentResult) -> DocumentResult:
        """Take one result: record it in the ledger and keep the document's result for the files.

        Returns:
            The document's result: `result`, or the reviewed result that stands for this file when a
            person approved, corrected or rejected it since an earlier check (spec/review.md "Approvals
            stand"). The machine's run is recorded either way.
        """
        from provcheck.pipeline import resolved

        path = resolved(result.source.path)
        key = f"{result.source.sha256}|{path}"
        ledger_id = None
        if self.ledger is not None and self.batch_id is not None:
            document_id = self.ledger.record_run(
                self.batch_id,
                result,
                path=path,
                arrived_at=self._started,
                started_at=self._started,
            ).document_id
            ledger_id = document_id
            standing = self.ledger.standing_review(document_id, path)
            if standing is not None:
                shown = result.source.path
                result = standing[1]
                result.source.path = shown  # named as this batch gave it
        line = json.dumps(result.to_json_dict(), ensure_ascii=False).encode("utf-8") + b"\n"
        self._spool.seek(0, 2)
        self._latest[key] = (self._spool.tell(), len(line), ledger_id)
        self._spool.write(line)
        self._started = now()
        return result

    def _lines(self) -> Iterator[tuple[bytes, int | None]]:
        """Each document's latest result line (with its newline) and ledger id, in first-arrival order."""
        self._spool.flush()
        for offset, length, ledger_id in self._latest.values():
            self._spool.seek(offset)
            yield self._spool.read(length), ledger_id

    def _items(self, report: BatchReport | None) -> Iterator[ExportItem]:
        """Each document's latest result, rebuilt once for both outputs.

        It is counted into `report` whole, then handed to the CSV tables with only the evidence they
        read (a page number from a few fields).
        """
        for line, ledger_id in self._lines():
            result = DocumentResult.from_json_dict(json.loads(line))
            if report is not None:
                report.add(result, ledger_id)
            result.evidence = {k: v for k, v in result.evidence.items() if k in TABLE_EVIDENCE}
            yield ExportItem(result)

    @property
    def done(self) -> int:
        """How many files' results are held so far."""
        return len(self._latest)

    def finish(self, *, interrupted: bool = False) -> ExportSummary | None:
        """Write OUT/ (when given), close the batch in the ledger, and return what was written.

        Args:
            interrupted: the batch was cut short: OUT/ gets the documents done (the same rows the ledger
                holds for this batch) and the ledger's batch stays unfinished (`finished_at` NULL).
        """
        summary = None
        try:
            if self.out_dir is not None:
                report = batch_report(self.required)
                earlier = earlier_documents(self.ledger) if self.ledger is not None else None
                summary = write_exports(
                    self.out_dir, self._items(report), self.profile, results=False, known=self.known, earlier=earlier
                )
                lines = (line for line, _ in self._lines())
                summary.files.append(atomic_write_chunks(self.out_dir / "results.jsonl", lines))
                summary.files.sort()
                if report is not None:
                    summary.files.extend(_write_report(self.out_dir, report))
                summary.warnings[:0] = self.warnings
                from provcheck.export.settings import save_settings  # for the desk's regeneration

                save_settings(self.out_dir, self.profile, self.known_path, self.required)
            if self.ledger is not None and self.batch_id is not None and not interrupted:
                self.ledger.finish_batch(self.batch_id)
        finally:
            self.close()
        return summary

    def close(self) -> None:
        """Close the ledger and drop the spool (idempotent)."""
        self._spool.close()
        if self.ledger is not None:
            self.ledger.close()
            self.ledger = None


def batch_report(required: Mapping[str, Sequence[str]] | None = None) -> BatchReport | None:
    """An empty batch report, or None when the report module is not there (it is optional to the export)."""
    try:
        from provcheck.report import BatchReport
    except ImportError:
        return None
    return BatchReport(required=required, title="provcheck report")


def write_report_with_ids(
    out_dir: Path,
    results: Iterable[tuple[DocumentResult, int | None]],
    required: Mapping[str, Sequence[str]] | None = None,
) -> list[Path]:
    """The report files of results given with their ledger document ids (the desk links them)."""
    report = batch_report(required)
    if report is None:
        return []
    for result, ledger_id in results:
        report.add(result, ledger_id)
    return _write_report(out_dir, report)


def write_report(
    out_dir: Path,
    results: Iterable[DocumentResult],
    required: Mapping[str, Sequence[str]] | None = None,
    skipped: Sequence[str] = (),
) -> list[Path]:
    """The report files (report.json, .csv, .html) through the report module's batch report.

    The one call site for provcheck.report from the export side (the watcher uses it too, with
    `skipped`: the inbox's entries that are not inputs, listed in the report's skipped section).
    """
    report = batch_report(required)
    if report is None:
        return []
    report.extend(results)
    if not skipped:
        return _write_report(out_dir, report)
    return _write_report(out_dir, {**report.to_json(), "skipped": list(skipped)})


def _write_report(out_dir: Path, report: BatchReport | dict) -> list[Path]:
    from provcheck.report import write_batch_report

    return list(write_batch_report(out_dir, report))
