"""Write an out/ folder: results.jsonl, the CRM files of a profile, and exceptions.csv, each atomically.

Every file is written whole to a temporary file in the same folder, flushed to disk and renamed over the
old one (spec/watch.md), so a crash never leaves half a CSV and regenerating never duplicates a row. The
neutral files of the `generic` profile (plans.csv, holdings.csv, clients.csv) are always written; the
chosen profile's files are added, and replace a neutral file of the same name (the `excel` profile).
"""

from __future__ import annotations

import errno
import json
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from provcheck.export.render import blank_cells, encode, file_chunks, table_chunks
from provcheck.export.tables import ExportItem, Tables, build_tables
from provcheck.models import DocumentResult

if TYPE_CHECKING:
    from provcheck.dedupe.known import KnownMatcher
    from provcheck.export.reasons import EarlierLookup
    from provcheck.rules.crm import CrmProfile


@dataclass
class ExportSummary:
    """What was written: file names, row counts per table, and warnings for the user."""

    files: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Replace `path` with `data` through a temporary file in the same folder and a rename.

    Args:
        path: the file to create or replace.
        data: its whole content.

    Returns:
        `path`.
    """
    return atomic_write_chunks(path, (data,))


def atomic_write_chunks(path: Path, chunks: Iterable[bytes]) -> Path:
    """Like `atomic_write_bytes`, for content that comes in pieces and need never be whole in memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_create_bytes(path: Path, data: bytes) -> bool:
    """Create `path` with `data` through a temporary file and a hard link, never replacing a file already there.

    The whole content is on disk before the name appears, as with `atomic_write_bytes`; but the link fails
    where the name is taken, so a file someone else put there stays as it was.

    Returns:
        False when `path` already exists (nothing written); True when created.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
                raise
            if path.exists():  # no hard links here (some shares): the name was free a moment ago
                return False
            os.replace(tmp, path)
        return True
    finally:
        Path(tmp).unlink(missing_ok=True)


def _create_temp(path: Path) -> tuple[int, str]:
    """A new, empty temporary file beside `path`, open for writing: its descriptor and name.

    Not `tempfile.mkstemp`: that creates mode 0600 whatever the umask, so a team sharing an out/ folder
    could not open the CSVs. Asking for 0666 lets the kernel apply the user's umask, as for any file a
    program creates. The name keeps mkstemp's shape ("." + name + "." + 8 characters + ".tmp"), which
    the watcher recognises as ours.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def results_jsonl(results: Iterable[DocumentResult]) -> bytes:
    """The result lines (spec/record.md), one JSON object per line."""
    lines = [json.dumps(r.to_json_dict(), ensure_ascii=False) + "\n" for r in results]
    return "".join(lines).encode("utf-8")


def render_outputs(tables: Tables, profile: CrmProfile) -> tuple[dict[str, bytes], list[str]]:
    """The content of every CRM and exceptions file, by file name, and warnings.

    Args:
        tables: the neutral tables.
        profile: the chosen profile (the neutral files are always included).

    Returns:
        File name to bytes, and warnings (blank cells a clearing importer would erase).
    """
    outputs, warnings = output_chunks(tables, profile)
    return {name: b"".join(chunks) for name, chunks in outputs.items()}, warnings


def output_chunks(tables: Tables, profile: CrmProfile) -> tuple[dict[str, Iterator[bytes]], list[str]]:
    """As `render_outputs`, each file's bytes as a lazy stream of pieces (written as they are rendered)."""
    from provcheck.rules.crm import load_crm_profile

    generic = load_crm_profile("generic")
    outputs: dict[str, Iterator[bytes]] = {}
    warnings: list[str] = []
    for prof in (generic, profile) if profile.name != generic.name else (generic,):
        for mapping in prof.files:
            rows = getattr(tables, mapping.table)
            outputs[mapping.filename] = file_chunks(rows, mapping, prof)
            blanks = blank_cells(rows, mapping) if prof.blank_clears else {}
            if blanks:
                total = sum(blanks.values())
                cells = "1 mapped cell is" if total == 1 else f"{total} mapped cells are"
                where = ", ".join(f"{header} ({n})" for header, n in blanks.items())
                warnings.append(
                    f"{mapping.filename}: {cells} blank (unknown), in {where}. The {prof.name} importer "
                    "clears a stored value when a cell is blank: unmap those columns or use a create-only "
                    "import before updating existing records."
                )
    outputs["exceptions.csv"] = table_chunks(tables.exceptions, "exceptions", profile)
    return outputs, warnings


def write_exports(
    out_dir: Path,
    items: Iterable[ExportItem],
    profile: CrmProfile | None = None,
    *,
    results: bool = True,
    known: KnownMatcher | None = None,
    earlier: EarlierLookup | None = None,
) -> ExportSummary:
    """Regenerate an out/ folder from the documents' current results.

    Args:
        out_dir: the folder (created if missing).
        items: each document's latest result and superseded flag, in a deterministic order (a list
            when `results` is set; with `results=False` a stream will do).
        profile: the CRM mapping profile; `generic` when None.
        results: also write results.jsonl (one line per document, in `items` order).
        known: the `--known` CRM export's clients: a matching client carries its CRM reference.
        earlier: where the document a duplicate repeats is now (the ledger's), for exceptions.csv's reasons.

    Returns:
        The files written, row counts and warnings.
    """
    from provcheck.rules.crm import load_crm_profile

    profile = profile or load_crm_profile("generic")
    items = list(items) if results else items
    tables = build_tables(items, known, earlier)
    outputs, warnings = output_chunks(tables, profile)
    if results:
        outputs["results.jsonl"] = iter((results_jsonl(i.result for i in items),))
    summary = ExportSummary(warnings=warnings)
    for name in sorted(outputs):
        summary.files.append(atomic_write_chunks(out_dir / name, outputs[name]))
    summary.rows = {
        "plans": len(tables.plans),
        "holdings": len(tables.holdings),
        "clients": len(tables.clients),
        "exceptions": len(tables.exceptions),
    }
    return summary


__all__ = ["ExportSummary", "atomic_write_bytes", "atomic_write_chunks", "encode", "results_jsonl", "write_exports"]
