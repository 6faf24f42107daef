"""The pipeline, top to bottom: read → classify and extract → validate → completeness → status.

`check_file` is one document's stages in order; `check_paths` runs a batch (through the
runner, which isolates documents from each other) and then adds duplicates across it.
Neither exits nor prints: the CLI and the watched folder are two doors into these calls.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from provcheck.errors import DocumentFailure, MissingProgramError
from provcheck.models import DocumentResult, Issue, Record, Source
from provcheck.rules import RulePack, load_rule_pack
from provcheck.rules.knowledge import active as active_knowledge
from provcheck.rules.knowledge import use_knowledge
from provcheck.status import completeness, decide_status

if TYPE_CHECKING:
    from provcheck.dedupe import DuplicateIndex
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
    pack = pack or _pack(options.rules_path)
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
    except MissingProgramError as exc:  # the batch goes on; the CLI exits 3 with the advice (spec "More decisions")
        return failed_result(source, str(exc.rule), f"{path.name}: {exc.message}")
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


# (what the pack was read from, the pack): a caller of check_file without a pack, once a document
_PACKS: list[tuple[tuple[object, ...], RulePack]] = []


def _pack(rules_path: Path | None) -> RulePack:
    """`load_rule_pack(rules_path)`, read again only when a file it comes from or the knowledge changed.

    Reading and validating the pack costs about a millisecond, as much as a tenth of a text
    document's whole extraction. The pack's validation names the providers in force, so the
    knowledge object is part of the key too (held, so its identity cannot pass to another).
    """
    from provcheck.rules.loader import DATA_DIR
    from provcheck.rules.registry import registry

    files = [DATA_DIR / registry().rule_pack] + ([rules_path] if rules_path is not None else [])
    key: tuple[object, ...] = (rules_path, active_knowledge(), *(_stamp(f) for f in files))
    if _PACKS and _PACKS[0][0][0] == key[0] and _PACKS[0][0][1] is key[1] and _PACKS[0][0][2:] == key[2:]:
        return _PACKS[0][1]
    pack = load_rule_pack(rules_path)
    _PACKS[:] = [(key, pack)]
    return pack


def _stamp(path: Path) -> tuple[int, int] | None:
    """A file's modification time and size; None when it cannot be read (the loader then says why)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class BatchChecker:
    """The one call both doors make: per-document stages in workers, then the cross-document ones.

    It holds what a run accumulates across documents (the duplicate index of the run's own documents
    and the cross-document consistency index), so `check` calls it once per batch and the watcher once
    per chunk of its session: the same documents get the same issues either way.

    Identity follows metrics.md. Duplicates among the run's own documents come from the run alone, in
    input order, so a ledger never hides or adds one. The ledger adds the documents seen before, from
    its clean runs. For `check` (`reruns=True`) the files of the batch are left out of those: a file
    checked again at the same path is a re-run of itself, never its own duplicate. In the watched
    folder every file is an arrival (`reruns=False`), and a re-drop after a run that was not clean is
    rework of it, not its duplicate.

    Args:
        options: run options.
        pack: the rule pack; loaded from `options.rules_path` when not given.
        ledger: the ledger the run is recorded in.
        reruns: whether a file of the batch at a path the ledger knows is a re-run (check) or an
            arrival (watch).
    """

    def __init__(
        self,
        options: CheckOptions,
        pack: RulePack | None = None,
        ledger: Ledger | None = None,
        *,
        reruns: bool = False,
    ) -> None:
        from provcheck.dedupe import DuplicateIndex
        from provcheck.validators import ConsistencyIndex

        use_knowledge(options.knowledge_path)  # before the pack: it checks provider names against it
        self.options = options
        self.pack = pack or load_rule_pack(options.rules_path)
        self.ledger = ledger
        self.reruns = reruns
        self.index = DuplicateIndex.for_run(options)  # refuses a bad --known file before any work
        self.before: DuplicateIndex | None = None
        self.consistency = ConsistencyIndex(self.pack)

    def _seen_before(self, files: Sequence[Path]) -> DuplicateIndex | None:
        from provcheck.dedupe import DuplicateIndex

        if self.ledger is None:
            return None
        if self.before is None:
            exclude = {resolved(p) for p in files} if self.reruns else set()
            self.before = DuplicateIndex()
            self.before.seed(self.ledger.clean_results(exclude_paths=exclude))
        return self.before

    def check(
        self,
        files: Sequence[Path],
        *,
        shown_as: Sequence[str] | None = None,
        as_of: dt.date | None = None,
    ) -> Iterator[DocumentResult]:
        """Check `files` in order, yielding each result with duplicates and cross-document issues added.

        Args:
            files: the files to read.
            shown_as: the path each result names (the watcher reads a claimed copy of an inbox file).
            as_of: judge dates as of this day instead of `options.as_of` (a long-running watcher).

        Yields:
            One result per file, in order.
        """
        from provcheck.dedupe import merge_duplicates
        from provcheck.runner import run_documents

        options = self.options if as_of is None else replace(self.options, as_of=as_of)
        shown = list(shown_as) if shown_as is not None else None
        before = self._seen_before(files)
        for i, result in enumerate(run_documents(files, options, self.pack)):
            if shown is not None:
                result.source.path = shown[i]
            if result.status != "failed":
                found = self.index.check_and_add(result)
                if before is not None:
                    found = merge_duplicates(found, before.check_only(result))
                if self.ledger is not None and found and not self.reruns:
                    # In the watched folder a re-drop after a run that was not clean is rework of that
                    # run, never its duplicate. Inside one check batch a later copy is a duplicate
                    # whatever the earlier one's status (record.md "More decisions"), and the ledger
                    # only adds clean runs.
                    rework_of = self.ledger.unclean_earlier_paths(result)
                    found = [d for d in found if d.of not in rework_of]
                result.duplicates = found
                result.issues.extend(self.consistency.check_and_add(result))
                result.status = decide_status(result)  # type: ignore[assignment]
            yield result


def check_paths(
    paths: list[str | Path],
    options: CheckOptions,
    on_result: Callable[[DocumentResult], None] | None = None,
    ledger: Ledger | None = None,
) -> Iterator[DocumentResult]:
    """Check every input under `paths`, yielding results in input order with duplicates added.

    Identity follows spec/metrics.md: duplicates inside the batch come from the batch alone, in input
    order, so they are the same with or without a ledger. The ledger adds documents seen before, from its
    clean runs of files that are not in this batch: a file of this batch checked again is a re-run of
    itself (a new run of the same document), never its own duplicate, and is judged afresh.

    Args:
        paths: files and folders (walked recursively, spec/record.md "Inputs").
        options: run options.
        on_result: called with each result as it is finished (progress display).
        ledger: the ledger this batch is recorded in; its clean documents are "seen before".

    Yields:
        One result per input file.
    """
    from provcheck.inputs import collect

    inputs = collect(paths)
    for result in BatchChecker(options, ledger=ledger, reruns=True).check(inputs.files):
        if on_result is not None:
            on_result(result)
        yield result


def resolved(path: str | Path) -> str:
    """A path compared resolved (absolute), as spec/record.md "Duplicates in one batch" asks."""
    try:
        return os.fspath(Path(path).resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)
