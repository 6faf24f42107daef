"""Why a value is what it is: every candidate the finders read for every field, and its ruling.

`provcheck explain FILE` prints this (docs/explain.md). It reads the document as `check` does,
lists each field's candidates (finder, score, reading confidence, where it was read) with the
resolver's ruling on each ("won: labelled beats sentence", "lost: disagrees with the holdings
total"), marks the fields the record keeps for the decided doc type, and names the issues the
rule pack raises on each field.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from provcheck.errors import DocumentFailure
from provcheck.models import FIELDS_BY_TYPE, Record
from provcheck.pipeline import CheckOptions
from provcheck.rules import load_rule_pack
from provcheck.rules.knowledge import use_knowledge

SCHEMA = "provcheck.explain/1"
_TEXT_MAX = 60  # evidence text shown in the table (the JSON has it whole)


@dataclass
class Row:
    """One candidate of one field, with the resolver's ruling on it."""

    field: str
    value: object
    finder: str
    score: float
    confidence: float
    method: str
    page: int
    text: str
    won: bool
    reason: str
    in_record: bool  # the field is one of the decided doc type's (the record keeps its winner)
    provider: str | None = None  # a taught wording's provider
    basis: str | None = None  # how it was found, where that matters (the provider: "frn", "domain", ...)


@dataclass
class Explanation:
    """A document's candidates and rulings, field by field in catalogue order."""

    path: str
    doc_type: str
    rows: list[Row] = field(default_factory=list)
    issues: dict[str, list[str]] = field(default_factory=dict)  # field -> "severity rule: message"

    def to_json_dict(self) -> dict:
        """The explanation as JSON-ready data (docs/explain.md)."""
        return {"schema": SCHEMA, "path": self.path, "doc_type": self.doc_type, "issues": self.issues,
                "candidates": [asdict(r) for r in self.rows]}  # fmt: skip


def explain_file(path: Path, options: CheckOptions) -> Explanation:
    """Read `path` as `check` does and explain every field's candidates.

    Raises:
        DocumentFailure: the document cannot be read at all (the message says why).
        ConfigError: the rule pack or knowledge folder is bad.
    """
    from provcheck.extractor import extract, read_document
    from provcheck.validators import validate

    use_knowledge(options.knowledge_path)
    pack = load_rule_pack(options.rules_path)
    if not path.is_file():
        raise DocumentFailure("unreadable", f"{path}: no such file.")
    document = read_document(path, options)
    extraction = extract(document)
    wanted = set(FIELDS_BY_TYPE[extraction.doc_type])
    out = Explanation(os.fspath(path), extraction.doc_type)
    order = {name: i for i, name in enumerate(Record.model_fields)}
    for name in sorted(extraction.resolution.rulings, key=lambda n: (order.get(n, len(order)), n)):
        for ruling in extraction.resolution.rulings[name]:
            c, found = ruling.candidate, ruling.candidate.found
            text = " ".join(w.text for w in found.words)
            out.rows.append(Row(name, _plain(c.value), c.finder, round(c.score, 3), round(found.confidence, 3),
                                found.method, found.page, text, ruling.won, ruling.reason, name in wanted,
                                c.provider, found.basis))  # fmt: skip
    for issue in validate(extraction.record, extraction.doc_type, pack, options.as_of, extraction.evidence):
        out.issues.setdefault(issue.field or "(document)", []).append(f"{issue.severity} {issue.rule}: {issue.message}")
    return out


def _plain(value: object) -> object:
    """A value as JSON holds it: holdings as their rows' dicts."""
    if isinstance(value, list):
        return [v.model_dump() if hasattr(v, "model_dump") else v for v in value]
    return value


def table_lines(ex: Explanation) -> list[str]:
    """The explanation as a plain-text table, one line a candidate, the winner of each field first."""
    lines = [f"{ex.path}: {ex.doc_type}", ""]
    head = ("field", "", "value", "finder", "score", "conf", "page", "evidence", "ruling")
    rows = []
    for r in ex.rows:
        mark = "*" if r.won and r.in_record else ("+" if r.won else "")
        taught = f" (taught for {r.provider})" if r.provider else ""
        rows.append((r.field, mark, _short(_shown(r.value), 32), r.finder + taught, f"{r.score:.2f}",
                     f"{r.confidence:.2f}", str(r.page), _short(r.text, _TEXT_MAX), r.reason))  # fmt: skip
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(len(head) - 1)]
    for row in [head, *rows]:
        lines.append("  ".join(x.ljust(w) for x, w in zip(row, widths, strict=False)) + "  " + row[-1])
    lines += ["", "* the record's value   + won, but not a field of this doc type"]
    for name, issues in ex.issues.items():
        lines += [f"{name}: {i}" for i in issues]
    return [ln.rstrip() for ln in lines]


def _shown(value: object) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return f"{len(value)} holdings"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
