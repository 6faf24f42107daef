"""Scoring extracted records against ground truth (NAME.truth.json beside each document).

Per field: a correct non-null value is a true positive; a wrong value is a false positive
and a false negative; a value where the truth is null is a false positive; a null where the
truth has a value is a false negative. Holdings are scored as rows (all five cells equal).
Used by bench/accuracy and the golden tests.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DOC_SUFFIXES = (".pdf", ".png", ".tif", ".tiff", ".jpg", ".jpeg")


@dataclass
class Tally:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        """True positives over all predicted; 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """True positives over all expected; 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Per-field tallies, holdings-row tally and doc-type hits over a set of documents."""

    fields: dict[str, Tally] = field(default_factory=dict)
    rows: Tally = field(default_factory=Tally)
    doc_type_hits: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    def overall(self) -> Tally:
        """All fields pooled (micro average)."""
        total = Tally()
        for t in self.fields.values():
            total.add(t)
        return total


def truth_for(document: Path) -> Path:
    """The truth file of a document: NAME.truth.json beside NAME.pdf."""
    return document.with_name(document.stem + ".truth.json")


def documents_with_truth(folder: Path) -> list[Path]:
    """Every document under `folder` that has a truth file, sorted."""
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in DOC_SUFFIXES and truth_for(p).exists())


def _row(h: dict[str, Any]) -> tuple:
    name = " ".join(str(h.get("fund_name") or "").split()).casefold()
    return (name, h.get("isin"), h.get("units"), h.get("unit_price"), h.get("value"))


def score_one(score: Score, truth: dict[str, Any], result: dict[str, Any], name: str) -> None:
    """Add one document's comparison into `score` and note each disagreement in `score.errors`."""
    score.documents += 1
    if result.get("doc_type") == truth["doc_type"]:
        score.doc_type_hits += 1
    else:
        score.errors.append(f"{name}: doc_type {result.get('doc_type')!r} != {truth['doc_type']!r}")
    got = result.get("record") or {}
    for key, want in truth["record"].items():
        if key == "holdings":
            continue
        have = got.get(key)
        tally = score.fields.setdefault(key, Tally())
        if isinstance(want, list) and isinstance(have, list):
            want_c, have_c = Counter(want), Counter(have)
            tally.tp += sum((want_c & have_c).values())
            tally.fp += sum((have_c - want_c).values())
            tally.fn += sum((want_c - have_c).values())
            if want_c != have_c:
                score.errors.append(f"{name}: {key} {have!r} != {want!r}")
            continue
        empty_want = want in (None, [], "")
        empty_have = have in (None, [], "")
        if not empty_want and have == want:
            tally.tp += 1
            continue
        if not empty_have:
            tally.fp += 1
        if not empty_want:
            tally.fn += 1
        if not (empty_want and empty_have):
            score.errors.append(f"{name}: {key} {have!r} != {want!r}")
    if "holdings" in truth["record"]:
        want_rows = Counter(_row(h) for h in truth["record"]["holdings"])
        have_rows = Counter(_row(h) for h in got.get("holdings") or [])
        score.rows.tp += sum((want_rows & have_rows).values())
        score.rows.fp += sum((have_rows - want_rows).values())
        score.rows.fn += sum((want_rows - have_rows).values())
        if want_rows != have_rows:
            missing = list((want_rows - have_rows).elements())[:2]
            extra = list((have_rows - want_rows).elements())[:2]
            score.errors.append(f"{name}: holdings missing {missing} extra {extra}")


def load_truth(document: Path) -> dict[str, Any]:
    """The truth JSON of a document."""
    return json.loads(truth_for(document).read_text(encoding="utf-8"))
