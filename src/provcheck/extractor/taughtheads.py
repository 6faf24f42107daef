"""Column headings a reviewer taught for one provider's holdings tables (spec/review.md "Teaching").

A learned wording whose field is a holdings column (`holdings.value`, `holdings.units`...) is a table
heading: on that provider's documents "Worth today" heads the value column. The table header finder
(tablehead.py) reads its vocabulary from labels.yaml `holdings_columns` plus the headings in force
here (`taught()`); they are put in force only while one document of that provider is read
(`headings`), so no other provider's tables ever see them. The caches of the header finder are keyed
by the headings in force (`per_taught`), so documents with and without taught headings never share
a cached answer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import Any, TypeVar

from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.layout import Line
from provcheck.rules.learned import LearnedWording

PREFIX = "holdings."  # a learned wording for a column: its field is "holdings.<column>"
FINDER = "learned"

Headings = tuple[tuple[str, str], ...]  # (column kind, heading as printed)
_IN_FORCE: ContextVar[Headings] = ContextVar("provcheck_taught_headings", default=())
F = TypeVar("F", bound=Callable[..., Any])


def taught() -> Headings:
    """The column headings in force for the document being read (none outside `headings`)."""
    return _IN_FORCE.get()


@contextlib.contextmanager
def headings(pairs: Iterable[tuple[str, str]]) -> Iterator[None]:
    """Put these (column, heading) pairs in force for the tables read inside the block."""
    token = _IN_FORCE.set(tuple(sorted(set(pairs))))
    try:
        yield
    finally:
        _IN_FORCE.reset(token)


def per_taught(maxsize: int) -> Callable[[F], F]:
    """lru_cache, keyed also by the headings in force: the header finder's caches stay right for each."""

    def decorate(fn: F) -> F:
        @lru_cache(maxsize=maxsize)
        def keyed(extra: Headings, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]) -> Any:
            return fn(*args, **dict(kwargs))

        get = _IN_FORCE.get

        @wraps(fn)
        def cached(*args: Any, **kwargs: Any) -> Any:
            return keyed(get(), args, tuple(sorted(kwargs.items())) if kwargs else ())

        cached.cache_clear = keyed.cache_clear  # type: ignore[attr-defined]
        return cached  # type: ignore[return-value]

    return decorate


def column_headings(wordings: Iterable[LearnedWording], provider: str | None) -> Headings:
    """The taught column headings of one provider, as (column kind, heading)."""
    if provider is None:
        return ()
    ours = [w for w in wordings if w.provider == provider and w.field.startswith(PREFIX)]
    return tuple((w.field.removeprefix(PREFIX), w.label) for w in ours)


def taught_table(pages: list[list[Line]], methods: list[str], provider: str | None, wordings: Iterable[LearnedWording]):  # noqa: ANN201
    """The holdings table read with the provider's taught headings, and its candidate; None without any.

    Returns:
        (Table, Candidate with finder "learned" and the provider), or None when the provider has no taught
        heading or the table is not found even with them.
    """
    from provcheck.extractor.finders import _table_words
    from provcheck.extractor.tables import find_holdings

    pairs = column_headings(wordings, provider)
    if not pairs:
        return None
    with headings(pairs):
        table = find_holdings(pages)
    if table is None:
        return None
    words = _table_words(pages[table.page - 1], table.bbox)
    found = Found(table.holdings, table.page, words, table.confidence, methods[table.page - 1], basis=FINDER)
    return table, Candidate("holdings", table.holdings, found, FINDER, table.confidence, provider)
