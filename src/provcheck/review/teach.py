"""Teaching in the desk: from a correction that points at its value, the provider's label for that field.

The reviewer corrects a field and points at the value on the page (a box drawn, or a click on the
words); the correction keeps that page and box (spec/review.md). The label is then the words left of
the value on its line, else the words just above it in its column (a heading over a value). The
desk shows the proposal; only when the reviewer confirms it is the wording written to the firm's
knowledge folder (`learned.yaml`, atomically; no other file there is touched). Nothing is learned
from a correction without a page location, nor on a document whose provider is not resolved, nor
when the label would not read the corrected value back from this very page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from provcheck.errors import ConfigError, DocumentFailure, ProvcheckError, ReviewError
from provcheck.extractor.document import Word
from provcheck.extractor.layout import Line, build_lines
from provcheck.ledger import Ledger
from provcheck.ledger.review import latest_run
from provcheck.review.lists import parse as parse_item
from provcheck.rules.learned import LEARNED_FILE, LearnedWording, read_learned

# A click rather than a drag: the box is the point, and the word under it is meant.
CLICK = 3.0
_LEADERS = re.compile(r"[\s.:…_\-–|]+$")
_HEADER = (
    "# Label wordings taught in provcheck's review desk (spec/review.md \"Teaching\").\n"
    "# Each applies only to documents of its provider. Remove one in the desk's \"Learned wordings\" page,\n"
    "# or delete its entry here.\n"
)


@dataclass(frozen=True)
class Proposal:
    """A wording the desk offers to learn: `label` heads `field` on `provider`'s documents."""

    document_id: int
    version: int  # the run whose correction it comes from
    field: str
    provider: str
    label: str
    value: object  # the corrected value
    reads: object  # what the label reads on this page, through the learned finder
    page: int
    bbox: tuple[float, float, float, float]
    sha256: str
    correction: str = ""  # the corrected item, when not `field` (`holdings[2].value` teaches `holdings.value`)

    @property
    def reads_back(self) -> bool:
        """Whether the learned finder, given this label, reads the corrected value from this page."""
        return self.reads is not None and _as_record(self.field, self.reads) == _as_record(self.field, self.value)


def _as_record(field: str, value: object) -> object:
    """A value as the record holds it ("£1,234.50" and Decimal("1234.5") alike), so two readings compare."""
    from pydantic import ValidationError

    from provcheck.models import Record

    try:
        return getattr(Record.model_validate({field: value}), field)
    except ValidationError:
        return value


def pointed_words(lines: list[Line], bbox: tuple[float, float, float, float]) -> list[Word]:
    """The words a reviewer pointed at: those whose centre is in the box, or, for a click, the one under it."""
    x0, top, x1, bottom = bbox
    if x1 - x0 < CLICK and bottom - top < CLICK:
        x, y = (x0 + x1) / 2, (top + bottom) / 2
        return [w for ln in lines for w in ln.words if w.x0 - 1 <= x <= w.x1 + 1 and w.top - 1 <= y <= w.bottom + 1][:1]
    return [
        w
        for ln in lines
        for w in ln.words
        if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom
    ]


def label_beside(lines: list[Line], value: list[Word]) -> tuple[str, list[Word]] | None:
    """The label of the pointed value: the words left of it on its line, else the words just above it.

    Left: the nearest run of words before the value on its line (a column gap ends it). Above: the
    nearest line above with words over the value's span (a caption or table heading over it).
    """
    if not value:
        return None
    li = next((i for i, ln in enumerate(lines) if value[0] in ln.words), None)
    if li is None:
        return None
    line = lines[li]
    start = min(w.x0 for w in value)
    for seg in reversed(line.segments):
        left = [w for w in seg.words if w.x1 <= start + 0.5 and w not in value]
        if left:
            return _clean(left)
    end = max(w.x1 for w in value)
    for above in reversed(lines[:li]):
        over = [w for w in above.words if w.x1 > start - 2 and w.x0 < end + 2]
        if over:
            seg = next(s for s in above.segments if over[0] in s.words)
            return _clean(seg.words)
    return None


def _clean(words: list[Word]) -> tuple[str, list[Word]] | None:
    text = _LEADERS.sub("", " ".join(w.text for w in words)).strip()
    if sum(c.isalpha() for c in text) < 2:
        return None
    return text, words


def propose(ledger: Ledger, document_id: int, field: str, knowledge_providers: set[str]) -> Proposal:
    """The wording a document's latest correction of `field` would teach.

    Raises:
        ReviewError: the correction has no page location, the provider is not resolved, the file is gone,
            or no label is beside the pointed value (each in plain words).
        UnknownDocument: no such document.
    """
    from provcheck.extractor.learned import find_learned
    from provcheck.extractor.read import read_document
    from provcheck.pipeline import CheckOptions
    from provcheck.review.pages import source_file

    run = latest_run(ledger, document_id)
    row = ledger.conn.execute(
        """SELECT page, bbox FROM review_actions
           WHERE document_id = ? AND run_id = ? AND action = 'correct' AND field = ?""",
        (document_id, run.run_id, field),
    ).fetchone()
    if row is None or row["page"] is None or row["bbox"] is None:
        raise ReviewError(f"nothing to learn: the last correction of {field} did not point at the value on the page")
    record = run.result.record
    provider = record.provider if record is not None else None
    if provider is None or provider not in knowledge_providers:
        raise ReviewError("nothing to learn: this document's provider is not resolved to a provider provcheck knows")
    source = source_file(ledger.conn, document_id)
    if source is None:
        raise ReviewError("nothing to learn: the original file is not where the ledger last saw it")
    try:
        document = read_document(source, CheckOptions())
    except (DocumentFailure, ProvcheckError) as exc:  # a password it was checked with, Tesseract gone...
        raise ReviewError(f"nothing to learn: the original file cannot be read again here ({_why(exc)})") from None
    page, bbox = int(row["page"]), tuple(json.loads(row["bbox"]))
    if not 1 <= page <= len(document.pages):
        raise ReviewError(f"nothing to learn: the document has no page {page}")
    pages = [build_lines(p) for p in document.pages]
    pointed = pointed_words(pages[page - 1], bbox)  # type: ignore[arg-type]
    item = parse_item(field)
    if item is not None:  # a holdings cell: the heading above its column (review/teachcolumn.py)
        from provcheck.review.teachcolumn import column_proposal

        if item.field != "holdings" or item.cell is None:
            raise ReviewError(f"nothing to learn: {field} has no label of its own on the page")
        learned, label, value, reads = column_proposal(item, (pages, page, pointed), provider, record)
        return Proposal(document_id, run.run_id, learned, provider, label, value, reads, page, bbox,  # type: ignore[arg-type]
                        run.result.source.sha256, correction=field)  # fmt: skip
    got = label_beside(pages[page - 1], pointed)
    if got is None:
        raise ReviewError("nothing to learn: there are no words beside or above the value you pointed at")
    label = got[0]
    trial = LearnedWording(provider=provider, field=field, label=label, taught_by="-",
                           taught_at=dt.datetime.now(dt.UTC), from_document=run.result.source.sha256)  # fmt: skip
    methods = [p.method for p in document.pages]
    reads = next((c.value for c in find_learned(pages, methods, (trial,)) if c.found.page == page), None)
    return Proposal(document_id, run.run_id, field, provider, label, getattr(record, field), reads, page,
                    bbox, run.result.source.sha256)  # type: ignore[arg-type]  # fmt: skip


def _why(exc: Exception) -> str:
    return getattr(exc, "message", None) or str(exc)


def teach(folder: Path, proposal: Proposal, reviewer: str) -> LearnedWording:
    """Write the proposal's wording to `folder/learned.yaml` (both created when absent) and return it.

    Raises:
        ReviewError: the label would not read the corrected value back, or the wording is already known.
        ConfigError: the folder's learned.yaml is broken (named), so it is left as it is.
    """
    if not proposal.reads_back:
        raise ReviewError(
            f"not learned: {proposal.label!r} does not read {proposal.value!r} from this page "
            "(point at the value itself, beside its label)"
        )
    wording = LearnedWording(
        provider=proposal.provider,
        field=proposal.field,
        label=proposal.label,
        taught_by=reviewer,
        taught_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        from_document=proposal.sha256,
    )
    have = read_learned(folder)
    if any(w.key() == wording.key() for w in have):
        raise ReviewError(f"already learned: {proposal.label!r} for {proposal.field} of {proposal.provider}")
    _write(folder, [*have, wording])
    return wording


def forget(folder: Path, index: int, key: tuple[str, str, str]) -> LearnedWording:
    """Remove the wording at `index` of `folder/learned.yaml`, if it is still the one the reviewer saw.

    Raises:
        ConfigError: no wording there, or another one is there now (the file changed since it was shown).
    """
    have = read_learned(folder)
    if not 0 <= index < len(have) or have[index].key() != key:
        raise ConfigError(
            f"{folder / LEARNED_FILE}: that learned wording is not there any more (the file changed). "
            "Reload the list and try again."
        )
    gone = have.pop(index)
    _write(folder, have)
    return gone


def _write(folder: Path, wordings: list[LearnedWording]) -> None:
    from provcheck.export.write import atomic_write_bytes

    entries = [w.model_dump(mode="json") for w in wordings]
    text = _HEADER + yaml.safe_dump({"learned": entries}, sort_keys=False, allow_unicode=True, width=100)
    atomic_write_bytes(folder / LEARNED_FILE, text.encode("utf-8"))
