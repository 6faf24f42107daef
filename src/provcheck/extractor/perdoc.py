"""What is worked out once per document's layout and read by several finders (issue 14).

The section map, the lines under a second holder's or a projection's heading, the holdings-header
lines: each finder used to work them out again for itself, several times a document. They are
facts of the layout alone, never of another finder's results, so sharing them keeps the finders
pure. Only the last document's layout is kept, by a strong reference: while it is kept, no other
document's pages can take its identity, and a page list grown or replaced in place is read afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from provcheck.extractor.layout import Line

T = TypeVar("T")
# (the pages, their shape when kept, what was worked out from them by key)
_LAST: list[tuple[list[list[Line]], tuple[tuple[int, int], ...], dict[Hashable, Any]]] = []


def _shape(pages: list[list[Line]]) -> tuple[tuple[int, int], ...]:
    return tuple((id(lines), len(lines)) for lines in pages)


def once(pages: list[list[Line]], key: Hashable, make: Callable[[], T]) -> T:
    """`make()`, worked out once for this document's `pages` under `key`, and kept with them.

    Args:
        pages: the document's lines per page, the very list the finders are given.
        key: names what `make` works out (with its arguments), unique across callers.
        make: works it out from `pages` alone.
    """
    shape = _shape(pages)
    kept = _LAST[0] if _LAST else None
    if kept is None or kept[0] is not pages or kept[1] != shape:
        kept = (pages, shape, {})
        _LAST[:] = [kept]  # one entry replaced whole: a reader never sees another document's values
    memo = kept[2]
    if key not in memo:
        memo[key] = make()
    return memo[key]
