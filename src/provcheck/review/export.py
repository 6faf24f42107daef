"""Regenerate a `check --out` folder's CSVs from the ledger, so approved documents count (spec/review.md).

An approved document's latest run is a `clean` review run in the same batch, so building the batch's
tables from `Ledger.entries(batch_id=...)` puts it in plans/holdings/clients.csv and out of exceptions.csv.
"""

from __future__ import annotations

from pathlib import Path

from provcheck.errors import ConfigError
from provcheck.export.tables import ExportItem
from provcheck.export.write import ExportSummary, write_exports
from provcheck.ledger import Ledger
from provcheck.ledger.earlier import earlier_documents
from provcheck.rules.crm import CrmProfile


def export_batch(ledger: Ledger, batch_id: int, out_dir: Path, profile: CrmProfile | None = None) -> ExportSummary:
    """Write `out_dir`'s CSVs, results.jsonl and report from the batch's documents' results in the ledger.

    The CRM profile, `--known` file and required fields are those `check` wrote the folder with
    (`export.settings`), unless `profile` is given.
    """
    from provcheck.export.batch import write_report_with_ids
    from provcheck.export.settings import load_settings

    settings = load_settings(out_dir)
    entries = ledger.entries(batch_id=batch_id, per_path=True)  # a copy under another name keeps its line
    items = [ExportItem(e.result, superseded=e.superseded) for e in entries]
    earlier = earlier_documents(ledger)
    summary = write_exports(out_dir, items, profile or settings.profile, known=settings.known, earlier=earlier)
    summary.files += write_report_with_ids(out_dir, [(e.result, e.document_id) for e in entries], settings.required)
    return summary


def batch_for_out(ledger: Ledger, out_dir: Path) -> int | None:
    """The latest `check` batch that wrote `out_dir` (its origin is the absolute --out folder)."""
    row = ledger.conn.execute(
        "SELECT MAX(id) FROM batches WHERE kind = 'check' AND origin = ?", (str(Path(out_dir).resolve()),)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def regenerate_outputs(ledger: Ledger, document_id: int) -> list[Path]:
    """After a review action, rewrite the out/ folders of the batches and inboxes that hold the document.

    Only an out/ folder whose latest `check` batch holds the document is rewritten (an older batch's view
    of a folder that a later check has replaced is left alone). In a watched inbox the original is placed
    by the decision first (`review.inbox`: an approval moves it from review/ to processed/). A folder
    whose `--known` CRM export cannot be read any more is left as it is (the next check or watch writes
    it): written without it, its clients would lose their CRM references.
    """
    from provcheck.ledger.review import batches_of
    from provcheck.review.inbox import settle_in_inboxes

    written = []
    for batch_id, kind, origin in batches_of(ledger, document_id):
        if kind != "check" or origin == "-":
            continue
        latest = batch_for_out(ledger, Path(origin))
        if latest == batch_id and Path(origin).is_dir():
            try:
                export_batch(ledger, batch_id, Path(origin))
            except ConfigError:  # its --known file has gone: left as it is rather than written without it
                continue
            written.append(Path(origin))
    return written + settle_in_inboxes(ledger, document_id)
