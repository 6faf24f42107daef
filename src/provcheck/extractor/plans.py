"""Plan numbers listed under a line that introduces them, as LoAs often print them.

"This authority covers the following policies:" then one plan a line, bulleted or numbered,
often with its plan type beside the number ("•  Stocks & Shares ISA - BW-ISA-440192"). The
introducing wording is data (labels.yaml `plan_lists`); a line of the list is any line below
it, in the list's column, that holds a policy-number-shaped token.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provcheck.extractor.document import Word
from provcheck.extractor.labels import match_labels, norm
from provcheck.extractor.layout import Line
from provcheck.extractor.parsers import find_policies
from provcheck.rules import load_labels

# fields whose label on a list line means the list has ended ("Postcode: BA11 1HN")
_OTHER_FIELDS = {"client_postcode", "client_dob", "ni_number", "fca_frn", "date_signed", "client_address"}


@lru_cache(maxsize=1)
def _intro() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lists = load_labels().plan_lists
    nouns = "|".join(re.escape(norm(n)) for n in sorted(lists.nouns, key=len, reverse=True))
    cues = "|".join(re.escape(norm(c)) for c in sorted(lists.cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\b"), re.compile(rf"\b(?:{cues})\b")


@lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    return frozenset(norm(h) for h in load_labels().plan_lists.headings)


def _heads_a_plan_table(line: Line) -> bool:
    """Whether a line is a small table's heading row with a plan-number column ("Provider | Plan type | Reference")."""
    return len(line.segments) >= 2 and any(norm(s.text) in _headings() for s in line.segments)


def _introduces(text: str) -> bool:
    """Whether a line names plans and points to a list: a closing colon or a cue ("following", "below")."""
    nouns, cues = _intro()
    t = norm(text)
    if not nouns.search(t):
        return False
    return text.rstrip().endswith(":") or bool(cues.search(t))


def find_listed_policies(pages: list[list[Line]]) -> tuple[list[str], int, list[Word]] | None:
    """The plan numbers of the first plan list in the document, with its page and words, or None."""
    for page_no, lines in enumerate(pages, start=1):
        for i, line in enumerate(lines):
            if not (_introduces(line.text) or _heads_a_plan_table(line)) or find_policies(line.text):
                continue
            got = _list_below(lines, i)
            if got:
                numbers, words = got
                return numbers, page_no, list(line.words) + words
    return None


def _list_below(lines: list[Line], i: int) -> tuple[list[str], list[Word]] | None:
    intro = lines[i]
    out: list[str] = []
    words: list[Word] = []
    last = intro
    x0: float | None = None
    skipped = 0
    col = intro.segments[0].x0 if intro.segments else intro.x0
    for line in lines[i + 1 : i + 16]:
        # the list's own column: a form's column to the left of it ("Postcode  DO1E 1DW") is another's
        segs = [s for s in line.segments if s.x1 >= col - 8]
        if not segs:
            continue
        text, first = " ".join(s.text for s in segs), segs[0].x0
        h = max(line.bottom - line.top, 6.0)
        if line.top - last.bottom > 2.2 * h:
            break
        if x0 is not None and abs(first - x0) > 8:
            break  # the items of a list line up: a line starting elsewhere is the next paragraph
        if sum(w.text[:1].islower() for s in segs for w in s.words) > 4:
            break  # running text, not a list item
        if any(match_labels(s, _OTHER_FIELDS, False) for s in segs):
            break
        found = find_policies(text)
        if not found:
            skipped += 1
            if out or skipped > 1:
                break
            last = line
            continue  # a heading row of a small table ("Plan type   Plan number")
        out.extend(found)
        words.extend(w for s in segs for w in s.words)
        x0 = first if x0 is None else x0
        last = line
    return (out, words) if out else None
