"""The words a pattern cannot match without: a cheap test before a pattern that is dear to run.

A sentence pattern of labels.yaml (`patterns`) opens with a class or a case-blind alternation
("(?i:in the name of|on behalf of|...)"), which Python's regex engine cannot skip ahead for: it
tries the pattern at every position of every paragraph, for every field, and almost always finds
nothing. Every match holds one of a few plain strings, read off the pattern: a run of literal
characters it must match, or one from each branch of a group it must match. A text that holds none
of them cannot match, so `may_match` is False and the pattern is never run. The answer is never a
guess: a pattern with no such strings, or a text where case-blind letters could match something
other than their ASCII case pair, is always run.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser behind `re.compile`; its parse tree is the pattern exactly as the engine runs it
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover (an interpreter without it: every pattern is run)
    C = sre_parse = None

# (string, case-blind?): a match holds one of these; None: nothing is known, run the pattern
Needles = tuple[tuple[str, bool], ...] | None
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def needles(rx: re.Pattern[str]) -> Needles:
    """Strings one of which every match of `rx` holds, the most telling ones found; None when none are known."""
    if sre_parse is None:
        return None
    try:
        tree = sre_parse.parse(rx.pattern, rx.flags)
    except Exception:  # a pattern the parser reads otherwise than compile did: run it
        return None
    return _of(list(tree), bool(rx.flags & re.IGNORECASE))


def kept_needles(patterns: list[str]) -> list[Needles]:
    """`needles` of each pattern (no flags), kept in the cache folder (rules/cache.py): a dear start otherwise.

    The labels' sentence patterns, their macros expanded, took Python's parser tens of milliseconds to
    compile and parse again; the answer depends only on each pattern's text and on this module, which
    the cache's key holds.
    """
    from provcheck.rules.cache import cached

    return cached("needles", patterns, lambda: [needles(re.compile(p)) for p in patterns])


def may_match(found: Needles, text: str, low: str, ascii_text: bool) -> bool:
    """Whether `text` (`low` its lower case; `ascii_text` whether all ASCII) holds one of the strings."""
    if found is None:
        return True
    for needle, blind in found:
        if blind:
            # on ASCII text a case-blind letter matches its two ASCII cases only (never "ſ", "K" or "ı")
            if not ascii_text or needle in low:
                return True
        elif needle in text:
            return True
    return False


def _of(items: list[Any], blind: bool) -> Needles:
    """The best needles of a sequence of parse items, all of which a match must pass."""
    best: Needles = None
    run: list[str] = []

    def consider(found: Needles) -> None:
        nonlocal best
        if found and all(n for n, _ in found) and (best is None or _worth(found) > _worth(best)):
            best = found

    def flush() -> None:
        if run:
            consider(((("".join(run)).lower() if blind else "".join(run), blind),))
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            if blind and av > 127:
                flush()  # a case-blind letter outside ASCII may match more than its case pair: not used
                continue
            run.append(chr(av))
            continue
        flush()
        if name == "SUBPATTERN":
            _, add, remove, sub = av
            inner = (blind or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE
            consider(_of(list(sub), inner))
        elif name == "BRANCH":
            branches = [_of(list(alt), blind) for alt in av[1]]
            if all(b is not None for b in branches):
                consider(tuple(n for b in branches for n in b))  # type: ignore[union-attr]
        elif name in _REPEATS and av[0] >= 1:
            consider(_of(list(av[2]), blind))
        # anything else (a class, a look-around, a boundary) holds no needle and ends a literal run
    flush()
    return best


def _worth(found: tuple[tuple[str, bool], ...]) -> tuple[int, int]:
    """How telling a set of needles is: its shortest needle, longer first; then fewer of them."""
    return min(len(n) for n, _ in found), -len(found)


class Guarded:
    """A compiled pattern whose `search` runs it only on a text that holds one of its needles.

    For a pattern searched on every line of a document (an e-signature stamp, a legal footer)
    that almost never matches: the same answers as the pattern's own `search`, sooner.
    """

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.found = needles(rx)

    def search(self, text: str) -> re.Match[str] | None:
        """`rx.search(text)`, or None at once when the text lacks every needle."""
        if self.found is not None and not may_match(self.found, text, text.lower(), text.isascii()):
            return None
        return self.rx.search(text)
