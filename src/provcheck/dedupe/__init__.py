"""Duplicate detection within a batch and against documents seen before."""

from __future__ import annotations

from provcheck.models import Duplicate, DocumentResult


class DuplicateIndex:
    """Remembers the documents of a run and finds which earlier ones a new one repeats."""

    @classmethod
    def for_run(cls, options: object) -> DuplicateIndex:
        """An index for one run (no documents seen before yet)."""
        return cls()

    def check_and_add(self, result: DocumentResult) -> list[Duplicate]:
        """Duplicates of `result` among documents added so far; then add it."""
        return []
