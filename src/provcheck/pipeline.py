"""The pipeline, top to bottom: read → classify and extract → validate → completeness → status.

`check_file` is one document's stages in order; `check_paths` runs a batch (through the
runner, which isolates documents from each other) and then adds duplicates across it.
Neither exits nor prints: the CLI and the watched folder are two doors into these calls.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from provcheck.errors import DocumentFailure
from provcheck.models import DocumentResult, Issue, Record, Source
from provcheck.rules import RulePack, load_rule_pack
from provcheck.rules.knowledge import use_knowledge
from provcheck.status import completeness, decide_status

if TYPE_CHECKING:
    from provcheck.ledger import Ledger


@dataclass(frozen=True)
class Limits:
    """Per-document resource caps (issue 6): a bomb is refused quickly, the timeout is the last line."""

    timeout_s: float = 60.0
    max_pages: int = 200
    max_pixels: int = 60_000_000
    max_stream_bytes: int = 256 * 1024 * 1024
    max_file_bytes: int = 512 * 1024 * 1024


@dataclass(frozen=True)
class CheckOptions:
    """Everything that shapes a run; plain data so it can cross to worker processes."""

    rules_path: Path | None = None
    as_of: dt.date = field(default_factory=dt.date.today)
    passwords: tuple[str, ...] = ()
    jobs: int = 1
    limits: Limits = field(default_factory=Limits)
    ocr_dpi: int = 300
    known_path: Path | None = None
    ledger_path: Path | None = None
    knowledge_path: Path | None = None  # the firm's knowledge folder (None: the default one)


def file_identity(path: Path) -> Source:
    """Hash and size of the input file, read in chunks (never the whole file in memory)."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return Source(path=os.fspath(path), sha256=digest.hexdigest(), bytes=size)


def failed_result(source: Source, rule: str, message: str, doc_type: str = "unknown") -> DocumentResult:
    """A `failed` result in the spec's shape: empty record, one whole-document error naming the cause."""
    return DocumentResult(
        source=source,
        doc_type=doc_type,  # type: ignore[arg-type]
        record=None,
        completeness=0.0,
        missing=[],
        issues=[Issue(rule=rule, field=None, severity="error", message=message)],
        status="failed",
    )


def check_file(path: Path, options: CheckOptions, pack: RulePack | None = None) -> DocumentResult:
    """Run one document through every per-document stage.

    Args:
        path: the input file (PDF or image; read by its bytes, not its name).
        options: run options.
        pack: the rule pack; loaded from `options.rules_path` when not given.

    Returns:
        The document's result. A file that cannot be read gives a `failed` result, never an exception.
    """
    from provcheck.extractor import extract, read_document
    from provcheck.validators import validate

    use_knowledge(options.knowledge_path)  # a worker process puts the batch's knowledge in force too
    pack = pack or load_rule_pack(options.rules_path)
    try:
        source = file_identity(path)
    except OSError as exc:
        return failed_result(
            Source(path=os.fspath(path), sha256=""), "unreadable", f"{path}: cannot be opened ({exc.strerror})."
        )
    try:
        document = read_document(path, options)
    except DocumentFailure as failure:
        return failed_result(source, failure.rule, f"{path.name}: {failure.message}")
    source.pages = document.page_count
    source.ocr_pages = document.ocr_pages
    extraction = extract(document)
    record: Record = extraction.record
    result = DocumentResult(source=source, doc_type=extraction.doc_type, record=record, evidence=extraction.evidence)
    result.issues.extend(document.issues)
    result.issues.extend(validate(record, extraction.doc_type, pack, options.as_of, extraction.evidence))
    result.completeness, result.missing = completeness(record, extraction.doc_type, pack.required[extraction.doc_type])
    result.status = decide_status(result)  # type: ignore[assignment]
    return result


def check_paths(
    paths: list[str | Path],
    options: CheckOptions,
    on_result: Callable[[DocumentResult], None] | None = None,
    ledger: Ledger | None = None,
) -> Iterator[DocumentResult]:
    """Check every input under `paths`, yielding results in input order with duplicates added.

    Args:
        paths: files and folders (walked recursively, spec/record.md "Inputs").
        options: run options.
        on_result: called with each result as it is finished (progress display).
        ledger: the ledger this batch is recorded in: its clean documents are "seen before", and a
            document whose earlier run was not clean is rework of it, not its duplicate (metrics.md).

    Yields:
        One result per input file.
    """
    from provcheck.dedupe import DuplicateIndex
    from provcheck.inputs import collect
    from provcheck.runner import run_documents
    from provcheck.validators import ConsistencyIndex

    inputs = collect(paths)
    use_knowledge(options.knowledge_path)
    pack = load_rule_pack(options.rules_path)
    index = DuplicateIndex.for_run(options)
    if ledger is not None:
        index.seed(ledger.clean_results())
    consistency = ConsistencyIndex(pack)
    for result in run_documents(inputs.files, options, pack):
        if result.status != "failed":
            result.duplicates = index.check_and_add(result)
            if ledger is not None and result.duplicates:
                rework_of = ledger.unclean_earlier_paths(result)
                result.duplicates = [d for d in result.duplicates if d.of not in rework_of]
            result.issues.extend(consistency.check_and_add(result))
            result.status = decide_status(result)  # type: ignore[assignment]
        if on_result is not None:
            on_result(result)
        yield result
